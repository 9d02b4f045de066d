//! Another app's export into the history: Strong's layouts (the older one with its unit, with
//! semicolons, and the one Strong writes today, with none), Hevy's in kg and in lb, and
//! Backoff's own; names mapped to lifts and implements, kinds, bad rows, and an import that
//! never adds a set twice.

mod common;

use backoff::core::calendar::{LocalTime, Offsets};
use backoff::core::history::DoneSet;
use backoff::core::history_import::{new_sets, ImportPreview};
use backoff::core::implements::{BarKind, Implement};
use backoff::core::import::{filed_name, read, ImportError, Source};
use backoff::core::scheme::SetKind;
use backoff::core::units::Unit;
use proptest::prelude::*;

/// Strong's export as written today: ten columns, no unit.
const STRONG_NOW: &str = "\
Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE
2025-07-26 07:06:00,Push A,1h 2m,Bench Press (Barbell),W,60.0,8,,,
2025-07-26 07:06:00,Push A,1h 2m,Bench Press (Barbell),1,100.0,5,,,8.5
2025-07-26 07:06:00,Push A,1h 2m,Bench Press (Barbell),2,100.0,5,,,
2025-07-26 07:06:00,Push A,1h 2m,Bench Press (Barbell),F,80.0,14,,,
2025-07-26 07:06:00,Push A,1h 2m,Treadmill,1,,,2.5,900,
2025-07-26 07:06:00,Push A,1h 2m,\"Lat Pulldown (Cable)\",1,55.0,10,,,
2025-07-28 18:30:00,Legs,35m,Squat (Barbell),1,140.0,3,,,
";

/// Strong's older export: semicolons, a unit column, notes.
const STRONG_OLD: &str = "\
Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes
2024-03-01 18:00:00;Upper;Bicep Curl (Dumbbell);1;30;lbs;12;;;;;;
2024-03-01 18:00:00;Upper;Bench Press (Dumbbell);1;60;lbs;10;;;;;;
";

const HEVY_KG: &str = "\
\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\",\"duration_seconds\",\"rpe\"
\"Morning\",\"26 Jul 2025, 07:06\",\"26 Jul 2025, 08:10\",\"\",\"Squat (Barbell)\",\"\",\"\",\"0\",\"warmup\",\"60\",\"5\",\"\",\"\",\"\"
\"Morning\",\"26 Jul 2025, 07:06\",\"26 Jul 2025, 08:10\",\"\",\"Squat (Barbell)\",\"\",\"\",\"1\",\"normal\",\"120\",\"5\",\"\",\"\",\"8\"
\"Morning\",\"26 Jul 2025, 07:06\",\"26 Jul 2025, 08:10\",\"\",\"Squat (Barbell)\",\"\",\"\",\"2\",\"failure\",\"100\",\"11\",\"\",\"\",\"\"
\"Morning\",\"26 Jul 2025, 07:06\",\"26 Jul 2025, 08:10\",\"\",\"Plank\",\"\",\"\",\"0\",\"normal\",\"\",\"\",\"\",\"60\",\"\"
";

const HEVY_LB: &str = "\
\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_lbs\",\"reps\",\"distance_miles\",\"duration_seconds\",\"rpe\"
\"Pull\",\"3 Jan 2025, 18:00\",\"3 Jan 2025, 19:00\",\"\",\"Pull Up (Weighted)\",\"\",\"\",\"0\",\"normal\",\"25\",\"6\",\"\",\"\",\"\"
\"Pull\",\"3 Jan 2025, 18:00\",\"3 Jan 2025, 19:00\",\"\",\"Pull Up\",\"\",\"\",\"1\",\"normal\",\"\",\"10\",\"\",\"\",\"\"
";

/// 2025-07-26 07:06 UTC.
const JULY_26: f64 = 1_753_513_560_000.0;

fn loads(sets: &[DoneSet]) -> Vec<(String, SetKind, f64, Option<u32>, bool)> {
    sets.iter()
        .map(|d| (d.exercise.clone(), d.kind, d.load, d.reps, d.counted))
        .collect()
}

