//! The history store: the plan page only appends to it, never twice for one session, and a
//! rewrite keeps every line it could not read. Format-2 storage (every set in the page's own
//! value) moves there on the page's first opening.

mod common;

use backoff::core::history::{
    all_sets, append, decode_history, encode_history, DoneSet, Implement, HISTORY_HEADER,
};
use backoff::core::page::{start, PlanAction, PlanField, Timed};
use backoff::core::scheme::SetKind;
use backoff::core::units::Unit;
use common::*;
use proptest::prelude::*;

#[test]
fn appending_starts_a_store_and_adds_each_session_once() {
    let monday = vec![set(EVENING, "Bench press", 100.0, Some(5)); 3];
    let first = append(None, &monday);
    assert!(first.starts_with(HISTORY_HEADER));
    // Three equal sets of one session are three sets, not one.
    assert_eq!(decode_history(&first).0.len(), 3);
    // The page stopped after appending and before forgetting: the same session again adds none.
    assert_eq!(append(Some(&first), &monday), first);
    let tuesday = [set(EVENING + DAY, "Squat", 140.0, Some(3))];
    let both = append(Some(&first), &tuesday);
    let (sets, unread) = decode_history(&both);
    assert_eq!(sets.len(), 4);
    assert!(unread.is_empty());
    assert_eq!(sets[3].exercise, "Squat");
}

#[test]
fn lines_that_cannot_be_read_are_kept_through_appends_and_rewrites() {
    let stored = format!("{HISTORY_HEADER}\nsomething a newer build wrote\n");
    let text = append(Some(&stored), &[set(EVENING, "Row", 80.0, Some(8))]);
    let (sets, unread) = decode_history(&text);
    assert_eq!(sets.len(), 1);
    assert_eq!(unread, ["something a newer build wrote"]);
    let rewritten = encode_history(&sets, &unread);
    assert_eq!(decode_history(&rewritten), (sets, unread));
    // Text with no header (not ours) is kept too, as unread lines.
    let foreign = append(Some("a,b,c"), &[]);
    assert_eq!(decode_history(&foreign).1, ["a,b,c"]);
}

#[test]
fn the_history_shows_stored_unfiled_and_todays_sets_each_once() {
    let stored = append(None, &[set(EVENING, "Bench press", 100.0, Some(5))]);
    // Unfiled sets of the stored session (filed, not yet forgotten) are not shown twice.
    let unfiled = [
        set(EVENING, "Bench press", 100.0, Some(5)),
        set(EVENING + DAY, "Bench press", 102.5, Some(5)),
    ];
    let today = [set(EVENING + 2.0 * DAY, "Bench press", 105.0, Some(5))];
    let all = all_sets(Some(&stored), &unfiled, &today);
    let loads: Vec<f64> = all.iter().map(|d| d.load).collect();
    assert_eq!(loads, [100.0, 102.5, 105.0]);
}

#[test]
fn a_closed_session_waits_in_the_page_value_until_filed() {
    // Format 2 kept every set in the page's own value (`h=`): they read as unfiled.
    let s = start(None, "?v=1&e=Bench+press~100~strength", EVENING).state;
    let id = s.exercises[0].id;
    let ticked = s
        .reduce(
            PlanAction::At(
                Timed::ToggleDone {
                    exercise: id,
                    set: 0,
                },
                EVENING,
            )
            .into(),
        )
        .unwrap();
    let over = ticked.reduce(PlanAction::StartOver.into()).unwrap();
    assert_eq!(over.unfiled.len(), 1);
    let (query, stored) = over.texts();
    assert!(stored.contains("&h="), "{stored}");
    let reopened = start(Some(&stored), &query, EVENING + 60_000.0).state;
    assert_eq!(reopened.unfiled.len(), 1);
    // Once the shell filed them and forgot them, the page's value holds none.
    let mut filed = reopened.clone();
    filed.unfiled = Default::default();
    assert!(!filed.texts().1.contains("&h="));
}

fn any_set() -> impl Strategy<Value = DoneSet> {
    (
        // Few sessions, so their sets share lines' plans (said once a session).
        (0u64..6, 0usize..3),
        "[A-Za-z ,\"é~-]{1,20}",
        0usize..3,
        0u32..4_000,
        any::<bool>(),
        proptest::option::of(0u32..1000),
        any::<bool>(),
        proptest::option::of(12u32..=20),
    )
        .prop_map(
            |((session, implement), name, kind, quarter_kg, lb, reps, counted, half_rpe)| DoneSet {
                at_ms: (1_764_000_000_000 + session * 86_400_000) as f64,
                exercise: name,
                kind: [SetKind::WarmUp, SetKind::Work, SetKind::BackOff][kind],
                load: f64::from(quarter_kg) / 4.0,
                unit: if lb { Unit::Lb } else { Unit::Kg },
                reps,
                // Only reps there are can have been counted.
                counted: counted && reps.is_some(),
                rpe: half_rpe.map(|h| f64::from(h) / 2.0),
                implement: [Implement::Barbell, Implement::Dumbbells, Implement::Machine]
                    [implement],
                // A session's plan: not known (before it was kept), or a name.
                plan: ["", "Day A", "Friend's 5/3/1"][(session % 3) as usize].to_string(),
                // A session's length: not known, or whole seconds (said once a session).
                began_ms: [None, Some(0.0), Some(2_461_000.0)][(session % 3) as usize]
                    .map(|took| (1_764_000_000_000 + session * 86_400_000) as f64 - took),
            },
        )
}

