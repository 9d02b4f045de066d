//! The lifter's own schemes: an exercise's edited sets saved under a name, picked in another
//! plan, kept through a reload and a backup; a bad name, the same name again, delete and Undo.

mod common;

use backoff::core::backup;
use backoff::core::named_schemes::{
    decode_scheme, encode_scheme, NamedScheme, SchemeId, MAX_SCHEMES, MAX_SCHEME_NAME,
};
use backoff::core::page::{
    start, Action, ExerciseId, PageState, PlanAction, PlanField, SetupAction, SetupField,
};
use backoff::core::saved;
use backoff::core::scheme::{Builtin, GroupField, SetKind};
use backoff::core::scheme_edits::GroupEdit;
use backoff::core::units::InputError;
use backoff::core::warm_ups::WarmUpChoice;
use common::*;

const BENCH: &str = "?v=1&e=Bench+press~100~strength";
const FRIEND: &str = "?v=1&e=Deadlift~200~goto";

fn first(s: &PageState) -> ExerciseId {
    s.exercises.first().map_or(ExerciseId(999), |e| e.id)
}

fn name(id: ExerciseId, text: &str) -> Action {
    SetupAction::Text(SetupField::SchemeName(id), text.into()).into()
}

/// The bench's strength scheme with its work sets cut to 3 x 3, saved as "Heavy triples".
fn saved_triples() -> PageState {
    let s = start(None, BENCH, T0).state;
    let b = first(&s);
    let cell = |field| SetupField::Cell {
        exercise: b,
        group: 2,
        field,
    };
    run(
        s,
        [
            text(cell(GroupField::Sets), "3"),
            text(cell(GroupField::Reps), "3"),
            name(b, "  Heavy triples "),
            SetupAction::SaveScheme(b).into(),
        ],
    )
}

#[test]
fn an_edited_scheme_is_saved_under_its_name_and_named_in_the_notice() {
    let s = saved_triples();
    assert_eq!(s.schemes.len(), 1);
    let own = &s.schemes[0];
    assert_eq!(own.name, "Heavy triples");
    assert_eq!(own.base, Builtin::StrengthBackOff);
    assert_eq!(own.groups, s.exercises[0].exercise.groups);
    assert_eq!(
        (own.groups[2].sets, own.groups[2].reps),
        (3, backoff::core::scheme::Reps::Exact(3))
    );
    assert!(s
        .notice
        .as_deref()
        .is_some_and(|n| n.contains("Heavy triples")));
    // The box is empty again.
    assert_eq!(s.setup.naming, None);
}

#[test]
fn a_saved_scheme_is_picked_in_another_plan_and_the_link_carries_its_sets() {
    let mine = saved_triples();
    let key = mine.schemes[0].key();
    let triples = mine.schemes[0].groups.clone();
    // A friend's deadlift plan, opened from a link: a plan of its own.
    let friend = reload(&mine, FRIEND);
    assert_eq!(friend.exercises[0].exercise.name, "Deadlift");
    assert_eq!(
        friend.schemes.len(),
        1,
        "the schemes are the device's, not the plan's"
    );
    let d = first(&friend);
    let s = run(friend, [PlanAction::Text(PlanField::Scheme(d), key).into()]);
    let e = &s.exercises[0].exercise;
    assert_eq!(e.groups, triples);
    assert_eq!(e.scheme, Builtin::StrengthBackOff);
    assert_eq!(e.max, s.exercises[0].exercise.max, "its max stays");
    // Planned at the deadlift's max: 3 work sets of 3.
    let work = s.exercises[0]
        .sets()
        .iter()
        .filter(|p| p.kind == SetKind::Work)
        .count();
    assert_eq!(work, 3);
    // The link needs no storage to plan the same sets.
    let (query, _) = s.texts();
    let elsewhere = start(None, &query, T0).state;
    assert_eq!(elsewhere.exercises[0].exercise.groups, triples);
}

#[test]
fn the_schemes_survive_a_reload() {
    let s = saved_triples();
    let back = reload(&s, "");
    assert_eq!(*back.schemes, *s.schemes);
}

#[test]
fn a_built_ins_own_sets_are_not_saved_under_another_name() {
    let s = start(None, BENCH, T0).state;
    let b = first(&s);
    let s = run(s, [name(b, "Mine"), SetupAction::SaveScheme(b).into()]);
    assert!(s.schemes.is_empty());
    assert!(s
        .notice
        .as_deref()
        .is_some_and(|n| n.contains("edit them first")));
}

