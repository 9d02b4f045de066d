//! One exercise: a one-line summary over its planned sets, its setup (name, max typed or
//! estimated from a set, scheme editable in place, equipment) opening in place, and the
//! back-off result with last time's beside it.

use yew::prelude::*;

use super::number_field::{number_field, NumberField};
use super::scheme_picker::{scheme_label, scheme_options};
use super::set_fix::set_fixer;
use super::set_row::{set_row, SetRowProps};
use crate::app::events::{changed, changed_at, enter_at, send, send_at, typed, Dispatch};
use crate::browser::clock::short_date;
use crate::core::implements::{load_words, plates_on, weighed, Implement};
use crate::core::named_schemes::NamedScheme;
use crate::core::one_rep_max::{Estimate, EstimateError};
use crate::core::page::Typed;
use crate::core::page::{
    ExerciseId, ExerciseState, Field, Fixing, MaxField, MaxMode, Panel, PlanAction, PlanField,
    Timed, WeighStep,
};
use crate::core::plates::Plate;
use crate::core::session::{last_result, LogEntry, MaxSource, Settings, Trust};
use crate::core::units::{convert, fmt, fmt_weight, tenth, Unit};

/// What [`exercise_card`] draws.
pub struct ExerciseCardProps<'a> {
    pub index: usize,
    pub count: usize,
    pub state: &'a ExerciseState,
    pub settings: &'a Settings,
    pub log: &'a [LogEntry],
    /// Text being typed into a field that takes its value when left.
    pub draft: Option<&'a (Field, String)>,
    /// The position of this exercise's set that is up next, if it is in this exercise.
    pub up_next: Option<usize>,
    /// The plan is the first visit's example.
    pub example: bool,
    /// A ticked set's correction, open under its row.
    pub fixing: Option<&'a Fixing>,
    /// The lifter's own schemes, for the scheme list.
    pub schemes: &'a [NamedScheme],
    /// The bodyweight as typed, for bodyweight lifts.
    pub bodyweight: &'a Typed<f64>,
    /// "What is on it?": the exercise weighed and the plates on each side.
    pub weighing: Option<&'a (ExerciseId, Vec<Plate>)>,
    pub dispatch: &'a Dispatch,
}

/// Common lifts offered as suggestions; free text is fine too.
pub const SUGGESTIONS: [&str; 8] = [
    "Bench press",
    "Squat",
    "Overhead press",
    "Barbell row",
    "Leg press",
    "Leg extension",
    "Biceps curl",
    "Deadlift",
];

/// What every part of a card reads, taken once from its props.
#[derive(Clone, Copy)]
struct Card<'a> {
    p: &'a ExerciseCardProps<'a>,
    /// Its position on the page (0: first).
    i: usize,
    e: &'a ExerciseState,
    ex: ExerciseId,
    unit: Unit,
    d: &'a Dispatch,
}

impl<'a> Card<'a> {
    fn of(p: &'a ExerciseCardProps<'a>) -> Self {
        Card {
            p,
            i: p.index,
            e: p.state,
            ex: p.state.id,
            unit: p.settings.unit,
            d: p.dispatch,
        }
    }

    /// The id of one of the card's elements (`ex3-name`).
    fn id(&self, part: &str) -> String {
        self.ex.element(part)
    }
}

