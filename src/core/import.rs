//! Another app's CSV export read into history sets: Strong's layouts, Hevy's, and Backoff's
//! own. Columns are found by their header's names, never by position (each app's exports
//! differ by version), with the `csv` crate and a serde row type per app. Nothing is written
//! here: [`read`] gives what the file holds, for the lifter to see before anything changes.

use std::collections::HashMap;

use serde::Deserialize;

use super::calendar::{month_number, LocalTime, Offsets};
use super::history::DoneSet;
use super::implements::{BarKind, Implement};
use super::plans::MAX_PLAN_NAME;
use super::rpe::parse_rpe;
use super::scheme::SetKind;
use super::session::clip_name;
use super::units::{parse_bounded, parse_number, parse_reps, InputError, Unit, MAX_LB};

/// The largest file read: a five-year export is about 2 MB.
pub const MAX_IMPORT_BYTES: usize = 10_000_000;

/// The rows that could not be read that are listed by row (more are counted).
pub const MAX_LISTED: usize = 20;

/// The app a file came from, told by its header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Strong,
    Hevy,
    /// Backoff's own export: Strong's layout with each set's kind in its notes.
    Backoff,
}

impl Source {
    pub fn name(self) -> &'static str {
        match self {
            Source::Strong => "Strong",
            Source::Hevy => "Hevy",
            Source::Backoff => "Backoff",
        }
    }
}

/// Why a file cannot be imported at all.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooBig,
    /// Its header is none of the layouts read here.
    NotAnExport,
    /// A header and no set.
    NoSets,
}

impl ImportError {
    /// What the page says.
    pub fn message(&self) -> String {
        match self {
            ImportError::TooBig => format!(
                "This file is larger than {} MB: no workout export is. Pick the CSV file the app exported.",
                MAX_IMPORT_BYTES / 1_000_000
            ),
            ImportError::NotAnExport => {
                "This is not a Strong, Hevy or Backoff CSV export: its first line names none of their columns.".into()
            }
            ImportError::NoSets => "This export holds no sets.".into(),
        }
    }
}

/// What a file holds, read but not yet imported.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub source: Source,
    /// Every set read, each as the history keeps it, filed under its name's mapping.
    pub sets: Vec<DoneSet>,
    /// Each set's name in the file, by its position in `names`.
    pub origin: Vec<usize>,
    /// Each exercise name in the file, in the order first met, and what it is filed as.
    pub names: Vec<(String, String)>,
    /// Rows with no load or no reps (cardio, timed holds): skipped.
    pub skipped: usize,
    /// Rows that could not be read: the row's number in the file (the header is row 1) and
    /// why, a sentence ("weight \"heavy\": That is not a number."); only the first
    /// [`MAX_LISTED`].
    pub bad: Vec<(usize, String)>,
    /// How many rows could not be read in all.
    pub bad_count: usize,
    /// The file names no unit for its loads: they were read in the unit given to [`read`].
    pub unit_asked: bool,
}

/// One row of a Strong export, in any of its layouts: a column a layout lacks reads empty.
#[derive(Deserialize)]
struct StrongRow {
    #[serde(rename = "Date")]
    date: String,
    #[serde(rename = "Workout Name", default)]
    workout: String,
    #[serde(rename = "Duration", default)]
    duration: String,
    #[serde(rename = "Exercise Name")]
    exercise: String,
    #[serde(rename = "Set Order", default)]
    order: String,
    #[serde(rename = "Weight", default)]
    weight: String,
    #[serde(rename = "Weight Unit", default)]
    unit: String,
    #[serde(rename = "Reps", default)]
    reps: String,
    #[serde(rename = "RPE", default)]
    rpe: String,
    #[serde(rename = "Notes", default)]
    notes: String,
}

/// One row of a Hevy export: in kg (`weight_kg`) or in lb (`weight_lbs`).
#[derive(Deserialize)]
struct HevyRow {
    #[serde(default)]
    title: String,
    start_time: String,
    #[serde(default)]
    end_time: String,
    exercise_title: String,
    #[serde(default)]
    set_type: String,
    #[serde(default)]
    weight_kg: String,
    #[serde(default)]
    weight_lbs: String,
    #[serde(default)]
    reps: String,
    #[serde(default)]
    rpe: String,
}