#[test]
fn strongs_layout_of_today_reads_by_its_column_names_in_the_unit_asked() {
    let r = read(STRONG_NOW, Unit::Kg, &Offsets::fixed(0.0)).expect("a Strong export");
    assert_eq!(r.source, Source::Strong);
    assert!(r.unit_asked, "the layout has no unit column");
    assert_eq!(r.skipped, 1, "the treadmill's distance is no set");
    assert_eq!((r.bad_count, r.bad.len()), (0, 0));
    let bench =
        |kind, load, reps, counted| ("Bench press".to_string(), kind, load, Some(reps), counted);
    // Another app logs the reps done: a work set counts them, a warm-up does not. A set to
    // failure (F) lighter than the sets before it is a back-off set.
    assert_eq!(
        loads(&r.sets)[..4],
        [
            bench(SetKind::WarmUp, 60.0, 8, false),
            bench(SetKind::Work, 100.0, 5, true),
            bench(SetKind::Work, 100.0, 5, true),
            bench(SetKind::BackOff, 80.0, 14, true),
        ]
    );
    assert_eq!(r.sets[1].rpe, Some(8.5));
    // The session is kept at its end: the start and its duration.
    assert_eq!(r.sets[0].at_ms, JULY_26 + 62.0 * 60_000.0);
    assert_eq!(r.sets[0].began_ms, Some(JULY_26));
    // A set to failure at the top of its workout is a work set: no back-off from anything.
    let header = STRONG_NOW.lines().next().unwrap_or_default();
    let text = format!("{header}\n2025-07-26 07:06:00,A,0m,Squat,F,140,4,,,\n2025-07-26 07:06:00,A,0m,Squat,F,140,3,,,\n");
    let top = read(&text, Unit::Kg, &Offsets::fixed(0.0)).expect("read");
    assert!(top
        .sets
        .iter()
        .all(|d| d.kind == SetKind::Work && d.counted));
    assert_eq!(
        top.sets[0].began_ms, None,
        "a workout of no length says no start"
    );
    // Ticked before the heavy set, a lighter set to failure is still the back-off set.
    let text = format!("{header}\n2025-07-26 07:06:00,A,0m,Squat,F,70,20,,,\n2025-07-26 07:06:00,A,0m,Squat,1,140,3,,,\n");
    let first = read(&text, Unit::Kg, &Offsets::fixed(0.0)).expect("read");
    let kinds: Vec<SetKind> = first.sets.iter().map(|d| d.kind).collect();
    assert_eq!(kinds, [SetKind::BackOff, SetKind::Work]);
    assert_eq!(r.sets[0].plan, "Push A");
    assert_eq!(
        (r.sets[4].exercise.as_str(), r.sets[4].implement),
        ("Lat pulldown", Implement::Machine)
    );
    assert_eq!(
        r.names,
        [
            (
                "Bench Press (Barbell)".to_string(),
                "Bench press".to_string()
            ),
            ("Lat Pulldown (Cable)".into(), "Lat pulldown".into()),
            ("Squat (Barbell)".into(), "Squat".into()),
        ]
    );
    // In lb when the lifter says so.
    let mut p = ImportPreview::of(STRONG_NOW, Unit::Kg, &Offsets::fixed(0.0)).expect("read");
    p.unit = Unit::Lb;
    assert!(p.sets().iter().all(|d| d.unit == Unit::Lb));
    assert_eq!(p.workouts(), 2);
}

#[test]
fn strongs_older_layout_reads_its_unit_and_semicolons() {
    let r = read(STRONG_OLD, Unit::Kg, &Offsets::fixed(0.0)).expect("an older Strong export");
    assert_eq!(r.source, Source::Strong);
    assert!(!r.unit_asked);
    assert_eq!(r.sets.len(), 2);
    assert!(r.sets.iter().all(|d| d.unit == Unit::Lb));
    let names: Vec<(&str, Implement)> = r
        .sets
        .iter()
        .map(|d| (d.exercise.as_str(), d.implement))
        .collect();
    assert_eq!(
        names,
        [
            ("Dumbbell bicep curl", Implement::Dumbbells),
            ("Dumbbell bench press", Implement::Dumbbells)
        ]
    );
}

