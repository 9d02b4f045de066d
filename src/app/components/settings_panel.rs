//! Settings in one panel: unit, bar, collars, plates on hand, rounding, formula, default rests
//! and the timer's alerts.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::device_check::device_check;
use super::number_field::NumberField;
use crate::app::state::{Action, AppState};
use crate::browser::notify;
use crate::core::one_rep_max::Formula;
use crate::core::plates::{Plate, Rounding};
use crate::core::scheme::MAX_REST_S;
use crate::core::session::{Settings, MAX_BAR, MAX_COLLAR, MAX_PAIRS};
use crate::core::units::{fmt, parse_bounded, parse_number, Unit};

/// What [`settings_panel`] draws.
pub struct SettingsPanelProps {
    pub settings: Settings,
    pub bar_text: String,
    pub collar_text: String,
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// The settings panel. A plain function, not a component: it keeps no state of its own (the
/// plate being added lives in [`AddPlate`]), and each component type costs the page its own
/// lifecycle code.
pub fn settings_panel(p: &SettingsPanelProps) -> Html {
    let s = &p.settings;
    let d = p.dispatch.clone();
    let unit = s.unit;
    let set = {
        let d = d.clone();
        let s = s.clone();
        move |f: fn(&mut Settings, bool)| {
            let d = d.clone();
            let s = s.clone();
            Callback::from(move |e: Event| {
                let input: HtmlInputElement = e.target_unchecked_into();
                let mut next = s.clone();
                f(&mut next, input.checked());
                d.dispatch(Action::SetSettings(next));
            })
        }
    };
    let unit_cb = |u: Unit| {
        let d = d.clone();
        Callback::from(move |_: Event| d.dispatch(Action::SetUnit(u)))
    };
    let rounding_cb = |r: Rounding| {
        let d = d.clone();
        let s = s.clone();
        Callback::from(move |_: Event| {
            d.dispatch(Action::SetSettings(Settings {
                rounding: r,
                ..s.clone()
            }))
        })
    };
    let on_formula = {
        let d = d.clone();
        let s = s.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(f) = Formula::from_key(&select.value()) {
                d.dispatch(Action::SetSettings(Settings {
                    formula: f,
                    ..s.clone()
                }));
            }
        })
    };
    let rest_cb = |f: fn(&mut Settings, u32)| {
        let d = d.clone();
        let s = s.clone();
        Callback::from(move |text: String| {
            let seconds = parse_bounded(&text, 0.0, f64::from(MAX_REST_S));
            if let Some(v) = seconds.ok().filter(|v| v.fract() == 0.0) {
                let mut next = s.clone();
                f(&mut next, v as u32);
                d.dispatch(Action::SetSettings(next));
            }
        })
    };
    let field_error =
        |text: &str, max: f64| parse_bounded(text, 0.0, max).err().map(|e| e.message(unit));
    let bar_err = field_error(&p.bar_text, MAX_BAR);
    let collar_err = field_error(&p.collar_text, MAX_COLLAR);
    html! {
        <details class="settings" id="settings">
            <summary>{ "Settings" }</summary>
            <fieldset class="segmented">
                <legend>{ "Unit" }</legend>
                <label><input type="radio" name="unit" checked={unit == Unit::Kg} onchange={unit_cb(Unit::Kg)} />{ "kg" }</label>
                <label><input type="radio" name="unit" checked={unit == Unit::Lb} onchange={unit_cb(Unit::Lb)} />{ "lb" }</label>
            </fieldset>
            <div class="field-grid two">
                <NumberField id="bar" label="Bar" suffix={unit.symbol()} value={p.bar_text.clone()} error={bar_err}
                    oninput={{ let d = d.clone(); Callback::from(move |t| d.dispatch(Action::SetBarText(t))) }} />
                <NumberField id="collar" label="Each collar" suffix={unit.symbol()} value={p.collar_text.clone()} error={collar_err}
                    oninput={{ let d = d.clone(); Callback::from(move |t| d.dispatch(Action::SetCollarText(t))) }} />
            </div>
            <fieldset class="plates-stock">
                <legend>{ "Plates on hand (pairs)" }</legend>
                { for s.plates.iter().enumerate().map(|(i, stock)| {
                    let label = format!("{} {}", fmt(stock.plate.weight), stock.plate.unit.symbol());
                    let step = |delta: i64| {
                        let d = d.clone();
                        let pairs = stock.pairs;
                        Callback::from(move |_: MouseEvent| {
                            let n = (i64::from(pairs) + delta).clamp(0, i64::from(MAX_PAIRS)) as u32;
                            d.dispatch(Action::SetPlatePairs(i, n));
                        })
                    };
                    html! {
                        <div class="stepper">
                            <span class="stepper-label">{ label.clone() }</span>
                            <button type="button" class="icon" aria-label={format!("Fewer {label} plates")} onclick={step(-1)}>{ "−" }</button>
                            <output aria-label={format!("{label} pairs")}>{ stock.pairs }</output>
                            <button type="button" class="icon" aria-label={format!("More {label} plates")} onclick={step(1)}>{ "+" }</button>
                        </div>
                    }
                }) }
                <AddPlate dispatch={d.clone()} unit={unit} />
            </fieldset>
            <fieldset class="segmented">
                <legend>{ "Rounding to a loadable weight" }</legend>
                <label><input type="radio" name="rounding" checked={s.rounding == Rounding::Down} onchange={rounding_cb(Rounding::Down)} />{ "Down" }</label>
                <label><input type="radio" name="rounding" checked={s.rounding == Rounding::Nearest} onchange={rounding_cb(Rounding::Nearest)} />{ "Nearest" }</label>
                <label><input type="radio" name="rounding" checked={s.rounding == Rounding::Up} onchange={rounding_cb(Rounding::Up)} />{ "Up" }</label>
            </fieldset>
            <div class="field">
                <label for="formula">{ "1RM formula" }</label>
                <select id="formula" onchange={on_formula}>
                    { for Formula::ALL.iter().map(|f| html! { <option value={f.key()} selected={*f == s.formula}>{ f.name() }</option> }) }
                </select>
            </div>
            <div class="field-grid">
                <NumberField id="rest-warm" label="Rest before warm-ups" suffix="s" inputmode="numeric" value={s.rests.warm_up_s.to_string()} oninput={rest_cb(|s, v| s.rests.warm_up_s = v)} />
                <NumberField id="rest-work" label="Rest before work sets" suffix="s" inputmode="numeric" value={s.rests.work_s.to_string()} oninput={rest_cb(|s, v| s.rests.work_s = v)} />
                <NumberField id="rest-back-off" label="Rest before back-off" suffix="s" inputmode="numeric" value={s.rests.back_off_s.to_string()} oninput={rest_cb(|s, v| s.rests.back_off_s = v)} />
            </div>
            <fieldset class="toggles">
                <legend>{ "Rest timer" }</legend>
                <label><input type="checkbox" checked={s.sound} onchange={set(|s, v| s.sound = v)} />{ "Beep at the end" }</label>
                <label><input type="checkbox" checked={s.countdown_beeps} onchange={set(|s, v| s.countdown_beeps = v)} />{ "Beep 3-2-1 before the end" }</label>
                <label><input type="checkbox" checked={s.vibrate} onchange={set(|s, v| s.vibrate = v)} />{ "Vibrate at the end" }</label>
                <label><input type="checkbox" checked={s.keep_awake} onchange={set(|s, v| s.keep_awake = v)} />{ "Keep the screen on while resting" }</label>
                <label><input type="checkbox" checked={s.notify} onchange={set(|s, v| {
                    s.notify = v;
                    // Asked from this very tap, as browsers require.
                    if v {
                        notify::ask();
                    }
                })} />{ "Notify when the page is hidden" }</label>
            </fieldset>
            { device_check() }
        </details>
    }
}