/// A row as read, whichever app wrote it.
struct Row {
    at_ms: f64,
    /// When its workout began, when the file says.
    began_ms: Option<f64>,
    /// Marked a set to failure: a back-off set when lighter than a set before it.
    failure: bool,
    workout: String,
    exercise: String,
    kind: SetKind,
    counted: bool,
    load: Option<f64>,
    unit: Unit,
    reps: Option<u32>,
    rpe: Option<f64>,
}

impl Row {
    /// A row of a workout, its numbers not yet read ([`with_numbers`]).
    fn new(
        at_ms: f64,
        workout: String,
        exercise: String,
        kind: (SetKind, bool),
        unit: Unit,
    ) -> Row {
        Row {
            at_ms,
            began_ms: None,
            failure: false,
            workout,
            exercise,
            kind: kind.0,
            counted: kind.1,
            load: None,
            unit,
            reps: None,
            rpe: None,
        }
    }
}

/// Reads `text`, an export, in `unit` when the file names none, its times local to
/// `offsets` (the local clock's, each date at its own).
pub fn read(text: &str, unit: Unit, offsets: &Offsets) -> Result<Reading, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooBig);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or_default();
    // Strong's older exports separate with semicolons.
    let delimiter = match first.matches(';').count() > first.matches(',').count() {
        true => b';',
        false => b',',
    };
    let reader = || {
        csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(text.as_bytes())
    };
    let mut csv = reader();
    let header = csv.headers().map_err(|_| ImportError::NotAnExport)?.clone();
    let has = |name: &str| header.iter().any(|h| h == name);
    let column = |name: &str| header.iter().position(|h| h == name);
    let source = if has("exercise_title") && has("start_time") {
        Source::Hevy
    } else if has("Exercise Name") && has("Date") {
        // Backoff's export is Strong's older layout with each set's kind in its notes: told
        // apart before any row is read, so a Strong note never passes for a kind.
        let notes = column("Notes");
        let kinds = |r: &csv::StringRecord| notes.and_then(|i| r.get(i)).and_then(kind_word);
        let mut rows = reader().into_records().flatten().peekable();
        match has("Weight Unit") && rows.peek().is_some() && rows.all(|r| kinds(&r).is_some()) {
            true => Source::Backoff,
            false => Source::Strong,
        }
    } else {
        return Err(ImportError::NotAnExport);
    };
    let unit_asked = match source {
        Source::Hevy => false,
        Source::Strong | Source::Backoff => !has("Weight Unit"),
    };
    let lb_column = has("weight_lbs") && !has("weight_kg");
    let mut reading = Reading {
        source,
        sets: Vec::new(),
        origin: Vec::new(),
        names: Vec::new(),
        skipped: 0,
        bad: Vec::new(),
        bad_count: 0,
        unit_asked,
    };
    let mut seen = Seen::default();
    for record in csv.records() {
        // The row's line in the file (the header is line 1), quoted line breaks counted.
        let number = match &record {
            Ok(r) => r.position().map_or(0, |p| p.line()),
            Err(e) => e.position().map_or(0, |p| p.line()),
        };
        let number = usize::try_from(number).unwrap_or(usize::MAX);
        // The reader's own errors name byte offsets and types: the lifter gets the row.
        let unreadable = |_| String::from("its fields cannot be read.");
        let row = record.map_err(unreadable).and_then(|r| match source {
            Source::Hevy => r
                .deserialize::<HevyRow>(Some(&header))
                .map_err(unreadable)
                .and_then(|h| hevy(h, lb_column, offsets)),
            Source::Strong | Source::Backoff => r
                .deserialize::<StrongRow>(Some(&header))
                .map_err(unreadable)
                .and_then(|s| strong(s, source, unit, offsets)),
        });
        match row {
            Ok(Some(row)) => file(&mut reading, &mut seen, row),
            Ok(None) => reading.skipped += 1,
            Err(why) => {
                reading.bad_count += 1;
                if reading.bad.len() < MAX_LISTED {
                    reading.bad.push((number, why));
                }
            }
        }
    }
    if reading.sets.is_empty() && reading.bad_count == 0 {
        return Err(ImportError::NoSets);
    }
    // A set to failure lighter than another set of its exercise and workout is what Backoff
    // calls a back-off set (its own export marks them so in Strong's layout), in any order.
    for &i in &seen.failures {
        let origin = reading.origin.get(i).copied().unwrap_or_default();
        if let Some(d) = reading.sets.get_mut(i) {
            let key = (d.at_ms.to_bits(), origin);
            if seen.heaviest.get(&key).is_some_and(|&h| d.load < h) {
                d.kind = SetKind::BackOff;
            }
        }
    }
    Ok(reading)
}