#[test]
fn a_bad_name_saves_nothing_and_says_why_beside_the_box() {
    let s = start(None, BENCH, T0).state;
    let b = first(&s);
    let s = run(s, [SetupAction::SaveScheme(b).into()]);
    assert!(s.schemes.is_empty());
    let refused = s.setup.naming.as_ref().and_then(|n| n.refused);
    assert_eq!(refused, Some(InputError::NoName));
    assert_eq!(s.focus.id, b.scheme_name_element());
    let long = "x".repeat(MAX_SCHEME_NAME + 1);
    let s = run(s, [name(b, &long), SetupAction::SaveScheme(b).into()]);
    assert!(s.schemes.is_empty());
    let refused = s.setup.naming.as_ref().and_then(|n| n.refused);
    assert_eq!(
        refused,
        Some(InputError::TooLong {
            max: MAX_SCHEME_NAME
        })
    );
    // Retyped to a good name, the message goes at once.
    let s = run(s, [name(b, "Triples")]);
    assert_eq!(s.setup.naming.as_ref().and_then(|n| n.refused), None);
}

#[test]
fn the_same_name_again_updates_the_scheme_and_undo_gives_its_old_sets_back() {
    let s = saved_triples();
    let before = s.schemes[0].clone();
    let b = first(&s);
    let s = run(
        s,
        [
            SetupAction::EditGroups(b, GroupEdit::Remove(0)).into(),
            name(b, "heavy TRIPLES"),
            SetupAction::SaveScheme(b).into(),
        ],
    );
    assert_eq!(s.schemes.len(), 1);
    assert_eq!(s.schemes[0].id, before.id);
    assert_eq!(s.schemes[0].groups.len(), before.groups.len() - 1);
    assert!(s.can_undo());
    let s = run(s, [SetupAction::Undo.into()]);
    assert_eq!(s.schemes[0], before);
}

#[test]
fn a_deleted_scheme_leaves_the_plans_that_use_it_alone_and_comes_back_on_undo() {
    let s = saved_triples();
    let groups = s.exercises[0].exercise.groups.clone();
    let id = s.schemes[0].id;
    let s = run(s, [SetupAction::DeleteScheme(id).into()]);
    assert!(s.schemes.is_empty());
    assert_eq!(s.exercises[0].exercise.groups, groups);
    assert!(s.can_undo());
    let s = run(s, [SetupAction::Undo.into()]);
    assert_eq!(s.schemes.len(), 1);
    assert_eq!(s.schemes[0].id, id);
}

#[test]
fn the_plan_pages_scheme_list_picks_a_saved_scheme() {
    let s = saved_triples();
    let b = first(&s);
    // Saving and deleting are setup actions, which the plan page's reducer cannot take.
    let key = s.schemes[0].key();
    let picked = s.reduce_plan(PlanAction::Text(PlanField::Scheme(b), "goto".into()));
    let picked = picked.and_then(|p| p.reduce_plan(PlanAction::Text(PlanField::Scheme(b), key)));
    assert_eq!(
        picked.map(|p| p.exercises[0].exercise.groups.clone()),
        Some(s.schemes[0].groups.clone())
    );
}

#[test]
fn a_stored_scheme_round_trips_and_a_damaged_one_is_refused() {
    let s = saved_triples();
    let own = &s.schemes[0];
    let text = encode_scheme(own);
    assert_eq!(decode_scheme(&text).as_ref(), Some(own));
    let tilde = NamedScheme {
        name: "5~3~1 mine".into(),
        ..own.clone()
    };
    assert_eq!(decode_scheme(&encode_scheme(&tilde)), Some(tilde));
    for bad in [
        "",
        "1~Name~goto~k5x1@90~own~extra",
        "1~~goto~k5x1@90~own",
        "1~Name~nope~k5x1@90~own",
        "1~Name~goto~~own",
        "1~Name~goto~k5x1@900~own",
        "1~Name~goto~k5x1@90~sometimes",
        "x~Name~goto~k5x1@90~own",
    ] {
        assert_eq!(decode_scheme(bad), None, "{bad}");
    }
    let thirteen = vec!["k1x1@50"; 13].join(",");
    assert_eq!(decode_scheme(&format!("1~Name~goto~{thirteen}~own")), None);
}

