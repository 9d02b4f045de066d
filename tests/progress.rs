//! What the history page shows: each lift's sessions newest first with their best set, records
//! and back-off change; its chart's geometry; the CSV export; and the dates they print.

mod common;
use common::*;

use backoff::core::calendar::{LocalTime, Offsets};
use backoff::core::chart::{chart, HEIGHT, WIDTH};
use backoff::core::export::{duration, export, file_name, Layout::*, HEADER, OLDER_HEADER};
use backoff::core::history::DoneSet;
use backoff::core::one_rep_max::Formula;
use backoff::core::progress::lifts;
use backoff::core::scheme::SetKind;
use backoff::core::session::LogEntry;
use backoff::core::units::Unit;

const DAY: f64 = 86_400_000.0;
/// 2025-11-24 18:00 UTC, a Monday.
const MONDAY: f64 = EVENING;

fn done(at_ms: f64, exercise: &str, kind: SetKind, load: f64, reps: Option<u32>) -> DoneSet {
    DoneSet {
        kind,
        ..set(at_ms, exercise, load, reps)
    }
}

fn logged(at_ms: f64, exercise: &str, load: f64, reps: u32) -> LogEntry {
    LogEntry {
        exercise: exercise.into(),
        at_ms,
        load,
        unit: Unit::Kg,
        reps,
    }
}

/// Three bench sessions a week apart (100 × 5, 105 × 5, 102.5 × 5, each with a warm-up and a
/// back-off set), and one squat session in between.
fn weeks() -> (Vec<DoneSet>, Vec<LogEntry>) {
    let mut sets = Vec::new();
    let mut log = Vec::new();
    for (week, (load, back_off_reps)) in [(100.0, 24), (105.0, 26), (102.5, 25)].iter().enumerate()
    {
        let at = MONDAY + week as f64 * 7.0 * DAY;
        sets.push(done(at, "Bench press", SetKind::WarmUp, 60.0, Some(5)));
        sets.push(done(at, "Bench press", SetKind::Work, *load, Some(5)));
        sets.push(done(at, "Bench press", SetKind::BackOff, 55.0, None));
        // Logged a little before the last tick of the session.
        log.push(logged(at - 60_000.0, "Bench press", 55.0, *back_off_reps));
    }
    sets.push(done(
        MONDAY + 2.0 * DAY,
        "squat ",
        SetKind::Work,
        140.0,
        Some(3),
    ));
    (sets, log)
}

#[test]
fn each_lift_lists_its_sessions_newest_first_with_best_set_record_and_back_off_change() {
    let (sets, log) = weeks();
    let all = lifts(&sets, &log, Formula::Epley);
    let names: Vec<&str> = all.iter().map(|l| l.name.as_str()).collect();
    // Most recently trained first; "squat " and "Squat" would be one lift.
    assert_eq!(names, ["Bench press", "squat"]);
    let bench = &all[0].sessions;
    assert_eq!(bench.len(), 3);
    let loads: Vec<f64> = bench.iter().map(|s| s.best.unwrap().load).collect();
    assert_eq!(loads, [102.5, 105.0, 100.0]);
    // Epley: 100 × 5 ≈ 116.7; the warm-up never counts.
    let first = bench[2].best.unwrap();
    assert!((first.max - 100.0 * (1.0 + 5.0 / 30.0)).abs() < 1e-9);
    let records: Vec<bool> = bench.iter().map(|s| s.record).collect();
    assert_eq!(records, [false, true, true]);
    let changes: Vec<Option<i64>> = bench.iter().map(|s| s.back_off_change).collect();
    assert_eq!(changes, [Some(-1), Some(2), None]);
    assert_eq!(bench[0].back_off.as_ref().unwrap().reps, 25);
    assert_eq!(bench[0].sets.len(), 3);
}

#[test]
fn a_back_off_result_with_no_ticked_sets_is_a_session_of_its_own() {
    let log = [logged(MONDAY, "Row", 50.0, 20)];
    let all = lifts(&[], &log, Formula::Epley);
    assert_eq!(all.len(), 1);
    let s = &all[0].sessions[0];
    assert!(s.sets.is_empty());
    // 20 reps is the last count an estimate is made from.
    assert_eq!(s.best.unwrap().reps, 20);
    assert_eq!(s.back_off_change, None);
}

