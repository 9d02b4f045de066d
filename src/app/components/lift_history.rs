//! One lift on the history page: its name, its chart, its sessions newest first (date, best
//! set and the max it implies, back-off result and its change from the last time at that
//! load), and what was done to its max and why.

use yew::prelude::*;

use super::lift_chart::lift_chart;
use super::session_editor::session_editor;
use crate::core::calendar::LocalTime;
use crate::core::changes::{of_lift, MaxChange};
use crate::core::chart::chart;
use crate::core::history::DoneSet;
use crate::core::history_edits::{is_stored, HistoryEdit, SessionKey};
use crate::core::history_page::Refused;
use crate::core::progress::{Lift, Session};
use crate::core::suggestions::{is_lower_body, MaxSuggestion, NextCycle};
use crate::core::units::{fmt, fmt_weight, Unit};

/// What corrections need: the stored sets (only those can be corrected here), the session
/// open for correcting, a box it refused, and where edits go.
pub struct Corrections<'a> {
    pub stored: &'a [DoneSet],
    pub open: Option<&'a SessionKey>,
    pub refused: Option<&'a Refused>,
    pub on: &'a Callback<HistoryEdit>,
}

/// What the history suggests for the lift's exercise in the plan in force, and what was done
/// to its max before.
pub struct Offers<'a> {
    pub max: Option<MaxSuggestion>,
    pub cycle: Option<NextCycle>,
    /// Every lift's changes; this lift's are picked by name.
    pub changes: &'a [MaxChange],
}

/// A lift's section, its loads shown in `unit`, its newest `shown` sessions in its table.
pub fn lift_history(
    lift: &Lift,
    (unit, utc_offset_min, shown): (Unit, f64, usize),
    offers: Offers,
    c: &Corrections,
) -> Html {
    let count = lift.sessions.len();
    let sessions = if count == 1 { "session" } else { "sessions" };
    let label = format!(
        "{}: estimated max and back-off reps over {count} {sessions}; the table below lists them.",
        lift.name
    );
    let drawn = chart(lift, unit, utc_offset_min).map(|c| lift_chart(&c, unit, label));
    let offer = offers.max.map(|s| suggestion(s, c.on));
    let cycle = offers.cycle.map(|n| next_cycle(n, c.on));
    let changes = of_lift(offers.changes, &lift.name);
    let changed = (!changes.is_empty()).then(|| {
        html! {
            <>
            <h3>{ "Changes to the max" }</h3>
            <ul class="changes" data-testid="changes">
                { for changes.iter().map(|c| html! {
                    <li>
                        // Kept before its session was (an offer from an older build): no date.
                        if c.at_ms > 0.0 {
                            <span class="muted">{ format!("{}: ", LocalTime::at(c.at_ms, utc_offset_min).day_label()) }</span>
                        }
                        { &c.text }
                    </li>
                }) }
            </ul>
            </>
        }
    });
    html! {
        <section class="lift" data-testid="lift">
            <h2>{ &lift.name }</h2>
            <p class="muted">{ format!("{count} {sessions}") }</p>
            { for offer }
            { for cycle }
            { for drawn }
            <table class="sessions" data-testid="sessions">
                <thead>
                    <tr>
                        <th scope="col">{ "Date" }</th>
                        <th scope="col">{ "Best set" }</th>
                        <th scope="col">{ "Back-off" }</th>
                    </tr>
                </thead>
                <tbody>
                    { for lift.sessions.iter().take(shown).map(|s| row(s, unit, utc_offset_min, c)) }
                </tbody>
            </table>
            if count > shown {
                <button type="button" class="show-more" onclick={{
                    let on = c.on.clone();
                    let name = lift.name.clone();
                    Callback::from(move |_: MouseEvent| on.emit(HistoryEdit::ShowMore(name.clone())))
                }}>{ format!("Show more ({} older)", count - shown) }</button>
            }
            { for changed }
        </section>
    }
}

