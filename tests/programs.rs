//! Programs: days in rotation. A program's link (or a built-in) joins the library with its
//! next day in force; a filed session opens the day after; a lift's max, rule and offer follow
//! it to the program's other days; a link cut short adds nothing.

mod common;

use backoff::core::builtin_programs::BUILTIN_PROGRAMS;
use backoff::core::page::{
    start_local, MaxField, PageState, PlanAction, PlanField, SetupAction, SetupField,
};
use backoff::core::programs::{decode_program, encode_program};
use backoff::core::session::{MaxSource, Settings};
use backoff::core::units::Unit;
use backoff::core::url_state::{self, encode_program as program_link, ProgramLink};
use common::*;

/// The 5×5 A/B program's link, in kg.
fn five_by_five() -> String {
    let program = BUILTIN_PROGRAMS[1].in_unit(Unit::Kg);
    program_link(&Settings::for_unit(Unit::Kg), &program)
}

/// The page as `stored` opens it, then a program's link opened on the setup page.
fn with_link(stored: Option<&str>, link: &str, at: f64) -> PageState {
    let s = start_local(stored, "", at, 0.0).state;
    run(s, [SetupAction::OpenProgramLink(link.into()).into()])
}

/// Every planned set of every exercise ticked at `at`.
fn tick_all(s: PageState, at: f64) -> PageState {
    let ticks: Vec<_> = (0..s.exercises.len())
        .flat_map(|i| (0..s.exercises[i].sets().len()).map(move |n| (i, n)))
        .collect();
    let actions: Vec<_> = ticks.iter().map(|&(i, n)| tick(&s, i, n, at)).collect();
    run(s, actions)
}

/// The page opened again at `at` from what `s` stored, through the home-screen icon (no plan
/// in the address).
fn reopen(s: &PageState, at: f64) -> PageState {
    let (_, stored) = s.texts();
    start_local(Some(&stored), "", at, 0.0).state
}

fn max_of(s: &PageState, name: &str) -> Option<MaxSource> {
    let e = s.exercises.iter().find(|e| e.exercise.name == name)?;
    e.exercise.max
}

#[test]
fn each_built_in_program_reads_whole() {
    for b in BUILTIN_PROGRAMS {
        let p = b.program();
        assert_eq!(p.days.len(), b.days.len(), "{}", b.name);
        for ((name, exercises), (want, texts)) in p.days.iter().zip(b.days) {
            assert_eq!(name, want);
            assert_eq!(exercises.len(), texts.len(), "{} {name}", b.name);
            // Each lift asks for its max, and moves by a rule.
            assert!(exercises.iter().all(|e| e.max.is_none()));
            assert!(exercises.iter().all(|e| e.rule.encode() != ""));
        }
    }
}

#[test]
fn a_program_link_joins_the_library_with_its_first_day_in_force() {
    let s = with_link(None, &five_by_five(), EVENING);
    assert_eq!(s.plan_name, "Day A");
    assert_eq!(names(&s), ["Squat", "Bench press", "Barbell row"]);
    let p = s.program().expect("a program in force");
    assert_eq!(p.name, "5×5 A/B");
    assert_eq!(p.days.len(), 2);
    // The first visit's example is not kept: the library holds Day B only.
    assert_eq!(s.plans.len(), 1);
    assert_eq!(s.plans[0].name, "Day B");
    assert!(s
        .notice
        .as_deref()
        .unwrap_or("")
        .contains("is now in your programs"));
    // Opening the same link again adds nothing.
    let (_, stored) = s.texts();
    let again = with_link(Some(&stored), &five_by_five(), EVENING + HOUR);
    assert_eq!(again.programs.len(), 1);
    assert_eq!(again.plans.len(), 1);
}

#[test]
fn three_sessions_on_three_days_open_day_a_b_a_and_the_squat_moves_with_its_offer() {
    let s = with_link(None, &five_by_five(), EVENING);
    let squat = id(&s, 0);
    let s = run(s, [text(PlanField::Max(squat, MaxField::OneRepMax), "125")]);
    // Day A done in full, then the next evening: Day B, its squat at Day A's max, and the
    // squat's step offered there.
    let s = reopen(&tick_all(s, EVENING), EVENING + DAY);
    assert_eq!(s.plan_name, "Day B");
    assert_eq!(names(&s), ["Squat", "Overhead press", "Deadlift"]);
    assert_eq!(max_of(&s, "Squat"), Some(MaxSource::OneRepMax(125.0)));
    let offer = s.exercises[0].offer.clone().expect("the squat's offer");
    assert!(offer.text.starts_with("105 kg next"), "{}", offer.text);
    // Applied on Day B, it is Day A's squat too, two days on.
    let s = run(
        s.clone(),
        [PlanAction::Offer {
            id: id(&s, 0),
            apply: true,
        }
        .into()],
    );
    let applied = max_of(&s, "Squat");
    let s = reopen(&tick_all(s, EVENING + DAY), EVENING + 2.0 * DAY);
    assert_eq!(s.plan_name, "Day A");
    assert_eq!(max_of(&s, "Squat"), applied);
    assert_eq!(s.program().map(|p| p.next), Some(s.plan_id));
}

#[test]
fn a_day_left_without_sets_done_stays_in_force() {
    let s = with_link(None, &five_by_five(), EVENING);
    let s = reopen(&s, EVENING + DAY);
    assert_eq!(s.plan_name, "Day A");
}

