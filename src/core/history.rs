//! The sets a lifter has done, kept after their session: when the page opens on a new training
//! day, the old session's ticked sets move here and the plan starts clean.
//!
//! They live under their own storage key, [`HISTORY_KEY`], one set a line, so the plan page
//! only ever appends to it ([`append`]) and never holds, copies or re-encodes years of sets.

use std::collections::HashMap;

pub use super::implements::Implement;
use super::plan::PlannedSet;
use super::plans::parse_plan_name;
use super::rpe::parse_rpe;
use super::scheme::{Reps, SetKind};
use super::session::{clip_name, Exercise, LogEntry};
use super::set_fix::SetFix;
use super::units::{fmt, parse_bounded, parse_number, Unit, MAX_LB};

/// A session is over once its last tick is this old (or the calendar day changed).
pub const SESSION_GAP_MS: f64 = 6.0 * 60.0 * 60.0 * 1000.0;
/// The most sets kept: about five years of training.
pub const MAX_DONE_SETS: usize = 20_000;

/// The history's storage key, beside the page's own ([`crate::core::saved::KEY`]).
pub const HISTORY_KEY: &str = "backoff.history";
/// The first line of the stored history: its format, for a later build to migrate from.
pub const HISTORY_HEADER: &str = "backoff-history 1";

const DAY_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;

/// One set done: when it was ticked, what, and at what load.
#[derive(Clone, Debug, PartialEq)]
pub struct DoneSet {
    /// Wall-clock ms of the tick.
    pub at_ms: f64,
    pub exercise: String,
    pub kind: SetKind,
    pub load: f64,
    pub unit: Unit,
    /// The reps planned, or for an AMRAP set the reps logged (`None`: none were).
    pub reps: Option<u32>,
    /// The reps were counted (an AMRAP result, or corrected to what was done), not just
    /// planned: only such a set says something about the max.
    pub counted: bool,
    /// What it was loaded on.
    pub implement: Implement,
    /// The plan it was done in, by name (empty: not known, from before it was kept).
    pub plan: String,
    /// How hard it was, when the lifter said (RPE, in half steps).
    pub rpe: Option<f64>,
    /// When its session's first set was ticked (`None`: not known), for how long it took.
    pub began_ms: Option<f64>,
}

/// The longest session kept as such: a longer one was a page left open, its start not known.
pub const MAX_SESSION_S: f64 = 24.0 * 60.0 * 60.0;

/// The history's letter for an implement.
fn letter(i: Implement) -> &'static str {
    use super::implements::BarKind;
    match i {
        Implement::Barbell => "b",
        Implement::Dumbbells => "d",
        Implement::Machine => "m",
        Implement::Bar(BarKind::Ez) => "e",
        Implement::Bar(BarKind::Womens) => "w",
        Implement::Bar(BarKind::Trap) => "t",
        Implement::Bar(BarKind::SafetySquat) => "s",
        Implement::Bar(BarKind::Technique) => "q",
        Implement::Bar(BarKind::Smith) => "x",
        Implement::Bar(BarKind::Handle) => "h",
        Implement::Sled => "p",
        Implement::OneSleeve => "o",
        Implement::Kettlebells => "k",
        Implement::Bodyweight => "y",
    }
}

/// Whether a session last ticked at `ticked_ms` is over at `now_ms`: more than
/// [`SESSION_GAP_MS`] ago, or on another local calendar day (`utc_offset_min`: minutes east of
/// UTC, as the shell reads them).
pub fn session_over(ticked_ms: f64, now_ms: f64, utc_offset_min: f64) -> bool {
    let day = |ms: f64| ((ms + utc_offset_min * 60_000.0) / DAY_MS).floor();
    ticked_ms > 0.0 && (now_ms - ticked_ms > SESSION_GAP_MS || day(now_ms) != day(ticked_ms))
}

/// One set as stored: "1764000000000~Bench press~k~100~kg~5" (AMRAP with no result: `a`;
/// reps counted rather than planned: `27!`; with an RPE: `5@8.5`), then its implement, its plan
/// and the seconds its session took ("~b~Day A~2460").
pub fn encode_set(d: &DoneSet) -> String {
    encode_after(d, None)
}

