//! Backup and restore: a backup holds both stored values and reads back whole; a file that is
//! not one, is cut short, or comes from a newer build is refused with a reason; a restore
//! replaces or merges, and a merge loses nothing of either side.

mod common;

use backoff::core::backup::{read, restore, write, BackupError, BACKUP_HEADER};
use backoff::core::changes::{push_change, read_changes, MaxChange};
use backoff::core::history::{append, decode_history, HISTORY_HEADER};
use backoff::core::page::{start, PlanAction, SetupAction, SetupField};
use backoff::core::saved;
use common::*;

/// 2025-11-24 18:00 UTC.
const MONDAY: f64 = 1_764_007_200_000.0;

/// The stored page value of a library with the plan in force `query`, named `name`, and one
/// more plan (a duplicate renamed `other`).
fn page_with(query: &str, name: &str, other: &str) -> String {
    let s = start(None, query, MONDAY).state;
    let s = s.reduce(text(SetupField::PlanName, name)).unwrap_or(s);
    let s = s.reduce(SetupAction::DuplicatePlan.into()).unwrap();
    let s = s.reduce(text(SetupField::PlanName, other)).unwrap_or(s);
    s.texts().1
}

#[test]
fn a_backup_reads_back_whole_and_says_what_it_holds() {
    let page = page_with("?v=1&e=Bench+press~100~goto", "Day A", "Day B");
    let history = append(
        None,
        &[
            set(MONDAY, "Bench press", 100.0, Some(5)),
            set(MONDAY, "Bench press", 100.0, Some(5)),
            set(MONDAY + DAY, "Squat", 100.0, Some(5)),
        ],
    );
    let file = write(Some(&page), Some(&history));
    assert!(file.starts_with(BACKUP_HEADER));
    let b = read(&file).unwrap();
    assert_eq!(b.page, page);
    assert_eq!(b.history, history);
    assert_eq!(b.summary.plans, 2);
    assert_eq!(b.summary.sessions, 2);
    assert_eq!(b.summary.sets, 3);
    assert_eq!(b.summary.first_ms, Some(MONDAY));
    assert_eq!(b.summary.last_ms, Some(MONDAY + DAY));
    // A file saved through Windows line ends and a byte-order mark reads the same.
    let windows = format!("\u{feff}{}", file.replace('\n', "\r\n"));
    assert_eq!(read(&windows).unwrap(), b);
}

#[test]
fn a_file_that_is_not_a_whole_backup_is_refused_with_its_reason() {
    let page = page_with("?v=1&e=Bench+press~100~goto", "Day A", "Day B");
    let file = write(
        Some(&page),
        Some(&append(None, &[set(MONDAY, "Bench press", 100.0, Some(5))])),
    );
    assert_eq!(read(""), Err(BackupError::NotABackup));
    assert_eq!(
        read("Date,Workout Name,Exercise Name\n"),
        Err(BackupError::NotABackup)
    );
    assert_eq!(read("\u{89}PNG\r\n\u{1a}\n"), Err(BackupError::NotABackup));
    assert_eq!(
        read(&file.replace("backoff-backup 1", "backoff-backup 2")),
        Err(BackupError::Newer)
    );
    // Cut anywhere short of its end, it is damaged, never half read.
    for cut in [20, file.len() / 2, file.len() - 1] {
        assert_eq!(
            read(&file[..cut]),
            Err(BackupError::Damaged),
            "cut at {cut}"
        );
    }
    assert_eq!(
        read(&file.replace("fmt=2", "fmt=9")),
        Err(BackupError::Damaged)
    );
    assert_eq!(
        read(&format!("{file}garbage line\n")),
        Err(BackupError::Damaged)
    );
    for e in [
        BackupError::NotABackup,
        BackupError::Newer,
        BackupError::Damaged,
    ] {
        assert!(e.message().contains("othing was changed"), "{e:?}");
    }
}

#[test]
fn replace_puts_the_backup_in_place_of_what_is_here() {
    let theirs = page_with("?v=1&e=Squat~140~goto", "Legs", "Legs 2");
    let file = write(
        Some(&theirs),
        Some(&append(None, &[set(MONDAY, "Squat", 100.0, Some(5))])),
    );
    let here = page_with("?v=1&e=Bench+press~100~goto", "Day A", "Day B");
    let (page, history) = restore(&read(&file).unwrap(), Some(&here), None, false);
    assert_eq!(page, theirs);
    assert_eq!(
        decode_history(&history).0,
        [set(MONDAY, "Squat", 100.0, Some(5))]
    );
}