#[test]
fn another_day_is_one_tap_away_and_keeps_the_rotation() {
    let s = with_link(None, &five_by_five(), EVENING);
    let day_b = s.plans[0].id;
    let s = run(s, [PlanAction::OpenDay(day_b).into()]);
    assert_eq!(s.plan_name, "Day B");
    let press = id(&s, 1);
    let s = run(s, [text(PlanField::Max(press, MaxField::OneRepMax), "50")]);
    // Day B done: Day A is next.
    let s = reopen(&tick_all(s, EVENING), EVENING + DAY);
    assert_eq!(s.plan_name, "Day A");
}

#[test]
fn a_program_link_cut_short_adds_nothing_and_says_so() {
    let link = five_by_five();
    let cut = &link[..link.len() - 40];
    let first = start_local(None, "?v=1&e=Press~60~strength", EVENING, 0.0).state;
    let (_, stored) = first.texts();
    let s = with_link(Some(&stored), cut, EVENING);
    assert!(s.programs.is_empty());
    assert!(s.plans.is_empty());
    assert_eq!(names(&s), ["Press"]);
    assert!(s.notice.as_deref().unwrap_or("").contains("cut short"));
    // A program with no days is no program either.
    let empty = "?v=1&prog=Nothing&at=0&end=0";
    let s = with_link(Some(&stored), empty, EVENING);
    assert!(s.programs.is_empty());
    assert_eq!(names(&s), ["Press"]);
}

#[test]
fn the_program_link_round_trips() {
    let program = BUILTIN_PROGRAMS[2].in_unit(Unit::Lb);
    let settings = Settings::for_unit(Unit::Lb);
    let link = program_link(&settings, &program);
    let back = url_state::decode_program(&link, &Settings::for_unit(Unit::Kg));
    let ProgramLink::Whole(back, equipment) = back else {
        panic!("a whole program");
    };
    assert_eq!(back, program);
    // The link's equipment (the kg gym is kept aside, for switching back).
    assert_eq!((equipment.unit, equipment.bar), (Unit::Lb, settings.bar));
    assert_eq!(equipment.plates, settings.plates);
    // In lb, 5/3/1's steps are 5 and 10 lb.
    assert!(link.contains("w5") && link.contains("w10"), "{link}");
}

#[test]
fn the_stored_program_round_trips_and_a_bad_one_is_refused() {
    let s = with_link(None, &five_by_five(), EVENING);
    let p = s.program().expect("a program").clone();
    assert_eq!(decode_program(&encode_program(&p)), Some(p.clone()));
    // A next day not among its days, a day twice, no days: refused.
    assert_eq!(decode_program("1~~9~1.2~X"), None);
    assert_eq!(decode_program("1~~1~1.1~X"), None);
    assert_eq!(decode_program("1~~1~~X"), None);
    // Reloaded: the program and where it stands are kept.
    let again = reopen(&s, EVENING + HOUR);
    assert_eq!(again.programs, s.programs);
}

#[test]
fn a_lift_on_days_in_two_units_keeps_its_max_converted() {
    let s = with_link(None, &five_by_five(), EVENING);
    let squat = id(&s, 0);
    let s = run(s, [text(PlanField::Max(squat, MaxField::OneRepMax), "100")]);
    let day_a = s.plan_id;
    let day_b = s.plans[0].id;
    // Day B at a gym in lb: its squat is 220.5 lb.
    let s = run(
        s,
        [
            PlanAction::OpenDay(day_b).into(),
            SetupAction::SetUnit(Unit::Lb).into(),
        ],
    );
    assert_eq!(max_of(&s, "Squat"), Some(MaxSource::OneRepMax(220.5)));
    // Back on Day A (in kg): 100 kg, not 220.5.
    let s = run(s, [PlanAction::OpenDay(day_a).into()]);
    assert_eq!(s.settings.unit, Unit::Kg);
    assert_eq!(max_of(&s, "Squat"), Some(MaxSource::OneRepMax(100.0)));
}

#[test]
fn the_first_visits_example_made_a_program_stays_when_a_built_in_starts() {
    let s = start_local(None, "", EVENING, 0.0).state;
    assert!(s.example);
    let s = run(
        s,
        [
            SetupAction::Text(SetupField::ProgramName, "Mine".into()).into(),
            SetupAction::NewProgram.into(),
            SetupAction::StartProgram(1).into(),
        ],
    );
    let mine = s.programs.iter().find(|p| p.name == "Mine").expect("kept");
    assert_eq!(s.day_names(mine).len(), 1);
}

#[test]
fn a_program_is_renamed_and_a_name_that_will_not_do_stays_in_its_box_with_why() {
    let s = start_local(None, "", EVENING, 0.0).state;
    let s = run(s, [SetupAction::StartProgram(1).into()]);
    let id = s.programs[0].id;
    let name = s.programs[0].name.clone();
    let refused = run(
        s.clone(),
        [SetupAction::Text(SetupField::ProgramRename(id), "  ".into()).into()],
    );
    assert_eq!(refused.programs[0].name, name);
    let why = refused.setup.program_rename_refused.clone();
    assert!(
        matches!(&why, Some((i, t, _)) if *i == id && t == "  "),
        "{why:?}"
    );
    let renamed = run(
        refused,
        [SetupAction::Text(SetupField::ProgramRename(id), " My 5×5 ".into()).into()],
    );
    assert_eq!(renamed.programs[0].name, "My 5×5");
    assert_eq!(renamed.setup.program_rename_refused, None);
    // The name is stored, and the plan page's line says it.
    let back = reopen(&renamed, EVENING + HOUR);
    assert_eq!(back.program().map(|p| p.name.as_str()), Some("My 5×5"));
}
