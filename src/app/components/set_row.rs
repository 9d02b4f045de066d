//! One set of the plan, read in one glance: the load and reps with the set's kind, the plates
//! per side (drawn and written), and a quieter line with the real % of the max, the change from
//! the set before and the rest that follows it (the lifter may fold these away). A ticked set
//! folds to one line, its "Correct" one tap away.

use yew::prelude::*;

use super::bar_view::bar_view;
use super::set_fix::fixed_text;
use crate::core::implements::{beyond_body, holding, load_words, plates_on, Implement};
use crate::core::loading::Loading;
use crate::core::plan::PlannedSet;
use crate::core::rest_timer::format_clock;
use crate::core::scheme::Reps;
use crate::core::set_fix::SetFix;
use crate::core::units::{fmt, fmt_weight, tenth, Unit};

/// What [`set_row`] draws.
pub struct SetRowProps {
    pub set: PlannedSet,
    /// The row's element id, so a tick can bring the next set into view.
    pub id: String,
    pub one_rep_max: f64,
    pub unit: Unit,
    pub done: bool,
    /// The set to do next: outlined and labelled "Up next".
    pub next: bool,
    /// What it is loaded on, for the words: "each hand", "bodyweight + 10 kg", what cannot be
    /// loaded (a stack machine has no plates to run out of).
    pub gear: Implement,
    /// The lifter's bodyweight, for a bodyweight lift's words.
    pub body: f64,
    /// The %, the change and the rest shown (the lifter's "Details" choice).
    pub details: bool,
    /// Checks the set off, or un-checks it.
    pub toggle: Callback<MouseEvent>,
    /// What a ticked set was corrected to.
    pub fix: Option<SetFix>,
    /// The correction's boxes, when open under this row (else nothing).
    pub fixer: Option<Html>,
    /// Opens or closes the correction of a ticked set.
    pub correct: Callback<MouseEvent>,
}

/// A row of the plan.
/// A plain function, not a component: it keeps no state, and each component type costs the
/// page its own lifecycle code.
pub fn set_row(p: &SetRowProps) -> Html {
    let s = &p.set;
    let kind = s.kind.word();
    let reps = match s.reps {
        Reps::Exact(r) => format!("{r} rep{}", if r == 1 { "" } else { "s" }),
        Reps::Amrap => "AMRAP".to_string(),
    };
    // What a tap does, with what the set is.
    let what = match (s.load(), s.plates()) {
        (Some(l), []) => format!("{reps} at {}", load_words(p.gear, l, p.body, p.unit)),
        (Some(l), plates) => format!(
            "{reps} at {}, {}",
            load_words(p.gear, l, p.body, p.unit),
            plates_on(p.gear, plates, p.unit)
        ),
        (None, _) => format!("{reps}, cannot be loaded"),
    };
    let label = match (p.done, p.next) {
        (true, _) => format!("Undo set {}: {what} ({kind})", s.number),
        (false, false) => format!("Mark set {} done: {what} ({kind})", s.number),
        (false, true) => format!("Mark set {} done: {what} ({kind}, up next)", s.number),
    };
    // Done and not being corrected: one line.
    let folded = p.done && p.fixer.is_none();
    let class = format!(
        "set {kind}{}{}",
        if p.done { " done" } else { "" },
        if folded {
            " folded"
        } else if p.next {
            " next"
        } else {
            ""
        }
    );
    let times = match s.reps {
        Reps::Exact(r) => format!("× {r}"),
        Reps::Amrap => "AMRAP".to_string(),
    };
    let correct = html! {
        <button type="button" class="correct" aria-expanded={p.fixer.is_some().to_string()}
            aria-label={format!("Correct set {}: reps, load, RPE", s.number)} title="Correct"
            onclick={p.correct.clone()}>{ "✎" }</button>
    };
    let check = html! {
        <button class="check" type="button" aria-label={label} onclick={p.toggle.clone()}>
            <span class="num" aria-hidden="true">{ if p.done { "✓".to_string() } else { s.number.to_string() } }</span>
        </button>
    };
    if folded {
        return html! {
            <li id={p.id.clone()} {class} data-testid="set-row" data-kind={kind}>
                { check }
                <p class="done-line">
                    if let Some(f) = &p.fix {
                        <span data-testid="fixed">{ fixed_text(f, p.unit) }</span>
                    } else {
                        <span data-testid="load">{ load_text(s, p) }</span>{ format!(" {times} · {kind}") }
                    }
                </p>
                { correct }
            </li>
        };
    }
    let change = !s.change.on.is_empty() || !s.change.off.is_empty();
    html! {
        <li id={p.id.clone()} {class} data-testid="set-row" data-kind={kind}>
            { check }
            <div class="set-body">
                <div class="set-line">
                    <strong class="load" data-testid="load">{ load_html(s, p) }</strong>
                    <span class="reps" data-testid="reps">
                        if s.reps == Reps::Amrap {
                            <abbr title="As many reps as possible">{ "AMRAP" }</abbr>
                        } else {
                            { times.clone() }
                        }
                    </span>
                    <span class="kind-badge">{ s.kind.label() }</span>
                </div>
                { plates_html(s, p) }
                if p.next || p.details {
                    <div class="quiet">
                        if p.next { <span class="next-badge" data-testid="up-next">{ "Next" }</span> }
                        if p.details {
                            { percent(s, p.one_rep_max) }
                            if change {
                                <span class="change" data-testid="change">{ s.change.describe(p.unit) }</span>
                            }
                            if s.rest_after_s > 0 {
                                <span class="rest-after">{ format!("rest {}", format_clock(f64::from(s.rest_after_s) * 1000.0)) }</span>
                            }
                        }
                    </div>
                }
                if let Some(f) = &p.fix {
                    <p class="fixed" data-testid="fixed">{ fixed_text(f, p.unit) }</p>
                }
                { p.fixer.clone().unwrap_or_default() }
            </div>
            // Last in the row folded or not: the same button keeps the focus as the row folds.
            if p.done { { correct } }
        </li>
    }
}

