//! Suggestions from the history, never applied silently: when a lift's newest set done for
//! reps (an AMRAP result, or reps corrected to what was done) implies a max well above the one
//! the plan uses (2.5% or more) or well below it (5% or more), the history page offers the new
//! one, and a tap puts it in the plan.

use super::progress::{Best, Lift};
use super::session::{Exercise, MaxSource, Settings};
use super::units::Unit;
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
    /// The max the plan uses now, and the one offered, in `unit`.
    pub now: f64,
    pub offered: f64,
    pub unit: Unit,
    /// The set it comes from.
    pub from: Best,
}

/// What to offer for `lift`, given the plan in force.
pub fn suggest(lift: &Lift, plan: &[Exercise], settings: &Settings) -> Option<MaxSuggestion> {
    let key = |n: &str| n.trim().to_lowercase();
    let exercise = plan.iter().find(|e| key(&e.name) == key(&lift.name))?;
    let now = exercise.estimate(settings.formula).ok()?.max;
    // The newest session whose reps were counted somewhere (a planned set says nothing).
    let from = lift.sessions.iter().find_map(|s| s.tested)?;
    let implied = from.max_in(settings.unit);
    let moved = implied >= now * (1.0 + RAISE_SHARE) || implied <= now * (1.0 - LOWER_SHARE);
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
