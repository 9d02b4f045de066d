//! The plan library, in a panel above the settings on the setup page: the plan in force by name
//! (rename it, duplicate it, delete it) and every other plan with a button that opens it.

use yew::prelude::*;

use crate::app::events::{changed, send, toggled, Dispatch};
use crate::core::page::{PageState, SetupAction, SetupField, SetupPanel};
use crate::core::plans::PlanId;

/// The id of the plan name's box.
const NAME_ID: &str = "plan-name";

/// The panel; `open` opens a plan of the list. Closed, it is only its title with the plan's
/// name: every keystroke redraws the page.
pub fn plan_library(state: &PageState, d: &Dispatch, open: &Callback<PlanId>) -> Html {
    let ontoggle = toggled(d, SetupPanel::Plans);
    let title = format!("Plan: {}", state.plan_name);
    if !state.setup.plans_open {
        return html! {
            <details class="plans" id="plans" {ontoggle}><summary>{ title }</summary></details>
        };
    }
    let (value, error) = match &state.setup.plan_name_refused {
        Some((text, e)) => (text.clone(), Some(e.message())),
        None => (state.plan_name.clone(), None),
    };
    let others = state.plan_names();
    html! {
        <details class="plans" id="plans" open=true {ontoggle}>
            <summary>{ title }</summary>
            <div class="field">
                <label for={NAME_ID}>{ "Plan name" }</label>
                <input id={NAME_ID} type="text" autocomplete="off" enterkeyhint="done" value={value}
                    onchange={changed(d, SetupField::PlanName)} aria-invalid={error.is_some().then_some("true")}
                    aria-describedby="plan-name-error" />
                <p id="plan-name-error" class="field-error" aria-live="polite">{ error.unwrap_or_default() }</p>
            </div>
            <div class="row-actions">
                <button type="button" onclick={send(d, SetupAction::DuplicatePlan)}>{ "Duplicate" }</button>
                if !state.plans.is_empty() {
                    <button type="button" onclick={send(d, SetupAction::DeletePlan)}>{ "Delete this plan" }</button>
                }
            </div>
            if others.len() > 1 {
                <ul class="plan-list" aria-label="Your plans">
                    { for others.into_iter().map(|(id, name)| html! {
                        <li>
                            <span>{ name.to_string() }</span>
                            if id == state.plan_id {
                                <span class="badge">{ "In use" }</span>
                            } else {
                                <button type="button" aria-label={format!("Open {name}")}
                                    onclick={open.reform(move |_: MouseEvent| id)}>{ "Open" }</button>
                            }
                        </li>
                    }) }
                </ul>
            }
        </details>
    }
}
