//! The reducer: what each action does to the page's state. Every action is matched by name, so
//! a new one does not compile until it is handled here.

use std::rc::Rc;

use super::action::{Action, ExerciseId, Field, MaxMode, Panel, PlanAction, Timed, WeighStep};
use super::library;
use super::state::{
    load_field, parse_optional_rpe, EndedRest, ExerciseState, Fixing, PageState, Removed, Undo,
    FIX_ID, FIX_REPS_ID, TIMER_CLOSE_ID, TIMER_PAUSE_ID, TIMER_REST_ID, TIMER_RESUME_ID, UNDO_ID,
};
use super::typed::Typed;
use crate::core::implements::MAX_WEIGHED;
use crate::core::rest_timer::{words, RestTimer, TimerAction};
use crate::core::scheme::{Builtin, Reps};
use crate::core::session::{push_log, Exercise, LogEntry, Settings, MAX_EXERCISES};
use crate::core::units::{fmt, parse_reps};
use crate::core::warm_ups::WarmUpChoice;

impl PageState {
    /// The setup page's reducer: every action of either page. `None` when it changes nothing
    /// (the page then neither copies the state nor redraws).
    pub fn reduce(&self, action: Action) -> Option<PageState> {
        match action {
            Action::Plan(a) => self.reduce_plan(a),
            Action::Setup(a) => super::setup::reduce(self, a),
        }
    }

