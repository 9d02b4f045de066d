//! Editing a scheme's groups: added where they belong with defaults that fit their kind,
//! removed (never the last), moved up and down, and never past the limit.

use backoff::core::scheme::{Builtin, Reps, SetGroup, SetKind};
use backoff::core::scheme_edits::{add_group, move_group, new_group, remove_group, MAX_GROUPS};

fn kinds(groups: &[SetGroup]) -> Vec<SetKind> {
    groups.iter().map(|g| g.kind).collect()
}

use SetKind::{BackOff, WarmUp, Work};

#[test]
fn goto_gets_a_warm_up_before_its_work_and_a_work_group_before_its_back_off() {
    let mut g = Builtin::Goto.groups();
    assert_eq!(kinds(&g), [Work, BackOff]);
    assert_eq!(add_group(&mut g, WarmUp), Some(0));
    assert_eq!(add_group(&mut g, WarmUp), Some(1));
    assert_eq!(add_group(&mut g, Work), Some(3));
    assert_eq!(kinds(&g), [WarmUp, WarmUp, Work, Work, BackOff]);
    assert_eq!(add_group(&mut g, BackOff), Some(5));
}

#[test]
fn new_groups_fit_their_kind() {
    let b = new_group(BackOff);
    assert_eq!((b.reps, b.rest_s), (Reps::Amrap, Some(30)));
    assert_eq!(
        new_group(Work).rest_s,
        None,
        "work rests the lifter's default"
    );
    assert_eq!(new_group(WarmUp).reps, Reps::Exact(8));
}

#[test]
fn remove_keeps_the_last_group_and_ignores_a_position_past_the_end() {
    let mut g = Builtin::Goto.groups();
    assert!(!remove_group(&mut g, 2));
    assert!(remove_group(&mut g, 1));
    assert_eq!(kinds(&g), [Work]);
    assert!(!remove_group(&mut g, 0));
    assert_eq!(g.len(), 1);
}

#[test]
fn move_up_and_down_stop_at_the_ends() {
    let mut g = Builtin::Goto.groups();
    assert!(!move_group(&mut g, 0, true));
    assert!(!move_group(&mut g, 1, false));
    assert!(move_group(&mut g, 1, true));
    assert_eq!(kinds(&g), [BackOff, Work]);
    assert!(move_group(&mut g, 0, false));
    assert_eq!(kinds(&g), [Work, BackOff]);
    assert!(!move_group(&mut g, 7, true));
}

#[test]
fn a_full_scheme_takes_no_more_groups() {
    let mut g = Builtin::Goto.groups();
    while add_group(&mut g, Work).is_some() {}
    assert_eq!(g.len(), MAX_GROUPS);
    assert_eq!(add_group(&mut g, BackOff), None);
}