#[test]
fn hevy_reads_in_kg_and_in_lb_with_its_set_types() {
    let r = read(HEVY_KG, Unit::Lb, &Offsets::fixed(0.0)).expect("a Hevy export");
    assert_eq!(r.source, Source::Hevy);
    assert_eq!(r.skipped, 1, "a plank held for time is no set of reps");
    assert_eq!(
        loads(&r.sets),
        [
            ("Squat".to_string(), SetKind::WarmUp, 60.0, Some(5), false),
            ("Squat".into(), SetKind::Work, 120.0, Some(5), true),
            ("Squat".into(), SetKind::BackOff, 100.0, Some(11), true),
        ]
    );
    assert!(r.sets.iter().all(|d| d.unit == Unit::Kg));
    // Kept at its end time, begun at its start.
    assert_eq!(r.sets[0].at_ms, JULY_26 + 64.0 * 60_000.0);
    assert_eq!(r.sets[0].began_ms, Some(JULY_26));
    let r = read(HEVY_LB, Unit::Kg, &Offsets::fixed(0.0)).expect("a Hevy export in lb");
    assert_eq!(
        loads(&r.sets),
        [
            ("Pull up".to_string(), SetKind::Work, 25.0, Some(6), true),
            // A pull-up with no weight is a set on bodyweight.
            ("Pull Up".into(), SetKind::Work, 0.0, Some(10), true),
        ]
    );
    assert!(r.sets.iter().all(|d| d.unit == Unit::Lb));
    assert!(r.sets.iter().all(|d| d.implement == Implement::Bodyweight));
}

#[test]
fn names_file_as_lifts_on_their_implements() {
    let cases = [
        ("Bench Press (Barbell)", "Bench press", Implement::Barbell),
        (
            "Bench Press (Dumbbell)",
            "Dumbbell bench press",
            Implement::Dumbbells,
        ),
        (
            "Bicep Curl (Dumbbell)",
            "Dumbbell bicep curl",
            Implement::Dumbbells,
        ),
        (
            "Bicep Curl (Barbell)",
            "Barbell bicep curl",
            Implement::Barbell,
        ),
        ("Dumbbell Curl", "Dumbbell Curl", Implement::Dumbbells),
        ("Lat Pulldown (Cable)", "Lat pulldown", Implement::Machine),
        ("Leg Press (Machine)", "Leg press", Implement::Sled),
        (
            "Squat (Smith Machine)",
            "Smith machine squat",
            Implement::Bar(BarKind::Smith),
        ),
        ("Pull Up (Assisted)", "Pull up", Implement::Bodyweight),
        (
            "Romanian Deadlift (RDL)",
            "Romanian Deadlift (RDL)",
            Implement::Barbell,
        ),
        ("Zercher squat", "Zercher squat", Implement::Barbell),
    ];
    for (name, filed, implement) in cases {
        assert_eq!(filed_name(name), (filed.to_string(), implement), "{name}");
    }
}

#[test]
fn a_file_of_another_kind_or_too_big_is_refused_and_bad_rows_are_named() {
    assert_eq!(
        read("name,calories\nbanana,90\n", Unit::Kg, &Offsets::fixed(0.0)),
        Err(ImportError::NotAnExport)
    );
    assert_eq!(
        read("", Unit::Kg, &Offsets::fixed(0.0)),
        Err(ImportError::NotAnExport)
    );
    let header = STRONG_NOW.lines().next().unwrap_or_default();
    assert_eq!(
        read(header, Unit::Kg, &Offsets::fixed(0.0)),
        Err(ImportError::NoSets)
    );
    let big = "x".repeat(backoff::core::import::MAX_IMPORT_BYTES + 1);
    assert_eq!(
        read(&big, Unit::Kg, &Offsets::fixed(0.0)),
        Err(ImportError::TooBig)
    );
    // A date and a weight that cannot be read: named by row, the rest read.
    let text = format!(
        "{header}\n2025-13-40 07:06:00,A,,Squat,1,100,5,,,\n2025-07-26 07:06:00,A,,Squat,1,heavy,5,,,\n2025-07-26 07:06:00,A,,Squat,2,100,5,,,\n"
    );
    let r = read(&text, Unit::Kg, &Offsets::fixed(0.0)).expect("read with bad rows");
    assert_eq!(r.sets.len(), 1);
    assert_eq!(r.bad_count, 2);
    assert_eq!(r.bad[0].0, 2);
    assert!(r.bad[0].1.contains("2025-13-40"), "{}", r.bad[0].1);
    assert_eq!(r.bad[1].0, 3);
    assert!(r.bad[1].1.contains("\"heavy\""), "{}", r.bad[1].1);
    // Nothing is imported until the lifter agrees to leave them out.
    let mut p = ImportPreview::of(&text, Unit::Kg, &Offsets::fixed(0.0)).expect("read");
    assert!(p.blocked().is_some());
    p.skip_bad = true;
    assert_eq!(p.blocked(), None);
    // A name renamed to nothing is refused beside its box.
    p.rename(0, "  ".into());
    assert!(p.blocked().is_some());
    p.rename(0, "Back squat".into());
    assert_eq!(p.blocked(), None);
    assert!(p.sets().iter().all(|d| d.exercise == "Back squat"));
}

