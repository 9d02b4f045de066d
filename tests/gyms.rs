//! Gyms as a lifter uses them: the equipment of home and of the work gym saved under names,
//! switched in one tap (a gym in the other unit converts the plan), edits kept in the gym in
//! use, a name refused with its reason, saved over and deleted with Undo, kept through reloads,
//! other plans, links and backups.

mod common;

use backoff::core::backup;
use backoff::core::gyms::{decode_gym, encode_gym, parse_gym_name, Gym, GymId, MAX_GYMS};
use backoff::core::implements::{BarKind, Gear, GearPart};
use backoff::core::page::{
    rebase, start, Action, PageState, PlanAction, PlanField, SetupAction, SetupField,
};
use backoff::core::plate_moves::LoadingGoal;
use backoff::core::plates::{Plate, PlateStock};
use backoff::core::session::MaxSource;
use backoff::core::units::{InputError, Unit};
use common::*;

/// Bench press and the article's curl on an EZ bar, in a kg gym.
fn home() -> PageState {
    start(
        None,
        "?v=1&u=kg&bar=20&plates=25:4,10:2,5:2,2.5:2,1.25:2&e=Bench+press~100~strength&e=Biceps+curl~40~accessory~~zez:10",
        T0,
    )
    .state
}

fn save_as(s: PageState, name: &str) -> PageState {
    run(
        s,
        [text(SetupField::GymName, name), SetupAction::SaveGym.into()],
    )
}

/// Puts gym `name` in use, as its button on the plan page does.
fn at(s: PageState, name: &str) -> PageState {
    let id = gym_id(&s, name);
    run(s, [PlanAction::UseGym(id).into()])
}

/// Runs the actions `f` builds from the state (ids of its exercises).
fn then(s: PageState, f: impl FnOnce(&PageState) -> Vec<Action>) -> PageState {
    let actions = f(&s);
    run(s, actions)
}

fn ez_weight(s: &PageState) -> Option<f64> {
    match s.exercises.get(1).map(|e| &e.exercise.gear) {
        Some(Gear::Bar {
            kind: BarKind::Ez,
            weight,
        }) => Some(*weight),
        _ => None,
    }
}

fn gym_id(s: &PageState, name: &str) -> GymId {
    s.gyms
        .iter()
        .find(|g| g.name == name)
        .map_or(GymId(999), |g| g.id)
}

fn loads(s: &PageState, i: usize) -> Vec<Option<f64>> {
    s.exercises
        .get(i)
        .map(|e| e.sets().iter().map(|p| p.load()).collect())
        .unwrap_or_default()
}

/// What this device holds once a backup of `there` is merged into what `here` stored.
fn merged(here: &PageState, there: &PageState) -> PageState {
    let (_, mine) = here.texts();
    let (_, theirs) = there.texts();
    let file = backup::write(Some(&theirs), None);
    let Ok(b) = backup::read(&file) else {
        panic!("a backup just written reads back");
    };
    let (page, _) = backup::restore(&b, Some(&mine), None, true);
    start(Some(&page), "", T0).state
}

/// Home (kg, a 10 kg EZ bar) and the work gym (lb plates, a 45 lb bar, a 25 lb EZ bar), set up
/// as the lifter does: home saved; the unit switched (which leaves home as it was) and the EZ
/// bar changed; that saved as the work gym.
fn two_gyms() -> PageState {
    let s = save_as(home(), "Home");
    let s = then(s, |s| {
        vec![
            SetupAction::SetUnit(Unit::Lb).into(),
            text(SetupField::GearPart(id(s, 1), GearPart::BarWeight), "25"),
        ]
    });
    save_as(s, "Work gym")
}

#[test]
fn saving_the_equipment_as_a_gym_puts_it_in_use() {
    let s = save_as(home(), "Home");
    let gym = s.gym_in_use().cloned();
    assert_eq!(gym.as_ref().map(|g| g.name.as_str()), Some("Home"));
    let gym = gym.unwrap_or_else(|| Gym::of(GymId(0), String::new(), &s.settings, &[]));
    assert_eq!((gym.unit, gym.bar), (Unit::Kg, 20.0));
    assert_eq!(gym.plates, s.settings.plates);
    // The EZ bar the curl is on is the gym's.
    assert_eq!(
        gym.kit,
        vec![Gear::Bar {
            kind: BarKind::Ez,
            weight: 10.0
        }]
    );
    assert_eq!(gym.summary(), "kg · 20 kg bar · 24 plates · EZ curl bar");
    assert_eq!(s.setup.gym_name, "", "the box is emptied for the next");
}

