//! A ticked set corrected right after the tick: the reps really done (an AMRAP set, a set that
//! fell short), the load if it changed, an optional RPE. Kept through a reload, gone with an
//! untick, and filed as done (counted) when the session ends.

mod common;

use backoff::core::page::{
    start, Action, FixField, PageState, Panel, PlanAction, PlanField, SetupAction, Timed,
};
use backoff::core::scheme::SetKind;
use backoff::core::set_fix::{decode_fix, encode_fix, SetFix};
use backoff::core::units::{InputError, Unit};
use common::*;

/// Strength + back-off: warm-ups, then work sets, then the back-off set.
const PLAN: &str = "?v=1&e=Bench+press~100~strength";

fn tick(s: &PageState, set: usize) -> Action {
    PlanAction::At(
        Timed::ToggleDone {
            exercise: s.exercises[0].id,
            set,
        },
        EVENING,
    )
    .into()
}

fn open_fix(s: &PageState, set: usize) -> Action {
    PlanAction::Open(Panel::Fix(s.exercises[0].id, set), true).into()
}

fn typed(field: FixField, text: &str) -> Action {
    PlanAction::Text(PlanField::Fix(field), text.into()).into()
}

/// The plan with its third set (a work set) ticked.
fn ticked() -> PageState {
    let s = start(None, PLAN, EVENING).state;
    let a = tick(&s, 2);
    run(s, [a])
}

#[test]
fn a_set_that_fell_short_is_filed_with_the_reps_done_load_and_rpe() {
    let s = ticked();
    let planned = s.exercises[0].sets()[2].clone();
    assert_eq!(planned.kind, SetKind::Work);
    let a = open_fix(&s, 2);
    let s = run(s, [a]);
    let open = s
        .fixing
        .clone()
        .unwrap_or_else(|| panic!("the correction opens"));
    // The boxes start at what was planned, the RPE empty.
    assert_eq!(open.load.ok(), planned.load());
    assert_eq!(open.rpe.ok(), Some(None));
    let s = run(
        s,
        [
            typed(FixField::Reps, "3"),
            typed(FixField::Load, "80"),
            typed(FixField::Rpe, "9.5"),
        ],
    );
    assert_eq!(
        s.exercises[0].fixes,
        [SetFix {
            set: 2,
            load: 80.0,
            reps: 3,
            rpe: Some(9.5)
        }]
    );
    let done = s.done_sets();
    let filed = done.iter().find(|d| d.kind == SetKind::Work);
    let filed = filed.unwrap_or_else(|| panic!("the work set is filed"));
    assert_eq!(
        (filed.load, filed.reps, filed.counted, filed.rpe),
        (80.0, Some(3), true, Some(9.5))
    );
    // A reload keeps it; the next day files it into the history as corrected.
    let (query, stored) = s.texts();
    let again = start(Some(&stored), &query, EVENING + HOUR).state;
    assert_eq!(again.exercises[0].fixes, s.exercises[0].fixes);
    let next_day = start(Some(&stored), &query, EVENING + 24.0 * HOUR).state;
    assert!(next_day.exercises[0].fixes.is_empty());
    let filed = next_day.unfiled.iter().find(|d| d.kind == SetKind::Work);
    assert_eq!(filed.map(|d| (d.reps, d.counted)), Some((Some(3), true)));
}

#[test]
fn a_bad_box_says_why_and_the_set_keeps_its_last_good_correction() {
    let s = ticked();
    let a = open_fix(&s, 2);
    let s = run(s, [a, typed(FixField::Reps, "4")]);
    assert_eq!(s.exercises[0].fixes.len(), 1);
    let s = run(
        s,
        [
            typed(FixField::Rpe, "8.3"),
            PlanAction::Leave(PlanField::Fix(FixField::Rpe)).into(),
        ],
    );
    let open = s.fixing.clone().unwrap_or_else(|| panic!("still open"));
    assert_eq!(open.rpe.value, Err(InputError::OffChart));
    assert!(open.rpe.message_shown().is_some());
    assert_eq!(s.exercises[0].fixes[0].rpe, None);
    assert_eq!(s.exercises[0].fixes[0].reps, 4);
    let s = run(s, [typed(FixField::Reps, "0")]);
    assert_eq!(s.exercises[0].fixes[0].reps, 4);
}

#[test]
fn an_untick_takes_the_correction_away_and_closes_it() {
    let s = ticked();
    let a = open_fix(&s, 2);
    let s = run(s, [a, typed(FixField::Reps, "3")]);
    let untick = tick(&s, 2);
    let s = run(s, [untick]);
    assert!(s.exercises[0].fixes.is_empty());
    assert!(s.fixing.is_none());
    // Ticked again, it is done as planned.
    let again = tick(&s, 2);
    let s = run(s, [again]);
    let work = s.done_sets().into_iter().find(|d| d.kind == SetKind::Work);
    assert_eq!(work.map(|d| d.counted), Some(false));
}

#[test]
fn only_a_ticked_set_can_be_corrected() {
    let s = ticked();
    assert_eq!(s.reduce(open_fix(&s, 0)), None);
    assert_eq!(
        s.reduce(PlanAction::Open(Panel::Fix(s.exercises[0].id, 2), false).into()),
        None
    );
    // With none open, a box's text goes nowhere.
    let s = run(s, [typed(FixField::Reps, "3")]);
    assert!(s.exercises[0].fixes.is_empty());
}

#[test]
fn a_switch_to_lb_converts_the_corrected_load() {
    let s = ticked();
    let a = open_fix(&s, 2);
    let s = run(s, [a, typed(FixField::Load, "100")]);
    let s = run(s, [SetupAction::SetUnit(Unit::Lb).into()]);
    assert_eq!(s.exercises[0].fixes[0].load.round(), 220.0);
}

#[test]
fn the_stored_text_of_a_correction_reads_back_and_refuses_what_the_boxes_would() {
    let f = SetFix {
        set: 3,
        load: 82.5,
        reps: 4,
        rpe: Some(8.0),
    };
    let text = encode_fix(2, &f);
    assert_eq!(text, "2~3~82.5~4~8");
    assert_eq!(decode_fix(&text, Unit::Kg), Some((2, f)));
    let no_rpe = SetFix { rpe: None, ..f };
    assert_eq!(
        decode_fix(&encode_fix(0, &no_rpe), Unit::Kg),
        Some((0, no_rpe))
    );
    for bad in [
        "2~3~82.5~0~8",
        "2~3~82.5~4~8.3",
        "2~3~-5~4~",
        "99~3~82.5~4~",
        "2~3~82.5~4",
        "2~3~82.5~4~~",
    ] {
        assert_eq!(decode_fix(bad, Unit::Kg), None, "{bad}");
    }
}
