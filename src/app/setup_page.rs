//! The setup page's root (`setup/`): the plan library, the sets of each exercise (its scheme,
//! warm-up and the scheme editor, and saving them as a scheme of the lifter's own), those
//! schemes, and the settings: set up at home rather than at the rack, so the plan page's first
//! load carries none of them. It runs the same state as the plan page over the same stored
//! value, with the full reducer (the plan page's leaves these actions out); the plan page
//! reads the stored value when it opens.

use yew::prelude::*;

use super::components::gear_fields::gear_fields;
use super::components::gym_list::gym_list;
use super::components::own_schemes::{save_form, scheme_list};
use super::components::plan_library::plan_library;
use super::components::program_list::program_list;
use super::components::rule_fields::rule_fields;
use super::components::scheme_editor::{scheme_editor, SchemeEditorProps};
use super::components::scheme_picker::scheme_options;
use super::components::settings_panel::settings_panel;
use super::events::{changed, send};
use super::opening::{self, use_page};
use super::store::{self, Saved, Writer};
use crate::browser::share::{share, Shared};
use crate::browser::{focus, url};
use crate::core::implements::Implement;
use crate::core::page::{
    PageState, PlanAction, PlanField, Request, SetupAction, SetupField, UNDO_ID,
};
use crate::core::warm_ups::WarmUpChoice;

/// The whole setup page.
#[function_component(SetupPage)]
pub fn setup_page() -> Html {
    let init = || {
        let mut s = opening::state("");
        s.setup.plans_open = true;
        s.setup.settings_open = true;
        for e in &mut s.exercises {
            e.editing = true;
        }
        s
    };
    let (state, dispatch, take) = use_page(init, PageState::reduce, Writer::OtherPage);
    {
        let Request { serial, id } = state.focus.clone();
        use_effect_with(serial, move |request| {
            if *request > 0 {
                focus::to_id(&id);
            }
        });
    }
    // A program's link: the program joins the library, and the address forgets it, so a reload
    // does not add it again.
    {
        let d = dispatch.clone();
        use_effect_with((), move |_| {
            let query = url::query();
            if !query.is_empty() {
                d.emit(SetupAction::OpenProgramLink(query).into());
                url::replace_query("");
                focus::reveal("programs");
            }
        });
    }
    // `setup/#settings` from the plan page: drawn after the browser looked for the fragment.
    use_effect_with((), |_| {
        if let Some(id) = url::hash().strip_prefix('#') {
            focus::reveal(id);
        }
    });
    // Opening a plan (or a program's day, or a program started) shows it: the plan page opens
    // on what is stored.
    let go_with = {
        let state = state.clone();
        let take = take.clone();
        Callback::from(move |action: SetupAction| {
            let Some(next) = state.state.reduce(action.into()) else {
                return;
            };
            match store::save_page(&next.texts().1, Writer::OtherPage) {
                Saved::Written => url::go("../"),
                // Another tab wrote first: this page shows its value (a tap opens the plan on it).
                Saved::Stale(theirs) => take.emit(theirs),
                Saved::Refused => {}
            }
        })
    };
    let on_open = go_with.reform(SetupAction::OpenPlan);
    let on_start = go_with.reform(SetupAction::StartProgram);
    // A program's link is this page's address with the program's query: it adds the program.
    let on_share = {
        let state = state.clone();
        let d = dispatch.clone();
        Callback::from(move |id| {
            let Some(query) = state.state.program_link(id) else {
                return;
            };
            // The link opens this page, which adds the program to the library.
            let href = url::href();
            let base = href.split("setup/").next().unwrap_or_default();
            let link = format!("{base}setup/{query}");
            let message = match share("Backoff program", &link) {
                Shared::Sheet => None,
                Shared::Copied => Some("Program link copied: paste it in a message.".to_string()),
                Shared::Unavailable => Some(format!("Copy this link: {link}")),
            };
            d.emit(PlanAction::Notice(message).into());
        })
    };
    html! {
        <div class="app setup">
        <header class="top">
            <h1>{ "Plans and settings" }</h1>
            <div class="top-actions">
                <a class="button" href="../">{ "Back to plan" }</a>
            </div>
        </header>
        <main class="page">
            if let Some(n) = &state.notice {
                <div class="notice" role="status" data-testid="notice">
                    <p>{ n }</p>
                    if state.can_undo() {
                        <button type="button" id={UNDO_ID} onclick={send(&dispatch, SetupAction::Undo)}>{ "Undo" }</button>
                    }
                    <button type="button" class="icon" aria-label="Dismiss notice" onclick={send(&dispatch, PlanAction::Notice(None))}>{ "✕" }</button>
                </div>
            }
            { plan_library(&state, &dispatch, &on_open) }
            { program_list(&state, &dispatch, &on_open, &on_share, &on_start) }
            <section class="plan-sets" aria-labelledby="sets-title">
                <h2 id="sets-title">{ "Sets and equipment of this plan" }</h2>
                { for state.exercises.iter().enumerate().map(|(i, e)| html! {
                    <div class="exercise-sets" id={format!("sets-{}", i + 1)}>
                        <h3>{ match e.exercise.name.trim() { "" => format!("Exercise {}", i + 1), name => name.to_string() } }</h3>
                        <div class="field">
                            <label for={format!("scheme-{}", i + 1)}>{ "Scheme" }</label>
                            <select id={format!("scheme-{}", i + 1)} onchange={changed(&dispatch, PlanField::Scheme(e.id))}>
                                { scheme_options(&e.exercise, &state.schemes) }
                            </select>
                        </div>
                        <div class="field">
                            <label for={format!("warm-up-{}", i + 1)}>{ "Warm-up" }</label>
                            <select id={format!("warm-up-{}", i + 1)} onchange={changed(&dispatch, SetupField::WarmUp(e.id))}>
                                { for WarmUpChoice::ALL.map(|w| html! {
                                    <option value={w.key()} selected={w == e.exercise.warm_up}>{ w.label() }</option>
                                }) }
                            </select>
                        </div>
                        <div class="field">
                            <label for={format!("implement-{}", i + 1)}>{ "Equipment" }</label>
                            <select id={format!("implement-{}", i + 1)} onchange={changed(&dispatch, PlanField::Gear(e.id))}>
                                { for Implement::ALL.map(|k| html! {
                                    <option value={k.key()} selected={k == e.exercise.implement()}>{ k.label() }</option>
                                }) }
                            </select>
                        </div>
                        { gear_fields(e, state.settings.unit, state.draft.as_ref(), &dispatch) }
                        { rule_fields(e, i + 1, state.settings.unit, state.setup.rule_text.as_ref(), &dispatch) }
                        { scheme_editor(&SchemeEditorProps {
                            id: e.id,
                            groups: e.exercise.groups.clone(),
                            draft: state.draft.as_ref(),
                            edited: e.exercise.is_edited(),
                            open: e.editing,
                            dispatch: dispatch.clone(),
                        }) }
                        { save_form(e, state.setup.naming.as_ref(), &dispatch) }
                    </div>
                }) }
            </section>
            { scheme_list(&state.schemes, &dispatch) }
            { gym_list(&state, &dispatch) }
            { settings_panel(&state, &dispatch) }
        </main>
        </div>
    }
}
