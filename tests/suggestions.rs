//! Suggested maxes: offered only from sets done for reps (never from planned ones, which sit
//! below the max by design), 2.5% above or 5% below the plan's max, and put in the plan only
//! when applied.

use backoff::core::history::DoneSet;
use backoff::core::one_rep_max::Formula;
use backoff::core::progress::lifts;
use backoff::core::scheme::{Builtin, SetKind};
use backoff::core::session::{Exercise, MaxSource, Settings};
use backoff::core::suggestions::{apply, suggest};
use backoff::core::units::Unit;
use backoff::core::url_state;

const MONDAY: f64 = 1_764_007_200_000.0;

fn set(load: f64, reps: u32, counted: bool) -> DoneSet {
    DoneSet {
        at_ms: MONDAY,
        exercise: "Bench press".into(),
        kind: SetKind::Work,
        load,
        unit: Unit::Kg,
        reps: Some(reps),
        counted,
    }
}

fn offer(sets: &[DoneSet], plan_max: f64) -> Option<f64> {
    let settings = Settings::default();
    let plan = [Exercise::new("Bench press", plan_max, Builtin::Goto)];
    let all = lifts(sets, &[], Formula::Epley);
    suggest(&all[0], &plan, &settings).map(|s| s.offered)
}

#[test]
fn planned_sets_never_suggest_a_max() {
    // Goto's singles at 90% and a 5 x 5 at 80%: below the max by design, not a lower max.
    assert_eq!(
        offer(&[set(90.0, 1, false), set(80.0, 5, false)], 100.0),
        None
    );
}

#[test]
fn a_set_done_for_reps_suggests_a_higher_or_lower_max_past_the_thresholds() {
    // 100 x 8 by Epley: 126.67, offered in half kilos.
    assert_eq!(offer(&[set(100.0, 8, true)], 110.0), Some(126.5));
    // 2.5% up is the threshold: 112.7 against 110 is 2.4%, so nothing.
    assert_eq!(offer(&[set(112.7, 1, true)], 110.0), None);
    assert_eq!(offer(&[set(112.75, 1, true)], 110.0), Some(113.0));
    // Down: 4% is a bad day, 5.5% is a trend.
    assert_eq!(offer(&[set(105.6, 1, true)], 110.0), None);
    assert_eq!(offer(&[set(104.0, 1, true)], 110.0), Some(104.0));
}

#[test]
fn applying_a_suggestion_changes_only_that_exercises_max() {
    let settings = Settings::default();
    let plan = vec![
        Exercise::new("Bench press", 110.0, Builtin::Goto),
        Exercise::new("Squat", 140.0, Builtin::Goto),
    ];
    let query = url_state::encode(&settings, &plan);
    let all = lifts(&[set(100.0, 8, true)], &[], Formula::Epley);
    let s = suggest(&all[0], &plan, &settings).unwrap();
    let applied = url_state::decode(&apply(&query, &settings, &s).unwrap(), &settings);
    assert_eq!(applied.exercises[0].max, Some(MaxSource::OneRepMax(126.5)));
    assert_eq!(applied.exercises[1], plan[1]);
    // An exercise no longer in the plan: nothing to apply.
    let other = url_state::encode(&settings, &plan[1..]);
    assert_eq!(apply(&other, &settings, &s), None);
}