/// An exercise and its plan. Compact once its max is set: a one-line summary with "Edit" over
/// its sets, so the sets come first; its setup opens in place. A plain function, not a
/// component: its plan is kept in the page's state, and each component type costs the page its
/// own lifecycle code.
pub fn exercise_card(p: &ExerciseCardProps) -> Html {
    let c = Card::of(p);
    let Card {
        i, e, ex, unit, d, ..
    } = c;
    let id = |part: &str| c.id(part);
    let planned = e.plan.as_ref();
    let title = if e.exercise.name.trim().is_empty() {
        format!("Exercise {}", i + 1)
    } else {
        e.exercise.name.clone()
    };
    let implement = e.exercise.implement();
    let last = last_result(p.log, &e.exercise.name);
    let open = e.setup_open;

    html! {
        <article key={ex.0} class="exercise" aria-labelledby={id("title")} data-testid="exercise">
            <header class="exercise-head">
                <h2 id={id("title")} tabindex="-1">
                    { title.clone() }
                    if p.example { <span class="badge" data-testid="example">{ "Example" }</span> }
                </h2>
                if planned.is_ok() {
                    <button type="button" class="edit" aria-pressed={p.settings.details.to_string()}
                        onclick={send(d, PlanAction::ShowDetails(!p.settings.details))}>{ "Details" }</button>
                }
                <button type="button" class="edit" aria-expanded={open.to_string()} aria-controls={open.then(|| id("setup"))}
                    aria-label={format!("{} {title}", if open { "Done editing" } else { "Edit" })}
                    onclick={send(d, PlanAction::Open(Panel::Setup(ex), !open))}>{ if open { "Done" } else { "Edit" } }</button>
                // Under the title and its buttons, the whole width: one or two lines at 360 px.
                <p class="summary" data-testid="summary">{ summary(e, unit, implement, p.settings, p.schemes) }</p>
            </header>
            if open {
                <div id={id("setup")} class="setup">
                    { setup(&c, implement) }
                </div>
            }
            if let Some(o) = &e.offer {
                // What the rule makes of the last session: the lifter decides.
                <div class="offer" role="group" aria-labelledby={id("offer")} data-testid="offer">
                    <p id={id("offer")}>{ o.text.clone() }</p>
                    <button type="button" class="primary" onclick={send(d, PlanAction::Offer { id: ex, apply: true })}>{ "Apply" }</button>
                    <button type="button" onclick={send(d, PlanAction::Offer { id: ex, apply: false })}>{ "Keep" }</button>
                </div>
            }
            if let Err(err) = &planned {
                { no_plan(err) }
            }
            if e.exercise.is_deadlift() && crate::core::scheme::has_back_off(&e.exercise.groups) {
                <p class="hint">{ "A back-off set of deadlifts is hard on the lower back when tired: consider dropping it here." }</p>
            }
            if let Ok((est, sets)) = &planned {
                <ol class="sets" aria-label={format!("Sets for {title}")}>
                    { for sets.iter().enumerate().map(|(n, s)| set_row(&SetRowProps {
                        set: s.clone(),
                        id: ex.set_element(n),
                        one_rep_max: est.max,
                        unit,
                        done: e.done.contains(&n),
                        next: p.up_next == Some(n),
                        gear: implement,
                        body: p.settings.bodyweight,
                        details: p.settings.details,
                        toggle: send_at(d, Timed::ToggleDone { exercise: ex, set: n }),
                        fix: e.fixes.iter().find(|f| f.set == n).copied(),
                        fixer: p.fixing.filter(|x| (x.exercise, x.set) == (ex, n)).map(|x| set_fixer(x, unit, d)),
                        correct: send(d, PlanAction::Open(Panel::Fix(ex, n), p.fixing.is_none_or(|x| (x.exercise, x.set) != (ex, n)))),
                    })) }
                </ol>
                if let Some((moved, plain)) = e.moves.filter(|m| m.1 > 0) {
                    <p class="muted" data-testid="moves">{ format!("{moved} plate moves a side; {plain} with fewest plates") }</p>
                }
                { back_off_result(p) }
            }
            if let Some(l) = last {
                <p class="last-time" data-testid="last-time">
                    { format!("Last back-off: {} reps at {}, {}", l.reps, fmt_weight(l.load, l.unit), short_date(l.at_ms)) }
                </p>
            }
        </article>
    }
}