#[test]
fn the_chart_fits_its_box_and_puts_higher_maxes_higher() {
    let (sets, log) = weeks();
    let all = lifts(&sets, &log, Formula::Epley);
    let c = chart(&all[0], Unit::Kg, 0.0).unwrap();
    assert_eq!(c.max_points.len(), 3);
    assert_eq!(c.rep_points.len(), 3);
    for p in c.max_points.iter().chain(&c.rep_points) {
        assert!(
            p.x >= 0.0 && p.x <= WIDTH && p.y >= 0.0 && p.y <= HEIGHT,
            "{p:?}"
        );
    }
    // Oldest left; 105 × 5 above 100 × 5; 26 back-off reps above 24.
    let m = &c.max_points;
    assert!(m[0].x < m[1].x && m[1].x < m[2].x);
    assert!(m[1].y < m[0].y);
    assert!(c.rep_points[1].y < c.rep_points[0].y);
    assert!(m[0].record && m[1].record && !m[2].record);
    assert!(c.max_path.starts_with("M ") && c.max_path.matches(" L ").count() == 2);
    assert_eq!(c.date_ticks.len(), 2);
    assert_eq!(c.date_ticks[0].text, "24 Nov");
    // In pounds the same sessions read about 2.2 times higher on their axis labels.
    let lb = chart(&all[0], Unit::Lb, 0.0).unwrap();
    let top = |t: &str| t.parse::<f64>().unwrap();
    assert!(top(&lb.max_ticks[2].text) > 2.0 * top(&c.max_ticks[2].text));
}

#[test]
fn one_session_draws_a_point_in_the_middle() {
    let sets = [done(MONDAY, "Bench press", SetKind::Work, 100.0, Some(5))];
    let c = chart(&lifts(&sets, &[], Formula::Epley)[0], Unit::Kg, 0.0).unwrap();
    assert_eq!(c.max_points.len(), 1);
    assert_eq!(c.max_points[0].x, WIDTH / 2.0 + (34.0 - 26.0) / 2.0);
    assert!(c.rep_points.is_empty() && c.rep_ticks.is_empty());
}

#[test]
fn five_years_of_sessions_chart_in_a_few_milliseconds() {
    let sets: Vec<DoneSet> = (0..750)
        .flat_map(|i| {
            let at = MONDAY + f64::from(i) * 2.5 * DAY;
            let load = 80.0 + f64::from(i % 40);
            (0..5).map(move |_| done(at, "Bench press", SetKind::Work, load, Some(5)))
        })
        .collect();
    let started = std::time::Instant::now();
    let all = lifts(&sets, &[], Formula::Epley);
    let c = chart(&all[0], Unit::Kg, 0.0).unwrap();
    let took = started.elapsed();
    // Five years read as one point a month: the best of each, the records kept.
    assert_eq!(c.max_points.len(), 62);
    assert!(c.max_points.iter().any(|p| p.record));
    // The loads cycle 80 to 119 kg every 40 sessions (100 days): most months hold a session
    // near the top of the cycle, so the line's top is drawn again and again.
    let y_best = c.max_points.iter().map(|p| p.y).fold(f64::MAX, f64::min);
    assert!(c.max_points.iter().filter(|p| p.y == y_best).count() > 10);
    println!("750 sessions, 3,750 sets: grouped and charted in {took:?}");
    assert!(took.as_millis() < 200, "{took:?}");
}

#[test]
fn two_years_of_sessions_chart_one_point_a_week() {
    // Two sessions a week for 100 weeks: 200 sessions, 100 points.
    let sets: Vec<DoneSet> = (0..200)
        .map(|i| {
            done(
                MONDAY + f64::from(i) * 3.5 * DAY,
                "Squat",
                SetKind::Work,
                100.0,
                Some(5),
            )
        })
        .collect();
    let c = chart(&lifts(&sets, &[], Formula::Epley)[0], Unit::Kg, 0.0).unwrap();
    assert_eq!(c.max_points.len(), 100);
    // A hundred sessions or fewer are drawn one each.
    let c = chart(&lifts(&sets[..100], &[], Formula::Epley)[0], Unit::Kg, 0.0).unwrap();
    assert_eq!(c.max_points.len(), 100);
}

#[test]
fn the_older_csv_has_strongs_columns_one_row_per_set_and_quotes_what_needs_it() {
    let (mut sets, log) = weeks();
    sets.push(DoneSet {
        unit: Unit::Lb,
        ..done(
            MONDAY + 3.0 * DAY,
            "Curl, \"EZ\" bar",
            SetKind::Work,
            65.0,
            Some(10),
        )
    });
    let older = |sets: &[DoneSet], log: &[LogEntry], offset: f64| {
        export(
            &lifts(sets, log, Formula::Epley),
            StrongWithUnits,
            Unit::Kg,
            &Offsets::fixed(offset),
        )
    };
    let csv = older(&sets, &log, 60.0);
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines[0], OLDER_HEADER);
    assert_eq!(OLDER_HEADER.split(',').count(), 13);
    assert_eq!(lines.len(), 1 + sets.len());
    // Oldest first; local time (UTC+1); the AMRAP back-off set takes its logged reps.
    assert_eq!(
        lines[1],
        "2025-11-24 19:00:00,Backoff,Bench press,1,60,kg,5,,,,,warm-up,"
    );
    assert_eq!(
        lines[3],
        "2025-11-24 19:00:00,Backoff,Bench press,3,55,kg,24,,,,,back-off,"
    );
    assert!(lines
        .contains(&"2025-11-27 19:00:00,Backoff,\"Curl, \"\"EZ\"\" bar\",1,65,lbs,10,,,,,work,"));
    // An RPE said for a set goes in Strong's RPE column.
    let rpe = [DoneSet {
        rpe: Some(8.5),
        ..done(MONDAY, "Row", SetKind::Work, 80.0, Some(8))
    }];
    let row = older(&rpe, &[], 0.0);
    assert!(row.contains(",Row,1,80,kg,8,8.5,,,,work,"), "{row}");
    // The workout is the plan the session was done in (quoted like any field), when known; a
    // line break in a name stays inside its quotes.
    let planned = [DoneSet {
        plan: "Day A, heavy".into(),
        ..done(MONDAY, "Row\nwide", SetKind::Work, 80.0, Some(8))
    }];
    let row = older(&planned, &[], 0.0);
    assert!(
        row.contains(",\"Day A, heavy\",\"Row\nwide\",1,80,kg,8,"),
        "{row}"
    );
}