    /// The plan page's reducer: only the plan page's actions, so its first load carries none of
    /// the setup page's code. `None` when the action changes nothing.
    pub fn reduce_plan(&self, action: PlanAction) -> Option<PageState> {
        // Cheap checks first: the timer's tick runs ten times a second while resting.
        match &action {
            PlanAction::Tick(now_ms) => {
                let timer = self.timer.settle(*now_ms);
                return (timer != self.timer).then(|| PageState {
                    timer,
                    ..self.clone()
                });
            }
            PlanAction::AddExercise if self.exercises.len() >= MAX_EXERCISES => return None,
            PlanAction::Undo if !matches!(self.undo, Some(Undo::Exercise(_) | Undo::Offer(_))) => {
                return None
            }
            PlanAction::Offer { id, .. }
                if self.exercise(*id).is_none_or(|e| e.offer.is_none()) =>
            {
                return None
            }
            PlanAction::DiscardLinkPlan if self.from_link.is_none() => return None,
            PlanAction::OpenDay(id)
                if *id == self.plan_id || self.program().is_none_or(|p| !p.days.contains(id)) =>
            {
                return None
            }
            PlanAction::ShowDetails(on) if self.settings.details == *on => return None,
            PlanAction::Open(Panel::Setup(id), open)
                if self.exercise(*id).is_none_or(|e| e.setup_open == *open) =>
            {
                return None
            }
            PlanAction::Open(Panel::Fix(..), false) if self.fixing.is_none() => return None,
            PlanAction::RemoveExercise(id)
            | PlanAction::MoveExercise { id, .. }
            | PlanAction::SetMaxMode(id, _)
            | PlanAction::SetTrust(id, _)
            | PlanAction::EditMax(id)
            | PlanAction::Weigh(id, _)
            | PlanAction::At(Timed::ToggleDone { exercise: id, .. }, _)
            | PlanAction::At(Timed::LogBackOff { exercise: id }, _)
                if self.exercise(*id).is_none() =>
            {
                return None
            }
            PlanAction::Text(field, _) | PlanAction::Draft(field, _) | PlanAction::Leave(field)
                if field
                    .exercise()
                    .is_some_and(|id| self.exercise(id).is_none()) =>
            {
                return None
            }
            // Every action is handled by name below; these checks only spare a copy.
            _ => {}
        }
        let mut s = self.clone();
        match action {
            PlanAction::AddExercise => {
                let id = ExerciseId(s.next_id);
                s.next_id += 1;
                // Blank: another lift's max would plan it at the wrong numbers.
                let mut e = Exercise::new("", 60.0, Builtin::Goto);
                e.max = None;
                e.warm_up = WarmUpChoice::default_for(e.scheme);
                let mut added = ExerciseState::new(id, e, &s.settings);
                // A new exercise is set up first: open, with the thumb in its name.
                added.setup_open = true;
                s.exercises.push(added);
                s.focus.ask(id.element("name"));
            }
            PlanAction::RemoveExercise(id) => remove(&mut s, id),
            PlanAction::DiscardLinkPlan => {
                library::discard_link_plan(&mut s);
            }
            PlanAction::OpenDay(id) => {
                library::open(&mut s, id);
            }
            PlanAction::Undo => match s.undo {
                Some(Undo::Offer(_)) => {
                    super::offers::undo(&mut s);
                }
                Some(
                    Undo::Exercise(_)
                    | Undo::Plan(_)
                    | Undo::Scheme(_)
                    | Undo::Gym(_)
                    | Undo::Programs(_),
                )
                | None => undo_remove(&mut s),
            },
            PlanAction::Offer { id, apply: true } => {
                super::offers::apply(&mut s, id);
                s.focus.ask(UNDO_ID);
            }
            PlanAction::Offer { id, apply: false } => {
                super::offers::keep(&mut s, id);
                s.focus.ask(id.element("title"));
            }
            PlanAction::MoveExercise { id, up } => {
                let i = s.exercises.iter().position(|e| e.id == id);
                let j = i.and_then(|i| if up { i.checked_sub(1) } else { Some(i + 1) });
                match (i, j) {
                    (Some(i), Some(j)) if j < s.exercises.len() => s.exercises.swap(i, j),
                    _ => return None,
                }
            }
            PlanAction::SetMaxMode(id, mode) => with(&mut s, id, |e| {
                e.mode = mode;
                e.take_max();
            }),
            PlanAction::SetTrust(id, trust) => with(&mut s, id, |e| {
                e.trust = trust;
                e.take_max();
            }),
            PlanAction::EditMax(id) => {
                let mut field = String::new();
                with(&mut s, id, |e| {
                    e.setup_open = true;
                    field = match e.mode {
                        MaxMode::OneRepMax => id.element("max"),
                        MaxMode::FromSet => id.element("load"),
                    };
                });
                s.focus.ask(field);
            }
            PlanAction::Text(field, text) => {
                if s.draft
                    .as_ref()
                    .is_some_and(|(f, _)| *f == Field::Plan(field))
                {
                    s.draft = None;
                }
                super::fields::take_text(&mut s, field, text);
            }
            PlanAction::Draft(field, text) => s.draft = Some((field.into(), text)),
            PlanAction::Leave(field) => {
                if !super::fields::leave(&mut s, field) {
                    return None;
                }
            }
            PlanAction::Open(Panel::Fix(id, set), true) => open_fix(&mut s, id, set)?,
            PlanAction::Open(Panel::Fix(..), false) => s.fixing = None,
            PlanAction::Open(Panel::Setup(id), open) => {
                let mut refused = None;
                with(&mut s, id, |e| {
                    // A bad value keeps the setup open, with its message, rather than hide it.
                    if !open && e.has_bad_field() {
                        e.show_messages();
                        refused = e.first_bad_field();
                    } else {
                        e.setup_open = open;
                    }
                });
                if let Some(field) = refused {
                    s.focus.ask(field);
                }
            }
            PlanAction::At(timed, now_ms) => at(&mut s, timed, now_ms),
            // Handled above without a copy.
            PlanAction::Tick(_) => return None,
            PlanAction::StartOver => {
                let done = s.exercises.iter().any(|e| !e.done.is_empty());
                s.judge_session();
                s.archive_session();
                let waiting = match &mut s.undo {
                    Some(Undo::Exercise(r)) => Some(&mut r.exercise),
                    Some(
                        Undo::Plan(_)
                        | Undo::Scheme(_)
                        | Undo::Gym(_)
                        | Undo::Offer(_)
                        | Undo::Programs(_),
                    )
                    | None => None,
                };
                for e in s.exercises.iter_mut().chain(waiting) {
                    e.untick_all();
                    e.result = Typed::default();
                    e.logged = false;
                }
                s.timer = RestTimer::Idle;
                s.rest_said = String::new();
                s.rest_from = None;
                s.ended_rest = None;
                if done {
                    super::program::next_day(&mut s);
                }
                if let Some((id, position)) = s.up_next() {
                    s.reveal.ask(id.set_element(position));
                }
            }
            PlanAction::Weigh(id, step) => {
                let mut on = match s.weighing.take() {
                    Some((e, plates)) if e == id => plates,
                    Some(_) | None => Vec::new(),
                };
                match step {
                    WeighStep::Put(p) if on.len() < MAX_WEIGHED => on.push(p),
                    WeighStep::TakeOff => {
                        on.pop();
                    }
                    // Full: nothing more goes on.
                    WeighStep::Put(_) => {}
                    WeighStep::Clear => on.clear(),
                }
                s.weighing = Some((id, on));
            }
            PlanAction::UseGym(id) => super::gyms::use_gym(&mut s, id)?,
            PlanAction::ShowDetails(on) => s.settings.details = on,
            PlanAction::Notice(n) => {
                // A new notice replaces the undo offer with it.
                s.undo = None;
                s.from_link = None;
                s.notice = n;
            }
        }
        Some(finish(self, s, false))
    }
}

