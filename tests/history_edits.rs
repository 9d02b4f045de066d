//! Corrections on the history page: a set's reps and load put right (with the plan page's
//! limits), a session deleted and put back where it stood, other sessions untouched.

mod common;

use backoff::core::history::DoneSet;
use backoff::core::history_edits::{
    correct, delete_session, is_stored, undo_delete, SessionKey, SetPart,
};
use backoff::core::units::Unit;
use common::*;

const DAY: f64 = 86_400_000.0;
const MONDAY: f64 = 1_764_007_200_000.0;

fn three_sessions() -> Vec<DoneSet> {
    vec![
        set(MONDAY, "Bench press", 100.0, Some(5)),
        set(MONDAY, "Bench press", 100.0, Some(5)),
        set(MONDAY, "Squat", 140.0, Some(3)),
        set(MONDAY + DAY, "Bench press", 102.5, Some(5)),
    ]
}

#[test]
fn a_sets_reps_and_load_are_corrected_within_their_session_only() {
    let mut sets = three_sessions();
    let key = SessionKey::of(&sets[0]);
    assert!(matches!(
        correct(&mut sets, &key, 1, SetPart::Reps, "4"),
        Ok(Some(_))
    ));
    assert!(matches!(
        correct(&mut sets, &key, 1, SetPart::Load, "97.5"),
        Ok(Some(_))
    ));
    assert_eq!((sets[1].load, sets[1].reps), (97.5, Some(4)));
    // The first set of the session, the squat and the next day are as they were.
    assert_eq!((sets[0].load, sets[0].reps), (100.0, Some(5)));
    assert_eq!(sets[2], three_sessions()[2]);
    assert_eq!(sets[3], three_sessions()[3]);
    // A load typed in the other unit is converted into the set's.
    assert!(matches!(
        correct(&mut sets, &key, 0, SetPart::Load, "220 lb"),
        Ok(Some(_))
    ));
    assert!((sets[0].load - 99.79).abs() < 0.01, "{}", sets[0].load);
}

#[test]
fn a_bad_correction_changes_nothing_and_says_why() {
    let mut sets = three_sessions();
    let key = SessionKey::of(&sets[0]);
    assert!(correct(&mut sets, &key, 0, SetPart::Reps, "lots").is_err());
    assert!(correct(&mut sets, &key, 0, SetPart::Reps, "500").is_err());
    assert!(correct(&mut sets, &key, 0, SetPart::Load, "-5").is_err());
    assert!(matches!(
        correct(&mut sets, &key, 9, SetPart::Reps, "5"),
        Ok(None)
    ));
    assert_eq!(sets, three_sessions());
}

#[test]
fn a_deleted_session_comes_back_where_it_stood() {
    let mut sets = three_sessions();
    let key = SessionKey::of(&sets[0]);
    assert!(is_stored(&sets, &key));
    let removed = delete_session(&mut sets, &key);
    assert_eq!(removed.len(), 2);
    assert!(!is_stored(&sets, &key));
    // The squat of the same day is another lift's session: it stays.
    assert_eq!(sets.len(), 2);
    undo_delete(&mut sets, removed);
    let order: Vec<(f64, &str)> = sets
        .iter()
        .map(|d| (d.at_ms, d.exercise.as_str()))
        .collect();
    assert_eq!(
        order,
        [
            (MONDAY, "Squat"),
            (MONDAY, "Bench press"),
            (MONDAY, "Bench press"),
            (MONDAY + DAY, "Bench press")
        ]
    );
}

#[test]
fn a_session_is_named_by_its_time_and_lift_whatever_the_case_or_spaces() {
    let a = SessionKey::of(&set(MONDAY, " Bench Press ", 100.0, Some(5)));
    let b = SessionKey::of(&set(MONDAY, "bench press", 100.0, Some(5)));
    assert_eq!(a, b);
}

#[test]
fn the_back_off_log_follows_the_sessions_corrections_and_deletion() {
    use backoff::core::history_edits::{correct_log, put_log_entries, take_log_entries};
    use backoff::core::session::LogEntry;
    let entry = |at_ms: f64, exercise: &str, reps: u32| LogEntry {
        exercise: exercise.into(),
        at_ms,
        load: 50.0,
        unit: Unit::Kg,
        reps,
    };
    let log = vec![
        entry(MONDAY - 60_000.0, "Bench press", 24),
        entry(MONDAY, "Squat", 30),
        entry(MONDAY + DAY, "Bench press", 25),
    ];
    let key = SessionKey::of(&set(MONDAY, "Bench press", 100.0, Some(5)));
    let mut corrected = log.clone();
    assert!(correct_log(&mut corrected, &key, 26));
    let reps: Vec<u32> = corrected.iter().map(|e| e.reps).collect();
    assert_eq!(reps, [26, 30, 25]);
    let mut taken = log.clone();
    let removed = take_log_entries(&mut taken, &key);
    assert_eq!(removed.len(), 1);
    assert_eq!(taken.len(), 2);
    put_log_entries(&mut taken, removed);
    assert_eq!(taken, log);
}

#[test]
fn an_rpe_is_said_put_right_or_taken_away() {
    let mut sets = three_sessions();
    let key = SessionKey::of(&sets[0]);
    assert!(correct(&mut sets, &key, 0, SetPart::Rpe, "8.5").is_ok());
    assert_eq!(sets[0].rpe, Some(8.5));
    // Off the chart: refused, the RPE in force stays.
    assert!(correct(&mut sets, &key, 0, SetPart::Rpe, "8.3").is_err());
    assert_eq!(sets[0].rpe, Some(8.5));
    assert!(correct(&mut sets, &key, 0, SetPart::Rpe, " ").is_ok());
    assert_eq!(sets[0].rpe, None);
}
