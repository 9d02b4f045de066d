//! Suggestions from the history, never applied silently: when a lift's newest set done for
//! reps (an AMRAP result, or reps corrected to what was done) implies a max well above the one
//! the plan uses (2.5% or more) or well below it (5% or more), the history page offers the new
//! one, and a tap puts it in the plan. After a 5/3/1 week 3, it offers the next cycle with the
//! program's training-max rise.

use super::one_rep_max::{training_max, EstimateError, TRAINING_MAX_SHARE};
use super::progress::{Best, Lift};
use super::scheme::Builtin;
use super::session::{Exercise, MaxSource, Settings};
use super::units::{convert, Unit};
use super::url_state;

/// How far above the plan's max a session must imply before a raise is offered.
pub const RAISE_SHARE: f64 = 0.025;
/// How far below before a lower max is offered (a bad day is not a trend).
pub const LOWER_SHARE: f64 = 0.05;

/// A max to offer for one exercise of the plan in force.
#[derive(Clone, Debug, PartialEq)]
pub struct MaxSuggestion {
    /// The plan's exercise, by its name there.
    pub exercise: String,
    /// The max the plan uses now (`None`: it has none yet, as after an import), and the one
    /// offered, in `unit`.
    pub now: Option<f64>,
    pub offered: f64,
    pub unit: Unit,
    /// The set it comes from.
    pub from: Best,
}

/// How far back a session's set still says what the max is: six weeks.
pub const RECENT_MS: f64 = 42.0 * 24.0 * 60.0 * 60.0 * 1000.0;

/// What to offer for `lift`, given the plan in force, at `now_ms`.
pub fn suggest(
    lift: &Lift,
    plan: &[Exercise],
    settings: &Settings,
    now_ms: f64,
) -> Option<MaxSuggestion> {
    let key = |n: &str| n.trim().to_lowercase();
    let exercise = plan.iter().find(|e| key(&e.name) == key(&lift.name))?;
    // No max yet (as after an import) is offered one; a max that cannot plan for another
    // reason (no bodyweight) is left alone.
    let now = match exercise.estimate(settings.formula, settings.bodyweight) {
        Ok(e) => Some(e.max),
        Err(EstimateError::NoMax) => None,
        Err(_) => return None,
    };
    // The best of the last six weeks' sessions whose reps were counted (a planned set says
    // nothing).
    let from = lift
        .sessions
        .iter()
        .take_while(|s| now_ms - s.at_ms <= RECENT_MS)
        .filter_map(|s| s.tested)
        .max_by(|a, b| a.max_in(Unit::Kg).total_cmp(&b.max_in(Unit::Kg)))?;
    let implied = from.max_in(settings.unit);
    let moved = now.is_none_or(|now| {
        implied >= now * (1.0 + RAISE_SHARE) || implied <= now * (1.0 - LOWER_SHARE)
    });
    // Offered in whole steps a lifter would type: 0.5 kg or 1 lb.
    let step = match settings.unit {
        Unit::Kg => 0.5,
        Unit::Lb => 1.0,
    };
    let offered = (implied / step).round() * step;
    moved.then(|| MaxSuggestion {
        exercise: exercise.name.clone(),
        now,
        offered,
        unit: settings.unit,
        from,
    })
}

/// The plan's query string with `s` applied: the exercise's max becomes the offered 1RM.
/// `None` when the plan no longer has that exercise.
pub fn apply(query: &str, base: &Settings, s: &MaxSuggestion) -> Option<String> {
    let mut plan = url_state::decode(query, base);
    let e = plan.exercises.iter_mut().find(|e| e.name == s.exercise)?;
    e.max = Some(MaxSource::OneRepMax(s.offered));
    Some(url_state::encode(&plan.settings, &plan.exercises))
}

/// The training max's rise at the end of a 5/3/1 cycle (Wendler): per session of the lower
/// body, and of the upper body, in kg and in lb.
pub const CYCLE_RISE_LOWER: [f64; 2] = [5.0, 10.0];
pub const CYCLE_RISE_UPPER: [f64; 2] = [2.5, 5.0];
/// A session on week 3 has its top set at 95% of the training max: one at 90% or more of it is
/// taken as week 3 done.
const WEEK_3_TOP_SHARE: f64 = 0.9;

/// Whether a lift works the lower body, by its name (the rise is bigger for those).
pub fn is_lower_body(name: &str) -> bool {
    let name = name.to_lowercase();
    ["squat", "deadlift", "leg", "lunge", "hip thrust", "clean"]
        .iter()
        .any(|w| name.contains(w))
}

/// The next 5/3/1 cycle for one exercise of the plan in force: back to week 1 with the
/// training max raised.
#[derive(Clone, Debug, PartialEq)]
pub struct NextCycle {
    pub exercise: String,
    /// The training max's rise and the 1RM that gives it (the plan keeps a 1RM; the training
    /// max is 90% of it), in `unit`.
    pub rise: f64,
    pub max: f64,
    pub unit: Unit,
}

/// What to offer once `lift`'s week 3 is done: its plan exercise is on 5/3/1 week 3, unedited,
/// and the lift's newest session reached 90% of the training max.
pub fn next_cycle(lift: &Lift, plan: &[Exercise], settings: &Settings) -> Option<NextCycle> {
    let key = |n: &str| n.trim().to_lowercase();
    let exercise = plan.iter().find(|e| key(&e.name) == key(&lift.name))?;
    if exercise.scheme != Builtin::FiveThreeOneWeek3 || exercise.is_edited() {
        return None;
    }
    let max = exercise
        .estimate(settings.formula, settings.bodyweight)
        .ok()?
        .max;
    let top = lift.sessions.first()?.sets.iter();
    let top = top
        .map(|d| convert(d.load, d.unit, settings.unit))
        .fold(0.0, f64::max);
    if top < training_max(max) * WEEK_3_TOP_SHARE {
        return None;
    }
    let unit_index = usize::from(settings.unit == Unit::Lb);
    let rise = match is_lower_body(&exercise.name) {
        true => CYCLE_RISE_LOWER[unit_index],
        false => CYCLE_RISE_UPPER[unit_index],
    };
    Some(NextCycle {
        exercise: exercise.name.clone(),
        rise,
        // In hundredths, as the plan's address keeps it.
        max: ((max + rise / TRAINING_MAX_SHARE) * 100.0).round() / 100.0,
        unit: settings.unit,
    })
}

/// The plan's query string with the next cycle started for that exercise: week 1, at the
/// higher max. `None` when the plan no longer has the exercise.
pub fn start_cycle(query: &str, base: &Settings, c: &NextCycle) -> Option<String> {
    let mut plan = url_state::decode(query, base);
    let e = plan.exercises.iter_mut().find(|e| e.name == c.exercise)?;
    e.scheme = Builtin::FiveThreeOneWeek1;
    e.groups = Builtin::FiveThreeOneWeek1.groups();
    e.max = Some(MaxSource::OneRepMax(c.max));
    Some(url_state::encode(&plan.settings, &plan.exercises))
}