/// The card's one line: "1RM 140 kg · Goto back-off · Barbell".
fn summary(
    e: &ExerciseState,
    unit: Unit,
    implement: Implement,
    settings: &Settings,
    schemes: &[NamedScheme],
) -> String {
    let formula = settings.formula;
    let body = settings.bodyweight;
    let max = match (e.exercise.max, e.plan.as_ref()) {
        // On a bodyweight lift the max typed is what is added: "1RM bodyweight + 40 kg".
        (Some(MaxSource::OneRepMax(m)), _) if implement == Implement::Bodyweight => {
            format!("1RM {}", load_words(implement, body + m, body, unit))
        }
        (Some(MaxSource::OneRepMax(m)), _) => format!("1RM {}", fmt_weight(m, unit)),
        // Says which estimate it is: with an RPE, the chart's or the formula's, as picked.
        (
            Some(MaxSource::FromSet {
                load,
                reps,
                rpe,
                trust,
            }),
            Ok((est, _)),
        ) => format!(
            "1RM ≈ {} from {} × {reps}{} ({})",
            fmt_weight(tenth(est.max), unit),
            fmt_weight(load, unit),
            rpe.map(|r| format!(" at RPE {}", fmt(r)))
                .unwrap_or_default(),
            match (rpe, trust) {
                (Some(_), Trust::Chart) => "RTS chart",
                _ => formula.name(),
            }
        ),
        _ => "No max yet".into(),
    };
    let scheme = scheme_label(&e.exercise, schemes);
    format!("{max} · {scheme} · {}", implement.label())
}

/// The setup: name, max (typed, or estimated from a set), scheme, equipment, the way to the
/// scheme editor, and the buttons that move or remove the exercise.
fn setup(c: &Card, implement: Implement) -> Html {
    let Card {
        p,
        i,
        e,
        ex,
        unit,
        d,
    } = *c;
    let id = |part: &str| c.id(part);
    let on_body = implement == Implement::Bodyweight;
    html! {
        <>
            <div class="field">
                <label for={id("name")}>{ "Exercise" }</label>
                <input id={id("name")} type="text" list="lifts" autocomplete="off" enterkeyhint="done"
                    placeholder="e.g. Bench press" value={e.exercise.name.clone()} oninput={typed(d, PlanField::Name(ex))} />
            </div>
            { choices("Max", id("mode"), d, [
                ("1RM".into(), e.mode == MaxMode::OneRepMax, PlanAction::SetMaxMode(ex, MaxMode::OneRepMax)),
                ("From a set".into(), e.mode == MaxMode::FromSet, PlanAction::SetMaxMode(ex, MaxMode::FromSet)),
            ]) }
            if e.mode == MaxMode::OneRepMax {
                { number_field(d, NumberField {
                    suffix: unit.symbol(),
                    placeholder: if on_body { "+ added, − assisted" } else { "" },
                    ..NumberField::new(PlanField::Max(ex, MaxField::OneRepMax), id("max"), match on_body {
                        true => format!("1RM, added to bodyweight ({})", unit.symbol()),
                        false => format!("1RM ({})", unit.symbol()),
                    }, &e.max)
                }) }
            } else {
                <div class="field-grid">
                    { number_field(d, NumberField {
                        suffix: unit.symbol(),
                        ..NumberField::new(PlanField::Max(ex, MaxField::Load), id("load"), if on_body { "Added" } else { "Load" }, &e.load)
                    }) }
                    { number_field(d, NumberField {
                        inputmode: "numeric",
                        ..NumberField::new(PlanField::Max(ex, MaxField::Reps), id("reps"), "Reps", &e.reps)
                    }) }
                    { number_field(d, NumberField {
                        placeholder: "optional",
                        ..NumberField::new(PlanField::Max(ex, MaxField::Rpe), id("rpe"), "RPE", &e.rpe)
                    }) }
                </div>
                { estimate_line(e.estimate(), unit, p.settings.formula.name()) }
                if let Some((chart, by_formula)) = e.both_estimates(p.settings.formula, p.settings.bodyweight) {
                    { choices("Plan from", id("trust"), d, [(Trust::Chart, "RTS chart", chart), (Trust::Formula, p.settings.formula.name(), Some(by_formula))].map(|(t, name, max)| (
                        // Past 12 reps the chart has no figure: the formula can still plan.
                        format!("{name}: {}", max.map_or("up to 12 reps".into(), |m| fmt_weight(tenth(m), unit))), e.trust == t, PlanAction::SetTrust(ex, t),
                    ))) }
                }
            }
            <div class="field-grid two">
                <div class="field">
                    <label for={id("scheme")}>{ "Scheme" }</label>
                    <select id={id("scheme")} onchange={changed(d, PlanField::Scheme(ex))}>
                        { scheme_options(&e.exercise, p.schemes) }
                    </select>
                </div>
                <div class="field">
                    <label for={id("gear")}>{ "Equipment" }</label>
                    <select id={id("gear")} onchange={changed(d, PlanField::Gear(ex))}>
                        { for Implement::ALL.map(|i| html! {
                            <option value={i.key()} selected={i == implement}>{ i.label() }</option>
                        }) }
                    </select>
                </div>
            </div>
            { bodyweight_field(c, implement) }
            { weigh(c) }
            // Editing the sets and the gear's weights is done at home: on the setup page, at
            // this exercise.
            <p class="more-links">
                <a href={format!("setup/#sets-{}", i + 1)}>{ if e.exercise.is_edited() { "Edit sets and equipment (sets edited)" } else { "Edit sets and equipment" } }</a>
            </p>
            <div class="row-buttons">
                <button type="button" class="icon" aria-label={format!("Move exercise {} up", i + 1)} disabled={i == 0}
                    onclick={send(d, PlanAction::MoveExercise { id: ex, up: true })}>{ "↑" }</button>
                <button type="button" class="icon" aria-label={format!("Move exercise {} down", i + 1)} disabled={i + 1 >= p.count}
                    onclick={send(d, PlanAction::MoveExercise { id: ex, up: false })}>{ "↓" }</button>
                <button type="button" aria-label={format!("Remove exercise {}", i + 1)}
                    onclick={send(d, PlanAction::RemoveExercise(ex))}>{ "Remove" }</button>
            </div>
        </>
    }
}