#[test]
fn the_csv_has_the_columns_strong_writes_today_with_each_workouts_start_and_length() {
    let (mut sets, log) = weeks();
    // Monday's session began 47 min 40 s before its last tick; Thursday's curl is in lb.
    for d in &mut sets {
        d.began_ms = (d.at_ms == MONDAY).then_some(MONDAY - 2_860_000.0);
    }
    sets.push(DoneSet {
        unit: Unit::Lb,
        began_ms: Some(MONDAY + 3.0 * DAY - 3_720_000.0),
        ..done(MONDAY + 3.0 * DAY, "Curl", SetKind::Work, 65.0, Some(10))
    });
    let csv = export(
        &lifts(&sets, &log, Formula::Epley),
        Strong,
        Unit::Kg,
        &Offsets::fixed(60.0),
    );
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines[0], HEADER);
    assert_eq!(
        HEADER,
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE"
    );
    assert_eq!(lines.len(), 1 + sets.len());
    // The start is the last tick less the length in whole minutes (48), so the two read back
    // give the last tick. A warm-up is W, a back-off set F (to failure), loads as Strong
    // writes them.
    assert_eq!(
        lines[1],
        "2025-11-24 18:12:00,Backoff,48m,Bench press,W,60.0,5,0,0,"
    );
    assert_eq!(
        lines[2], "2025-11-24 18:12:00,Backoff,48m,Bench press,1,100.0,5,0,0,",
        "work sets count from 1 after the warm-ups"
    );
    assert_eq!(
        lines[3],
        "2025-11-24 18:12:00,Backoff,48m,Bench press,F,55.0,24,0,0,"
    );
    // Every load in the file's unit: 65 lb is 29.48 kg. An hour and two minutes.
    assert!(
        lines.contains(&"2025-11-27 17:58:00,Backoff,1h 2m,Curl,1,29.48,10,0,0,"),
        "{csv}"
    );
    // A session of unknown length starts at its last tick.
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("2025-11-26 19:00:00,Backoff,0m,")),
        "{csv}"
    );
    assert_eq!(duration(0.0), "0m");
    assert_eq!(duration(60.0), "1h 0m");
    assert_eq!(
        file_name("2026-12-06", Strong, Unit::Lb),
        "backoff-history-2026-12-06-lb.csv"
    );
}

#[test]
fn dates_print_in_local_time_on_the_right_calendar_day() {
    let t = LocalTime::at(MONDAY, 0.0);
    assert_eq!(t.day_label(), "24 Nov 2025");
    assert_eq!(t.iso_date_time(), "2025-11-24 18:00:00");
    // Seven hours east, the same instant is already Tuesday.
    assert_eq!(LocalTime::at(MONDAY, 420.0).iso_date(), "2025-11-25");
    assert_eq!(LocalTime::at(0.0, 0.0).iso_date(), "1970-01-01");
    // A leap day, and the last second of a year.
    assert_eq!(
        LocalTime::at(951_782_400_000.0, 0.0).iso_date(),
        "2000-02-29"
    );
    assert_eq!(
        LocalTime::at(1_767_225_599_000.0, 0.0).iso_date_time(),
        "2025-12-31 23:59:59"
    );
}

#[test]
fn back_off_reps_compare_with_the_last_session_at_about_the_same_load() {
    let day = |n: f64| MONDAY + n * DAY;
    let log = [
        logged(day(0.0), "Squat", 50.0, 20),
        // The back-off set moved to another share of the max: another test.
        logged(day(2.0), "Squat", 60.0, 12),
        // Back at 50% of a max 2.5 kg higher: against Monday's 20, down by more than a third.
        logged(day(4.0), "Squat", 51.25, 13),
        // 14 in lb, at about the same load: against Friday's 13.
        LogEntry {
            unit: Unit::Lb,
            ..logged(day(7.0), "Squat", 115.0, 14)
        },
    ];
    let all = lifts(&[], &log, Formula::Epley);
    let squat = &all[0].sessions;
    let changes: Vec<_> = squat
        .iter()
        .map(|s| (s.back_off_change, s.back_off_fell, s.first_back_off))
        .collect();
    assert_eq!(
        changes,
        [
            (Some(1), false, false),
            (Some(-7), true, false),
            (None, false, false),
            (None, false, true),
        ]
    );
}