#[test]
fn storage_keeps_at_most_the_limit_and_one_scheme_per_id() {
    let one = |id: u32| NamedScheme {
        id: SchemeId(id),
        name: format!("Scheme {id}"),
        base: Builtin::Goto,
        groups: Builtin::Goto.groups(),
        warm_up: WarmUpChoice::Ramp,
    };
    let mut stored = saved::Saved {
        schemes: (1..=MAX_SCHEMES as u32 + 2).map(one).collect(),
        ..Default::default()
    };
    stored.schemes.push(one(1));
    let (back, status) = saved::decode(Some(&saved::encode(&stored)));
    assert_eq!(back.schemes.len(), MAX_SCHEMES);
    assert_eq!(status, saved::ReadStatus::Partial);
}

#[test]
fn a_merged_backup_adds_the_schemes_this_device_lacks() {
    let mine = saved_triples();
    let (_, page) = mine.texts();
    let file = backup::write(Some(&page), None);
    let Ok(b) = backup::read(&file) else {
        panic!("the backup reads back");
    };
    // Another device with a scheme of its own.
    let other = start(None, FRIEND, T0).state;
    let d = first(&other);
    let other = run(
        other,
        [
            SetupAction::EditGroups(d, GroupEdit::Add(SetKind::WarmUp)).into(),
            name(d, "Pulls"),
            SetupAction::SaveScheme(d).into(),
        ],
    );
    assert_eq!(other.schemes.len(), 1);
    let (_, theirs) = other.texts();
    let (page, _) = backup::restore(&b, Some(&theirs), None, true);
    let merged = start(Some(&page), "", T0).state;
    let names: Vec<&str> = merged.schemes.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Pulls", "Heavy triples"]);
    // Merged again: nothing twice.
    let (again, _) = backup::restore(&b, Some(&page), None, true);
    assert_eq!(start(Some(&again), "", T0).state.schemes.len(), 2);
}

#[test]
fn the_same_sets_under_a_new_name_rename_the_scheme_and_undo_gives_the_name_back() {
    let s = saved_triples();
    let b = first(&s);
    let id = s.schemes[0].id;
    let s = run(
        s,
        [name(b, "Bench triples"), SetupAction::SaveScheme(b).into()],
    );
    assert_eq!(s.schemes.len(), 1, "one scheme, not two names for its sets");
    assert_eq!(
        (s.schemes[0].id, s.schemes[0].name.as_str()),
        (id, "Bench triples")
    );
    let s = run(s, [SetupAction::Undo.into()]);
    assert_eq!(s.schemes[0].name, "Heavy triples");
}

#[test]
fn a_notice_that_offers_no_undo_takes_a_waiting_one_away() {
    let s = saved_triples();
    let id = s.schemes[0].id;
    let s = run(s, [SetupAction::DeleteScheme(id).into()]);
    assert!(s.can_undo());
    // Bench's sets back to the built-in's: saving them is refused, and Undo is not offered
    // beside that notice for the scheme deleted before.
    let b = first(&s);
    let s = run(
        s,
        [
            SetupAction::ResetScheme(b).into(),
            name(b, "Plain"),
            SetupAction::SaveScheme(b).into(),
        ],
    );
    assert!(s
        .notice
        .as_deref()
        .is_some_and(|n| n.contains("edit them first")));
    assert!(!s.can_undo());
    // A plan deleted, then another duplicated: its "Now editing" offers no Undo either.
    let s = run(
        s,
        [
            SetupAction::DuplicatePlan.into(),
            SetupAction::DeletePlan.into(),
        ],
    );
    assert!(s.can_undo());
    let s = run(s, [SetupAction::DuplicatePlan.into()]);
    assert!(!s.can_undo());
}

#[test]
fn a_backup_scheme_whose_name_is_taken_here_by_other_sets_joins_under_another_name() {
    let mine = saved_triples();
    let (_, page) = mine.texts();
    let Ok(b) = backup::read(&backup::write(Some(&page), None)) else {
        panic!("the backup reads back");
    };
    // Here, "heavy triples" is other sets, and one scheme has an id near the top of u32.
    let mut here = saved::decode(Some(&page)).0;
    here.schemes[0].groups.remove(0);
    here.schemes[0].name = "heavy triples".into();
    here.schemes[0].id = SchemeId(u32::MAX);
    let (merged, _) = backup::restore(&b, Some(&saved::encode(&here)), None, true);
    let merged = start(Some(&merged), "", T0).state;
    let names: Vec<&str> = merged.schemes.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["heavy triples", "Heavy triples (backup)"]);
    assert_ne!(merged.schemes[0].id, merged.schemes[1].id);
}