/// What every change ends with, on either page: what it changed planned again, a rest whose
/// set is gone forgotten, and the example mark dropped once the plan is edited (a unit switch,
/// `converted`, only converts the example's numbers).
pub(super) fn finish(before: &PageState, mut s: PageState, converted: bool) -> PageState {
    super::gyms::record(before, &mut s);
    super::offers::drop_stale(&before.exercises, &mut s);
    replan(&before.settings, &before.exercises, &mut s);
    forget_lost_rest(&mut s);
    // Only the tick that ended the session can give its rest back.
    if s.ended_rest.is_some() && !s.session_done() {
        s.ended_rest = None;
    }
    if s.example && !converted && edited(&before.exercises, &s.exercises) {
        s.example = false;
    }
    s
}

/// Puts the exercise removed last back where it stood; with the plan full, it waits for room.
pub(super) fn undo_remove(s: &mut PageState) {
    if s.removed().is_none() {
        return;
    }
    if s.exercises.len() >= MAX_EXERCISES {
        // Kept for a later Undo, once there is room.
        s.notice = Some(format!(
            "The plan is full ({MAX_EXERCISES} exercises): remove one, then Undo."
        ));
        return;
    }
    if let Some(Undo::Exercise(removed)) = s.undo.take() {
        let Removed { exercise, before } = *removed;
        s.focus.ask(exercise.id.element("title"));
        let at = before
            .and_then(|b| s.exercises.iter().position(|e| e.id == b))
            .unwrap_or(s.exercises.len());
        s.exercises.insert(at, exercise);
        s.notice = None;
    }
}

/// The set that started the rest is forgotten once it is no longer checked (its checks cleared
/// by a scheme change, its exercise removed past undo), so taking a check back never stops
/// another set's rest.
fn forget_lost_rest(s: &mut PageState) {
    let exists = |(id, set): (ExerciseId, usize)| {
        let waiting = s.removed().map(|r| &r.exercise);
        let mut all = s.exercises.iter().chain(waiting);
        all.any(|e| e.id == id && set < e.set_count() && e.done.contains(&set))
    };
    if s.rest_from.is_some_and(|r| !exists(r)) {
        s.rest_from = None;
    }
}

/// Whether the plan itself changed (not only the progress through it).
fn edited(before: &[ExerciseState], after: &[ExerciseState]) -> bool {
    fn plan(e: &ExerciseState) -> &Exercise {
        &e.exercise
    }
    !before.iter().map(plan).eq(after.iter().map(plan))
}

/// Removes an exercise, keeping it for Undo with the one it stood before.
fn remove(s: &mut PageState, id: ExerciseId) {
    let Some(i) = s.exercises.iter().position(|e| e.id == id) else {
        return;
    };
    let e = s.exercises.remove(i);
    if s.draft
        .as_ref()
        .is_some_and(|(f, _)| f.exercise() == Some(id))
    {
        s.draft = None;
    }
    let name = match e.exercise.name.trim() {
        "" => "the exercise".to_string(),
        n => n.to_string(),
    };
    s.notice = Some(format!("Removed {name}."));
    // One Undo at a time: the notice offers this one.
    s.undo = Some(Undo::Exercise(Box::new(Removed {
        exercise: e,
        before: s.exercises.get(i).map(|e| e.id),
    })));
    s.focus.ask(UNDO_ID);
}

