//! A rule at work on the plan page: a session filed on the next training day is judged by each
//! exercise's rule; a change of max is offered on its card (kept over reloads) to apply, with
//! Undo, or to keep; a hold is said and counted; a max never changes by itself.

mod common;

use backoff::core::changes::read_changes;
use backoff::core::page::{start_local, MaxField, PageState, PlanAction, PlanField, Timed, Undo};
use backoff::core::plan::PlannedSet;
use backoff::core::progression::Rule;
use backoff::core::scheme::{Builtin, SetKind};
use backoff::core::session::MaxSource;
use common::*;

/// A press of 60 kg on linear progression, 2.5 kg a session.
const PRESS: &str = "?v=1&e=Press~60~strength~~~~~l2.5";

fn work_loads(s: &PageState) -> Vec<f64> {
    let sets: &[PlannedSet] = s.exercises[0].sets();
    sets.iter()
        .filter(|p| p.kind == SetKind::Work)
        .filter_map(PlannedSet::load)
        .collect()
}

/// The plan opened at 18:00, sets `ticked` done, then opened again the next evening.
fn next_day(address: &str, mut ticked: impl FnMut(usize, SetKind) -> bool) -> PageState {
    let s = start_local(None, address, EVENING, 0.0).state;
    let kinds: Vec<SetKind> = s.exercises[0].sets().iter().map(|p| p.kind).collect();
    let ticks = kinds
        .iter()
        .enumerate()
        .filter(|(i, k)| ticked(*i, **k))
        .map(|(i, _)| tick(&s, 0, i, EVENING))
        .collect::<Vec<_>>();
    let s = run(s, ticks);
    let (query, stored) = s.texts();
    start_local(Some(&stored), &query, EVENING + DAY, 0.0).state
}

#[test]
fn every_set_done_offers_the_next_load_to_apply_undo_or_keep() {
    let before = start_local(None, PRESS, EVENING, 0.0).state;
    assert_eq!(work_loads(&before), [50.0; 5]);
    let s = next_day(PRESS, |_, _| true);
    // Nothing changed by itself: the max is as it was, and the offer says what it would do.
    assert_eq!(
        s.exercises[0].exercise.max,
        Some(MaxSource::OneRepMax(60.0))
    );
    assert_eq!(work_loads(&s), [50.0; 5]);
    let offer = s.exercises[0].offer.clone().expect("an offer");
    assert_eq!(
        offer.text,
        "52.5 kg next (+2.5 kg: every set done last time)"
    );
    // A reload keeps it.
    let (query, stored) = s.texts();
    let s = start_local(Some(&stored), &query, EVENING + DAY + HOUR, 0.0).state;
    assert_eq!(s.exercises[0].offer.as_ref(), Some(&offer));
    // Apply: the work sets are 2.5 kg heavier, and Undo waits.
    let id = s.exercises[0].id;
    let applied = run(s.clone(), [PlanAction::Offer { id, apply: true }.into()]);
    assert_eq!(work_loads(&applied), [52.5; 5]);
    assert!(applied.exercises[0].offer.is_none());
    assert!(matches!(applied.undo, Some(Undo::Offer(_))));
    assert_eq!(
        applied.notice.as_deref(),
        Some("Press: 52.5 kg next (+2.5 kg: every set done last time)")
    );
    // The history page's list says it, dated by the session that earned it.
    let changes = read_changes(&applied.changes);
    let change = changes.last().expect("the change is kept");
    assert_eq!(
        (change.exercise.as_str(), change.text.as_str(), change.at_ms),
        ("Press", offer.text.as_str(), EVENING)
    );
    // The new max is in the link, so the next session plans from it.
    let (query, _) = applied.texts();
    assert!(query.contains("Press~61.77~strength"), "{query}");
    // Undo: the max as it was, the offer back on the card.
    let undone = run(applied, [PlanAction::Undo.into()]);
    assert_eq!(
        undone.exercises[0].exercise.max,
        Some(MaxSource::OneRepMax(60.0))
    );
    assert_eq!(undone.exercises[0].offer.as_ref(), Some(&offer));
    assert_eq!(work_loads(&undone), [50.0; 5]);
    assert_eq!(undone.changes, "", "an undone change is not history");
    // Keep: the max stays, the offer goes.
    let kept = run(s, [PlanAction::Offer { id, apply: false }.into()]);
    assert!(kept.exercises[0].offer.is_none());
    assert_eq!(
        kept.exercises[0].exercise.max,
        Some(MaxSource::OneRepMax(60.0))
    );
    assert_eq!(kept.exercises[0].exercise.rule, linear(2.5, 0));
}