/// Props of [`AddPlate`].
#[derive(Properties, PartialEq)]
struct AddPlateProps {
    dispatch: UseReducerDispatcher<AppState>,
    unit: Unit,
}

/// A plate the list lacks, in either unit (mixed kg/lb gyms are common).
#[function_component(AddPlate)]
fn add_plate(p: &AddPlateProps) -> Html {
    let text = use_state(String::new);
    let plate_unit = use_state(|| p.unit);
    let weight = parse_number(&text).ok().filter(|w| *w > 0.0 && *w <= 100.0);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            text.set(input.value());
        })
    };
    let onunit = {
        let plate_unit = plate_unit.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            plate_unit.set(Unit::parse(&select.value()).unwrap_or(Unit::Kg));
        })
    };
    let onclick = {
        let d = p.dispatch.clone();
        let text = text.clone();
        let unit = *plate_unit;
        Callback::from(move |_: MouseEvent| {
            if let Some(weight) = weight {
                d.dispatch(Action::AddPlate(Plate { weight, unit }));
                text.set(String::new());
            }
        })
    };
    html! {
        <div class="add-plate">
            <input type="text" inputmode="decimal" aria-label="Plate weight to add" placeholder="e.g. 0.25"
                value={(*text).clone()} {oninput} />
            <select aria-label="Unit of the plate to add" onchange={onunit}>
                <option value="kg" selected={*plate_unit == Unit::Kg}>{ "kg" }</option>
                <option value="lb" selected={*plate_unit == Unit::Lb}>{ "lb" }</option>
            </select>
            <button type="button" disabled={weight.is_none()} {onclick}>{ "Add plate" }</button>
        </div>
    }
}
