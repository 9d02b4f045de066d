//! The lifter's gyms on the setup page: each with what it has, Use and Delete, and a box to save
//! the equipment in use as a gym (the plan page switches between them: `day_switch.rs`).

use yew::prelude::*;

use crate::app::events::{send, submitted, typed, Dispatch};
use crate::core::gyms::MAX_GYM_NAME;
use crate::core::page::{PageState, PlanAction, SetupAction, SetupField, GYM_NAME_ID};

/// The gyms saved, and "Save this equipment as a gym".
pub fn gym_list(state: &PageState, d: &Dispatch) -> Html {
    let error_id = format!("{GYM_NAME_ID}-error");
    let error = state.setup.gym_name_refused.map(|r| r.message());
    let hint = match state.gym_in_use() {
        None if state.gyms.is_empty() => "Save the plates, bars, machines and dumbbells of where you train under its name. With two gyms, one tap at the top of the plan switches.".to_string(),
        None => "The equipment in use is no gym's: save it as one, or pick one.".to_string(),
        Some(g) => format!("In use: {}. Changes to the equipment are kept in it. For another gym: save under its name, then change what differs.", g.name),
    };
    html! {
        <section class="own-schemes gyms" id="gyms" aria-labelledby="gyms-title">
            <h2 id="gyms-title">{ "Gyms" }</h2>
            <p class="hint" data-testid="gym-hint">{ hint }</p>
            if !state.gyms.is_empty() {
                <ul class="plan-list" aria-label="Your gyms">
                    { for state.gyms.iter().map(|g| html! {
                        <li>
                            <span>{ g.name.clone() }<small>{ format!(" · {}", g.summary()) }</small></span>
                            // One button either way: the focus stays on it once tapped.
                            <button type="button" aria-label={if state.gym == Some(g.id) { format!("In use: the gym {}", g.name) } else { format!("Use the gym {}", g.name) }}
                                aria-pressed={if state.gym == Some(g.id) { "true" } else { "false" }}
                                onclick={send(d, PlanAction::UseGym(g.id))}>
                                { if state.gym == Some(g.id) { "In use" } else { "Use" } }
                            </button>
                            <button type="button" aria-label={format!("Delete the gym {}", g.name)}
                                onclick={send(d, SetupAction::DeleteGym(g.id))}>{ "Delete" }</button>
                        </li>
                    }) }
                </ul>
            }
            <form class="save-scheme" onsubmit={submitted(d, SetupAction::SaveGym)}>
                <label for={GYM_NAME_ID}>{ "Save this equipment as a gym" }</label>
                <div class="save-row">
                    <input id={GYM_NAME_ID} type="text" autocomplete="off" enterkeyhint="done" placeholder="e.g. Home"
                        maxlength={(MAX_GYM_NAME * 2).to_string()} value={state.setup.gym_name.clone()}
                        oninput={typed(d, SetupField::GymName)}
                        aria-invalid={error.is_some().then_some("true")} aria-describedby={error_id.clone()} />
                    <button type="submit">{ "Save gym" }</button>
                </div>
                <p id={error_id} class="field-error" aria-live="polite">{ error.unwrap_or_default() }</p>
            </form>
        </section>
    }
}