#[test]
fn a_set_already_in_the_history_is_not_added_twice() {
    let r = read(STRONG_NOW, Unit::Kg, &Offsets::fixed(0.0)).expect("read");
    let first = new_sets(&[], r.sets.clone());
    assert_eq!(first.len(), r.sets.len());
    let held: Vec<&DoneSet> = first.iter().collect();
    assert_eq!(new_sets(&held, r.sets.clone()), Vec::<DoneSet>::new());
    // Two sets of 100 × 5 in the history's session, three in the file's: one is new.
    let mut one_more = r.sets.clone();
    one_more.push(r.sets[1].clone());
    assert_eq!(new_sets(&held, one_more).len(), 1);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_text_makes_the_reader_panic(text in "\\PC{0,400}") {
        let _ = read(&text, Unit::Kg, &Offsets::fixed(0.0));
        let with_header = format!("{}\n{text}", STRONG_NOW.lines().next().unwrap_or_default());
        let _ = read(&with_header, Unit::Lb, &Offsets::fixed(60.0));
        let hevy = format!("{}\n{text}", HEVY_KG.lines().next().unwrap_or_default());
        let _ = read(&hevy, Unit::Kg, &Offsets::fixed(-300.0));
    }
}

#[test]
fn backoffs_own_export_reads_back_as_it_was_in_either_layout() {
    use backoff::core::export::{export, Layout};
    use backoff::core::one_rep_max::Formula;
    use backoff::core::progress::lifts;
    use backoff::core::units::convert;
    let at = common::EVENING + 1234.0;
    // The first session took 52 minutes 10 seconds.
    let began = Some(at - 3_130_000.0);
    let mut sets = vec![
        DoneSet {
            kind: SetKind::WarmUp,
            began_ms: began,
            ..common::set(at, "Squat", 60.0, Some(5))
        },
        DoneSet {
            began_ms: began,
            ..common::set(at, "Squat", 140.0, Some(3))
        },
        DoneSet {
            counted: true,
            kind: SetKind::BackOff,
            began_ms: began,
            ..common::set(at, "Squat", 70.0, Some(18))
        },
        DoneSet {
            unit: Unit::Lb,
            rpe: Some(8.5),
            plan: "Day B".into(),
            ..common::set(at + 2.0 * common::DAY, "Bench, close grip", 185.0, Some(5))
        },
    ];
    let seconds = |ms: f64| (ms / 1000.0).floor();
    for utc_offset_min in [0.0, 60.0, -300.0] {
        let all = lifts(&sets, &[], Formula::Epley);
        // The older layout: every set as it was, each load in its unit, each kind in its notes.
        let text = export(
            &all,
            Layout::StrongWithUnits,
            Unit::Kg,
            &Offsets::fixed(utc_offset_min),
        );
        let r = read(&text, Unit::Kg, &Offsets::fixed(utc_offset_min)).expect("Backoff's export");
        assert_eq!(r.source, Source::Backoff);
        let key = |d: &DoneSet| {
            (
                seconds(d.at_ms),
                d.exercise.clone(),
                d.kind,
                d.counted,
                d.load,
                d.unit,
                d.reps,
                d.rpe,
            )
        };
        let want: Vec<_> = sets.iter().map(key).collect();
        let got: Vec<_> = r.sets.iter().map(key).collect();
        assert_eq!(got, want, "UTC{utc_offset_min:+}");
        assert_eq!(r.sets[3].plan, "Day B");
        // Imported over the history it came from, it adds nothing.
        let held: Vec<&DoneSet> = sets.iter().collect();
        assert_eq!(new_sets(&held, r.sets.clone()), Vec::<DoneSet>::new());

        // Strong's layout today, in lb: the unit is asked, and every load comes back in it; a
        // warm-up (W) and a back-off set (F, lighter than the set before it) keep their kinds,
        // the workout its last tick to the second and its length to the minute.
        let text = export(
            &all,
            Layout::Strong,
            Unit::Lb,
            &Offsets::fixed(utc_offset_min),
        );
        let r = read(&text, Unit::Lb, &Offsets::fixed(utc_offset_min)).expect("Strong's layout");
        assert_eq!((r.source, r.unit_asked), (Source::Strong, true));
        let key = |d: &DoneSet| {
            (
                seconds(d.at_ms),
                d.began_ms.map(|b| ((d.at_ms - b) / 60_000.0).round()),
                d.exercise.clone(),
                d.kind,
                (convert(d.load, d.unit, Unit::Lb) * 100.0).round() / 100.0,
                d.reps,
                d.rpe,
            )
        };
        let want: Vec<_> = sets.iter().map(key).collect();
        let got: Vec<_> = r.sets.iter().map(key).collect();
        assert_eq!(got, want, "UTC{utc_offset_min:+}");
        assert!(r.sets.iter().all(|d| d.unit == Unit::Lb));
        assert_eq!(new_sets(&held, r.sets.clone()), Vec::<DoneSet>::new());
        // Read in kg by mistake, they are other loads: all new.
        let r = read(&text, Unit::Kg, &Offsets::fixed(utc_offset_min)).expect("Strong's layout");
        assert_eq!(new_sets(&held, r.sets).len(), sets.len());
    }
    sets.clear();
}

