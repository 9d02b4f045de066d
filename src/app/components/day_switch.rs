//! The plan page's one-tap switches: the days of the program in force and the lifter's gyms,
//! each a row of buttons with the one in use pressed.

use yew::prelude::*;

use crate::app::events::{send, Dispatch};
use crate::core::page::{PageState, PlanAction};

/// One button per day of the program in force; nothing for a plan in no program.
pub fn day_switch(state: &PageState, d: &Dispatch) -> Html {
    let Some(program) = state.program() else {
        return Html::default();
    };
    let days = state.day_names(program).into_iter();
    let days = days.map(|(id, name)| (name, state.plan_id == id, PlanAction::OpenDay(id)));
    switch(
        &format!("Days of {}", program.name),
        None,
        days.collect(),
        d,
    )
}

/// One button per gym, the one in use pressed; nothing without gyms.
pub fn gym_switch(state: &PageState, d: &Dispatch) -> Html {
    let gyms = state.gyms.iter();
    let gyms = gyms.map(|g| {
        (
            g.name.clone(),
            state.gym == Some(g.id),
            PlanAction::UseGym(g.id),
        )
    });
    switch("Gym", Some("Gym"), gyms.collect(), d)
}

/// A group named `label` (shown as `shown`) of buttons: each a name, whether it is in use, and
/// what a tap does.
fn switch(
    label: &str,
    shown: Option<&str>,
    items: Vec<(String, bool, PlanAction)>,
    d: &Dispatch,
) -> Html {
    if items.is_empty() {
        return Html::default();
    }
    html! {
        <div class="gym-switch" role="group" aria-label={label.to_string()}>
            if let Some(shown) = shown {
                <span aria-hidden="true">{ shown }</span>
            }
            { for items.into_iter().map(|(name, on, action)| html! {
                <button type="button" aria-pressed={if on { "true" } else { "false" }}
                    onclick={send(d, action)}>{ name }</button>
            }) }
        </div>
    }
}