/// [`encode_set`] for the line after `prev`'s: a session's plan and length are said on its first
/// line only, so five years of sets stay small.
fn encode_after(d: &DoneSet, prev: Option<&DoneSet>) -> String {
    let kind = match d.kind {
        SetKind::WarmUp => "w",
        SetKind::Work => "k",
        SetKind::BackOff => "b",
    };
    let mut reps = match (d.reps, d.counted) {
        (None, _) => "a".to_string(),
        (Some(r), false) => r.to_string(),
        (Some(r), true) => format!("{r}!"),
    };
    if let Some(rpe) = d.rpe {
        reps.push('@');
        reps.push_str(&fmt(rpe));
    }
    let said = prev.is_some_and(|p| p.at_ms == d.at_ms && p.plan == d.plan);
    let mut plan = String::new();
    if !said {
        plan = d.plan.replace('~', "-");
        if let Some(s) = took_s(d) {
            plan.push('~');
            plan.push_str(&fmt(s));
        }
    }
    format!(
        "{}~{}~{kind}~{}~{}~{reps}~{}~{plan}",
        fmt(d.at_ms.max(0.0).floor()),
        d.exercise.replace('~', "-"),
        fmt(d.load),
        d.unit.symbol(),
        letter(d.implement),
    )
}

/// The whole seconds `d`'s session took, when known and within [`MAX_SESSION_S`].
pub fn took_s(d: &DoneSet) -> Option<f64> {
    let s = ((d.at_ms - d.began_ms?) / 1000.0).round();
    (0.0..=MAX_SESSION_S).contains(&s).then_some(s)
}

/// Lines for `sets`, each session's plan on its first.
fn encode_lines(sets: &[DoneSet]) -> impl Iterator<Item = String> + '_ {
    let prev = std::iter::once(None).chain(sets.iter().map(Some));
    sets.iter().zip(prev).map(|(d, p)| encode_after(d, p))
}

/// Reads [`encode_set`]'s text back; `None` for anything else.
pub fn decode_set(text: &str) -> Option<DoneSet> {
    let mut p = text.split('~');
    let at_ms = parse_number(p.next()?).ok().filter(|v| *v >= 0.0)?;
    let exercise = clip_name(p.next()?);
    let kind = match p.next()? {
        "w" => SetKind::WarmUp,
        "k" => SetKind::Work,
        "b" => SetKind::BackOff,
        _ => return None,
    };
    let load = parse_bounded(p.next()?, 0.0, MAX_LB).ok()?;
    let unit = Unit::parse(p.next()?)?;
    let field = p.next()?;
    let (reps, rpe) = match field.split_once('@') {
        Some((reps, rpe)) => (reps, Some(parse_rpe(rpe).ok()?)),
        None => (field, None),
    };
    let (reps, counted) = match reps {
        "a" => (None, false),
        r => {
            let (r, counted) = r.strip_suffix('!').map_or((r, false), |r| (r, true));
            (Some(r.parse::<u32>().ok().filter(|r| *r <= 1000)?), counted)
        }
    };
    // Lines from before the implement and the plan were kept: a barbell, the plan not known.
    let implement = match p.next() {
        None => Implement::Barbell,
        Some(l) => Implement::ALL.into_iter().find(|i| letter(*i) == l)?,
    };
    let plan = match p.next() {
        None | Some("") => String::new(),
        Some(name) => parse_plan_name(name).ok()?,
    };
    let began_ms = match p.next() {
        None => None,
        Some(s) => Some(at_ms - parse_bounded(s, 0.0, MAX_SESSION_S).ok()? * 1000.0),
    };
    p.next().is_none().then_some(DoneSet {
        at_ms,
        exercise,
        kind,
        load,
        unit,
        reps,
        counted,
        implement,
        plan,
        rpe,
        began_ms,
    })
}

/// A set read from its line, after `sets`: with no plan or length said, they are those of the
/// line before it of the same session (see [`encode_after`]).
pub fn inherit_plan(sets: &[DoneSet], d: &mut DoneSet) {
    if let Some(prev) = sets.last().filter(|p| p.at_ms == d.at_ms) {
        if d.plan.is_empty() {
            d.plan = prev.plan.clone();
        }
        d.began_ms = d.began_ms.or(prev.began_ms);
    }
}

/// Gives each AMRAP back-off set in `sets` the reps logged for it (the same lift, within a
/// session's gap of it), so the history keeps the result after the log has moved on.
pub fn fill_back_off_reps(sets: &mut [DoneSet], log: &[LogEntry]) {
    for d in sets
        .iter_mut()
        .filter(|d| d.reps.is_none() && d.kind == SetKind::BackOff)
    {
        let entry = log.iter().rev().find(|l| {
            l.exercise.trim() == d.exercise.trim() && (l.at_ms - d.at_ms).abs() <= SESSION_GAP_MS
        });
        d.reps = entry.map(|l| l.reps);
        d.counted = d.reps.is_some();
    }
}

/// Adds `sets` to the history, dropping the oldest past [`MAX_DONE_SETS`].
pub fn push_history(history: &mut Vec<DoneSet>, sets: Vec<DoneSet>) {
    history.extend(sets);
    let over = history.len().saturating_sub(MAX_DONE_SETS);
    history.drain(..over);
}