/// What the rows read so far hold: each name's position in a reading's `names`, and the
/// heaviest load of each exercise (by that position) in each workout (by its time).
#[derive(Default)]
struct Seen {
    names: HashMap<String, usize>,
    /// What each name (by its position) is done on.
    implements: Vec<Implement>,
    /// The sets marked to failure, by position.
    failures: Vec<usize>,
    heaviest: HashMap<(u64, usize), f64>,
}

/// Adds a row read to `reading`, under its name's mapping (by the name's position in
/// `names`, found in `seen`). Backoff's own names are its lifts already.
fn file(reading: &mut Reading, seen: &mut Seen, row: Row) {
    // Each name is mapped once: five years of rows hold a few dozen names.
    let origin = match seen.names.get(&row.exercise) {
        Some(&n) => n,
        None => {
            let (name, implement) = match reading.source {
                Source::Backoff => (clip_name(&row.exercise), Implement::for_name(&row.exercise)),
                Source::Strong | Source::Hevy => filed_name(&row.exercise),
            };
            reading.names.push((row.exercise.clone(), name));
            seen.implements.push(implement);
            seen.names
                .insert(row.exercise.clone(), reading.names.len() - 1);
            reading.names.len() - 1
        }
    };
    let name = reading
        .names
        .get(origin)
        .map_or_else(String::new, |(_, filed)| filed.clone());
    let implement = seen
        .implements
        .get(origin)
        .copied()
        .unwrap_or(Implement::Barbell);
    let load = row.load.unwrap_or(0.0);
    let heaviest = seen
        .heaviest
        .entry((row.at_ms.to_bits(), origin))
        .or_insert(load);
    *heaviest = heaviest.max(load);
    if row.failure {
        seen.failures.push(reading.sets.len());
    }
    // A name the lifter renamed in the preview is applied when the sets are filed.
    reading.origin.push(origin);
    reading.sets.push(DoneSet {
        at_ms: row.at_ms,
        exercise: name,
        kind: row.kind,
        load,
        unit: row.unit,
        reps: row.reps,
        counted: row.counted,
        implement,
        // The history keeps a plan's name within the plan name's limit.
        plan: row
            .workout
            .trim()
            .chars()
            .take(MAX_PLAN_NAME)
            .collect::<String>()
            .trim_end()
            .into(),
        rpe: row.rpe,
        began_ms: row.began_ms,
    });
}

/// A Strong (or Backoff) row; `None` for a set with no load or reps.
fn strong(
    s: StrongRow,
    source: Source,
    unit: Unit,
    offsets: &Offsets,
) -> Result<Option<Row>, String> {
    let start = iso_time(&s.date, offsets)?;
    // A session is kept at its end: the start and how long it took, when the export says.
    let took = duration_ms(&s.duration);
    let at_ms = start + took;
    let unit = match s.unit.to_ascii_lowercase().as_str() {
        "" => unit,
        "kg" | "kgs" => Unit::Kg,
        "lb" | "lbs" => Unit::Lb,
        other => return Err(format!("weight unit \"{other}\": neither kg nor lbs.")),
    };
    // Strong marks a warm-up "W", a set to failure "F" and a drop set "D" in the set order.
    // Another app logs the reps done, so they count (they say something about the max);
    // Backoff's own export says a work set's planned reps, ticked.
    let kind = kind_word(&s.notes).filter(|_| source == Source::Backoff);
    let (kind, counted) = match (kind, s.order.as_str()) {
        (Some(SetKind::BackOff), _) => (SetKind::BackOff, true),
        (Some(kind), _) => (kind, false),
        (None, "W") => (SetKind::WarmUp, false),
        (None, _) => (SetKind::Work, true),
    };
    let mut row = Row::new(at_ms, s.workout, s.exercise, (kind, counted), unit);
    row.began_ms = (took > 0.0).then_some(start);
    row.failure = kind == SetKind::Work && s.order == "F";
    with_numbers(row, &s.weight, &s.reps, &s.rpe)
}

