//! Each exercise's warm-up choice: the scheme's own warm-ups, the automatic ramp to the first
//! work set (a new Goto exercise's default), or none; in the plan, in a link, and as the page
//! changes it.

mod common;

use backoff::core::page::{start, PlanAction, PlanField, SetupAction, SetupField};
use backoff::core::scheme::{Builtin, SetKind};
use backoff::core::scheme_edits::GroupEdit;
use backoff::core::session::{Exercise, Gear, Settings};
use backoff::core::units::Unit;
use backoff::core::url_state::{decode, encode};
use backoff::core::warm_ups::{is_big_plate, WarmUpChoice};
use common::*;

fn kinds(e: &Exercise, s: &Settings) -> Vec<SetKind> {
    let sets = e.plan(s).map(|(_, sets)| sets).unwrap_or_default();
    sets.iter().map(|p| p.kind).collect()
}

fn loads(e: &Exercise, s: &Settings) -> Vec<Option<f64>> {
    let sets = e.plan(s).map(|(_, sets)| sets).unwrap_or_default();
    sets.iter().map(|p| p.load()).collect()
}

#[test]
fn a_new_goto_exercise_ramps_to_its_first_single() {
    let s = Settings::default();
    // "Add exercise" gives a blank Goto exercise its scheme's default: the ramp.
    let page = start(None, "?v=1&e=Squat~140~goto", 0.0).state;
    let added = run(page, [PlanAction::AddExercise.into()]);
    assert_eq!(added.exercises[1].exercise.warm_up, WarmUpChoice::Ramp);
    let mut e = Exercise::new("Bench press", 100.0, Builtin::Goto);
    assert_eq!(e.warm_up, WarmUpChoice::Scheme);
    e.warm_up = WarmUpChoice::default_for(Builtin::Goto);
    // The empty bar x 10, then 40/60/80% of the 90 kg single, rounded down to the plates.
    assert_eq!(
        loads(&e, &s)[..5],
        [Some(20.0), Some(35.0), Some(52.5), Some(70.0), Some(90.0)]
    );
    let k = kinds(&e, &s);
    assert_eq!(k.iter().filter(|k| **k == SetKind::WarmUp).count(), 4);
    assert_eq!(k.last(), Some(&SetKind::BackOff));
    // The rest before each warm-up is the warm-up rest; the first single's is the work rest.
    let (_, sets) = e.plan(&s).unwrap_or_else(|_| panic!("planned"));
    assert_eq!(sets[0].rest_after_s, s.rests.warm_up_s);
    assert_eq!(sets[3].rest_after_s, s.rests.work_s);
}

#[test]
fn the_ramp_replaces_a_schemes_own_warm_ups_and_none_drops_them() {
    let s = Settings::default();
    let mut e = Exercise::new("Squat", 140.0, Builtin::StrengthBackOff);
    assert_eq!(e.warm_up, WarmUpChoice::Scheme);
    let own = kinds(&e, &s);
    assert!(own.contains(&SetKind::WarmUp));
    e.warm_up = WarmUpChoice::None;
    assert!(!kinds(&e, &s).contains(&SetKind::WarmUp));
    assert_eq!(
        kinds(&e, &s).len(),
        own.iter().filter(|k| **k != SetKind::WarmUp).count()
    );
    e.warm_up = WarmUpChoice::Ramp;
    let ramped = loads(&e, &s);
    let work = kinds(&e, &s)
        .iter()
        .position(|k| *k == SetKind::Work)
        .unwrap_or(0);
    // Rising, never a repeat, never up to the work set.
    let warm: Vec<f64> = ramped[..work].iter().flatten().copied().collect();
    assert!(warm.windows(2).all(|w| w[0] < w[1]), "{warm:?}");
    assert!(warm.iter().all(|&w| Some(w) < ramped[work]), "{ramped:?}");
}

#[test]
fn dumbbells_ramp_without_an_empty_bar_and_lb_in_its_own_plates() {
    let s = Settings::default();
    let mut e = Exercise::new("Curl", 30.0, Builtin::Goto);
    e.warm_up = WarmUpChoice::Ramp;
    e.gear = Gear::fixed(2.0, 2.0, 60.0, Unit::Kg);
    let first = loads(&e, &s)[0];
    assert!(first.is_some_and(|l| l < 20.0), "{first:?}");
    let lb = Settings::default().switched_to(Unit::Lb);
    let mut bench = Exercise::new("Bench press", 225.0, Builtin::Goto);
    bench.warm_up = WarmUpChoice::Ramp;
    assert_eq!(loads(&bench, &lb)[0], Some(45.0));
}