#[test]
fn what_the_review_found_reads_right() {
    let header = STRONG_OLD.lines().next().unwrap_or_default();
    // A workout name past the plan name's limit is cut to it, so the history reads its sets.
    let long = "Upper body, heavy, with accessories and a finisher";
    let text = format!("{header}\n2024-03-01 18:00:00;{long};Squat;1;100;kg;5;;;;;;\n");
    let r = read(&text, Unit::Kg, &Offsets::fixed(0.0)).expect("read");
    let stored = backoff::core::history::append(None, &r.sets);
    let back = backoff::core::history::decode_history(&stored).0;
    assert_eq!(back.len(), 1, "{stored}");
    assert_eq!(back[0].plan, "Upper body, heavy, with accessories and");
    // An assisted pull-up's assistance is below zero, as Backoff keeps it.
    let text = format!("{header}\n2024-03-01 18:00:00;Pull;Pull Up (Assisted);1;20;kg;8;;;;;;\n");
    let r = read(&text, Unit::Kg, &Offsets::fixed(0.0)).expect("read");
    assert_eq!(
        (r.sets[0].load, r.sets[0].implement),
        (-20.0, Implement::Bodyweight)
    );
    // A Strong note that reads like a kind is a note: the file is Strong's, its sets work.
    let text = format!(
        "{header}\n2024-03-01 18:00:00;A;Squat;1;100;kg;5;;;;;warm-up;\n2024-03-01 18:00:00;A;Squat;2;100;kg;5;;;;;felt easy;\n"
    );
    let r = read(&text, Unit::Kg, &Offsets::fixed(0.0)).expect("read");
    assert_eq!(r.source, Source::Strong);
    assert!(r.sets.iter().all(|d| d.kind == SetKind::Work && d.counted));
    // An RPE off the chart drops the RPE, not the set; a year past 9999 is a bad row.
    let text = format!(
        "{header}\n2024-03-01 18:00:00;A;Squat;1;100;kg;5;11;;;;;\n99999-03-01 18:00:00;A;Squat;1;100;kg;5;;;;;;\n"
    );
    let r = read(&text, Unit::Kg, &Offsets::fixed(0.0)).expect("read");
    assert_eq!((r.sets.len(), r.sets[0].rpe, r.bad_count), (1, None, 1));
}