#[test]
fn merge_keeps_everything_here_and_adds_what_the_backup_has_that_is_new() {
    let change = |at_ms: f64, text: &str| MaxChange {
        at_ms,
        exercise: "Squat".into(),
        text: text.into(),
    };
    let with_changes = |page: String, changes: Vec<MaxChange>| {
        let (mut saved, _) = saved::decode(Some(&page));
        for c in changes {
            push_change(&mut saved.changes, c.at_ms, &c.exercise, &c.text);
        }
        saved::encode(&saved)
    };
    let shared = change(MONDAY, "105 kg next (+5 kg: every set done last time)");
    let theirs = with_changes(
        page_with("?v=1&e=Squat~140~goto", "Legs", "Legs 2"),
        vec![
            shared.clone(),
            change(MONDAY + DAY, "held: back-off 9 reps, 15 last time"),
        ],
    );
    let their_history = append(
        None,
        &[
            set(MONDAY, "Bench press", 100.0, Some(5)),
            set(MONDAY + DAY, "Squat", 100.0, Some(5)),
        ],
    );
    let file = write(Some(&theirs), Some(&their_history));
    let here = with_changes(
        page_with("?v=1&e=Bench+press~100~goto", "Day A", "Day B"),
        vec![shared.clone()],
    );
    let here_history = format!(
        "{}\na line a newer build wrote",
        append(
            None,
            &[
                set(MONDAY, "Bench press", 100.0, Some(5)),
                set(MONDAY + 2.0 * DAY, "Row", 100.0, Some(5))
            ]
        )
    );
    let (page, history) = restore(
        &read(&file).unwrap(),
        Some(&here),
        Some(&here_history),
        true,
    );
    let (merged, _) = saved::decode(Some(&page));
    let (mine, _) = saved::decode(Some(&here));
    // This device's plan in force and settings stay; the backup's two plans join the library.
    assert_eq!(merged.plan, mine.plan);
    assert_eq!(merged.plan_name, mine.plan_name);
    assert_eq!(merged.settings, mine.settings);
    let names: Vec<&str> = merged.plans.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Day A", "Legs", "Legs 2"]);
    let mut ids: Vec<u32> = merged
        .plans
        .iter()
        .map(|p| p.id.0)
        .chain([merged.plan_id.0])
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 4, "plan ids stay unique");
    // What the rules did on either device, each once, oldest first.
    let texts: Vec<String> = read_changes(&merged.changes)
        .into_iter()
        .map(|c| c.text)
        .collect();
    assert_eq!(
        texts,
        [shared.text.as_str(), "held: back-off 9 reps, 15 last time"]
    );
    // Monday's bench session is in both: once. The line this build cannot read is kept.
    let (sets, unread) = decode_history(&history);
    let sessions: Vec<&str> = sets.iter().map(|d| d.exercise.as_str()).collect();
    assert_eq!(sessions, ["Bench press", "Squat", "Row"]);
    assert_eq!(unread, ["a line a newer build wrote"]);
    // Merging the same backup again changes nothing.
    let again = restore(&read(&file).unwrap(), Some(&page), Some(&history), true);
    assert_eq!(again, (page, history));
}

#[test]
fn a_merge_keeps_the_backups_session_in_progress_as_history() {
    let s = start(None, "?v=1&e=Squat~140~goto", MONDAY).state;
    let id = s.exercises[0].id;
    let tick = PlanAction::At(
        backoff::core::page::Timed::ToggleDone {
            exercise: id,
            set: 0,
        },
        MONDAY,
    )
    .into();
    let theirs = s.reduce(tick).unwrap().texts().1;
    let file = write(Some(&theirs), None);
    assert_eq!(read(&file).unwrap().summary.sessions, 1);
    let here = page_with("?v=1&e=Bench+press~100~goto", "Day A", "Day B");
    let (_, history) = restore(&read(&file).unwrap(), Some(&here), None, true);
    let (sets, _) = decode_history(&history);
    assert_eq!(sets.len(), 1);
    assert_eq!(
        (sets[0].exercise.as_str(), sets[0].at_ms),
        ("Squat", MONDAY)
    );
}

#[test]
fn a_backup_of_a_fresh_device_restores_to_nothing_stored() {
    let file = write(None, None);
    let b = read(&file).unwrap();
    assert_eq!(b.summary.plans, 0);
    assert_eq!(b.summary.sessions, 0);
    let (page, history) = restore(&b, None, None, false);
    assert_eq!(page, "");
    assert_eq!(history, HISTORY_HEADER);
}

#[test]
fn a_merge_brings_the_backups_programs_with_their_days_once() {
    // Their device: 5×5 A/B started, Day B next. This device: a press plan of its own.
    let s = start(None, "", MONDAY).state;
    let theirs = s
        .reduce(SetupAction::StartProgram(1).into())
        .expect("a program");
    let theirs = theirs.texts().1;
    let here = start(None, "?v=1&e=Press~60~strength", MONDAY)
        .state
        .texts()
        .1;
    let file = write(Some(&theirs), None);
    let b = read(&file).unwrap();
    let (page, _) = restore(&b, Some(&here), None, true);
    let merged = start(Some(&page), "", MONDAY).state;
    assert_eq!(merged.plan_name, "Press");
    assert_eq!(merged.programs.len(), 1);
    let p = &merged.programs[0];
    assert_eq!(p.name, "5×5 A/B");
    let names: Vec<String> = merged
        .day_names(p)
        .into_iter()
        .map(|(_, name)| name)
        .collect();
    assert_eq!(names, ["Day A", "Day B"]);
    // Merged again: nothing new.
    let (again, _) = restore(&b, Some(&page), None, true);
    assert_eq!(start(Some(&again), "", MONDAY).state.programs.len(), 1);
}

#[test]
fn a_long_name_taken_here_joins_with_its_backup_mark_whole() {
    // Both devices have a 40-character program of other days: the backup's joins marked.
    let long = "Forty characters of program name, really";
    assert_eq!(long.chars().count(), 40);
    let program = |query: &str| {
        let s = start(None, query, MONDAY).state;
        let s = run(
            s,
            [
                SetupAction::Text(SetupField::ProgramName, long.into()).into(),
                SetupAction::NewProgram.into(),
            ],
        );
        s.texts().1
    };
    let theirs = program("?v=1&e=Squat~140~strength");
    let here = program("?v=1&e=Press~60~strength");
    let b = read(&write(Some(&theirs), None)).unwrap();
    let (page, _) = restore(&b, Some(&here), None, true);
    let merged = start(Some(&page), "", MONDAY).state;
    let names: Vec<&str> = merged.programs.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, [long, "Forty characters of program nam (backup)"]);
}