#[test]
fn a_link_says_the_choice_only_when_it_is_not_the_schemes_own() {
    let s = Settings::default();
    let mut ramp = Exercise::new("Bench press", 100.0, Builtin::Goto);
    ramp.warm_up = WarmUpChoice::Ramp;
    let query = encode(&s, std::slice::from_ref(&ramp));
    assert!(query.ends_with("~goto~~~ramp"), "{query}");
    let back = decode(&query, &s);
    assert_eq!(
        (back.problems, back.exercises[0].warm_up),
        (0, WarmUpChoice::Ramp)
    );
    // A link from before the choice keeps planning exactly the sets it did.
    let old = decode("?v=1&e=Bench+press~100~goto", &s);
    assert_eq!(old.exercises[0].warm_up, WarmUpChoice::Scheme);
    assert_eq!(kinds(&old.exercises[0], &s).len(), 6);
    let bad = decode("?v=1&e=Bench+press~100~goto~~~hot", &s);
    assert_eq!(bad.problems, 1);
}

#[test]
fn the_page_changes_it_unticks_and_a_scheme_picked_brings_its_default() {
    let s = start(None, "?v=1&e=Bench+press~100~strength", 0.0).state;
    let id = s.exercises[0].id;
    let tick = PlanAction::At(
        backoff::core::page::Timed::ToggleDone {
            exercise: id,
            set: 0,
        },
        1.0,
    )
    .into();
    let s = run(
        s,
        [
            tick,
            SetupAction::Text(SetupField::WarmUp(id), "none".into()).into(),
        ],
    );
    assert_eq!(s.exercises[0].exercise.warm_up, WarmUpChoice::None);
    assert!(s.exercises[0].done.is_empty());
    assert!(!s.exercises[0]
        .sets()
        .iter()
        .any(|p| p.kind == SetKind::WarmUp));
    let s = run(
        s,
        [SetupAction::Text(SetupField::WarmUp(id), "hot".into()).into()],
    );
    assert_eq!(s.exercises[0].exercise.warm_up, WarmUpChoice::None);
    let s = run(
        s,
        [PlanAction::Text(PlanField::Scheme(id), "goto".into()).into()],
    );
    assert_eq!(s.exercises[0].exercise.warm_up, WarmUpChoice::Ramp);
    // A warm-up group added is one the lifter wants: the scheme's own warm-ups again.
    let s = run(
        s,
        [SetupAction::EditGroups(id, GroupEdit::Add(SetKind::WarmUp)).into()],
    );
    assert_eq!(s.exercises[0].exercise.warm_up, WarmUpChoice::Scheme);
    assert_eq!(s.exercises[0].sets()[0].kind, SetKind::WarmUp);
}

#[test]
fn a_ramp_without_change_plates_loads_big_plates_only_and_a_link_says_so() {
    let s = Settings::default();
    let mut e = Exercise::new("Squat", 140.0, Builtin::Goto);
    e.warm_up = WarmUpChoice::Ramp;
    // The singles are 125 kg: 75 kg needs a 2.5 a side.
    assert_eq!(
        loads(&e, &s)[..5],
        [Some(20.0), Some(50.0), Some(75.0), Some(100.0), Some(125.0)]
    );
    e.warm_up = WarmUpChoice::RampBigPlates;
    // Rounded down to 25 a side instead; the work sets keep every plate.
    assert_eq!(
        loads(&e, &s)[..5],
        [Some(20.0), Some(50.0), Some(70.0), Some(100.0), Some(125.0)]
    );
    let (_, sets) = e.plan(&s).unwrap_or_else(|_| panic!("planned"));
    let warm_ups = sets.iter().filter(|p| p.kind == SetKind::WarmUp);
    assert!(warm_ups.flat_map(|p| p.plates()).all(is_big_plate));
    let query = encode(&s, std::slice::from_ref(&e));
    assert!(query.ends_with("e=Squat~140~goto~~~bigramp"), "{query}");
    let back = decode(&query, &s);
    assert_eq!(back.exercises[0].warm_up, WarmUpChoice::RampBigPlates);
    // In lb, 10 lb plates and up: a 225 lb work set ramps 45, 85, 135, 175.
    let lb = Settings::for_unit(Unit::Lb);
    let mut e = Exercise::new("Squat", 250.0, Builtin::Goto);
    e.warm_up = WarmUpChoice::RampBigPlates;
    assert_eq!(
        loads(&e, &lb)[..5],
        [
            Some(45.0),
            Some(85.0),
            Some(135.0),
            Some(175.0),
            Some(225.0)
        ]
    );
    let (_, sets) = e.plan(&lb).unwrap_or_else(|_| panic!("planned"));
    let warm_ups = sets.iter().filter(|p| p.kind == SetKind::WarmUp);
    assert!(warm_ups.flat_map(|p| p.plates()).all(is_big_plate));
}
