//! Suggested maxes: offered only from sets done for reps (never from planned ones, which sit
//! below the max by design), 2.5% above or 5% below the plan's max, and put in the plan only
//! when applied.

mod common;

use backoff::core::history::DoneSet;
use backoff::core::one_rep_max::Formula;
use backoff::core::progress::lifts;
use backoff::core::scheme::Builtin;
use backoff::core::session::{Exercise, MaxSource, Settings};
use backoff::core::suggestions::{apply, suggest};
use backoff::core::url_state;
use common::*;

const MONDAY: f64 = 1_764_007_200_000.0;

fn bench(load: f64, reps: u32, counted: bool) -> DoneSet {
    DoneSet {
        counted,
        ..set(MONDAY, "Bench press", load, Some(reps))
    }
}

fn offer(sets: &[DoneSet], plan_max: f64) -> Option<f64> {
    let settings = Settings::default();
    let plan = [Exercise::new("Bench press", plan_max, Builtin::Goto)];
    let all = lifts(sets, &[], Formula::Epley);
    suggest(&all[0], &plan, &settings, MONDAY + DAY).map(|s| s.offered)
}

#[test]
fn planned_sets_never_suggest_a_max() {
    // Goto's singles at 90% and a 5 x 5 at 80%: below the max by design, not a lower max.
    assert_eq!(
        offer(&[bench(90.0, 1, false), bench(80.0, 5, false)], 100.0),
        None
    );
}

#[test]
fn a_set_done_for_reps_suggests_a_higher_or_lower_max_past_the_thresholds() {
    // 100 x 8 by Epley: 126.67, offered in half kilos.
    assert_eq!(offer(&[bench(100.0, 8, true)], 110.0), Some(126.5));
    // 2.5% up is the threshold: 112.7 against 110 is 2.4%, so nothing.
    assert_eq!(offer(&[bench(112.7, 1, true)], 110.0), None);
    assert_eq!(offer(&[bench(112.75, 1, true)], 110.0), Some(113.0));
    // Down: 4% is a bad day, 5.5% is a trend.
    assert_eq!(offer(&[bench(105.6, 1, true)], 110.0), None);
    assert_eq!(offer(&[bench(104.0, 1, true)], 110.0), Some(104.0));
}

#[test]
fn a_planned_set_with_an_rpe_says_how_near_the_max_it_was() {
    // 100 kg x 5 at RPE 8 is 81.1% of the max on the RTS chart: about 123.3 kg.
    let with_rpe = DoneSet {
        rpe: Some(8.0),
        ..bench(100.0, 5, false)
    };
    assert_eq!(offer(std::slice::from_ref(&with_rpe), 110.0), Some(123.5));
    let all = lifts(&[with_rpe], &[], Formula::Epley);
    let best = all[0].sessions[0].best.unwrap();
    assert_eq!(best.rpe, Some(8.0));
    assert!((best.max - 100.0 / 0.811).abs() < 0.01, "{}", best.max);
}

#[test]
fn applying_a_suggestion_changes_only_that_exercises_max() {
    let settings = Settings::default();
    let plan = vec![
        Exercise::new("Bench press", 110.0, Builtin::Goto),
        Exercise::new("Squat", 140.0, Builtin::Goto),
    ];
    let query = url_state::encode(&settings, &plan);
    let all = lifts(&[bench(100.0, 8, true)], &[], Formula::Epley);
    let s = suggest(&all[0], &plan, &settings, MONDAY + DAY).unwrap();
    let applied = url_state::decode(&apply(&query, &settings, &s).unwrap(), &settings);
    assert_eq!(applied.exercises[0].max, Some(MaxSource::OneRepMax(126.5)));
    assert_eq!(applied.exercises[1], plan[1]);
    // An exercise no longer in the plan: nothing to apply.
    let other = url_state::encode(&settings, &plan[1..]);
    assert_eq!(apply(&other, &settings, &s), None);
}

fn five_three_one(name: &str, top: f64) -> (Vec<Exercise>, Vec<backoff::core::progress::Lift>) {
    let plan = vec![Exercise::new(name, 100.0, Builtin::FiveThreeOneWeek3)];
    let sets = [DoneSet {
        exercise: name.into(),
        ..bench(top, 1, false)
    }];
    (plan, lifts(&sets, &[], Formula::Epley))
}

#[test]
fn after_531_week_3_the_next_cycle_raises_the_training_max_by_the_programs_step() {
    use backoff::core::one_rep_max::training_max;
    use backoff::core::suggestions::{next_cycle, start_cycle};
    let settings = Settings::default();
    // Week 3's top set is 95% of the training max (90 kg): 85.5 kg.
    let (plan, all) = five_three_one("Bench press", 85.5);
    let c = next_cycle(&all[0], &plan, &settings).unwrap();
    assert_eq!(c.rise, 2.5);
    // The plan keeps hundredths: 102.78 kg, a training max of 92.50 kg.
    assert!((training_max(c.max) - 92.5).abs() < 0.005, "{}", c.max);
    let (plan, all) = five_three_one("Back squat", 85.5);
    assert_eq!(next_cycle(&all[0], &plan, &settings).unwrap().rise, 5.0);
    // A session that never reached week 3's loads, or a plan on another week: nothing.
    let (plan, all) = five_three_one("Bench press", 70.0);
    assert_eq!(next_cycle(&all[0], &plan, &settings), None);
    let week_1 = vec![Exercise::new(
        "Bench press",
        100.0,
        Builtin::FiveThreeOneWeek1,
    )];
    assert_eq!(next_cycle(&all[0], &week_1, &settings), None);
    // Started: week 1, at the higher max.
    let (plan, all) = five_three_one("Bench press", 85.5);
    let c = next_cycle(&all[0], &plan, &settings).unwrap();
    let query = url_state::encode(&settings, &plan);
    let next = url_state::decode(&start_cycle(&query, &settings, &c).unwrap(), &settings);
    assert_eq!(next.exercises[0].scheme, Builtin::FiveThreeOneWeek1);
    assert!(!next.exercises[0].is_edited());
    assert_eq!(next.exercises[0].max, Some(MaxSource::OneRepMax(c.max)));
}

#[test]
fn a_lift_with_no_max_is_offered_one_from_the_last_six_weeks_only() {
    let settings = Settings::default();
    let mut no_max = Exercise::new("Bench press", 100.0, Builtin::Goto);
    no_max.max = None;
    let sets = [bench(100.0, 5, true)];
    let all = lifts(&sets, &[], Formula::Epley);
    let s = suggest(&all[0], &[no_max.clone()], &settings, MONDAY + DAY);
    assert_eq!(s.map(|s| (s.now, s.offered)), Some((None, 116.5)));
    // Seven weeks on, that set says nothing about today's max.
    let later = MONDAY + 49.0 * DAY;
    assert_eq!(suggest(&all[0], &[no_max], &settings, later), None);
    // A bodyweight lift with a max and no bodyweight typed is left alone.
    let mut dip = Exercise::new("Dip", 20.0, Builtin::Goto);
    dip.switch_to(
        backoff::core::implements::Implement::Bodyweight,
        backoff::core::units::Unit::Kg,
        None,
    );
    let dips = [DoneSet {
        counted: true,
        ..set(MONDAY, "Dip", 30.0, Some(8))
    }];
    let all = lifts(&dips, &[], Formula::Epley);
    assert_eq!(suggest(&all[0], &[dip], &settings, MONDAY + DAY), None);
}