/// Why there are no sets.
fn no_plan(err: &EstimateError) -> Html {
    let text = match err {
        EstimateError::TooManyReps => {
            "Over 20 reps no formula is trustworthy: use a heavier set.".to_string()
        }
        e => format!("No plan yet: {}", e.message()),
    };
    html! { <p class="estimate warn" aria-live="polite" data-testid="no-plan">{ text }</p> }
}

/// The estimate from a set typed, shown only while the set is valid.
fn estimate_line(est: Option<&Estimate>, unit: Unit, formula: &str) -> Html {
    let Some(e) = est else {
        return html! {};
    };
    html! {
        <p class="estimate" data-testid="estimate" aria-live="polite">
            { "Estimated 1RM " }<strong>{ fmt_weight(tenth(e.max), unit) }</strong>
            if e.low < e.high { { format!(" ({formula}; formulas {}–{})", fmt(tenth(e.low)), fmt(tenth(e.high))) } }
            if e.high_reps { <span class="warn">{ " Above 10 reps the formulas disagree: treat this as rough." }</span> }
        </p>
    }
}

/// A row of radio buttons (`name` groups them), each sending its action when picked.
fn choices<const N: usize>(
    legend: &str,
    name: String,
    d: &Dispatch,
    options: [(String, bool, PlanAction); N],
) -> Html {
    html! {
        <fieldset class="segmented">
            <legend>{ legend }</legend>
            { for options.into_iter().map(|(label, checked, action)| html! {
                <label><input type="radio" name={name.clone()} {checked} onchange={send(d, action)} />{ label }</label>
            }) }
        </fieldset>
    }
}

