//! Settings in one panel on the setup page: unit, bar, collars, plates on hand, rounding, formula, default rests
//! and the timer's alerts.

use yew::prelude::*;

use super::number_field::{number_field, NumberField};
use crate::app::events::{changed, send, toggled, typed, Dispatch};
use crate::browser::notify;
use crate::core::one_rep_max::Formula;
use crate::core::page::{Flag, PageState, SetupAction, SetupField, SetupPanel, Typed};
use crate::core::plate_moves::LoadingGoal;
use crate::core::plates::{Rounding, MAX_PAIRS, MAX_PLATE_KINDS};
use crate::core::scheme::SetKind;
use crate::core::units::{fmt, Unit};

/// The settings panel. A plain function, not a component: it keeps no state of its own, and
/// each component type costs the page its own lifecycle code.
pub fn settings_panel(state: &PageState, d: &Dispatch) -> Html {
    let ontoggle = toggled(d, SetupPanel::Settings);
    if !state.setup.settings_open {
        // Closed, it is only its title: every keystroke redraws the page.
        return html! {
            <details class="settings" id="settings" {ontoggle}><summary>{ "Settings" }</summary></details>
        };
    }
    let s = &state.settings;
    let unit = s.unit;
    let radio = |group: &'static str, on: bool, label: &'static str, action: SetupAction| {
        html! {
            <label><input type="radio" name={group} checked={on} onchange={send(d, action)} />{ label }</label>
        }
    };
    let check = |on: bool, label: &'static str, flag: Flag| {
        html! {
            <label><input type="checkbox" checked={on} onchange={send(d, SetupAction::Toggle(flag))} />{ label }</label>
        }
    };
    // Asked from this very tap, as browsers require.
    let on_notify = {
        let d = d.clone();
        let asking = !s.notify;
        Callback::from(move |_: Event| {
            if asking {
                notify::ask();
            }
            d.emit(SetupAction::Toggle(Flag::Notify).into());
        })
    };
    let measure = |field: SetupField, id: &str, label: &str, typed: &Typed<f64>| {
        number_field(
            d,
            NumberField {
                suffix: unit.symbol(),
                ..NumberField::new(field, id, label, typed)
            },
        )
    };
    let rest = |kind: SetKind, id: &str, label: &str| {
        number_field(
            d,
            NumberField {
                suffix: "s",
                inputmode: "numeric",
                ..NumberField::new(
                    SetupField::Rest(kind),
                    id,
                    label,
                    state.setup.rests.get(kind),
                )
            },
        )
    };
    html! {
        <details class="settings" id="settings" open=true {ontoggle}>
            <summary>{ "Settings" }</summary>
            <fieldset class="segmented">
                <legend>{ "Unit" }</legend>
                { radio("unit", unit == Unit::Kg, "kg", SetupAction::SetUnit(Unit::Kg)) }
                { radio("unit", unit == Unit::Lb, "lb", SetupAction::SetUnit(Unit::Lb)) }
            </fieldset>
            <div class="field-grid two">
                { measure(SetupField::Bar, "bar", "Bar", &state.setup.bar) }
                { measure(SetupField::Collar, "collar", "Each collar", &state.setup.collar) }
            </div>
            <fieldset class="plates-stock">
                <legend>{ "Plates on hand (pairs)" }</legend>
                { for s.plates.iter().map(|stock| {
                    let label = format!("{} {}", fmt(stock.plate.weight), stock.plate.unit.symbol());
                    let fewer = SetupAction::SetPlatePairs(stock.plate, stock.pairs.saturating_sub(1));
                    let more = SetupAction::SetPlatePairs(stock.plate, stock.pairs.saturating_add(1).min(MAX_PAIRS));
                    html! {
                        <div class="stepper">
                            <span class="stepper-label">{ label.clone() }</span>
                            <button type="button" class="icon" aria-label={format!("Fewer {label} plates")} onclick={send(d, fewer)}>{ "−" }</button>
                            <output aria-label={format!("{label} pairs")}>{ stock.pairs }</output>
                            <button type="button" class="icon" aria-label={format!("More {label} plates")} onclick={send(d, more)}>{ "+" }</button>
                        </div>
                    }
                }) }
                { add_plate(state, d) }
            </fieldset>
            <fieldset class="segmented">
                <legend>{ "Rounding to a loadable weight" }</legend>
                { radio("rounding", s.rounding == Rounding::Down, "Down", SetupAction::SetRounding(Rounding::Down)) }
                { radio("rounding", s.rounding == Rounding::Nearest, "Nearest", SetupAction::SetRounding(Rounding::Nearest)) }
                { radio("rounding", s.rounding == Rounding::Up, "Up", SetupAction::SetRounding(Rounding::Up)) }
            </fieldset>
            <fieldset class="segmented">
                <legend>{ "Plates on the bar" }</legend>
                { radio("goal", s.goal == LoadingGoal::FewestPlates, "Fewest plates", SetupAction::SetGoal(LoadingGoal::FewestPlates)) }
                { radio("goal", s.goal == LoadingGoal::FewestChanges, "Fewest changes", SetupAction::SetGoal(LoadingGoal::FewestChanges)) }
            </fieldset>
            <div class="field">
                <label for="formula">{ "1RM formula" }</label>
                <select id="formula" onchange={changed(d, SetupField::Formula)}>
                    { for Formula::ALL.iter().map(|f| html! { <option value={f.key()} selected={*f == s.formula}>{ f.name() }</option> }) }
                </select>
            </div>
            <div class="field-grid">
                { rest(SetKind::WarmUp, "rest-warm", "Rest before warm-ups") }
                { rest(SetKind::Work, "rest-work", "Rest before work sets") }
                { rest(SetKind::BackOff, "rest-back-off", "Rest before back-off") }
            </div>
            <fieldset class="toggles">
                <legend>{ "Rest timer" }</legend>
                { check(s.sound, "Beep at the end", Flag::Sound) }
                { check(s.countdown_beeps, "Beep 3-2-1 before the end", Flag::CountdownBeeps) }
                { check(s.vibrate, "Vibrate at the end", Flag::Vibrate) }
                { check(s.keep_awake, "Keep the screen on while resting", Flag::KeepAwake) }
                <label><input type="checkbox" checked={s.notify} onchange={on_notify} />{ "Notify when the page is hidden" }</label>
            </fieldset>
            <p class="more-links"><a href="../history/#device">{ "What works on this device" }</a></p>
        </details>
    }
}

/// A plate the list lacks, in either unit (mixed kg/lb gyms are common).
fn add_plate(state: &PageState, d: &Dispatch) -> Html {
    let plate_unit = state.setup.new_plate_unit;
    let full = state.settings.plates.len() >= MAX_PLATE_KINDS;
    html! {
        <div class="add-plate">
            <input type="text" inputmode="decimal" aria-label="Plate weight to add" placeholder="e.g. 0.25"
                value={state.setup.new_plate.text.clone()} oninput={typed(d, SetupField::NewPlate)} />
            <select aria-label="Unit of the plate to add" onchange={changed(d, SetupField::NewPlateUnit)}>
                <option value="kg" selected={plate_unit == Unit::Kg}>{ "kg" }</option>
                <option value="lb" selected={plate_unit == Unit::Lb}>{ "lb" }</option>
            </select>
            <button type="button" disabled={full || state.setup.new_plate.ok().is_none()} onclick={send(d, SetupAction::AddPlate)}>{ "Add plate" }</button>
            if full {
                <p class="hint">{ format!("The list holds {MAX_PLATE_KINDS} kinds of plate: set one you do not have to 0 pairs instead.") }</p>
            }
        </div>
    }
}
