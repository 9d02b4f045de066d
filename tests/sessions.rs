//! Sessions by day: a plan reopened on a new training day starts with nothing ticked, and the
//! sets done before are kept as history (never lost by a new day, "Start over", a link or
//! another plan).

mod common;

use backoff::core::history::{
    decode_set, encode_set, session_over, DoneSet, Implement, MAX_DONE_SETS, SESSION_GAP_MS,
};
use backoff::core::page::{start, start_local, PageState, PlanAction, Timed};
use backoff::core::scheme::SetKind;
use backoff::core::units::Unit;
use common::*;
use proptest::prelude::*;

const PLAN: &str = "?v=1&e=Bench+press~100~strength";

fn tick(s: &PageState, set: usize, at: f64) -> PageState {
    let a = PlanAction::At(
        Timed::ToggleDone {
            exercise: s.exercises[0].id,
            set,
        },
        at,
    )
    .into();
    s.reduce(a).unwrap_or_else(|| s.clone())
}

/// Bench ticked twice at 18:00, then the page reopened `later` ms after, `offset` min east of UTC.
fn reopened(later: f64, offset: f64) -> PageState {
    let s = start(None, PLAN, EVENING).state;
    let s = tick(&tick(&s, 0, EVENING), 1, EVENING);
    let (query, stored) = s.texts();
    start_local(Some(&stored), &query, EVENING + later, offset).state
}

#[test]
fn five_hours_later_is_the_same_session() {
    let s = reopened(5.0 * HOUR, 0.0);
    assert_eq!(s.exercises[0].done, [0, 1]);
    assert!(s.unfiled.is_empty());
}

#[test]
fn seven_hours_later_starts_fresh_and_keeps_the_sets_done() {
    let s = reopened(7.0 * HOUR, 0.0);
    assert!(s.exercises[0].done.is_empty());
    assert_eq!(s.unfiled.len(), 2);
    let first = &s.unfiled[0];
    assert_eq!(first.exercise, "Bench press");
    assert_eq!(first.at_ms, EVENING);
    // With the plan it was done in, and what it was loaded on.
    assert_eq!(
        (first.plan.as_str(), first.implement),
        ("Bench press", Implement::Barbell)
    );
    assert!(first.load > 0.0 && first.unit == Unit::Kg);
    // And they stay: the next reload reads them back.
    let (query, stored) = s.texts();
    let again = start(Some(&stored), &query, EVENING + 8.0 * HOUR).state;
    assert_eq!(again.unfiled, s.unfiled);
}

#[test]
fn ticked_at_18_00_shows_nothing_ticked_at_14_00_the_next_day() {
    // 20 hours later, and in any time zone.
    for offset in [-600.0, 0.0, 60.0, 540.0] {
        let s = reopened(20.0 * HOUR, offset);
        assert!(s.exercises[0].done.is_empty(), "offset {offset}");
    }
}

#[test]
fn midnight_ends_a_session_even_within_six_hours() {
    // 23:00 to 01:00 local (UTC+1 here): two hours, another day.
    let eleven_pm = EVENING + 4.0 * HOUR; // 22:00 UTC = 23:00 at UTC+1
    assert!(session_over(eleven_pm, eleven_pm + 2.0 * HOUR, 60.0));
    assert!(!session_over(eleven_pm, eleven_pm + 0.5 * HOUR, 60.0));
    assert!(
        !session_over(0.0, eleven_pm, 60.0),
        "nothing ticked, nothing to end"
    );
    assert!(session_over(
        EVENING,
        EVENING + SESSION_GAP_MS + 1.0,
        -300.0
    ));
}

#[test]
fn start_over_keeps_what_was_done_as_history() {
    let s = start(None, PLAN, EVENING).state;
    let s = tick(&s, 0, EVENING);
    let s = s.reduce(PlanAction::StartOver.into()).unwrap_or(s);
    assert!(s.exercises[0].done.is_empty());
    assert_eq!(s.unfiled.len(), 1);
    assert_eq!(s.unfiled[0].kind, SetKind::WarmUp);
}

#[test]
fn a_session_is_kept_with_when_it_began_so_an_export_says_how_long_it_took() {
    let s = start(None, PLAN, EVENING).state;
    let s = tick(&s, 0, EVENING);
    let s = tick(&s, 1, EVENING + HOUR);
    let (_, stored) = s.texts();
    // Reopened the next day: the session is history, from its first tick to its last.
    let next = start(Some(&stored), PLAN, EVENING + 20.0 * HOUR).state;
    assert_eq!(next.unfiled.len(), 2);
    assert!(next
        .unfiled
        .iter()
        .all(|d| d.at_ms == EVENING + HOUR && d.began_ms == Some(EVENING)));
    // The next session begins at its own first tick; a mis-tap taken back is no beginning.
    let next = tick(&next, 1, EVENING + 20.5 * HOUR);
    let next = tick(&next, 1, EVENING + 20.5 * HOUR);
    let next = tick(&next, 0, EVENING + 21.0 * HOUR);
    let next = next.reduce(PlanAction::StartOver.into()).unwrap_or(next);
    assert_eq!(next.unfiled.len(), 3);
    assert_eq!(next.unfiled[2].began_ms, Some(EVENING + 21.0 * HOUR));
}

#[test]
fn a_link_to_another_plan_keeps_the_old_plans_ticks_as_history() {
    let s = start(None, PLAN, EVENING).state;
    let s = tick(&s, 0, EVENING);
    let (_, stored) = s.texts();
    let friend = start(Some(&stored), "?v=1&e=Deadlift~200~goto", EVENING + HOUR).state;
    assert_eq!(friend.unfiled.len(), 1);
    assert_eq!(friend.unfiled[0].exercise, "Bench press");
}

#[test]
fn the_history_keeps_the_newest_sets_up_to_its_limit() {
    let set = |i: usize| DoneSet {
        at_ms: i as f64,
        exercise: "Squat".into(),
        kind: SetKind::Work,
        load: 100.0,
        unit: Unit::Kg,
        reps: Some(5),
        counted: false,
        rpe: None,
        implement: Implement::Barbell,
        plan: String::new(),
        began_ms: None,
    };
    let mut h: Vec<DoneSet> = (0..MAX_DONE_SETS).map(set).collect();
    backoff::core::history::push_history(&mut h, vec![set(MAX_DONE_SETS)]);
    assert_eq!(h.len(), MAX_DONE_SETS);
    assert_eq!(h[0].at_ms, 1.0);
}

proptest! {
    #[test]
    fn a_done_set_reads_back_as_written(
        at in 0u64..4_000_000_000_000,
        name in "[A-Za-z ~&=%+]{0,20}",
        kind in 0usize..3,
        load in 0u32..50_000,
        lb in any::<bool>(),
        reps in proptest::option::of(0u32..100),
        took_s in proptest::option::of(0u32..=86_400),
    ) {
        let d = DoneSet {
            at_ms: at as f64,
            exercise: name.replace('~', "-"),
            kind: [SetKind::WarmUp, SetKind::Work, SetKind::BackOff][kind],
            load: f64::from(load) / 100.0,
            unit: if lb { Unit::Lb } else { Unit::Kg },
            reps,
            counted: false,
            rpe: None,
            implement: Implement::Barbell,
            plan: String::new(),
            began_ms: took_s.map(|t| at as f64 - f64::from(t) * 1000.0),
        };
        prop_assert_eq!(decode_set(&encode_set(&d)), Some(d));
    }

    #[test]
    fn anything_else_is_refused_not_a_panic(text in "[0-9a-z~.]{0,30}") {
        let _ = decode_set(&text);
    }
}
