//! The plan page's days of the program in force: today's pressed, another one tap away.

use yew::prelude::*;

use crate::app::events::{send, Dispatch};
use crate::core::page::{PageState, PlanAction};

/// One button per day of the program in force; nothing for a plan in no program.
pub fn day_switch(state: &PageState, d: &Dispatch) -> Html {
    let Some(program) = state.program() else {
        return Html::default();
    };
    html! {
        <div class="gym-switch" role="group" aria-label={format!("Days of {}", program.name)} data-testid="days">
            { for state.day_names(program).into_iter().map(|(id, name)| {
                let on = state.plan_id == id;
                html! {
                    <button type="button" aria-pressed={if on { "true" } else { "false" }}
                        onclick={send(d, PlanAction::OpenDay(id))}>{ name }</button>
                }
            }) }
        </div>
    }
}
