//! An exercise's progression rule on the setup page: which rule, its step, and a double
//! progression's rep range, each with its message beside it.

use yew::prelude::*;

use super::number_field::{number_field, NumberField};
use crate::app::events::{changed, Dispatch};
use crate::core::page::{ExerciseState, SetupField};
use crate::core::progression::Rule;
use crate::core::units::{fmt, InputError, Unit};

/// The rule's boxes for exercise `e` (`n` its place, for the ids); `typed` is the rule box
/// being typed, with its text and why it was refused.
pub fn rule_fields(
    e: &ExerciseState,
    n: usize,
    unit: Unit,
    typed: Option<&(SetupField, String, Option<InputError>)>,
    d: &Dispatch,
) -> Html {
    let rule = e.exercise.rule;
    let shown = |field: SetupField, value: String| match typed.filter(|t| t.0 == field) {
        Some((_, text, why)) => (text.clone(), why.map(InputError::message)),
        None => (value, None),
    };
    let step = rule.step().map(|s| {
        let field = SetupField::RuleStep(e.id);
        let (value, error) = shown(field, fmt(s));
        number_field(
            d,
            NumberField {
                field: field.into(),
                id: format!("rule-step-{n}"),
                label: "Step".into(),
                value,
                error,
                suffix: unit.symbol(),
                inputmode: "decimal",
                placeholder: "",
                onkeydown: None,
            },
        )
    });
    let range = match rule {
        Rule::Double { low, high, .. } => {
            let field = SetupField::RuleRange(e.id);
            let (value, error) = shown(field, format!("{low}-{high}"));
            Some(number_field(
                d,
                NumberField {
                    field: field.into(),
                    id: format!("rule-range-{n}"),
                    label: "Rep range".into(),
                    value,
                    error,
                    suffix: "reps",
                    inputmode: "text",
                    placeholder: "8-12",
                    onkeydown: None,
                },
            ))
        }
        Rule::Manual | Rule::Linear { .. } | Rule::FiveThreeOne { .. } | Rule::Gzclp { .. } => None,
    };
    html! {
        <>
            <div class="field">
                <label for={format!("rule-{n}")}>{ "Progression" }</label>
                <select id={format!("rule-{n}")} onchange={changed(d, SetupField::Rule(e.id))}>
                    { for Rule::CHOICES.map(|(key, label)| html! {
                        <option value={key} selected={key == rule.key()}>{ label }</option>
                    }) }
                </select>
            </div>
            { step.unwrap_or_default() }
            { range.unwrap_or_default() }
        </>
    }
}