/// "Your last session's 100 kg × 6 implies a max of 120 kg; the plan uses 110 kg." and the
/// button that puts it in the plan.
fn suggestion(s: MaxSuggestion, on: &Callback<HistoryEdit>) -> Html {
    let b = s.from;
    let plan = match s.now {
        Some(now) => format!(
            "the plan uses {}",
            fmt_weight((now * 2.0).round() / 2.0, s.unit)
        ),
        None => "the plan has no max for it yet".into(),
    };
    let text = format!(
        "Your best recent set, {} × {}, implies a max of {}; {plan}.",
        fmt_weight(b.load, b.unit),
        b.reps,
        fmt_weight(s.offered, s.unit),
    );
    let button = format!("Update max to {}", fmt_weight(s.offered, s.unit));
    let on = on.clone();
    let update = Callback::from(move |_: MouseEvent| on.emit(HistoryEdit::UpdateMax(s.clone())));
    html! {
        <div class="hint suggestion" data-testid="suggestion">
            <p>{ text }</p>
            <button type="button" class="primary" onclick={update}>{ button }</button>
        </div>
    }
}

/// "Week 3 done: …" and the button that starts the next cycle.
fn next_cycle(n: NextCycle, on: &Callback<HistoryEdit>) -> Html {
    let body = if is_lower_body(&n.exercise) {
        "lower body"
    } else {
        "upper body"
    };
    let text = format!(
        "Week 3 done: 5/3/1's next cycle raises the training max by {} ({body}).",
        fmt_weight(n.rise, n.unit)
    );
    let on = on.clone();
    let start = Callback::from(move |_: MouseEvent| on.emit(HistoryEdit::NextCycle(n.clone())));
    html! {
        <div class="hint suggestion" data-testid="next-cycle">
            <p>{ text }</p>
            <button type="button" class="primary" onclick={start}>{ "Start the next cycle (week 1)" }</button>
        </div>
    }
}

fn row(s: &Session, unit: Unit, utc_offset_min: f64, c: &Corrections) -> Html {
    let date = LocalTime::at(s.at_ms, utc_offset_min).day_label();
    let best = match &s.best {
        // A single is its own max.
        Some(b) if b.reps == 1 && b.rpe.is_none() => format!("{} × 1", fmt_weight(b.load, b.unit)),
        Some(b) => format!(
            "{} × {}{} ≈ {} max",
            fmt_weight(b.load, b.unit),
            b.reps,
            b.rpe.map_or(String::new(), |r| format!(" @ {}", fmt(r))),
            fmt_weight((b.max_in(unit) * 2.0).round() / 2.0, unit)
        ),
        None => "–".into(),
    };
    let back_off = match &s.back_off {
        Some(b) => {
            // Against the last session at about the same load: the same share of the max.
            let change = match s.back_off_change {
                None if s.first_back_off => "first time".to_string(),
                None => "first at this load".to_string(),
                Some(0) => "same as last time".to_string(),
                Some(c) if c > 0 => format!("+{c} reps"),
                Some(c) if s.back_off_fell => format!("{c} reps: down more than a third"),
                Some(c) => format!("{c} reps"),
            };
            format!(
                "{} reps at {} ({change})",
                b.reps,
                fmt_weight(b.load, b.unit)
            )
        }
        None => "–".into(),
    };
    let sets = s.sets.len();
    let key = s
        .sets
        .first()
        .map(SessionKey::of)
        .filter(|k| is_stored(c.stored, k));
    let open = key.as_ref().is_some_and(|k| c.open == Some(k));
    let edit = key.clone().map(|k| {
        let on = c.on.clone();
        let label = format!("Edit the session of {date}");
        let toggle = Callback::from(move |_: MouseEvent| {
            on.emit(match open {
                true => HistoryEdit::Close,
                false => HistoryEdit::Open(k.clone()),
            })
        });
        html! {
            <button type="button" class="edit-session" aria-label={label} aria-expanded={if open { "true" } else { "false" }} onclick={toggle}>{ "Edit" }</button>
        }
    });
    html! {
        <>
        <tr data-testid="session" data-record={if s.record { "yes" } else { "no" }}>
            <th scope="row">{ date }<span class="muted">{ format!(" · {} set{}", fmt(sets as f64), if sets == 1 { "" } else { "s" }) }</span>{ for edit }</th>
            <td>{ best }if s.record { <span class="pr">{ " Record" }</span> }</td>
            <td>{ back_off }</td>
        </tr>
        if let (true, Some(k)) = (open, &key) {
            { session_editor(k, &s.sets, c.refused, c.on) }
        }
        </>
    }
}
