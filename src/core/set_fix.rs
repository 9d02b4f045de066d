//! What was really done in a ticked set when it was not the plan: the reps (an AMRAP set's, or a
//! set that fell short), the load if it changed, and how hard it was (RPE, optional). Corrected
//! on the plan page right after the tick, kept with the session, and filed with its sets.

use super::history::DoneSet;
use super::rpe::parse_rpe;
use super::session::MAX_EXERCISES;
use super::units::{fmt, parse_reps, parse_weight, Unit};

/// The correction of the set at position `set` of its exercise's plan.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SetFix {
    pub set: usize,
    /// In the page's unit.
    pub load: f64,
    pub reps: u32,
    pub rpe: Option<f64>,
}

/// The most corrections kept per exercise: as many as a plan has sets, and then some.
pub const MAX_FIXES: usize = 200;

impl SetFix {
    /// The set as filed: the reps were counted, so they say something about the max.
    pub fn apply(&self, d: &mut DoneSet) {
        d.load = self.load;
        d.reps = Some(self.reps);
        d.counted = true;
        d.rpe = self.rpe;
    }
}

/// "2~3~82.5~4~8" (exercise 2, set 3, 82.5 × 4 at RPE 8; no RPE: nothing after the last `~`).
pub fn encode_fix(exercise: usize, f: &SetFix) -> String {
    let rpe = f.rpe.map_or(String::new(), fmt);
    format!("{exercise}~{}~{}~{}~{rpe}", f.set, fmt(f.load), f.reps)
}

/// Reads [`encode_fix`]'s text with the plan page's limits for each box (the load in `unit`).
pub fn decode_fix(text: &str, unit: Unit) -> Option<(usize, SetFix)> {
    let mut p = text.split('~');
    let exercise = p
        .next()?
        .parse::<usize>()
        .ok()
        .filter(|&i| i < MAX_EXERCISES)?;
    let set = p.next()?.parse::<usize>().ok().filter(|&n| n < 400)?;
    let load = parse_weight(p.next()?, unit).ok()?.to(unit);
    let reps = parse_reps(p.next()?).ok()?;
    let rpe = match p.next()? {
        "" => None,
        r => Some(parse_rpe(r).ok()?),
    };
    p.next().is_none().then_some((
        exercise,
        SetFix {
            set,
            load,
            reps,
            rpe,
        },
    ))
}
