//! The correction of a ticked set, under its row: the reps done, the load and an RPE (each box
//! takes its value as typed; a bad one says why beside it), and what the set was corrected to.

use yew::prelude::*;

use super::number_field::{number_field, NumberField};
use crate::app::events::{send, Dispatch};
use crate::core::page::{FixField, Fixing, Panel, PlanAction, PlanField, FIX_ID, FIX_REPS_ID};
use crate::core::set_fix::SetFix;
use crate::core::units::{fmt, fmt_weight, Unit};

/// The open correction's boxes and the button that closes it.
pub fn set_fixer(x: &Fixing, unit: Unit, d: &Dispatch) -> Html {
    html! {
        <div id={FIX_ID} class="set-fix" data-testid="set-fix">
            <div class="field-grid">
                { number_field(d, NumberField {
                    inputmode: "numeric",
                    ..NumberField::new(PlanField::Fix(FixField::Reps), FIX_REPS_ID, "Reps done", &x.reps)
                }) }
                { number_field(d, NumberField {
                    suffix: unit.symbol(),
                    ..NumberField::new(PlanField::Fix(FixField::Load), "fix-load", "Load", &x.load)
                }) }
                { number_field(d, NumberField {
                    placeholder: "optional",
                    ..NumberField::new(PlanField::Fix(FixField::Rpe), "fix-rpe", "RPE", &x.rpe)
                }) }
            </div>
            <button type="button" onclick={send(d, PlanAction::Open(Panel::Fix(x.exercise, x.set), false))}>{ "Done" }</button>
        </div>
    }
}

/// "Done: 3 reps at 80 kg, RPE 9.5", for the row of a corrected set.
pub fn fixed_text(f: &SetFix, unit: Unit) -> String {
    let rpe = f.rpe.map_or(String::new(), |r| format!(", RPE {}", fmt(r)));
    let reps = if f.reps == 1 { "rep" } else { "reps" };
    format!(
        "Done: {} {reps} at {}{rpe}",
        f.reps,
        fmt_weight(f.load, unit)
    )
}