/// The ticked sets (by position) of each exercise's planned sets, as history, all at the
/// session's last tick in the plan named `plan`: as planned, or as corrected after the tick.
/// `(began_ms, at_ms)`: the session's first tick (0: not known) and its last.
pub fn done_sets<'a>(
    exercises: impl Iterator<Item = (&'a Exercise, &'a [PlannedSet], &'a [usize], &'a [SetFix])>,
    (began_ms, at_ms): (f64, f64),
    unit: Unit,
    plan: &str,
) -> Vec<DoneSet> {
    let mut out = Vec::new();
    for (e, sets, done, fixes) in exercises {
        for &n in done {
            let Some(set) = sets.get(n) else {
                continue;
            };
            let fix = fixes.iter().find(|f| f.set == n);
            // A set the plan could not load counts only once corrected with its load.
            let Some(load) = set.load().or(fix.map(|f| f.load)) else {
                continue;
            };
            let mut d = DoneSet {
                at_ms,
                exercise: e.name.clone(),
                kind: set.kind,
                load,
                unit,
                reps: match set.reps {
                    Reps::Exact(r) => Some(r),
                    Reps::Amrap => None,
                },
                counted: false,
                implement: Implement::of(&e.gear),
                plan: plan.to_string(),
                rpe: None,
                began_ms: (began_ms > 0.0).then_some(began_ms),
            };
            if let Some(f) = fix {
                f.apply(&mut d);
            }
            out.push(d);
        }
    }
    out
}

/// The stored history with `sets` added at its end: `stored` is what the key holds now (`None`:
/// nothing yet). A set whose session (its `at_ms`) is already stored is not added twice: the
/// page may have stopped after appending and before forgetting what it appended.
pub fn append(stored: Option<&str>, sets: &[DoneSet]) -> String {
    let mut text = match stored {
        Some(t) if t.starts_with(HISTORY_HEADER) => t.to_string(),
        // Not a history this build wrote: kept, under a header, as lines it could not read.
        Some(t) => [HISTORY_HEADER, t].join("\n"),
        None => HISTORY_HEADER.to_string(),
    };
    let filed = text.clone();
    for line in encode_lines(sets) {
        // "\n1764000000000~": a line of the same session.
        let session = line.split('~').next().unwrap_or_default();
        if !filed.contains(&["\n", session, "~"].concat()) {
            text.push('\n');
            text.push_str(&line);
        }
    }
    text
}

/// Every set in the stored history, oldest first, and the lines that could not be read (kept
/// as they are, so a rewrite loses nothing a newer build or a damaged file put there).
pub fn decode_history(text: &str) -> (Vec<DoneSet>, Vec<String>) {
    let mut sets = Vec::new();
    let mut unread = Vec::new();
    let mut said: HashMap<u64, (String, Option<f64>)> = HashMap::new();
    for line in text
        .lines()
        .skip(usize::from(text.starts_with(HISTORY_HEADER)))
    {
        match decode_set(line) {
            Some(mut d) => {
                // A build that could not read a session's first line kept it ahead of the
                // rest, with the lines it could not read: where a run of the session's lines
                // starts, its plan and length are taken from that line (once a session, not
                // once a line: five years are read on every opening).
                let starts = sets.last().is_none_or(|p: &DoneSet| p.at_ms != d.at_ms);
                if starts {
                    let first = said
                        .entry(d.at_ms.to_bits())
                        .or_insert_with(|| (d.plan.clone(), d.began_ms));
                    if d.plan.is_empty() {
                        d.plan.clone_from(&first.0);
                    }
                    d.began_ms = d.began_ms.or(first.1);
                } else {
                    inherit_plan(&sets, &mut d);
                }
                sets.push(d);
            }
            None if line.trim().is_empty() => {}
            None => unread.push(line.to_string()),
        }
    }
    (sets, unread)
}

/// The stored text for `sets` and the `unread` lines kept from before.
pub fn encode_history(sets: &[DoneSet], unread: &[String]) -> String {
    let mut text = HISTORY_HEADER.to_string();
    for line in unread.iter().cloned().chain(encode_lines(sets)) {
        text.push('\n');
        text.push_str(&line);
    }
    text
}

/// Every set to show as history, oldest first: the stored history, then the page's sets not yet
/// filed and the session in progress, each session once (see [`append`]).
pub fn all_sets(stored: Option<&str>, unfiled: &[DoneSet], today: &[DoneSet]) -> Vec<DoneSet> {
    let text = append(stored, &[unfiled, today].concat());
    decode_history(&text).0
}