/// A bodyweight lift's box for the lifter's bodyweight, taken when left and dated then. The
/// gear's own weights (dumbbells on hand, a stack's steps...) are set on the setup page.
fn bodyweight_field(c: &Card, implement: Implement) -> Html {
    if implement != Implement::Bodyweight {
        return html! {};
    }
    let u = c.unit.symbol();
    let b = &c.p.bodyweight;
    html! {
        <div class="field">
            <label for="bodyweight">{ format!("Your bodyweight ({u})") }</label>
            <input id="bodyweight" type="text" inputmode="decimal" autocomplete="off" enterkeyhint="done"
                value={b.text.clone()} oninput={typed(c.d, PlanField::Bodyweight)}
                onchange={changed_at(c.d, Timed::Weighed)}
                aria-invalid={b.message_shown().is_some().then_some("true")} aria-describedby="bodyweight-error" />
            <p id="bodyweight-error" class="field-error" aria-live="polite">{ b.message_shown().unwrap_or_default() }</p>
        </div>
    }
}

/// "What is on it?": tap the plates that are on each side of the implement and read the total,
/// in both units. Only for implements with plates.
fn weigh(c: &Card) -> Html {
    let s = c.p.settings;
    let on: &[Plate] = match c.p.weighing {
        Some((id, plates)) if *id == c.ex => plates,
        Some(_) | None => &[],
    };
    let Some(total) = weighed(&c.e.exercise.gear, on, &s.barbell(), s.bodyweight, c.unit) else {
        return html! {};
    };
    let other = c.unit.other();
    let d = c.d;
    let put = |p: Plate| send(d, PlanAction::Weigh(c.ex, WeighStep::Put(p)));
    html! {
        <details class="weigh" data-testid="weigh">
            <summary>{ "What is on it?" }</summary>
            <p class="muted">{ "Tap each plate on one side." }</p>
            <div class="plate-chips">
                { for s.plates.iter().map(|p| html! {
                    <button type="button" aria-label={format!("Put on {}", fmt_weight(p.plate.weight, p.plate.unit))}
                        onclick={put(p.plate)}>{ format!("+{}", plate_label(p.plate, c.unit)) }</button>
                }) }
            </div>
            <p data-testid="weighed" aria-live="polite">
                <strong>{ fmt_weight(total, c.unit) }</strong>
                { format!(" ({})", fmt_weight(tenth(convert(total, c.unit, other)), other)) }
                if !on.is_empty() {
                    { format!(" · {}", plates_on(c.e.exercise.implement(), on, c.unit)) }
                }
            </p>
            <div class="history-actions">
                <button type="button" disabled={on.is_empty()} onclick={send(d, PlanAction::Weigh(c.ex, WeighStep::TakeOff))}>{ "Take off the last" }</button>
                <button type="button" disabled={on.is_empty()} onclick={send(d, PlanAction::Weigh(c.ex, WeighStep::Clear))}>{ "Clear" }</button>
            </div>
        </details>
    }
}

/// A plate's weight, with its unit when it is not the session's.
fn plate_label(p: Plate, unit: Unit) -> String {
    match p.unit == unit {
        true => fmt(p.weight),
        false => fmt_weight(p.weight, p.unit),
    }
}

/// After the back-off set: the reps done, logged for next time.
fn back_off_result(p: &ExerciseCardProps) -> Html {
    let e = &p.state;
    let Some((n, set)) = e.back_off_set() else {
        return html! {};
    };
    let Some(load) = set.load().filter(|_| e.done.contains(&n)) else {
        return html! {};
    };
    if e.logged {
        return html! { <p class="logged" id={e.id.element("logged")} tabindex="-1" data-testid="logged">{ "Back-off result saved." }</p> };
    }
    let label = format!("Back-off reps at {}", fmt_weight(load, p.settings.unit));
    let d = p.dispatch;
    html! {
        <div class="result">
            { number_field(d, NumberField {
                inputmode: "numeric",
                onkeydown: Some(enter_at(d, Timed::LogBackOff { exercise: e.id })),
                ..NumberField::new(PlanField::Result(e.id), e.id.element("result"), label, &e.result)
            }) }
            <button type="button" class="primary" disabled={e.result.text.trim().is_empty()}
                onclick={send_at(d, Timed::LogBackOff { exercise: e.id })}>{ "Save result" }</button>
        </div>
    }
}