/// A Hevy row; `None` for a set with no load or reps.
fn hevy(h: HevyRow, lb_column: bool, offsets: &Offsets) -> Result<Option<Row>, String> {
    let at = match h.end_time.is_empty() {
        true => &h.start_time,
        false => &h.end_time,
    };
    let at_ms = hevy_time(at, offsets)?;
    let began_ms = hevy_time(&h.start_time, offsets).ok();
    // The reps logged are the reps done: they count.
    let (kind, counted) = match h.set_type.as_str() {
        "warmup" => (SetKind::WarmUp, false),
        _ => (SetKind::Work, true),
    };
    let (weight, unit) = match lb_column {
        true => (h.weight_lbs, Unit::Lb),
        false => (h.weight_kg, Unit::Kg),
    };
    let mut row = Row::new(at_ms, h.title, h.exercise_title, (kind, counted), unit);
    row.began_ms =
        began_ms.filter(|b| (0.0..=MAX_DURATION_MS).contains(&(at_ms - b)) && *b < at_ms);
    row.failure = h.set_type == "failure";
    with_numbers(row, &weight, &h.reps, &h.rpe)
}

/// `row` with its load, reps and RPE read, with the limits of the boxes they are typed into;
/// `None` when there is no load or no reps (cardio, a timed hold).
fn with_numbers(mut row: Row, weight: &str, reps: &str, rpe: &str) -> Result<Option<Row>, String> {
    let bad = |what: &str, text: &str, e: InputError| format!("{what} \"{text}\": {}", e.message());
    if row.exercise.trim().is_empty() {
        return Err("the exercise has no name.".into());
    }
    let reps = match reps {
        "" | "0" => return Ok(None),
        r => parse_reps(r).map_err(|e| bad("reps", r, e))?,
    };
    let load = match weight {
        "" => None,
        w => Some(parse_bounded(w, -MAX_LB, MAX_LB).map_err(|e| bad("weight", w, e))?),
    };
    // A set of no weight is a set only on bodyweight (a push-up); else a timed or cardio one.
    let on_body = || {
        Implement::for_name(&row.exercise) == Implement::Bodyweight
            || filed_name(&row.exercise).1 == Implement::Bodyweight
    };
    // The apps log an assisted lift's assistance as a weight; Backoff keeps it below zero.
    let assisted = row.exercise.to_ascii_lowercase().ends_with("(assisted)");
    match load {
        Some(l) if l != 0.0 && assisted => row.load = Some(-l.abs()),
        Some(l) if l != 0.0 => row.load = Some(l),
        _ if on_body() => row.load = Some(0.0),
        _ => return Ok(None),
    }
    row.reps = Some(reps);
    // An RPE off the chart says nothing the set needs: the set is kept without it.
    row.rpe = parse_rpe(rpe).ok();
    Ok(Some(row))
}

/// The kind Backoff's export writes in a set's notes.
fn kind_word(notes: &str) -> Option<SetKind> {
    [SetKind::WarmUp, SetKind::Work, SetKind::BackOff]
        .into_iter()
        .find(|k| k.word() == notes)
}

/// "2025-07-26 07:06:00" (seconds optional), local time.
fn iso_time(text: &str, offsets: &Offsets) -> Result<f64, String> {
    let bad = || format!("date \"{text}\": not YYYY-MM-DD HH:MM:SS.");
    let (date, time) = text.split_once([' ', 'T']).unwrap_or((text, "00:00:00"));
    let mut d = date.split('-').map(|p| p.parse::<i64>().ok());
    let (year, month, day) = (d.next().flatten(), d.next().flatten(), d.next().flatten());
    let (Some(year), Some(month), Some(day)) = (year, month, day) else {
        return Err(bad());
    };
    let seconds = clock_seconds(time).ok_or_else(bad)?;
    let month = u32::try_from(month).map_err(|_| bad())?;
    let day = u32::try_from(day).map_err(|_| bad())?;
    let t = LocalTime::new(year, month, day, seconds).ok_or_else(bad)?;
    Ok(offsets.to_ms(&t))
}

/// "26 Jul 2025, 07:06", local time.
fn hevy_time(text: &str, offsets: &Offsets) -> Result<f64, String> {
    let bad = || format!("date \"{text}\": not like 26 Jul 2025, 07:06.");
    let (date, time) = text.split_once(',').ok_or_else(bad)?;
    let mut d = date.split_whitespace();
    let day = d
        .next()
        .and_then(|p| p.parse::<u32>().ok())
        .ok_or_else(bad)?;
    let month = d.next().and_then(month_number).ok_or_else(bad)?;
    let year = d
        .next()
        .and_then(|p| p.parse::<i64>().ok())
        .ok_or_else(bad)?;
    let seconds = clock_seconds(time.trim()).ok_or_else(bad)?;
    let t = LocalTime::new(year, month, day, seconds).ok_or_else(bad)?;
    Ok(offsets.to_ms(&t))
}