#[test]
fn one_tap_switches_gyms_and_a_gym_in_the_other_unit_converts_the_plan() {
    let s = two_gyms();
    assert_eq!(s.gyms.len(), 2);
    assert_eq!(s.settings.unit, Unit::Lb);
    assert_eq!(ez_weight(&s), Some(25.0));
    let at_work = loads(&s, 0);
    let s = at(s, "Home");
    assert_eq!(s.settings.unit, Unit::Kg);
    assert_eq!((s.settings.bar, ez_weight(&s)), (20.0, Some(10.0)));
    assert_eq!(
        s.exercises[0].exercise.max,
        Some(MaxSource::OneRepMax(100.0))
    );
    assert_eq!(
        loads(&s, 0),
        loads(&home(), 0),
        "replanned on home's plates"
    );
    let s = at(s, "Work gym");
    assert_eq!(s.settings.unit, Unit::Lb);
    assert_eq!((s.settings.bar, ez_weight(&s)), (45.0, Some(25.0)));
    assert_eq!(loads(&s, 0), at_work);
    // The gym in use tapped again puts its equipment back: the same plan here.
    let again = at(s.clone(), "Work gym");
    assert_eq!(loads(&again, 0), at_work);
    assert_eq!(again.gyms, s.gyms);
}

#[test]
fn what_the_lifter_changes_is_kept_in_the_gym_in_use() {
    let s = two_gyms();
    let s = at(s, "Home");
    let s = then(s, |s| {
        vec![
            text(SetupField::Bar, "15"),
            SetupAction::SetGoal(LoadingGoal::FewestChanges).into(),
            text(SetupField::GearPart(id(s, 1), GearPart::BarWeight), "12"),
        ]
    });
    let s = at(s, "Work gym");
    assert_eq!(s.settings.goal, LoadingGoal::FewestPlates, "work's goal");
    let s = at(s, "Home");
    assert_eq!(s.settings.bar, 15.0);
    assert_eq!(s.settings.goal, LoadingGoal::FewestChanges);
    assert_eq!(ez_weight(&s), Some(12.0));
}

#[test]
fn an_exercise_put_on_a_kind_the_gym_has_gets_the_gyms() {
    let s = two_gyms();
    let s = at(s, "Home");
    // A new exercise named as a curl goes on home's EZ bar; the bench goes on it by choice.
    let s = run(s, [PlanAction::AddExercise.into()]);
    let s = then(s, |s| {
        vec![
            text(PlanField::Name(id(s, 2)), "Preacher curl"),
            text(PlanField::Gear(id(s, 0)), "ez"),
        ]
    });
    let ez = Gear::Bar {
        kind: BarKind::Ez,
        weight: 10.0,
    };
    assert_eq!(s.exercises[2].exercise.gear, ez);
    assert_eq!(s.exercises[0].exercise.gear, ez);
}

#[test]
fn a_name_the_gym_cannot_take_says_why_and_saves_nothing() {
    let s = save_as(home(), "  ");
    assert!(s.gyms.is_empty());
    assert_eq!(s.setup.gym_name_refused, Some(InputError::NoName));
    let long = "A gym with a name far too long to read";
    let s = save_as(s, long);
    assert!(s.gyms.is_empty());
    assert_eq!(
        s.setup.gym_name_refused,
        Some(InputError::TooLong { max: 30 })
    );
    assert_eq!(s.setup.gym_name, long, "the text stays to be mended");
    // Mended, the message goes as the name is typed.
    let s = run(s, [text(SetupField::GymName, "Garage")]);
    assert_eq!(s.setup.gym_name_refused, None);
    assert_eq!(parse_gym_name(" Garage "), Ok("Garage".into()));
}

#[test]
fn saving_under_a_gyms_name_saves_over_it_with_undo() {
    let s = two_gyms();
    let before = s.gyms.iter().find(|g| g.name == "Home").cloned();
    // In lb now: home gets this equipment, and the name as typed.
    let s = save_as(s, "home");
    assert_eq!(s.gyms.len(), 2);
    let home = s.gyms.iter().find(|g| g.name == "home");
    assert_eq!(home.map(|g| g.unit), Some(Unit::Lb));
    assert_eq!(s.gym, Some(gym_id(&s, "home")));
    let s = run(s, [SetupAction::Undo.into()]);
    assert_eq!(s.gyms.iter().find(|g| g.name == "Home").cloned(), before);
    assert_eq!(s.gym, None, "the equipment in use is not home's any more");
}

