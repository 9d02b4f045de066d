//! A lift's progress, from the history: its sessions newest first, each with its best set (and
//! the max it implies) and its back-off result, the change in back-off reps from the last
//! session at about the same load (the Goto set as a test of fatigue and progress), and which
//! sessions set a record.

use super::history::{DoneSet, SESSION_GAP_MS};
use super::one_rep_max::{estimate, Formula, MAX_REPS};
use super::scheme::SetKind;
use super::session::{comparable, fell_by_a_third, LogEntry};
use super::units::{convert, Unit};

/// One exercise's history.
#[derive(Clone, Debug, PartialEq)]
pub struct Lift {
    /// As the lifter typed it the last time.
    pub name: String,
    /// Newest first.
    pub sessions: Vec<Session>,
}

/// One exercise on one training day.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    /// When it ended (its last tick), wall-clock ms.
    pub at_ms: f64,
    /// In the order they were done.
    pub sets: Vec<DoneSet>,
    /// The set implying the highest max (work and back-off sets with known reps).
    pub best: Option<Best>,
    /// The same among sets whose reps were counted, not planned: a planned set below the max
    /// says nothing about it, so only these suggest a new one.
    pub tested: Option<Best>,
    /// The back-off set's reps as logged, at its load.
    pub back_off: Option<LogEntry>,
    /// Back-off reps against the last session before it that logged them at about the same
    /// load, the same share of the max (`None`: the first time at that load).
    pub back_off_change: Option<i64>,
    /// The back-off reps fell by more than a third from that session's: a sign of fatigue, on
    /// which a rule holds its step.
    pub back_off_fell: bool,
    /// No session before it logged a back-off result, at any load.
    pub first_back_off: bool,
    /// The best set's max beats every session before it.
    pub record: bool,
}

/// A session's best set and the max it implies, in the set's own unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Best {
    pub load: f64,
    pub reps: u32,
    pub unit: Unit,
    /// The RPE it was done at, if said: then the max is the RPE chart's.
    pub rpe: Option<f64>,
    pub max: f64,
}

impl Best {
    /// The implied max in `unit`, for comparing sessions logged in different units.
    pub fn max_in(&self, unit: Unit) -> f64 {
        convert(self.max, self.unit, unit)
    }
}

/// Every lift in `sets` (oldest first) and `log`, most recently trained first. A back-off
/// result belongs to the session of the same lift closest to it in time, within the gap that
/// ends a session; one with no such session stands alone.
pub fn lifts(sets: &[DoneSet], log: &[LogEntry], formula: Formula) -> Vec<Lift> {
    let mut lifts: Vec<Lift> = Vec::new();
    // Five years of sets come a session at a time, a lift at a time: the lift and the session
    // of the set before are looked at first.
    let mut last: Option<(&str, usize)> = None;
    for d in sets {
        let i = match last {
            Some((name, i)) if name == d.exercise => i,
            _ => lift_index(&mut lifts, &d.exercise),
        };
        last = Some((&d.exercise, i));
        let sessions = &mut lifts[i].sessions;
        match sessions.iter_mut().rev().find(|s| s.at_ms == d.at_ms) {
            Some(s) => s.sets.push(d.clone()),
            None => sessions.push(session(d.at_ms, vec![d.clone()])),
        }
    }
    // The back-off result a session's own sets hold (filed with the reps logged, or corrected
    // since) comes first; the log fills in for sessions filed before it did.
    for s in lifts.iter_mut().flat_map(|l| l.sessions.iter_mut()) {
        let set = s
            .sets
            .iter()
            .rev()
            .find(|d| d.kind == SetKind::BackOff && d.reps.is_some());
        s.back_off = set.and_then(|d| {
            Some(LogEntry {
                exercise: d.exercise.clone(),
                at_ms: d.at_ms,
                load: d.load,
                unit: d.unit,
                reps: d.reps?,
            })
        });
    }
    for entry in log {
        let sessions = &mut lift_named(&mut lifts, &entry.exercise).sessions;
        let gap = |s: &Session| (s.at_ms - entry.at_ms).abs();
        let near = sessions
            .iter_mut()
            .filter(|s| gap(s) <= SESSION_GAP_MS)
            .min_by(|a, b| gap(a).total_cmp(&gap(b)));
        match near {
            Some(s) if s.back_off.is_none() => s.back_off = Some(entry.clone()),
            // Its session already has its result.
            Some(_) => {}
            None => {
                let mut s = session(entry.at_ms, Vec::new());
                s.back_off = Some(entry.clone());
                sessions.push(s);
            }
        }
    }
    for lift in &mut lifts {
        lift.sessions.sort_by(|a, b| a.at_ms.total_cmp(&b.at_ms));
        settle(&mut lift.sessions, formula);
        lift.sessions.reverse();
    }
    let latest = |l: &Lift| l.sessions.first().map_or(0.0, |s| s.at_ms);
    lifts.sort_by(|a, b| latest(b).total_cmp(&latest(a)));
    lifts
}

