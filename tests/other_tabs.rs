//! Two tabs (or a tab and the setup page) over one stored value: a tab writes only over what it
//! last read or wrote; when the other wrote in between, it takes that value and plays its own
//! actions again on it, so neither change is lost and neither overwrites the other.

mod common;

use backoff::core::page::{
    next_write, rebase, start, Action, MaxField, PageState, PlanAction, PlanField, SetupAction,
    SetupField, Write,
};
use backoff::core::plates::Rounding;
use backoff::core::session::MaxSource;
use common::*;

const PLAN: &str = "?v=1&e=Bench+press~100~strength&e=Squat~140~goto";

/// A tab as the shell keeps it: its state, what it last read or wrote, and its actions since.
struct Tab {
    state: PageState,
    base: String,
    pending: Vec<Action>,
}

impl Tab {
    fn open(stored: &str) -> Tab {
        Tab {
            state: start(Some(stored), "", T0).state,
            base: stored.to_string(),
            pending: Vec::new(),
        }
    }

    fn act(&mut self, a: Action) {
        if let Some(next) = self.state.reduce(a.clone()) {
            self.state = next;
            self.pending.push(a);
        }
    }

    /// Writes into `store` as the shell's store does, taking the other tab's value when stale.
    fn save(&mut self, store: &mut String) {
        let mine = self.state.texts().1;
        match next_write(Some(&self.base), Some(store.as_str()), &mine) {
            Write::Put | Write::Same => {
                *store = mine.clone();
                self.base = mine;
                self.pending.clear();
            }
            Write::Stale(theirs) => {
                let pending = std::mem::take(&mut self.pending);
                self.state = rebase(&self.state, &theirs, pending, T0, 0.0, |s, a| s.reduce(a));
                self.base = theirs;
                // And its next write goes over the value it took.
                self.save(store);
            }
        }
    }
}

fn one_rep_max(s: &PageState, i: usize) -> Option<f64> {
    match s.exercises.get(i).and_then(|e| e.exercise.max) {
        Some(MaxSource::OneRepMax(m)) => Some(m),
        _ => None,
    }
}

fn stored_plan() -> String {
    start(None, PLAN, T0).state.texts().1
}

#[test]
fn the_write_rule_goes_over_only_what_the_tab_last_saw() {
    assert_eq!(next_write(Some("a"), Some("a"), "b"), Write::Put);
    assert_eq!(next_write(Some("a"), Some("b"), "b"), Write::Same);
    assert_eq!(
        next_write(Some("a"), Some("c"), "b"),
        Write::Stale("c".into())
    );
    // Nothing read yet, and something there: another page wrote it.
    assert_eq!(next_write(None, Some("c"), "b"), Write::Stale("c".into()));
    // Nothing there (never stored, or removed by a restore of a fresh device).
    assert_eq!(next_write(None, None, "b"), Write::Put);
    assert_eq!(next_write(Some("a"), None, "b"), Write::Put);
}

#[test]
fn a_new_max_in_one_tab_and_a_tick_in_the_other_are_both_kept() {
    let mut store = stored_plan();
    let (mut a, mut b) = (Tab::open(&store), Tab::open(&store));
    let bench = id(&a.state, 0);
    a.act(text(PlanField::Max(bench, MaxField::OneRepMax), "120"));
    a.save(&mut store);
    // The other tab, still showing 100, ticks the first set.
    b.act(tick(&b.state, 1, 0, T0));
    b.save(&mut store);
    let back = start(Some(&store), "", T0).state;
    assert_eq!(one_rep_max(&back, 0), Some(120.0), "the first tab's max");
    assert_eq!(back.exercises[1].done, [0], "the second tab's tick");
    assert_eq!(
        one_rep_max(&b.state, 0),
        Some(120.0),
        "the second tab shows it"
    );
    // And the first tab, used next, keeps both.
    a.act(tick(&a.state, 0, 0, T0 + 1000.0));
    a.save(&mut store);
    let back = start(Some(&store), "", T0).state;
    assert_eq!(one_rep_max(&back, 0), Some(120.0));
    assert_eq!(
        (
            back.exercises[0].done.clone(),
            back.exercises[1].done.clone()
        ),
        (vec![0], vec![0])
    );
}

#[test]
fn a_setting_and_a_plan_renamed_on_the_setup_page_survive_the_plan_tabs_next_change() {
    let mut store = stored_plan();
    let (mut plan, mut setup) = (Tab::open(&store), Tab::open(&store));
    setup.act(SetupAction::SetRounding(Rounding::Nearest).into());
    setup.act(text(SetupField::PlanName, "Day A"));
    setup.save(&mut store);
    let squat = id(&plan.state, 1);
    plan.act(text(PlanField::Max(squat, MaxField::OneRepMax), "150"));
    plan.save(&mut store);
    let back = start(Some(&store), "", T0).state;
    assert_eq!(back.settings.rounding, Rounding::Nearest);
    assert_eq!(back.plan_name, "Day A");
    assert_eq!(one_rep_max(&back, 1), Some(150.0));
}

#[test]
fn a_tab_whose_exercises_have_other_ids_still_edits_the_same_exercise() {
    let mut store = stored_plan();
    let mut a = Tab::open(&store);
    // Tab A moves the squat first: its first exercise's id is now 1, where a page opened from
    // the value would number it 0.
    let squat = id(&a.state, 1);
    a.act(
        PlanAction::MoveExercise {
            id: squat,
            up: true,
        }
        .into(),
    );
    a.save(&mut store);
    let mut b = Tab::open(&store);
    b.act(SetupAction::SetRounding(Rounding::Up).into());
    b.save(&mut store);
    a.act(text(PlanField::Max(squat, MaxField::OneRepMax), "160"));
    a.save(&mut store);
    let back = start(Some(&store), "", T0).state;
    assert_eq!(names(&back), ["Squat", "Bench press"]);
    assert_eq!(
        one_rep_max(&back, 0),
        Some(160.0),
        "the squat, not the bench"
    );
    assert_eq!(one_rep_max(&back, 1), Some(100.0));
    assert_eq!(back.settings.rounding, Rounding::Up);
}

#[test]
fn what_the_tab_has_open_stays_open_when_it_takes_another_tabs_value() {
    let mut store = stored_plan();
    let (mut a, mut b) = (Tab::open(&store), Tab::open(&store));
    let squat = id(&b.state, 1);
    b.act(PlanAction::Open(backoff::core::page::Panel::Setup(squat), true).into());
    b.save(&mut store);
    a.act(SetupAction::SetRounding(Rounding::Up).into());
    a.save(&mut store);
    let taken = rebase(&b.state, &store, Vec::<Action>::new(), T0, 0.0, |s, a| {
        s.reduce(a)
    });
    assert!(taken.exercises[1].setup_open);
    assert_eq!(taken.settings.rounding, Rounding::Up);
}