#[test]
fn a_gym_deleted_comes_back_with_undo() {
    let s = two_gyms();
    let work = gym_id(&s, "Work gym");
    let s = run(s, [SetupAction::DeleteGym(work).into()]);
    assert_eq!(s.gyms.len(), 1);
    assert_eq!(s.gym, None);
    assert_eq!(s.settings.unit, Unit::Lb, "the equipment in use stays");
    let s = run(s, [SetupAction::Undo.into()]);
    let names: Vec<&str> = s.gyms.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["Home", "Work gym"]);
    assert_eq!(s.gym, Some(work), "it still holds the equipment in use");
}

#[test]
fn at_most_eight_gyms() {
    let s = (0..MAX_GYMS + 1).fold(home(), |s, n| save_as(s, &format!("Gym {n}")));
    assert_eq!(s.gyms.len(), MAX_GYMS);
    assert!(s.notice.is_some_and(|n| n.contains("At most 8 gyms")));
}

#[test]
fn gyms_and_the_one_in_use_come_back_after_a_reload() {
    let s = two_gyms();
    let back = reload(&s, "");
    assert_eq!(back.gyms, s.gyms);
    assert_eq!(back.gym, s.gym);
}

#[test]
fn another_plan_opened_is_done_on_the_gym_in_use() {
    let s = run(two_gyms(), [SetupAction::DuplicatePlan.into()]);
    let copy = s.plan_id;
    // The copy goes to the home gym; the plan from before is opened at work.
    let s = at(s, "Home");
    assert_eq!(s.settings.unit, Unit::Kg);
    let other = s.plans.iter().find(|p| p.id != copy).map(|p| p.id);
    let s = at(s, "Work gym");
    let s = run(s, other.map(|id| SetupAction::OpenPlan(id).into()));
    let s = run(s, [SetupAction::OpenPlan(copy).into()]);
    assert_eq!(
        s.settings.unit,
        Unit::Lb,
        "at work, the copy is planned in lb"
    );
    assert_eq!(ez_weight(&s), Some(25.0));
    assert_eq!(s.gym, Some(gym_id(&s, "Work gym")));
}

#[test]
fn a_link_with_its_own_equipment_leaves_no_gym_in_use_and_keeps_them_all() {
    let s = two_gyms();
    let (_, stored) = s.texts();
    let link = "?v=1&u=kg&bar=15&plates=20:2&e=Squat~100~goto";
    let back = start(Some(&stored), link, T0).state;
    assert_eq!(back.settings.bar, 15.0, "the link plans as it was made");
    assert_eq!(back.gym, None);
    assert_eq!(back.gyms, s.gyms);
    // One tap puts the lifter's gym back on the link's plan.
    let back = run(back, [PlanAction::UseGym(gym_id(&s, "Home")).into()]);
    assert_eq!(back.settings.bar, 20.0);
}

#[test]
fn a_stored_gym_that_cannot_be_read_is_dropped_and_the_others_kept() {
    let gym = Gym {
        plates: vec![PlateStock {
            plate: Plate {
                weight: 45.0,
                unit: Unit::Lb,
            },
            pairs: 4,
        }],
        ..Gym::of(GymId(3), "Garage".into(), &Default::default(), &[])
    };
    let text = encode_gym(&gym);
    assert_eq!(decode_gym(&text), Some(gym));
    for bad in [
        "x~Garage~u=kg&bar=20&plates=",
        "3~~u=kg&bar=20&plates=",
        "3~Garage~u=kg&bar=-5&plates=",
        "3~Garage~u=kg&plates=",
        "3~Garage~u=kg&bar=20",
        "3~Garage",
    ] {
        assert_eq!(decode_gym(bad), None, "{bad}");
    }
    // A kit part that cannot be read is left out; the gym stays.
    let g = decode_gym("3~Garage~u=kg&bar=20&plates=&k=zez:10&k=dbroken");
    assert_eq!(g.map(|g| g.kit.len()), Some(1));
}

#[test]
fn a_backup_merged_brings_the_gyms_this_device_does_not_have() {
    let here = save_as(home(), "Home");
    let there = save_as(save_as(home(), "Home"), "Hotel");
    let s = merged(&here, &there);
    let names: Vec<&str> = s.gyms.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["Home", "Hotel"]);
}

#[test]
fn switching_units_leaves_the_gym_in_use_as_it_was() {
    let s = save_as(home(), "Home");
    let before = s.gyms.to_vec();
    let s = run(s, [SetupAction::SetUnit(Unit::Lb).into()]);
    assert_eq!(s.gym, None, "the lb equipment is no gym's");
    assert_eq!(s.gyms.to_vec(), before);
    let s = at(s, "Home");
    assert_eq!((s.settings.unit, ez_weight(&s)), (Unit::Kg, Some(10.0)));
}