fn lift_named<'a>(lifts: &'a mut Vec<Lift>, name: &str) -> &'a mut Lift {
    let i = lift_index(lifts, name);
    &mut lifts[i]
}

/// The position of the lift named `name` (case and spaces aside) in `lifts`, added if new.
fn lift_index(lifts: &mut Vec<Lift>, name: &str) -> usize {
    let key = name.trim().to_lowercase();
    match lifts.iter().position(|l| l.name.to_lowercase() == key) {
        Some(i) => i,
        None => {
            lifts.push(Lift {
                name: name.trim().to_string(),
                sessions: Vec::new(),
            });
            lifts.len() - 1
        }
    }
}

fn session(at_ms: f64, sets: Vec<DoneSet>) -> Session {
    Session {
        at_ms,
        sets,
        best: None,
        tested: None,
        back_off: None,
        back_off_change: None,
        back_off_fell: false,
        first_back_off: false,
        record: false,
    }
}

/// Oldest first: each session's best set, its record, and its back-off change.
fn settle(sessions: &mut [Session], formula: Formula) {
    let mut top: Option<Best> = None;
    let mut back_offs: Vec<LogEntry> = Vec::new();
    for s in sessions.iter_mut() {
        s.best = best(s, formula, false);
        s.tested = best(s, formula, true);
        if let Some(b) = s.best {
            s.record = top.is_none_or(|t| b.max_in(t.unit) > t.max + 1e-9);
            if s.record {
                top = Some(b);
            }
        }
        if let Some(now) = &s.back_off {
            let before = back_offs.iter().rev().find(|b| comparable(now, b));
            s.back_off_change = before.map(|b| i64::from(now.reps) - i64::from(b.reps));
            s.back_off_fell = before.is_some_and(|b| fell_by_a_third(now.reps, b.reps));
            s.first_back_off = back_offs.is_empty();
            back_offs.push(now.clone());
        }
    }
}

/// The best set of the session; with `counted_only`, of the sets whose reps were counted (an
/// AMRAP result, a correction), the only ones that say something about the max.
fn best(s: &Session, formula: Formula, counted_only: bool) -> Option<Best> {
    // A set with an RPE says how close to the max it was: it counts, by the RPE chart.
    let from_sets = s
        .sets
        .iter()
        .filter(|d| d.kind != SetKind::WarmUp && (d.counted || d.rpe.is_some() || !counted_only));
    let mut candidates: Vec<(f64, u32, Unit, Option<f64>)> = from_sets
        .filter_map(|d| Some((d.load, d.reps?, d.unit, d.rpe)))
        .collect();
    if let Some(b) = &s.back_off {
        candidates.push((b.load, b.reps, b.unit, None));
    }
    candidates
        .into_iter()
        .filter(|&(load, reps, _, _)| load > 0.0 && (1..=MAX_REPS).contains(&reps))
        .filter_map(|(load, reps, unit, rpe)| {
            let max = estimate(formula, load, reps, rpe).ok()?.max;
            Some(Best {
                load,
                reps,
                unit,
                rpe,
                max,
            })
        })
        .max_by(|a, b| a.max_in(Unit::Kg).total_cmp(&b.max_in(Unit::Kg)))
}