/// Plans what an action changed: every exercise after a change of the settings plans use, else
/// those edited or new (an undone removal may predate a settings change, so it is checked too).
fn replan(settings_before: &Settings, before: &[ExerciseState], s: &mut PageState) {
    let all = !same_plan_inputs(settings_before, &s.settings);
    for e in &mut s.exercises {
        let was = before.iter().find(|o| o.id == e.id);
        if all || was.is_none_or(|o| o.exercise != e.exercise) {
            let (planned, moves) = e.exercise.plan_and_moves(&s.settings);
            e.plan = Rc::new(planned);
            e.moves = moves;
            // A ramp's length follows the max and the plates: a check past the end names no
            // set any more.
            let count = e.set_count();
            e.done.retain(|&d| d < count);
            e.fixes.retain(|f| f.set < count);
        }
    }
}

/// Whether two settings plan alike: the timer's alerts do not change a load.
fn same_plan_inputs(a: &Settings, b: &Settings) -> bool {
    // Listing every field makes a new setting a compile error here until it is sorted.
    let Settings {
        unit,
        bar,
        collar,
        plates,
        rounding,
        formula,
        rests,
        sound: _,
        countdown_beeps: _,
        vibrate: _,
        keep_awake: _,
        notify: _,
        details: _,
        spare: _,
        bodyweight,
        weighed_at: _,
        goal,
    } = a;
    (unit, bar, collar, plates, rounding, formula, rests)
        == (
            &b.unit,
            &b.bar,
            &b.collar,
            &b.plates,
            &b.rounding,
            &b.formula,
            &b.rests,
        )
        && (bodyweight, goal) == (&b.bodyweight, &b.goal)
}

/// Runs `f` on the exercise with this id, if there is one.
pub(super) fn with(s: &mut PageState, id: ExerciseId, f: impl FnOnce(&mut ExerciseState)) {
    if let Some(e) = s.exercises.iter_mut().find(|e| e.id == id) {
        f(e);
    }
}

/// The bar's control that takes the focus in each state of the timer.
fn timer_focus(timer: &RestTimer) -> &'static str {
    match timer {
        RestTimer::Running { .. } => TIMER_PAUSE_ID,
        RestTimer::Paused { .. } => TIMER_RESUME_ID,
        RestTimer::Finished { .. } => TIMER_CLOSE_ID,
        RestTimer::Idle => TIMER_REST_ID,
    }
}

/// Applies a timer action, with the words a screen reader is told about it.
fn apply_timer(s: &mut PageState, action: TimerAction, now_ms: f64) {
    s.timer = s.timer.apply(action, now_ms);
    s.rest_said = words(action, &s.timer, now_ms);
}

/// A tap whose effect depends on when it happened.
fn at(s: &mut PageState, timed: Timed, now_ms: f64) {
    match timed {
        Timed::ToggleDone { exercise, set } => toggle_done(s, exercise, set, now_ms),
        Timed::LogBackOff { exercise } => {
            let unit = s.settings.unit;
            let mut entry = None;
            with(s, exercise, |e| {
                let load = e.back_off_set().filter(|(n, _)| e.done.contains(n));
                let load = load.and_then(|(_, set)| set.load());
                // Tried with a bad number: its message shows.
                e.result.leave();
                if let (Some(load), Some(reps), false) = (load, e.result.ok(), e.logged) {
                    e.logged = true;
                    entry = Some(LogEntry {
                        exercise: e.exercise.name.clone(),
                        at_ms: now_ms,
                        load,
                        unit,
                        reps,
                    });
                }
            });
            if let Some(entry) = entry {
                push_log(Rc::make_mut(&mut s.log), entry);
                // The field is replaced by the saved line: the focus goes there.
                s.focus.ask(exercise.element("logged"));
            }
        }
        Timed::Timer(a) => {
            s.ended_rest = None;
            apply_timer(s, a, now_ms);
            // The control tapped may be gone from the bar now: focus goes to its successor.
            if !matches!(a, TimerAction::Add { .. })
                || matches!(s.timer, RestTimer::Finished { .. })
            {
                s.focus.ask(timer_focus(&s.timer));
            }
        }
        Timed::Weighed => {
            s.bodyweight.leave();
            if s.bodyweight.ok().is_some() {
                s.settings.weighed_at = now_ms;
            }
        }
        Timed::StartCustomRest => match s.custom_rest.ok() {
            Some(duration_ms) => {
                s.ended_rest = None;
                apply_timer(s, TimerAction::Start { duration_ms }, now_ms);
                s.focus.ask(timer_focus(&s.timer));
                s.rest_from = None;
            }
            None => {
                s.custom_rest.leave();
            }
        },
    }
}