/// The load on the row's first line. Bodyweight is written "BW", as lifters write it, so
/// "BW + 62.5 lb × 1" stays one line at 360 px with its kind (the check button says it whole).
fn load_html(s: &PlannedSet, p: &SetRowProps) -> Html {
    match (&s.loading, p.gear) {
        (Loading::Loaded { total, .. }, Implement::Bodyweight) => html! {
            <>
                <abbr class="body-word" title="bodyweight">{ "BW" }</abbr>
                { beyond_body(*total, p.body, p.unit).map(|more| format!(" {more}")).unwrap_or_default() }
            </>
        },
        _ => html! { { load_text(s, p) } },
    }
}

fn load_text(s: &PlannedSet, p: &SetRowProps) -> String {
    match &s.loading {
        Loading::Loaded { total, .. } => load_words(p.gear, *total, p.body, p.unit),
        Loading::BelowBar { .. } | Loading::BeyondInventory { .. } => "–".into(),
    }
}

/// The real % (of the training max in 5/3/1 weeks), and what was asked only when rounding moved
/// it by a point or more: smaller moves are not worth a lifter's attention.
fn percent(s: &PlannedSet, max: f64) -> Html {
    let Some(shown) = s.shown_percent(max) else {
        return html! {};
    };
    let basis = if shown.of_training_max { "% TM" } else { "%" };
    html! {
        <>
            <span class="pct" data-testid="pct">{ format!("{}{basis}", fmt(tenth(shown.real))) }</span>
            if let Some(a) = shown.asked {
                <span class="asked" data-testid="asked">{ format!("asked {}{basis}", fmt(tenth(a))) }</span>
            }
        </>
    }
}

fn plates_html(s: &PlannedSet, p: &SetRowProps) -> Html {
    let (unit, gear) = (p.unit, p.gear);
    if s.target.is_none() {
        return html! {
            <div class="plates cannot" data-testid="plates">
                { "No load: the RPE chart covers 1 to 12 reps, and down sets need a top set" }
            </div>
        };
    }
    match &s.loading {
        Loading::Loaded { total, .. } if holding(gear, *total, p.body, unit).is_some() => html! {
            <div class="plates" data-testid="plates">{ holding(gear, *total, p.body, unit).unwrap_or_default() }</div>
        },
        Loading::Loaded { per_side, .. } if per_side.is_empty() => html! {
            <div class="plates" data-testid="plates">{ "no plates" }</div>
        },
        // The words, then one side drawn at the line's end; plates on a belt hang on a chain,
        // not a sleeve, so they are not drawn.
        Loading::Loaded { per_side, .. } => html! {
            <div class="plates">
                <span data-testid="plates">{ plates_on(gear, per_side, unit) }</span>
                if gear != Implement::Bodyweight { { bar_view(per_side) } }
            </div>
        },
        Loading::BelowBar { minimum } => {
            let text = gear.below(&fmt_weight(*minimum, unit));
            html! { <div class="plates cannot" data-testid="plates">{ text }</div> }
        }
        Loading::BeyondInventory { maximum } => {
            let text = gear.beyond(&fmt_weight(*maximum, unit));
            html! { <div class="plates cannot" data-testid="plates">{ text }</div> }
        }
    }
}