#[test]
fn a_session_short_of_its_reps_holds_the_load_says_why_and_counts_the_miss() {
    // Only the first work set was done.
    let mut first_work = None;
    let s = next_day(PRESS, |i, k| {
        if k != SetKind::Work {
            return k == SetKind::WarmUp;
        }
        *first_work.get_or_insert(i) == i
    });
    assert!(s.exercises[0].offer.is_none());
    assert_eq!(
        s.notice.as_deref(),
        Some("Press: held: set 2 was not done (miss 1 of 3).")
    );
    assert_eq!(s.exercises[0].exercise.rule, linear(2.5, 1));
    let (query, _) = s.texts();
    assert!(query.contains("~l2.5m1"), "{query}");
}

#[test]
fn a_manual_max_or_a_session_not_done_offers_nothing() {
    let s = next_day("?v=1&e=Press~60~strength", |_, _| true);
    assert!(s.exercises[0].offer.is_none() && s.notice.is_none());
    let s = next_day(PRESS, |_, _| false);
    assert!(s.exercises[0].offer.is_none() && s.notice.is_none());
}

#[test]
fn five_three_one_moves_to_next_week_and_offers_the_training_max_after_week_three() {
    let week1 = "?v=1&e=Squat~200~531w1~~~~~w5";
    let s = next_day(week1, |_, _| true);
    assert_eq!(s.exercises[0].exercise.scheme, Builtin::FiveThreeOneWeek2);
    assert!(s.exercises[0].offer.is_none());
    assert_eq!(s.notice.as_deref(), Some("Squat: week 2 of the cycle."));
    let week3 = "?v=1&e=Squat~200~531w3~~~~~w5";
    let s = next_day(week3, |_, _| true);
    assert_eq!(s.exercises[0].exercise.scheme, Builtin::FiveThreeOneWeek1);
    let offer = s.exercises[0].offer.clone().expect("an offer");
    // TM 180 + 5 = 185.
    assert_eq!(
        offer.text,
        "training max 185 kg (training max +5 kg: the cycle's last \"+\" set made its reps)"
    );
    let id = s.exercises[0].id;
    let applied = run(s, [PlanAction::Offer { id, apply: true }.into()]);
    let max = match applied.exercises[0].exercise.max {
        Some(MaxSource::OneRepMax(m)) => m,
        other => panic!("{other:?}"),
    };
    assert!((max * 0.9 - 185.0).abs() < 0.01, "{max}");
}