/// "07:06" or "07:06:30" as seconds past midnight.
fn clock_seconds(text: &str) -> Option<u32> {
    let mut p = text.split(':').map(|p| p.parse::<u32>().ok());
    let h = p.next().flatten()?;
    let m = p.next().flatten()?;
    let s = p.next().map_or(Some(0), |s| s)?;
    (h < 24 && m < 60 && s < 60 && p.next().is_none()).then_some(h * 3600 + m * 60 + s)
}

/// The longest workout read: a longer `Duration` is a typo, and the start stands.
const MAX_DURATION_MS: f64 = 24.0 * 3_600_000.0;

/// Strong's "35m", "1h 2m" (or "45s") as ms; 0 when empty, unreadable or over a day (the
/// start stands).
fn duration_ms(text: &str) -> f64 {
    let mut seconds = 0.0;
    for part in text.split_whitespace() {
        let Some((n, unit)) = part.char_indices().last().map(|(i, _)| part.split_at(i)) else {
            return 0.0;
        };
        let Ok(n) = parse_number(n) else {
            return 0.0;
        };
        seconds += n * match unit {
            "h" => 3600.0,
            "m" => 60.0,
            "s" => 1.0,
            _ => return 0.0,
        };
    }
    match seconds * 1000.0 {
        ms if (0.0..=MAX_DURATION_MS).contains(&ms) => ms,
        _ => 0.0,
    }
}

/// What a name from Strong or Hevy is filed as, and the implement it names: "Bench Press
/// (Barbell)" is "Bench press" on a barbell, "Bench Press (Dumbbell)" is "Dumbbell bench press"
/// on dumbbells, "Lat Pulldown (Cable)" is "Lat pulldown" on a stack. A name with no implement
/// in brackets, or one not known here, is kept as written, on what its name suggests.
pub fn filed_name(name: &str) -> (String, Implement) {
    let name = name.trim();
    let bracket = name
        .strip_suffix(')')
        .and_then(|n| n.rsplit_once(" ("))
        .and_then(|(base, b)| Some((base, bracket_implement(b)?, b)));
    let Some((base, implement, word)) = bracket else {
        return (clip_name(name), Implement::for_name(name));
    };
    let base = sentence_case(base);
    // The base name already says it ("Lat pulldown" is on a stack): the bracket goes.
    let implied = Implement::for_name(&base);
    let same =
        implied == implement || (implement == Implement::Machine && implied == Implement::Sled);
    let filed = match same {
        true => base,
        false => {
            let lower = base.to_lowercase();
            let prefix = sentence_case(word);
            format!("{prefix} {lower}")
        }
    };
    (clip_name(&filed), if same { implied } else { implement })
}

/// The implement Strong's and Hevy's brackets name.
fn bracket_implement(word: &str) -> Option<Implement> {
    Some(match word.to_ascii_lowercase().as_str() {
        "barbell" | "olympic bar" => Implement::Barbell,
        "dumbbell" | "dumbbells" => Implement::Dumbbells,
        "cable" | "machine" => Implement::Machine,
        "smith machine" => Implement::Bar(BarKind::Smith),
        "kettlebell" => Implement::Kettlebells,
        "ez bar" | "ez curl bar" => Implement::Bar(BarKind::Ez),
        "trap bar" | "hex bar" => Implement::Bar(BarKind::Trap),
        "assisted" | "weighted" | "bodyweight" => Implement::Bodyweight,
        "plate loaded" => Implement::Sled,
        _ => return None,
    })
}

/// "Bench Press" as "Bench press"; a word in capitals ("RDL") stays.
fn sentence_case(text: &str) -> String {
    let words: Vec<String> = text
        .split_whitespace()
        .enumerate()
        .map(|(i, w)| {
            let caps = w.len() > 1 && w.chars().all(|c| !c.is_lowercase());
            match (i, caps) {
                (_, true) => w.to_string(),
                (0, false) => {
                    let mut c = w.chars();
                    c.next().map_or(String::new(), |f| {
                        f.to_uppercase()
                            .chain(c.flat_map(char::to_lowercase))
                            .collect()
                    })
                }
                (_, false) => w.to_lowercase(),
            }
        })
        .collect();
    words.join(" ")
}