/// Checks a set off (starting the rest after it) or takes the check back.
/// Opens the correction of ticked set `set` of exercise `id`, its boxes showing what the set
/// was corrected to, else what was planned; `None` when the set is not ticked.
fn open_fix(s: &mut PageState, id: ExerciseId, set: usize) -> Option<()> {
    let e = s.exercise(id)?;
    let planned = e.sets().get(set).filter(|_| e.done.contains(&set))?;
    let fix = e.fixes.iter().find(|f| f.set == set);
    let reps = fix.map(|f| f.reps).or(match planned.reps {
        Reps::Exact(r) => Some(r),
        Reps::Amrap => None,
    });
    let load = fix.map(|f| f.load).or(planned.load());
    let rpe = fix.and_then(|f| f.rpe);
    s.fixing = Some(Fixing {
        exercise: id,
        set,
        reps: Typed::read(reps.map(|r| r.to_string()).unwrap_or_default(), parse_reps),
        load: load_field(load.map(fmt).unwrap_or_default(), s.settings.unit),
        rpe: Typed::read(rpe.map(fmt).unwrap_or_default(), parse_optional_rpe),
    });
    // The reps are what most often needs saying: the keypad opens for them, and the boxes and
    // their Done come into view above the timer bar.
    s.focus.ask(FIX_REPS_ID);
    s.reveal.ask(FIX_ID);
    Some(())
}

fn toggle_done(s: &mut PageState, id: ExerciseId, set: usize, now_ms: f64) {
    let Some(i) = s.exercises.iter().position(|e| e.id == id) else {
        return;
    };
    let last_exercise = i + 1 == s.exercises.len();
    let work_rest = s.settings.rests.work_s;
    let Some(e) = s.exercises.get_mut(i) else {
        return;
    };
    let Some(planned) = e.sets().get(set) else {
        return;
    };
    // After an exercise's last set, the next exercise's rest still applies.
    let rest_s = match planned.rest_after_s {
        0 if !last_exercise => work_rest,
        r => r,
    };
    let this = Some((id, set));
    if let Some(pos) = e.done.iter().position(|&d| d == set) {
        e.done.remove(pos);
        // Untick, and what was corrected for the set goes: it was not done after all.
        e.fixes.retain(|f| f.set != set);
        if s.fixing
            .as_ref()
            .is_some_and(|f| (f.exercise, f.set) == (id, set))
        {
            s.fixing = None;
        }
        if let Some(ended) = s.ended_rest.take().filter(|r| Some(r.by) == this) {
            // The session's last tick taken back: the rest it ended comes back.
            s.timer = ended.timer.settle(now_ms);
            s.rest_from = ended.rest_from;
            s.rest_said = ended.said;
        } else if s.rest_from == this {
            // A mis-tap taken back: the rest it started goes too.
            apply_timer(s, TimerAction::Reset, now_ms);
            s.rest_from = None;
        }
    } else {
        e.done.push(set);
        // The session begins at its first tick: nothing ticked before (or all taken back).
        if s.ticked_at <= 0.0 || s.exercises.iter().map(|e| e.done.len()).sum::<usize>() == 1 {
            s.began_at = now_ms;
        }
        s.ticked_at = now_ms;
        // On to the next set: a correction left open is done with.
        s.fixing = None;
        if s.session_done() {
            // No rest to nowhere: the bar says the session is done instead.
            s.ended_rest = Some(EndedRest {
                by: (id, set),
                timer: s.timer,
                rest_from: s.rest_from,
                said: s.rest_said.clone(),
            });
            apply_timer(s, TimerAction::Reset, now_ms);
            s.rest_from = None;
        } else if rest_s > 0 {
            let duration_ms = f64::from(rest_s) * 1000.0;
            apply_timer(s, TimerAction::Start { duration_ms }, now_ms);
            s.rest_from = this;
        }
        if let Some((next, position)) = s.up_next() {
            s.reveal.ask(next.set_element(position));
        }
    }
}
