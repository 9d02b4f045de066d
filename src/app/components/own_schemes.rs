//! The lifter's own schemes on the setup page: under an exercise's sets, a box to save them
//! under a name; and the list of the schemes saved, each with Delete.

use yew::prelude::*;

use crate::app::events::{send, submitted, typed, Dispatch};
use crate::core::named_schemes::{NamedScheme, MAX_SCHEME_NAME};
use crate::core::page::{ExerciseState, Naming, SetupAction, SetupField};

/// "Save as a scheme": a name and its button (Enter in the box saves too).
pub fn save_form(e: &ExerciseState, naming: Option<&Naming>, d: &Dispatch) -> Html {
    let id = e.id.scheme_name_element();
    let error_id = format!("{id}-error");
    let naming = naming.filter(|n| n.exercise == e.id);
    let text = naming.map(|n| n.text.clone()).unwrap_or_default();
    let error = naming.and_then(|n| n.refused).map(|r| r.message());
    html! {
        <form class="save-scheme" onsubmit={submitted(d, SetupAction::SaveScheme(e.id))}>
            <label for={id.clone()}>{ "Save these sets as a scheme" }</label>
            <div class="save-row">
                <input id={id} type="text" autocomplete="off" enterkeyhint="done" placeholder="e.g. Heavy triples"
                    maxlength={(MAX_SCHEME_NAME * 2).to_string()} value={text} oninput={typed(d, SetupField::SchemeName(e.id))}
                    aria-invalid={error.is_some().then_some("true")} aria-describedby={error_id.clone()} />
                <button type="submit">{ "Save scheme" }</button>
            </div>
            <p id={error_id} class="field-error" aria-live="polite">{ error.unwrap_or_default() }</p>
        </form>
    }
}

/// The schemes saved so far, for every plan.
pub fn scheme_list(schemes: &[NamedScheme], d: &Dispatch) -> Html {
    html! {
        <section class="own-schemes" id="schemes" aria-labelledby="schemes-title">
            <h2 id="schemes-title">{ "Your schemes" }</h2>
            if schemes.is_empty() {
                <p class="hint">{ "None yet. Edit an exercise's sets above, then save them under a name: the name is then in the Scheme list of every plan." }</p>
            } else {
                <ul class="plan-list" aria-label="Your schemes">
                    { for schemes.iter().map(|s| html! {
                        <li>
                            <span>{ s.name.clone() }<small>{ format!(" · {} sets, from {}", s.groups.iter().map(|g| g.sets).sum::<u32>(), s.base.name()) }</small></span>
                            <button type="button" aria-label={format!("Delete the scheme {}", s.name)}
                                onclick={send(d, SetupAction::DeleteScheme(s.id))}>{ "Delete" }</button>
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
