//! What the native tests share: a moment to start at, a page run through actions and reloaded,
//! and a history set built from the few fields a test cares about. Each test file uses part of
//! it.
#![allow(dead_code)]

use backoff::core::history::{DoneSet, Implement};
use backoff::core::page::{start, Action, ExerciseId, Field, PageState, PlanAction, Timed};
use backoff::core::progression::Rule;
use backoff::core::scheme::SetKind;
use backoff::core::units::Unit;

/// 2025-11-24 16:00 UTC.
pub const T0: f64 = 1_764_000_000_000.0;
/// 2025-11-24 18:00 UTC.
pub const EVENING: f64 = 1_764_007_200_000.0;
pub const HOUR: f64 = 3_600_000.0;
pub const DAY: f64 = 86_400_000.0;

/// Applies actions in turn, as the setup page's reducer does (both pages' actions); a no-op
/// keeps the state.
pub fn run(state: PageState, actions: impl IntoIterator<Item = Action>) -> PageState {
    actions
        .into_iter()
        .fold(state, |s, a| s.reduce(a).unwrap_or(s))
}

/// Reloads the page: what it wrote to storage, and the address given.
pub fn reload(s: &PageState, address: &str) -> PageState {
    let (_, stored) = s.texts();
    start(Some(&stored), address, T0).state
}

/// The id of the exercise at position `i`.
pub fn id(s: &PageState, i: usize) -> ExerciseId {
    s.exercises.get(i).map_or(ExerciseId(999), |e| e.id)
}

/// The exercises' names, in order.
pub fn names(s: &PageState) -> Vec<String> {
    s.exercises
        .iter()
        .map(|e| e.exercise.name.clone())
        .collect()
}

/// The text typed into a field, as its page's action.
pub fn text(field: impl Into<Field>, t: &str) -> Action {
    field.into().text(t.into())
}

/// A tick of set `set` of exercise `i` at `at`.
pub fn tick(s: &PageState, i: usize, set: usize, at: f64) -> Action {
    let exercise = id(s, i);
    PlanAction::At(Timed::ToggleDone { exercise, set }, at).into()
}

/// A barbell set of the history, in kg: a work set, or with no reps an AMRAP back-off set.
pub fn set(at_ms: f64, exercise: &str, load: f64, reps: Option<u32>) -> DoneSet {
    DoneSet {
        at_ms,
        exercise: exercise.into(),
        kind: if reps.is_some() {
            SetKind::Work
        } else {
            SetKind::BackOff
        },
        load,
        unit: Unit::Kg,
        reps,
        counted: false,
        rpe: None,
        implement: Implement::Barbell,
        plan: String::new(),
        began_ms: None,
    }
}

/// A double progression stepping 2.5 kg, at `at` reps of `low`-`high`.
pub fn double(low: u32, high: u32, at: u32) -> Rule {
    Rule::Double {
        low,
        high,
        step: 2.5,
        at,
    }
}

/// Linear progression by `step`, with `misses` so far.
pub fn linear(step: f64, misses: u32) -> Rule {
    Rule::Linear { step, misses }
}