proptest! {
    #[test]
    fn the_store_round_trips(sets in proptest::collection::vec(any_set(), 0..40)) {
        let (back, unread) = decode_history(&encode_history(&sets, &[]));
        prop_assert!(unread.is_empty());
        prop_assert_eq!(back.len(), sets.len());
        for (a, b) in back.iter().zip(&sets) {
            prop_assert_eq!(a.at_ms, b.at_ms);
            // A `~` would split the line: it is stored as `-`; names are trimmed to their limit.
            prop_assert_eq!(&a.exercise, &backoff::core::session::clip_name(&b.exercise.replace('~', "-")));
            prop_assert_eq!((a.kind, a.load, a.unit, a.reps, a.counted, a.rpe), (b.kind, b.load, b.unit, b.reps, b.counted, b.rpe));
            prop_assert_eq!((a.implement, &a.plan), (b.implement, &b.plan));
        }
    }
}

#[test]
fn twenty_thousand_sets_store_under_a_megabyte() {
    let sets: Vec<DoneSet> = (0..20_000)
        .map(|i| {
            set(
                EVENING + f64::from(i / 20) * DAY,
                "Bench press",
                102.5,
                Some(5),
            )
        })
        .collect();
    let text = encode_history(&sets, &[]);
    assert!(text.len() < 1_000_000, "{} bytes", text.len());
    println!("20,000 sets: {} bytes stored", text.len());
}

#[test]
fn a_filed_back_off_set_keeps_its_logged_reps_after_the_log_moves_on() {
    let mut s = start(None, "?v=1&e=Bench+press~100~goto", EVENING).state;
    let id = s.exercises[0].id;
    for set in 0..s.exercises[0].sets().len() {
        let tick = PlanAction::At(Timed::ToggleDone { exercise: id, set }, EVENING).into();
        s = s.reduce(tick).unwrap_or(s);
    }
    s = s
        .reduce(PlanAction::Text(PlanField::Result(id), "25".into()).into())
        .unwrap();
    s = s
        .reduce(PlanAction::At(Timed::LogBackOff { exercise: id }, EVENING + 1.0).into())
        .unwrap();
    let over = s.reduce(PlanAction::StartOver.into()).unwrap();
    let back_off = over
        .unfiled
        .iter()
        .find(|d| d.kind == SetKind::BackOff)
        .unwrap();
    assert_eq!(back_off.reps, Some(25));
    // With no log at all (it keeps only the newest results), the session still shows it.
    let lifts = backoff::core::progress::lifts(&over.unfiled, &[], Default::default());
    assert_eq!(
        lifts[0].sessions[0].back_off.as_ref().map(|b| b.reps),
        Some(25)
    );
}

/// A session's plan is said on its first line only; every set reads back with it, and a line
/// from before the implement and the plan were kept reads as a barbell, plan not known.
#[test]
fn the_plan_is_said_once_a_session_and_old_lines_still_read() {
    let mut a = set(1_764_000_000_000.0, "Bench press", 100.0, Some(5));
    a.plan = "Day A".into();
    let mut b = set(1_764_000_000_000.0, "Curl", 12.0, Some(10));
    b.plan = "Day A".into();
    b.implement = Implement::Dumbbells;
    let text = encode_history(&[a.clone(), b.clone()], &[]);
    assert_eq!(text.matches("Day A").count(), 1, "{text}");
    assert!(text.ends_with("~10~d~"), "{text}");
    let (back, _) = decode_history(&text);
    assert_eq!(back, [a.clone(), b]);
    let old = format!("{HISTORY_HEADER}\n1764000000000~Bench press~k~100~kg~5");
    let (back, unread) = decode_history(&old);
    assert!(unread.is_empty());
    assert_eq!(
        (back[0].implement, back[0].plan.as_str()),
        (Implement::Barbell, "")
    );
    // A plan name the form would refuse is a line this build cannot read (kept, not lost).
    let long = format!(
        "{HISTORY_HEADER}\n1764000000000~Bench press~k~100~kg~5~b~{}",
        "x".repeat(41)
    );
    assert_eq!(decode_history(&long).1.len(), 1);
}

#[test]
fn a_session_whose_first_line_an_older_build_moved_keeps_its_plan_and_length() {
    // An older build could not read the line with the session's length: it kept it first,
    // with the lines it could not read, and wrote the session's other lines after, without
    // their plan (it said it on a line it did not know).
    let text = "backoff-history 1\n\
        1764000000000~Squat~k~100~kg~5~b~Day A~2460\n\
        1763000000000~Bench~k~80~kg~5~b~Day B\n\
        1764000000000~Squat~k~100~kg~5~b~\n\
        1764000000000~Row~k~60~kg~8~b~";
    let (sets, unread) = decode_history(text);
    assert!(unread.is_empty());
    let seen: Vec<(&str, &str, Option<f64>)> = sets
        .iter()
        .map(|d| (d.exercise.as_str(), d.plan.as_str(), d.began_ms))
        .collect();
    let began = Some(1_764_000_000_000.0 - 2_460_000.0);
    assert_eq!(
        seen,
        [
            ("Squat", "Day A", began),
            ("Bench", "Day B", None),
            ("Squat", "Day A", began),
            ("Row", "Day A", began),
        ]
    );
}