#[test]
fn the_setup_page_picks_a_rule_its_step_and_range_and_says_why_a_bad_one_is_refused() {
    use backoff::core::page::SetupField;
    use backoff::core::units::InputError;
    let s = start_local(
        None,
        "?v=1&e=Squat~140~strength&e=Curl~30~accessory",
        EVENING,
        0.0,
    )
    .state;
    let (squat, curl) = (id(&s, 0), id(&s, 1));
    // A squat steps 5 kg, a curl 2.5, unless told otherwise.
    let s = run(
        s,
        [
            text(SetupField::Rule(squat), "linear"),
            text(SetupField::Rule(curl), "double"),
        ],
    );
    assert_eq!(s.exercises[0].exercise.rule, linear(5.0, 0));
    assert_eq!(s.exercises[1].exercise.rule, double(8, 12, 8));
    // Double progression asks its reps of the work sets.
    let curl_reps: Vec<_> = s.exercises[1]
        .sets()
        .iter()
        .filter(|p| p.kind == SetKind::Work)
        .map(|p| p.reps)
        .collect();
    assert!(
        curl_reps
            .iter()
            .all(|r| *r == backoff::core::scheme::Reps::Exact(8)),
        "{curl_reps:?}"
    );
    // A step of 0 is refused with its reason, the rule kept as it was.
    let s = run(s, [text(SetupField::RuleStep(squat), "0")]);
    assert_eq!(s.exercises[0].exercise.rule, linear(5.0, 0));
    assert_eq!(
        s.setup.rule_text,
        Some((
            SetupField::RuleStep(squat),
            "0".into(),
            Some(InputError::OutOfRange {
                min: 0.25,
                max: 25.0
            })
        ))
    );
    let s = run(s, [text(SetupField::RuleStep(squat), "2.5")]);
    assert_eq!(s.exercises[0].exercise.rule, linear(2.5, 0));
    // A range upside down says how to write one.
    let s = run(s, [text(SetupField::RuleRange(curl), "12-8")]);
    let why = s.setup.rule_text.as_ref().and_then(|t| t.2);
    assert_eq!(
        why.map(InputError::message).as_deref(),
        Some("Type a range of reps, lower first: 8-12.")
    );
    let s = run(s, [text(SetupField::RuleRange(curl), "10-15")]);
    assert_eq!(s.exercises[1].exercise.rule, double(10, 15, 10));
    // The link carries them.
    let (query, _) = s.texts();
    assert!(
        query.contains("~l2.5") && query.contains("~d10-15:2.5@10"),
        "{query}"
    );
    // Back to none.
    let s = run(s, [text(SetupField::Rule(squat), "manual")]);
    assert_eq!(s.exercises[0].exercise.rule, Rule::Manual);
}

#[test]
fn a_stale_offer_goes_a_later_session_replaces_it_and_undo_keeps_later_edits() {
    use backoff::core::page::SetupField;
    let s = next_day(PRESS, |_, _| true);
    let id = s.exercises[0].id;
    assert!(s.exercises[0].offer.is_some());
    // Another rule picked: the offer was for the old one.
    let picked = run(s.clone(), [text(SetupField::Rule(id), "double")]);
    assert!(picked.exercises[0].offer.is_none());
    // A max typed: the offer was for the old max.
    let typed = run(
        s.clone(),
        [text(PlanField::Max(id, MaxField::OneRepMax), "70")],
    );
    assert!(typed.exercises[0].offer.is_none());
    // Applied, then a max typed: Undo would throw the typed max away, so it does nothing.
    let applied = run(s.clone(), [PlanAction::Offer { id, apply: true }.into()]);
    let edited = run(
        applied,
        [text(PlanField::Max(id, MaxField::OneRepMax), "70")],
    );
    let after_undo = run(edited, [PlanAction::Undo.into()]);
    assert_eq!(
        after_undo.exercises[0].exercise.max,
        Some(MaxSource::OneRepMax(70.0))
    );
    // A later session short of its reps: the old offer goes with the miss counted.
    let one_set = tick(&s, 0, 0, EVENING + DAY);
    let s = run(s, [one_set]);
    let (query, stored) = s.texts();
    let s = start_local(Some(&stored), &query, EVENING + 2.0 * DAY, 0.0).state;
    assert!(s.exercises[0].offer.is_none());
    assert_eq!(s.exercises[0].exercise.rule, linear(2.5, 1));
}

#[test]
fn a_step_smaller_than_the_plates_allow_offers_the_next_load_that_can_be_loaded() {
    // 1 kg a session on a 60 kg press: 1.25 kg plates make 2.5 kg jumps, so 52.5 is offered
    // (51 cannot be loaded), and Apply plans exactly that.
    let address = "?v=1&e=Press~60~strength~~~~~l1";
    let s = next_day(address, |_, _| true);
    let offer = s.exercises[0].offer.clone().expect("an offer");
    assert!(
        offer.text.starts_with("52.5 kg next (+1 kg"),
        "{}",
        offer.text
    );
    let id = s.exercises[0].id;
    let applied = run(s, [PlanAction::Offer { id, apply: true }.into()]);
    assert_eq!(work_loads(&applied), [52.5; 5]);
}

