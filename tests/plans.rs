//! The plan library: a link never replaces a plan, it adds one; open, rename, duplicate and
//! delete (with Undo); "Don't keep it"; a format-1 store migrates into a library of one.

mod common;

use backoff::core::page::{
    start, superseded, MaxField, PageState, PlanAction, PlanField, SetupAction, SetupField,
    ADDED_NOTICE,
};
use backoff::core::plans::{parse_plan_name, PlanId, MAX_PLANS, MAX_PLAN_NAME};
use backoff::core::plates::{Plate, MAX_PAIRS};
use backoff::core::units::{InputError, Unit};
use common::*;

const MINE: &str = "?v=1&e=Bench+press~100~strength&e=Squat~140~goto";
const FRIEND: &str = "?v=1&e=Deadlift~200~goto";

fn plan_names(s: &PageState) -> Vec<&str> {
    s.plan_names().into_iter().map(|p| p.1).collect()
}

fn id_of(s: &PageState, name: &str) -> PlanId {
    let found = s.plan_names().into_iter().find(|p| p.1 == name);
    found.map_or(PlanId(0), |p| p.0)
}

/// My bench + squat plan with one pair of 25s taken away, stored.
fn my_plan() -> PageState {
    let s = start(None, MINE, T0).state;
    let plate = Plate {
        weight: 25.0,
        unit: Unit::Kg,
    };
    let s = run(s, [SetupAction::SetPlatePairs(plate, 5).into()]);
    reload(&s, "")
}

fn pairs_of_25(s: &PageState) -> u32 {
    let found = s.settings.plates.iter().find(|p| p.plate.weight == 25.0);
    found.map_or(MAX_PAIRS + 1, |p| p.pairs)
}

#[test]
fn a_friends_link_then_the_bare_address_loses_nothing() {
    let mine = my_plan();
    assert_eq!(plan_names(&mine), ["Bench press + Squat"]);
    let friend = reload(&mine, FRIEND);
    assert_eq!(names(&friend), ["Deadlift"]);
    assert_eq!(plan_names(&friend), ["Bench press + Squat", "Deadlift"]);
    let notice = friend.notice.clone().unwrap_or_default();
    assert!(
        notice.contains("\"Deadlift\"") && notice.contains(ADDED_NOTICE),
        "{notice}"
    );
    // The bare address opens the plan used last (the friend's); mine is listed and opens intact.
    let later = reload(&friend, "");
    assert_eq!(names(&later), ["Deadlift"]);
    assert!(later.notice.is_none());
    let back = run(
        later.clone(),
        [SetupAction::OpenPlan(id_of(&later, "Bench press + Squat")).into()],
    );
    assert_eq!(names(&back), ["Bench press", "Squat"]);
    assert_eq!(pairs_of_25(&back), 5);
    assert_eq!(back.texts().0, mine.texts().0);
    // And that survives a reload too, with both plans.
    let again = reload(&back, "");
    assert_eq!(names(&again), ["Bench press", "Squat"]);
    assert_eq!(plan_names(&again).len(), 2);
}

#[test]
fn the_same_link_twice_opens_the_plan_it_added_instead_of_adding_another() {
    let friend = reload(&my_plan(), FRIEND);
    let home = run(
        friend.clone(),
        [SetupAction::OpenPlan(id_of(&friend, "Bench press + Squat")).into()],
    );
    let again = reload(&home, FRIEND);
    assert_eq!(names(&again), ["Deadlift"]);
    assert_eq!(plan_names(&again).len(), 2);
    assert!(again.notice.is_none());
}

#[test]
fn dont_keep_it_removes_the_links_plan_and_brings_mine_back() {
    let friend = reload(&my_plan(), FRIEND);
    let s = run(friend, [PlanAction::DiscardLinkPlan.into()]);
    assert_eq!(names(&s), ["Bench press", "Squat"]);
    assert_eq!(plan_names(&s), ["Bench press + Squat"]);
    assert_eq!(pairs_of_25(&s), 5);
    assert!(s.notice.is_none());
    // Only right after the link: otherwise there is nothing to discard.
    assert!(s.reduce(PlanAction::DiscardLinkPlan.into()).is_none());
}

