//! The weights of an exercise's gear, on the setup page: a bar's weight, a machine's sled, the
//! dumbbells or bells on hand, a stack's step, top and add-ons, or the assistance step. They
//! are set up at home, once per gym; the plan page switches the kind of implement.

use yew::prelude::*;

use crate::app::events::{changed, drafted, Dispatch};
use crate::core::implements::{GearPart, Implement};
use crate::core::page::{shown, ExerciseState, Field, SetupField};
use crate::core::units::Unit;

/// The boxes for `e`'s gear, in `unit`. Each takes its value when left; a bad one says why
/// beside it and the plan keeps the last good one.
pub fn gear_fields(
    e: &ExerciseState,
    unit: Unit,
    draft: Option<&(Field, String)>,
    d: &Dispatch,
) -> Html {
    let u = unit.symbol();
    let parts: Vec<(GearPart, String, &'static str)> = match e.exercise.implement() {
        Implement::Barbell => Vec::new(),
        Implement::Bar(_) => vec![(GearPart::BarWeight, format!("Bar weight ({u})"), "")],
        Implement::Sled | Implement::OneSleeve => vec![(
            GearPart::Base,
            format!("Sled or carriage ({u}); 0 counts plates only"),
            "",
        )],
        Implement::Dumbbells => vec![(
            GearPart::Weights,
            format!("Dumbbells on hand, each ({u})"),
            "e.g. 1-10/1, 12-50/2",
        )],
        Implement::Kettlebells => vec![(
            GearPart::Weights,
            format!("Bells on hand ({u})"),
            "e.g. 8, 12, 16, 24",
        )],
        Implement::Machine => vec![
            (GearPart::Step, format!("Steps of ({u})"), ""),
            (GearPart::Top, format!("Heaviest on the stack ({u})"), ""),
            (
                GearPart::AddOns,
                format!("Add-on weights ({u})"),
                "e.g. 1.25, 2.5",
            ),
        ],
        Implement::Bodyweight => vec![(
            GearPart::Assist,
            format!("Assistance in steps of ({u}); 0 for none"),
            "",
        )],
    };
    html! {
        <>
        { for parts.into_iter().map(|(part, label, placeholder)| {
            let field = SetupField::GearPart(e.id, part);
            let refused = e.gear_refused.as_ref().filter(|r| r.0 == part);
            let value = match refused {
                Some((_, text, _)) => text.clone(),
                None => shown(draft, field, e.exercise.gear.part_text(part)),
            };
            let id = e.id.element(&format!("gear-{}", part_key(part)));
            let error = refused.map(|r| r.2.message());
            let inputmode = match part {
                GearPart::Weights | GearPart::AddOns => "text",
                _ => "decimal",
            };
            html! {
                <div class="field">
                    <label for={id.clone()}>{ label }</label>
                    <input id={id.clone()} type="text" {inputmode}
                        autocomplete="off" enterkeyhint="done" {placeholder} {value}
                        oninput={drafted(d, field)} onchange={changed(d, field)}
                        aria-invalid={error.is_some().then_some("true")} aria-describedby={format!("{id}-error")} />
                    <p id={format!("{id}-error")} class="field-error" aria-live="polite">{ error.unwrap_or_default() }</p>
                </div>
            }
        }) }
        </>
    }
}

/// A gear box's part of its element id.
fn part_key(part: GearPart) -> &'static str {
    match part {
        GearPart::BarWeight => "bar",
        GearPart::Base => "base",
        GearPart::Weights => "weights",
        GearPart::Step => "step",
        GearPart::Top => "top",
        GearPart::AddOns => "add-ons",
        GearPart::Assist => "assist",
    }
}