/// A squat of 100 kg on linear progression with a Goto back-off set.
const SQUAT: &str = "?v=1&e=Squat~100~goto~~~~~l5";

/// Every set of `s` ticked and `reps` logged on its back-off set at `at`; then the next day.
fn back_off_session(s: PageState, reps: u32, at: f64) -> PageState {
    let squat = id(&s, 0);
    let count = s.exercises[0].sets().len();
    let mut actions: Vec<_> = (0..count).map(|i| tick(&s, 0, i, at)).collect();
    actions.push(PlanAction::Text(PlanField::Result(squat), reps.to_string()).into());
    actions.push(PlanAction::At(Timed::LogBackOff { exercise: squat }, at).into());
    let s = run(s, actions);
    let (query, stored) = s.texts();
    start_local(Some(&stored), &query, at + DAY, 0.0).state
}

#[test]
fn back_off_reps_fallen_by_more_than_a_third_hold_the_step_and_say_so() {
    let s = start_local(None, SQUAT, EVENING, 0.0).state;
    // Monday: every set done, 15 back-off reps. The step is offered and applied.
    let s = back_off_session(s, 15, EVENING);
    assert!(s.exercises[0].offer.is_some(), "{:?}", s.notice);
    let squat = id(&s, 0);
    let s = run(
        s,
        [PlanAction::Offer {
            id: squat,
            apply: true,
        }
        .into()],
    );
    // Tuesday: every set done again, but the back-off set at about the same load made 9: the
    // step waits, and the notice and the history page say why.
    let s = back_off_session(s, 9, EVENING + DAY);
    assert!(s.exercises[0].offer.is_none());
    assert_eq!(
        s.notice.as_deref(),
        Some("Squat: held: back-off 9 reps, 15 last time.")
    );
    let changes = read_changes(&s.changes);
    let held = changes.last().expect("the hold is kept");
    assert_eq!(held.text, "held: back-off 9 reps, 15 last time");
    assert_eq!(held.at_ms, EVENING + DAY);
    // Ten reps after fifteen is a third down, not more: the step is offered.
    let s = start_local(None, SQUAT, EVENING, 0.0).state;
    let s = back_off_session(s, 15, EVENING);
    let s = back_off_session(s, 10, EVENING + DAY);
    assert!(s.exercises[0].offer.is_some(), "{:?}", s.notice);
}

#[test]
fn back_off_reps_at_another_load_are_another_test() {
    let s = start_local(None, SQUAT, EVENING, 0.0).state;
    let s = back_off_session(s, 15, EVENING);
    // The max typed 30% higher: the back-off set's load moves as much, and 9 reps there say
    // nothing against 15 at the old load.
    let squat = id(&s, 0);
    let s = run(s, [text(PlanField::Max(squat, MaxField::OneRepMax), "130")]);
    let s = back_off_session(s, 9, EVENING + DAY);
    assert!(s.exercises[0].offer.is_some(), "{:?}", s.notice);
    // And a session without a back-off result logged is judged on its work sets alone: the
    // fall seen the session before says nothing about it.
    let s = start_local(None, SQUAT, EVENING, 0.0).state;
    let s = back_off_session(s, 15, EVENING);
    let s = back_off_session(s, 9, EVENING + DAY);
    assert!(s.exercises[0].offer.is_none(), "{:?}", s.notice);
    let count = s.exercises[0].sets().len() - 1;
    let ticks: Vec<_> = (0..count)
        .map(|i| tick(&s, 0, i, EVENING + 2.0 * DAY))
        .collect();
    let s = run(s, ticks);
    let (query, stored) = s.texts();
    let s = start_local(Some(&stored), &query, EVENING + 3.0 * DAY, 0.0).state;
    assert!(s.exercises[0].offer.is_some(), "{:?}", s.notice);
}