#[test]
fn a_file_read_after_the_clocks_changed_adds_nothing_twice() {
    // The same local times read an hour apart, as after a change to summer time.
    let winter = read(STRONG_NOW, Unit::Kg, &Offsets::fixed(60.0)).expect("read");
    let summer = read(STRONG_NOW, Unit::Kg, &Offsets::fixed(120.0)).expect("read");
    let held: Vec<&DoneSet> = winter.sets.iter().collect();
    assert_eq!(new_sets(&held, summer.sets), Vec::<DoneSet>::new());
    // Two hours apart is another session.
    let later = read(STRONG_NOW, Unit::Kg, &Offsets::fixed(-60.0)).expect("read");
    assert_eq!(new_sets(&held, later.sets.clone()).len(), later.sets.len());
}

/// Berlin's clock in 2025: winter time (UTC+1) until 30 March 01:00 UTC, summer time (UTC+2)
/// until 26 October 01:00 UTC.
fn berlin() -> Offsets {
    Offsets::new(
        60.0,
        vec![
            (0.0, 60.0),
            (1_743_296_400_000.0, 120.0),
            (1_761_440_400_000.0, 60.0),
        ],
    )
}

#[test]
fn each_date_is_read_and_written_at_its_own_offset() {
    use backoff::core::export::{export, Layout};
    use backoff::core::one_rep_max::Formula;
    use backoff::core::progress::lifts;
    let offsets = berlin();
    let header = STRONG_NOW.lines().next().unwrap_or_default();
    // 18:00 in July is 16:00 UTC; 18:00 in December is 17:00 UTC.
    let text = format!(
        "{header}\n2025-07-26 18:00:00,A,1h 0m,Squat,1,100.0,5,,,\n2025-12-01 18:00:00,A,1h 0m,Squat,1,100.0,5,,,\n"
    );
    let r = read(&text, Unit::Kg, &offsets).expect("read");
    let utc = |ms: f64| LocalTime::at(ms, 0.0).iso_date_time();
    assert_eq!(
        utc(r.sets[0].began_ms.unwrap_or_default()),
        "2025-07-26 16:00:00"
    );
    assert_eq!(
        utc(r.sets[1].began_ms.unwrap_or_default()),
        "2025-12-01 17:00:00"
    );
    // Written back, each date says the time it was read as, in either season.
    let out = export(
        &lifts(&r.sets, &[], Formula::Epley),
        Layout::Strong,
        Unit::Kg,
        &offsets,
    );
    assert!(
        out.contains("\r\n2025-07-26 18:00:00,A,1h 0m,Squat,1,100.0,5,0,0,\r\n"),
        "{out}"
    );
    assert!(
        out.contains("\r\n2025-12-01 18:00:00,A,1h 0m,Squat,1,100.0,5,0,0,\r\n"),
        "{out}"
    );
    // The hour that never was (the clocks went forward) reads as the hour after; the hour
    // that came twice (they went back), as its second time.
    let t = |d, s| LocalTime::new(2025, 3, d, s).unwrap_or_else(|| panic!("a real day"));
    assert_eq!(
        utc(offsets.to_ms(&t(30, 2 * 3600 + 1800))),
        "2025-03-30 01:30:00"
    );
    let oct = LocalTime::new(2025, 10, 26, 2 * 3600 + 1800).unwrap_or_else(|| panic!("a real day"));
    assert_eq!(utc(offsets.to_ms(&oct)), "2025-10-26 01:30:00");
    // West of UTC too: in New York, 01:30 on 2 November 2025 came twice; the second was 06:30
    // UTC. 02:30 on 9 March never was.
    let new_york = Offsets::new(
        -300.0,
        vec![
            (0.0, -300.0),
            (1_741_503_600_000.0, -240.0),
            (1_762_063_200_000.0, -300.0),
        ],
    );
    let nov = LocalTime::new(2025, 11, 2, 3600 + 1800).unwrap_or_else(|| panic!("a real day"));
    assert_eq!(utc(new_york.to_ms(&nov)), "2025-11-02 06:30:00");
    let mar = LocalTime::new(2025, 3, 9, 2 * 3600 + 1800).unwrap_or_else(|| panic!("a real day"));
    assert_eq!(utc(new_york.to_ms(&mar)), "2025-03-09 07:30:00");
    assert_eq!(new_york.local(1_762_063_200_000.0 + 1_800_000.0), nov);
    // With no changes known, one offset holds at every date.
    assert_eq!(Offsets::new(-300.0, Vec::new()), Offsets::fixed(-300.0));
    assert_eq!(Offsets::fixed(-300.0).at(0.0), -300.0);
}

