//! The history as CSV, one row per set, in the column layout of Strong's export, which other
//! loggers (Hevy among them) and spreadsheet tools read: see docs/formats.md for the importer it was
//! checked against.

use super::calendar::LocalTime;
use super::history::DoneSet;
use super::progress::Lift;
use super::scheme::SetKind;
use super::units::{fmt, Unit};

/// Strong's columns, in its order.
pub const HEADER: &str = "Date,Workout Name,Exercise Name,Set Order,Weight,Weight Unit,Reps,RPE,\
Distance,Distance Unit,Seconds,Notes,Workout Notes";

/// What the export names every workout, since a set does not record its plan.
pub const WORKOUT_NAME: &str = "Backoff";

/// Every set of every lift, oldest session first, then by lift and set order. A back-off set
/// logged as AMRAP takes the reps logged for it. The set's kind goes in the notes.
pub fn export(lifts: &[Lift], utc_offset_min: f64) -> String {
    let mut rows: Vec<(f64, String)> = Vec::new();
    for lift in lifts {
        for s in &lift.sessions {
            let date = LocalTime::at(s.at_ms, utc_offset_min).iso_date_time();
            let logged = s.back_off.as_ref().map(|b| b.reps);
            for (order, d) in (1..).zip(&s.sets) {
                let reps = match (d.reps, d.kind) {
                    (Some(r), _) => Some(r),
                    (None, SetKind::BackOff) => logged,
                    (None, _) => None,
                };
                let line = row(
                    (&date, workout(&s.sets)),
                    &lift.name,
                    order,
                    (d.load, d.unit),
                    reps,
                    d.rpe,
                    d.kind,
                );
                rows.push((s.at_ms, line));
            }
            // A back-off result logged without its ticked set is still a set done.
            if let (Some(b), true) = (&s.back_off, s.sets.is_empty()) {
                let line = row(
                    (&date, WORKOUT_NAME),
                    &lift.name,
                    1,
                    (b.load, b.unit),
                    Some(b.reps),
                    None,
                    SetKind::BackOff,
                );
                rows.push((s.at_ms, line));
            }
        }
    }
    // Stable: within a session the lifts keep their order and the sets theirs.
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out = String::from(HEADER);
    out.push_str("\r\n");
    for (_, line) in rows {
        out.push_str(&line);
        out.push_str("\r\n");
    }
    out
}

/// A session's workout name: the plan it was done in, else [`WORKOUT_NAME`].
fn workout(sets: &[DoneSet]) -> &str {
    match sets.first().map(|d| d.plan.as_str()) {
        Some(plan) if !plan.is_empty() => plan,
        _ => WORKOUT_NAME,
    }
}

/// One set's row: the empty columns are Strong's distance, seconds and workout notes.
fn row(
    (date, workout): (&str, &str),
    exercise: &str,
    order: u32,
    (load, unit): (f64, Unit),
    reps: Option<u32>,
    rpe: Option<f64>,
    kind: SetKind,
) -> String {
    let reps = reps.map_or(String::new(), |r| r.to_string());
    let rpe = rpe.map_or(String::new(), fmt);
    let fields = [
        date,
        workout,
        exercise,
        &order.to_string(),
        &fmt(load),
        unit_word(unit),
        &reps,
        &rpe,
        "",
        "",
        "",
        kind.word(),
        "",
    ];
    let quoted: Vec<String> = fields.iter().map(|f| quoted(f)).collect();
    quoted.join(",")
}

/// Strong writes pounds as "lbs".
fn unit_word(unit: Unit) -> &'static str {
    match unit {
        Unit::Kg => "kg",
        Unit::Lb => "lbs",
    }
}

/// A field as RFC 4180 has it: quoted when it holds a comma, a quote or a line break (quotes
/// doubled), or starts or ends with a space a reader might trim.
pub fn quoted(field: &str) -> String {
    let needs =
        field.contains([',', '"', '\n', '\r']) || field.starts_with(' ') || field.ends_with(' ');
    match needs {
        true => format!("\"{}\"", field.replace('"', "\"\"")),
        false => field.to_string(),
    }
}
