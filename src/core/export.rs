//! The history as CSV, one row per set, in the column layouts of Strong's export, which other
//! loggers (Hevy among them) and spreadsheet tools read: the layout Strong writes today (the
//! default) and its older one with a unit on each row. Written with the `csv` crate, so quoting
//! is the field's and not ours; both read back through our own import (`import.rs`). See
//! docs/formats.md for what each carries.

use super::calendar::Offsets;
use super::history::{took_s, DoneSet};
use super::implements::Implement;
use super::progress::{Lift, Session};
use super::scheme::SetKind;
use super::units::{convert, fmt, Unit};

/// The layouts written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Strong's export today: ten columns, a workout's start and `Duration`, no unit column
    /// (every load in one unit, named in the file's name). Warm-ups are `W` in the set order,
    /// a back-off set `F` (a set to failure).
    Strong,
    /// Strong's older layout, for the tools that read it by position: thirteen columns, each
    /// row's own unit, each set's kind in its notes, the workout at its end.
    StrongWithUnits,
}

/// The header of [`Layout::Strong`], in Strong's order.
pub const HEADER: &str =
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE";

/// The header of [`Layout::StrongWithUnits`], in Strong's order.
pub const OLDER_HEADER: &str =
    "Date,Workout Name,Exercise Name,Set Order,Weight,Weight Unit,Reps,RPE,\
Distance,Distance Unit,Seconds,Notes,Workout Notes";

/// What the export names every workout, since a set does not record its plan.
pub const WORKOUT_NAME: &str = "Backoff";

/// The file's name on `day` ("2026-12-06"): [`Layout::Strong`]'s says its unit.
pub fn file_name(day: &str, layout: Layout, unit: Unit) -> String {
    match layout {
        Layout::Strong => format!("backoff-history-{day}-{}.csv", unit.symbol()),
        Layout::StrongWithUnits => format!("backoff-history-{day}-with-units.csv"),
    }
}

/// One set to write: its session, its place in it, and what was done.
struct Row<'a> {
    session: &'a Session,
    lift: &'a str,
    /// Among all the lift's sets of the session, from 1.
    order: u32,
    /// Among the sets that are not warm-ups, from 1, as Strong numbers them.
    work_order: u32,
    set: DoneSet,
}

/// Every set of every lift, oldest session first, then by lift and set order, in `layout`;
/// [`Layout::Strong`] writes every load in `unit`. A back-off set logged as AMRAP takes the
/// reps logged for it.
pub fn export(lifts: &[Lift], layout: Layout, unit: Unit, offsets: &Offsets) -> String {
    let mut rows: Vec<Row> = Vec::new();
    for lift in lifts {
        for s in &lift.sessions {
            let logged = s.back_off.as_ref().map(|b| b.reps);
            let mut work_order = 0;
            for (order, d) in (1..).zip(&s.sets) {
                let mut set = d.clone();
                if let (None, SetKind::BackOff) = (set.reps, set.kind) {
                    set.reps = logged;
                }
                work_order += u32::from(set.kind != SetKind::WarmUp);
                let lift = &lift.name;
                rows.push(Row {
                    session: s,
                    lift,
                    order,
                    work_order,
                    set,
                });
            }
            // A back-off result logged without its ticked set is still a set done.
            if let (Some(b), true) = (&s.back_off, s.sets.is_empty()) {
                let set = DoneSet {
                    at_ms: s.at_ms,
                    exercise: lift.name.clone(),
                    kind: SetKind::BackOff,
                    load: b.load,
                    unit: b.unit,
                    reps: Some(b.reps),
                    counted: true,
                    implement: Implement::for_name(&lift.name),
                    plan: String::new(),
                    rpe: None,
                    began_ms: None,
                };
                let lift = &lift.name;
                rows.push(Row {
                    session: s,
                    lift,
                    order: 1,
                    work_order: 1,
                    set,
                });
            }
        }
    }
    // Stable: within a session the lifts keep their order and the sets theirs.
    rows.sort_by(|a, b| a.session.at_ms.total_cmp(&b.session.at_ms));
    // Line ends as RFC 4180 has them, as spreadsheet tools expect.
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let header = match layout {
        Layout::Strong => HEADER,
        Layout::StrongWithUnits => OLDER_HEADER,
    };
    let mut ok = out.write_record(header.split(',')).is_ok();
    for row in &rows {
        let fields = match layout {
            Layout::Strong => today(row, unit, offsets),
            Layout::StrongWithUnits => older(row, offsets),
        };
        ok &= out.write_record(&fields).is_ok();
    }
    // Writing to memory does not fail; were it to, nothing half-written is offered.
    match (ok, out.into_inner()) {
        (true, Ok(bytes)) => String::from_utf8(bytes).unwrap_or_default(),
        _ => String::new(),
    }
}

/// A session's workout name: the plan it was done in, else [`WORKOUT_NAME`].
fn workout(s: &Session) -> &str {
    match s.sets.first().map(|d| d.plan.as_str()) {
        Some(plan) if !plan.is_empty() => plan,
        _ => WORKOUT_NAME,
    }
}

/// A row of [`Layout::Strong`]: the workout's start and length, so that the start and the
/// length read back give the session's last tick to the second.
fn today(row: &Row, unit: Unit, offsets: &Offsets) -> Vec<String> {
    let s = row.session;
    let minutes = s
        .sets
        .first()
        .and_then(took_s)
        .map_or(0.0, |t| (t / 60.0).round());
    let start = offsets.local(s.at_ms - minutes * 60_000.0);
    let d = &row.set;
    let order = match d.kind {
        SetKind::WarmUp => "W".to_string(),
        SetKind::BackOff => "F".to_string(),
        SetKind::Work => row.work_order.to_string(),
    };
    // Strong writes its loads with a decimal ("100.0").
    let mut load = fmt(convert(d.load, d.unit, unit));
    if !load.contains('.') {
        load.push_str(".0");
    }
    vec![
        start.iso_date_time(),
        workout(s).to_string(),
        duration(minutes),
        row.lift.to_string(),
        order,
        load,
        d.reps.map_or(String::new(), |r| r.to_string()),
        "0".into(),
        "0".into(),
        d.rpe.map_or(String::new(), fmt),
    ]
}

/// A row of [`Layout::StrongWithUnits`]: the workout at its end, the set's kind in its notes;
/// the empty columns are Strong's distance, seconds and workout notes.
fn older(row: &Row, offsets: &Offsets) -> Vec<String> {
    let d = &row.set;
    let unit = match d.unit {
        Unit::Kg => "kg",
        Unit::Lb => "lbs",
    };
    vec![
        offsets.local(row.session.at_ms).iso_date_time(),
        workout(row.session).to_string(),
        row.lift.to_string(),
        row.order.to_string(),
        fmt(d.load),
        unit.into(),
        d.reps.map_or(String::new(), |r| r.to_string()),
        d.rpe.map_or(String::new(), fmt),
        String::new(),
        String::new(),
        String::new(),
        d.kind.word().into(),
        String::new(),
    ]
}

/// A workout's length as Strong writes it: "35m", "1h 2m".
pub fn duration(minutes: f64) -> String {
    // Whole minutes within a day: integers, so no float formatting comes into the page.
    let minutes = minutes.clamp(0.0, 1440.0) as u32;
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m}m"),
        (h, m) => format!("{h}h {m}m"),
    }
}