#[test]
fn a_held_rise_is_no_miss_for_linear_progression() {
    // One session short already; Monday falls short too (its first work set not done), with
    // 15 back-off reps: two misses in a row.
    let s = start_local(None, "?v=1&e=Squat~100~goto~~~~~l5m1", EVENING, 0.0).state;
    let squat = id(&s, 0);
    let first_work = s.exercises[0]
        .sets()
        .iter()
        .position(|p| p.kind == SetKind::Work)
        .unwrap_or_default();
    let count = s.exercises[0].sets().len();
    let mut actions: Vec<_> = (0..count)
        .filter(|&i| i != first_work)
        .map(|i| tick(&s, 0, i, EVENING))
        .collect();
    actions.push(PlanAction::Text(PlanField::Result(squat), "15".into()).into());
    actions.push(PlanAction::At(Timed::LogBackOff { exercise: squat }, EVENING).into());
    let s = run(s, actions);
    let (query, stored) = s.texts();
    let s = start_local(Some(&stored), &query, EVENING + DAY, 0.0).state;
    assert_eq!(s.exercises[0].exercise.rule, linear(5.0, 2));
    // Tuesday: every set done, the back-off set fallen: held, and no miss counted, so one short
    // session more takes no 10% off.
    let s = back_off_session(s, 9, EVENING + DAY);
    assert_eq!(
        s.notice.as_deref(),
        Some("Squat: held: back-off 9 reps, 15 last time.")
    );
    assert_eq!(s.exercises[0].exercise.rule, linear(5.0, 0));
}

#[test]
fn a_double_progression_on_rpe_sets_goes_back_to_the_bottom_and_the_chart_plans_it_heavier() {
    use backoff::core::scheme::Intensity;
    use backoff::core::session::{Exercise, Settings};
    use backoff::core::units::Unit;
    use backoff::core::url_state::encode;
    let mut row = Exercise::new("Row", 100.0, Builtin::StrengthBackOff);
    for g in row.groups.iter_mut().filter(|g| g.kind == SetKind::Work) {
        g.intensity = Intensity::Rpe(8.0);
    }
    row.rule = double(8, 12, 12);
    let address = encode(&Settings::for_unit(Unit::Kg), &[row]);
    let before = start_local(None, &address, EVENING, 0.0).state;
    let at_twelve = work_loads(&before);
    // Every set made 12 at RPE 8: no max changes; the range starts again at 8 reps, which
    // the same RPE makes heavier.
    let s = next_day(&address, |_, _| true);
    assert!(s.exercises[0].offer.is_none());
    assert_eq!(
        s.notice.as_deref(),
        Some("Row: 8 reps, heavier at the same RPE: every set made 12.")
    );
    assert_eq!(s.exercises[0].exercise.rule, double(8, 12, 8));
    assert_eq!(
        s.exercises[0].exercise.max,
        Some(MaxSource::OneRepMax(100.0))
    );
    let at_eight = work_loads(&s);
    assert!(
        at_eight.iter().zip(&at_twelve).all(|(a, b)| a > b),
        "{at_eight:?} after {at_twelve:?}"
    );
}

#[test]
fn a_step_within_the_plan_is_said_but_not_kept_among_the_changes() {
    use backoff::core::session::{Exercise, Settings};
    use backoff::core::units::Unit;
    use backoff::core::url_state::encode;
    let mut curl = Exercise::new("Curl", 40.0, Builtin::AccessoryBackOff);
    curl.rule = double(8, 12, 9);
    let address = encode(&Settings::for_unit(Unit::Kg), &[curl]);
    let s = next_day(&address, |_, _| true);
    assert_eq!(
        s.notice.as_deref(),
        Some("Curl: 10 reps: every set made 9 last time.")
    );
    assert_eq!(
        s.changes, "",
        "a rep more in the range is no change to the max"
    );
}