#[test]
fn five_years_of_strong_read_whole_and_the_same_file_again_adds_nothing() {
    // 20,000 rows: six lifts, three sessions a week, a warm-up and three work sets each.
    let mut text = String::from(STRONG_NOW.lines().next().unwrap_or_default());
    let lifts = [
        "Squat",
        "Bench Press",
        "Deadlift",
        "Overhead Press",
        "Bent Over Row",
        "Chin Up",
    ];
    let mut rows = 0;
    'file: for n in 0u32.. {
        let day = LocalTime::at(
            1_609_502_400_000.0 + f64::from(n / 3 * 7 + n % 3 * 2) * 86_400_000.0,
            0.0,
        );
        for lift in lifts {
            for set in ["W", "1", "2", "3"] {
                let load = 60 + n % 40;
                text.push_str(&format!(
                    "\n{} 18:00:00,Day,1h 2m,{lift} (Barbell),{set},{load}.0,5,0,0,",
                    day.iso_date()
                ));
                rows += 1;
                if rows == 20_000 {
                    break 'file;
                }
            }
        }
    }
    let r = read(&text, Unit::Kg, &Offsets::fixed(0.0)).expect("five years");
    assert_eq!((r.sets.len(), r.bad_count, r.skipped), (20_000, 0, 0));
    assert_eq!(r.names.len(), 6);
    assert!(r
        .sets
        .iter()
        .all(|d| d.began_ms == Some(d.at_ms - 3_720_000.0)));
    let held: Vec<&DoneSet> = r.sets.iter().collect();
    let again = read(&text, Unit::Kg, &Offsets::fixed(0.0)).expect("five years");
    assert_eq!(new_sets(&held, again.sets), Vec::<DoneSet>::new());
}

#[test]
fn the_names_remembered_read_back_newest_first_within_their_cap() {
    use backoff::core::import_names::{
        read_names, remember, write_names, Remembered, MAX_REMEMBERED,
    };
    let squat = Remembered {
        from: "Squat (Barbell)".into(),
        to: "Back squat".into(),
    };
    let names = remember(
        &[],
        &[
            ("Squat (Barbell)", "Squat", "Back squat"),
            ("Row", "Row", "Row"),
        ],
    );
    assert_eq!(names, std::slice::from_ref(&squat));
    assert_eq!(read_names(Some(&write_names(&names))), names);
    // Another name renamed later comes first; the squat stays.
    let both = remember(&names, &[("Bench Press (Barbell)", "Bench press", "Bench")]);
    assert_eq!(both.len(), 2);
    assert_eq!((both[0].to.as_str(), &both[1]), ("Bench", &squat));
    // Nothing stored, another format, or a line without its two names: none.
    assert_eq!(read_names(None), []);
    assert_eq!(read_names(Some("backoff-history 1\nSquat\tBack squat")), []);
    assert_eq!(
        read_names(Some("backoff-import-names 1\nSquat\n\tBack squat")),
        []
    );
    let many: Vec<Remembered> = (0..MAX_REMEMBERED + 5)
        .map(|i| Remembered {
            from: format!("Lift {i}"),
            to: format!("Mine {i}"),
        })
        .collect();
    let kept = read_names(Some(&write_names(&many)));
    assert_eq!(kept.len(), MAX_REMEMBERED);
    assert_eq!(kept[0].from, "Lift 0");
}