#[test]
fn an_exercise_brought_back_by_undo_is_on_the_gym_in_use_and_changes_no_gym() {
    let s = two_gyms();
    let s = at(s, "Home");
    let s = then(s, |s| vec![PlanAction::RemoveExercise(id(s, 1)).into()]);
    let s = at(s, "Work gym");
    let work = s.gym_in_use().cloned();
    let s = run(s, [PlanAction::Undo.into()]);
    assert_eq!(ez_weight(&s), Some(25.0), "back on the work gym's EZ bar");
    assert_eq!(s.gym_in_use().cloned(), work);
}

#[test]
fn a_plan_opened_adds_nothing_of_its_own_to_the_gym_in_use() {
    // Another plan, on dumbbells, in the library.
    let s = start(
        None,
        "?v=1&u=kg&bar=20&plates=25:4&e=Lateral+raise~14~accessory~~d1-10:1",
        T0,
    )
    .state;
    let s = run(s, [SetupAction::DuplicatePlan.into()]);
    let raises = s.plans.first().map(|p| p.id);
    let s = then(s, |s| {
        vec![
            text(PlanField::Gear(id(s, 0)), "bar"),
            text(PlanField::Name(id(s, 0)), "Bench press"),
        ]
    });
    let s = save_as(s, "Home");
    let kit = s.gym_in_use().map(|g| g.kit.clone());
    let s = run(s, raises.map(|id| SetupAction::OpenPlan(id).into()));
    assert_eq!(s.gym_in_use().map(|g| g.kit.clone()), kit);
    assert_eq!(s.gym, Some(gym_id(&s, "Home")));
}

#[test]
fn a_link_that_keeps_the_stored_equipment_can_be_put_on_the_gym_in_one_tap() {
    let s = two_gyms();
    let (_, stored) = s.texts();
    // No equipment of its own: the work gym stays in use, the curl on the link's bar.
    let back = start(Some(&stored), "?v=1&e=Curl~40~accessory~~zez:7", T0).state;
    assert_eq!(back.gym, Some(gym_id(&s, "Work gym")));
    assert_eq!(ez_weight(&back), None);
    let back = at(back, "Work gym");
    assert_eq!(
        back.exercises[0].exercise.gear,
        Gear::Bar {
            kind: BarKind::Ez,
            weight: 25.0
        }
    );
}

#[test]
fn dont_keep_it_brings_back_the_plan_and_its_gym() {
    let s = two_gyms();
    let (_, stored) = s.texts();
    let link = "?v=1&u=kg&bar=15&plates=20:2&e=Squat~100~goto";
    let back = start(Some(&stored), link, T0).state;
    assert_eq!(back.gym, None);
    let back = run(back, [PlanAction::DiscardLinkPlan.into()]);
    assert_eq!(back.gym, Some(gym_id(&s, "Work gym")));
    assert_eq!(back.settings.unit, Unit::Lb);
}

#[test]
fn the_full_notice_offers_no_undo_of_something_else() {
    let s = (0..MAX_GYMS).fold(home(), |s, n| save_as(s, &format!("Gym {n}")));
    // Saved over: Undo is offered for that.
    let s = save_as(s, "Gym 3");
    assert!(s.can_undo());
    let s = save_as(s, "Gym 10");
    assert!(s.notice.as_ref().is_some_and(|n| n.contains("At most 8")));
    assert!(!s.can_undo(), "no Undo of the save from before");
}

#[test]
fn a_new_gym_never_takes_the_id_of_one_waiting_for_undo() {
    let s = two_gyms();
    let work = gym_id(&s, "Work gym");
    let s = run(s, [SetupAction::DeleteGym(work).into()]);
    let s = save_as(s, "Hotel");
    assert_ne!(gym_id(&s, "Hotel"), work);
    let names: Vec<&str> = s.gyms.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["Home", "Hotel"]);
}

#[test]
fn a_backup_gym_named_as_one_here_with_other_equipment_joins_as_a_copy() {
    let here = save_as(home(), "Home");
    let there = save_as(run(home(), [text(SetupField::Bar, "15")]), "home");
    let s = merged(&here, &there);
    let names: Vec<&str> = s.gyms.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["Home", "home (backup)"]);
    // Merged twice: nothing more.
    assert_eq!(merged(&s, &there).gyms.len(), 2);
}

#[test]
fn another_tab_sees_the_gyms_saved_in_this_one() {
    let a = home();
    let b = a.clone();
    let a = save_as(a, "Home");
    let (_, stored) = a.texts();
    let b = rebase(&b, &stored, Vec::<Action>::new(), T0, 0.0, |s, x| {
        s.reduce(x)
    });
    assert_eq!(b.gyms, a.gyms);
    assert_eq!(b.gym, a.gym);
}