#[test]
fn rename_duplicate_delete_and_undo() {
    let s = my_plan();
    let s = run(
        s,
        [SetupAction::Text(SetupField::PlanName, "  Day A ".into()).into()],
    );
    assert_eq!(s.plan_name, "Day A");
    let s = run(s, [SetupAction::DuplicatePlan.into()]);
    assert_eq!(s.plan_name, "Day A (copy)");
    assert_eq!(names(&s), ["Bench press", "Squat"]);
    let s = run(
        s,
        [SetupAction::Text(SetupField::PlanName, "Day B".into()).into()],
    );
    assert_eq!(plan_names(&s), ["Day A", "Day B"]);
    let s = run(s, [SetupAction::DeletePlan.into()]);
    assert_eq!(plan_names(&s), ["Day A"]);
    assert_eq!(s.plan_name, "Day A");
    assert!(s.notice.as_deref().is_some_and(|n| n.contains("Day B")));
    // The last plan cannot be deleted.
    assert!(s.reduce(SetupAction::DeletePlan.into()).is_none());
    // The plan page's Undo brings back only exercises; the setup page's brings back the plan.
    assert!(s.reduce_plan(PlanAction::Undo).is_none());
    let s = run(s, [SetupAction::Undo.into()]);
    assert_eq!(s.plan_name, "Day B");
    assert_eq!(plan_names(&s), ["Day A", "Day B"]);
    assert!(s.undo.is_none());
}

#[test]
fn a_bad_plan_name_is_refused_beside_the_field() {
    assert_eq!(parse_plan_name(""), Err(InputError::NoName));
    assert_eq!(
        parse_plan_name(&"x".repeat(MAX_PLAN_NAME + 1)),
        Err(InputError::TooLong { max: MAX_PLAN_NAME })
    );
    let s = run(
        my_plan(),
        [SetupAction::Text(SetupField::PlanName, " ".into()).into()],
    );
    assert_eq!(s.plan_name, "Bench press + Squat");
    assert_eq!(
        s.setup.plan_name_refused.as_ref().map(|r| r.1.message()),
        Some("Give it a name.".into())
    );
}

#[test]
fn no_more_plans_than_the_limit_by_duplicating() {
    let s = run(
        my_plan(),
        (0..MAX_PLANS + 5).map(|_| SetupAction::DuplicatePlan.into()),
    );
    assert_eq!(s.plan_names().len(), MAX_PLANS);
    assert!(s.notice.as_deref().is_some_and(|n| n.contains("At most")));
}

#[test]
fn a_format_1_store_becomes_a_library_of_one_named_from_its_exercises() {
    let old = "fmt=1&u=kg&plan=%3Fv%3D1%26e%3DBench%2Bpress~100~strength%26e%3DSquat~140~goto";
    let s = start(Some(old), "", T0).state;
    assert!(s.notice.is_none(), "{:?}", s.notice);
    assert_eq!(names(&s), ["Bench press", "Squat"]);
    assert_eq!(plan_names(&s), ["Bench press + Squat"]);
    // A friend's link on it is added, not put over it.
    let s = start(Some(old), FRIEND, T0).state;
    assert_eq!(plan_names(&s), ["Bench press + Squat", "Deadlift"]);
}

#[test]
fn a_first_visit_example_is_not_kept_when_a_link_arrives() {
    let first = start(None, "", T0).state;
    assert!(first.example);
    let s = reload(&first, FRIEND);
    assert_eq!(plan_names(&s), ["Deadlift"]);
    assert!(s.notice.is_none());
}

/// Another page (history, setup) changed the stored plan after the plan page was left: the
/// back button brings the plan page's older address back, and it opens the plan as stored.
#[test]
fn the_plan_pages_own_older_address_opens_the_plan_as_stored() {
    let mine = my_plan();
    let (old_address, stored) = mine.texts();
    // What the history page does for "Update max": the stored plan now plans from 105.
    let changed = run(
        mine.clone(),
        [text(
            PlanField::Max(mine.exercises[0].id, MaxField::OneRepMax),
            "105",
        )],
    );
    let (new_address, new_stored) = changed.texts();
    assert_ne!(stored, new_stored);
    assert!(superseded(&old_address, Some(&old_address)));
    let address = match superseded(&old_address, Some(&old_address)) {
        true => "",
        false => old_address.as_str(),
    };
    let back = start(Some(&new_stored), address, T0).state;
    assert_eq!(back.texts().0, new_address);
    assert_eq!(plan_names(&back), ["Bench press + Squat"]);
    assert!(back.notice.is_none());
    // Without the mark, the old address would come back as a link's plan, beside the new one.
    let unmarked = start(Some(&new_stored), &old_address, T0).state;
    assert_eq!(plan_names(&unmarked).len(), 2);
    // A friend's link, a bookmark of another plan, or no mark at all is not superseded.
    assert!(!superseded(FRIEND, Some(&old_address)));
    assert!(!superseded(&old_address, None));
    assert!(!superseded("", Some(&old_address)));
}
