//! The page's state as a reducer: what the lifter typed (kept as text so a bad value can be
//! shown with its message while the plan keeps the last good one), the session, the log and the
//! rest timer. Every change is an `Action`; time comes in with the action.

use std::rc::Rc;

use yew::Reducible;

use super::fields::{new_plate, rest_texts, take_text, Field};
use crate::core::one_rep_max::{Estimate, EstimateError};
use crate::core::plan::PlannedSet;
use crate::core::plates::{Plate, PlateStock, Rounding};
use crate::core::rest_timer::{RestTimer, TimerAction};
use crate::core::saved::Saved;
use crate::core::scheme::Builtin;
use crate::core::session::{push_log, Exercise, LogEntry, MaxSource, Settings, MAX_PAIRS};
use crate::core::units::{convert, fmt, parse_reps, parse_rpe, parse_weight, Unit};
use crate::core::url_state::MAX_EXERCISES;

/// Which way a max is entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MaxMode {
    OneRepMax,
    FromSet,
}

/// A typed field of an exercise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MaxField {
    OneRepMax,
    Load,
    Reps,
    Rpe,
}

/// An exercise's sets as the core plans them (or why there are none), shared between renders.
pub type Plan = Rc<Result<(Estimate, Vec<PlannedSet>), EstimateError>>;

/// An exercise with what the lifter typed for it and how far through it they are.
#[derive(Clone, Debug, PartialEq)]
pub struct ExerciseState {
    /// Stable across reorders, for list keys and element ids.
    pub id: u32,
    pub exercise: Exercise,
    pub mode: MaxMode,
    pub max_text: String,
    pub load_text: String,
    pub reps_text: String,
    pub rpe_text: String,
    /// Checked-off sets, by index in the plan.
    pub done: Vec<usize>,
    /// Reps typed for the back-off set, until logged.
    pub result_text: String,
    pub logged: bool,
    /// The scheme editor is open (it is only drawn then).
    pub editing: bool,
    /// The exercise planned with the current settings, kept up to date by the reducer: only an
    /// exercise's own edits or a change of the settings it uses plan it again (a kg+lb inventory
    /// takes ms). `None` only until the state holding it is finished.
    pub plan: Option<Plan>,
}

impl ExerciseState {
    /// Texts that show the exercise's current values; planned by [`replan`].
    pub fn new(id: u32, exercise: Exercise) -> Self {
        let (mode, max_text, load_text, reps_text, rpe_text) = match exercise.max {
            MaxSource::OneRepMax(m) => (
                MaxMode::OneRepMax,
                fmt(m),
                String::new(),
                String::new(),
                String::new(),
            ),
            MaxSource::FromSet { load, reps, rpe } => (
                MaxMode::FromSet,
                String::new(),
                fmt(load),
                reps.to_string(),
                rpe.map(fmt).unwrap_or_default(),
            ),
        };
        ExerciseState {
            id,
            plan: None,
            exercise,
            mode,
            max_text,
            load_text,
            reps_text,
            rpe_text,
            done: Vec::new(),
            result_text: String::new(),
            logged: false,
            editing: false,
        }
    }

    /// The same exercise with its loads converted from `from` to `to` (its texts show them anew),
    /// keeping how far through it the lifter is.
    fn in_unit(&self, from: Unit, to: Unit) -> Self {
        ExerciseState {
            done: self.done.clone(),
            logged: self.logged,
            editing: self.editing,
            result_text: self.result_text.clone(),
            ..ExerciseState::new(self.id, self.exercise.converted(from, to))
        }
    }

    /// Re-reads the typed max into the exercise when it is valid; a bad value leaves the last good one.
    pub(super) fn reread_max(&mut self, unit: Unit) {
        match self.mode {
            MaxMode::OneRepMax => {
                if let Ok(w) = parse_weight(&self.max_text, unit) {
                    self.exercise.max = MaxSource::OneRepMax(w.to(unit));
                }
            }
            MaxMode::FromSet => {
                let rpe = if self.rpe_text.trim().is_empty() {
                    Ok(None)
                } else {
                    parse_rpe(&self.rpe_text).map(Some)
                };
                if let (Ok(w), Ok(reps), Ok(rpe)) = (
                    parse_weight(&self.load_text, unit),
                    parse_reps(&self.reps_text),
                    rpe,
                ) {
                    self.exercise.max = MaxSource::FromSet {
                        load: w.to(unit),
                        reps,
                        rpe,
                    };
                }
            }
        }
    }
}

/// The id of the Undo button offered after a removal.
pub const UNDO_ID: &str = "undo";

/// Overtime after which a stored rest is dropped when the page opens again.
const STALE_REST_MS: f64 = 10.0 * 60.0 * 1000.0;

/// Everything the page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub settings: Settings,
    pub exercises: Vec<ExerciseState>,
    pub log: Vec<LogEntry>,
    pub timer: RestTimer,
    /// A notice at the top (unreadable URL or storage, a copied link).
    pub notice: Option<String>,
    /// The set (exercise id, position) whose check started the current rest.
    pub rest_from: Option<(u32, usize)>,
    /// The exercise removed last and where it stood, until undone or replaced.
    pub removed: Option<(usize, ExerciseState)>,
    pub next_id: u32,
    /// Texts of the settings fields, so a bad value keeps its message.
    pub bar_text: String,
    pub collar_text: String,
    /// A plate being added to the list, and its unit (either: mixed kg/lb gyms are common).
    pub new_plate_text: String,
    pub new_plate_unit: Unit,
    /// A rest length typed for a manual start ("90", "1:30").
    pub custom_rest_text: String,
    /// Texts of the default rests (warm-up, work, back-off), so a bad value keeps its message.
    pub rest_texts: [String; 3],
    /// Text being typed into a field that takes its value only when left (a scheme cell, a
    /// step): kept here so a redraw meanwhile does not put the old value back under the thumb.
    pub draft: Option<(Field, String)>,
    /// The settings panel is open (it is only drawn then: every keystroke redraws the page).
    pub settings_open: bool,
    /// Where the keyboard focus goes after this change, when it removed the element that had it:
    /// a request number (so the same element can be asked for twice) and the element's id.
    pub focus: (u32, String),
}

/// A panel that opens and closes (a `<details>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    Settings,
    /// An exercise's scheme editor.
    Scheme(usize),
}

/// A setting that is on or off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    Sound,
    CountdownBeeps,
    Vibrate,
    KeepAwake,
    Notify,
}

/// What depends on the moment of the tap; the time comes with it in [`Action::At`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Timed {
    /// A set checked off (or un-checked): starts the rest that follows it.
    ToggleDone {
        exercise: usize,
        set: usize,
        rest_s: u32,
    },
    /// The typed back-off reps, logged at this load.
    LogBackOff {
        exercise: usize,
        load: f64,
    },
    Timer(TimerAction),
}

/// Everything the lifter can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    AddExercise,
    RemoveExercise(usize),
    /// Puts the exercise removed last back where it was.
    UndoRemove,
    MoveExercise {
        index: usize,
        up: bool,
    },
    /// What is now in a field (typed, or picked from a list).
    Text(Field, String),
    /// Text typed so far into a field that takes its value when left.
    Draft(Field, String),
    /// A panel was opened (true) or closed.
    Open(Panel, bool),
    SetMaxMode(usize, MaxMode),
    ResetScheme(usize),
    /// A tap at a moment (ms since the epoch).
    At(Timed, f64),
    /// Repaints the timer (and moves a finished rest to its overtime state).
    Tick(f64),
    SetUnit(Unit),
    SetRounding(Rounding),
    Toggle(Flag),
    SetPlatePairs(usize, u32),
    /// Adds the plate typed in [`Field::NewPlate`] (a 2.5 lb plate in a kg gym, 0.25 kg micro
    /// plates).
    AddPlate,
    /// A new session with the same plan: checks, typed results and the timer are cleared.
    StartOver,
    Notice(Option<String>),
}

impl AppState {
    /// The page as first drawn, from what storage and the URL held.
    pub fn new(
        saved: Saved,
        exercises: Vec<Exercise>,
        settings: Settings,
        notice: Option<String>,
        now_ms: f64,
    ) -> Self {
        let exercises: Vec<ExerciseState> = exercises
            .into_iter()
            .enumerate()
            .map(|(i, e)| {
                let mut state = ExerciseState::new(i as u32, e);
                state.done = saved.done.get(i).cloned().unwrap_or_default();
                state.logged = saved.logged.contains(&i);
                state
            })
            .collect();
        // A rest that ended long ago (the page was closed) is history, not a timer.
        let timer = match saved.timer.settle(now_ms) {
            t if t.overtime_ms(now_ms) > STALE_REST_MS => RestTimer::Idle,
            t => t,
        };
        let mut state = AppState {
            bar_text: fmt(settings.bar),
            collar_text: fmt(settings.collar),
            new_plate_text: String::new(),
            new_plate_unit: settings.unit,
            custom_rest_text: String::new(),
            rest_texts: rest_texts(&settings),
            draft: None,
            settings_open: false,
            focus: (0, String::new()),
            next_id: exercises.len() as u32,
            settings,
            exercises,
            log: saved.log,
            timer,
            notice,
            removed: None,
            rest_from: None,
        };
        replan(None, &[], &mut state);
        state
    }

    /// The exercises as pure data (for the URL).
    pub fn session(&self) -> Vec<Exercise> {
        self.exercises.iter().map(|e| e.exercise.clone()).collect()
    }
}

/// The exercise a first visit starts with: the article's bench example.
pub fn first_exercise() -> Exercise {
    Exercise::new("Bench press", 100.0, Builtin::StrengthBackOff)
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        let unit = s.settings.unit;
        match action {
            Action::AddExercise if s.exercises.len() >= MAX_EXERCISES => return self,
            Action::AddExercise => {
                let id = s.next_id;
                s.next_id += 1;
                let mut e = Exercise::new("", 60.0, Builtin::Goto);
                e.max = s.exercises.last().map(|l| l.exercise.max).unwrap_or(e.max);
                s.exercises.push(ExerciseState::new(id, e));
            }
            Action::RemoveExercise(i) if i < s.exercises.len() => {
                s.draft = None;
                let e = s.exercises.remove(i);
                let name = if e.exercise.name.trim().is_empty() {
                    "the exercise".into()
                } else {
                    e.exercise.name.clone()
                };
                s.notice = Some(format!("Removed {name}."));
                s.removed = Some((i, e));
                s.focus = (s.focus.0.wrapping_add(1), UNDO_ID.into());
            }
            Action::UndoRemove => {
                if let Some((i, e)) = s.removed.take() {
                    s.focus = (s.focus.0.wrapping_add(1), format!("ex{}-title", e.id));
                    s.exercises.insert(i.min(s.exercises.len()), e);
                    s.notice = None;
                }
            }
            Action::MoveExercise { index, up } => {
                s.draft = None;
                let other = if up {
                    index.checked_sub(1)
                } else {
                    Some(index + 1)
                };
                if let Some(j) =
                    other.filter(|&j| j < s.exercises.len() && index < s.exercises.len())
                {
                    s.exercises.swap(index, j);
                }
            }
            Action::SetMaxMode(i, mode) => with(&mut s, i, |e| {
                e.mode = mode;
                e.reread_max(unit);
            }),
            Action::ResetScheme(i) => with(&mut s, i, |e| {
                e.exercise.groups = e.exercise.scheme.groups();
                e.done.clear();
            }),
            Action::Text(field, text) => {
                if s.draft.as_ref().is_some_and(|(f, _)| *f == field) {
                    s.draft = None;
                }
                take_text(&mut s, field, text);
            }
            Action::Draft(field, text) => s.draft = Some((field, text)),
            // A <details> drawn open (an undone removal) says so too: no redraw for that.
            Action::Open(Panel::Settings, open) if open != s.settings_open => {
                s.settings_open = open
            }
            Action::Open(Panel::Scheme(i), open)
                if s.exercises.get(i).is_some_and(|e| e.editing != open) =>
            {
                with(&mut s, i, |e| e.editing = open)
            }
            Action::At(timed, now_ms) => at(&mut s, timed, now_ms),
            Action::Tick(now_ms) => {
                let next = s.timer.settle(now_ms);
                if next == s.timer {
                    // Nothing changed but the clock: the repaint comes from the tick's own state.
                    return self;
                }
                s.timer = next;
            }
            Action::SetUnit(u) if u != unit => {
                // The bar and plates kept for that unit (else its standard ones) come back.
                s.settings = s.settings.switched_to(u);
                // An exercise waiting for Undo comes back in the new unit too.
                let waiting = s.removed.as_mut().map(|(_, e)| e);
                for e in s.exercises.iter_mut().chain(waiting) {
                    *e = e.in_unit(unit, u);
                }
                s.bar_text = fmt(s.settings.bar);
                s.collar_text = fmt(s.settings.collar);
                s.new_plate_unit = u;
            }
            Action::SetPlatePairs(i, n) => {
                if let Some(p) = s.settings.plates.get_mut(i) {
                    p.pairs = n.min(MAX_PAIRS);
                }
            }
            Action::SetRounding(r) => s.settings.rounding = r,
            Action::Toggle(flag) => {
                let t = &mut s.settings;
                let on = match flag {
                    Flag::Sound => &mut t.sound,
                    Flag::CountdownBeeps => &mut t.countdown_beeps,
                    Flag::Vibrate => &mut t.vibrate,
                    Flag::KeepAwake => &mut t.keep_awake,
                    Flag::Notify => &mut t.notify,
                };
                *on = !*on;
            }
            Action::AddPlate => {
                let Some(weight) = new_plate(&s.new_plate_text) else {
                    return self;
                };
                let plate = Plate {
                    weight,
                    unit: s.new_plate_unit,
                };
                s.new_plate_text.clear();
                let plates = &mut s.settings.plates;
                if !plates.iter().any(|p| p.plate == plate) {
                    let kg = |p: &Plate| convert(p.weight, p.unit, Unit::Kg);
                    let at = plates
                        .iter()
                        .position(|p| kg(&p.plate) < kg(&plate))
                        .unwrap_or(plates.len());
                    plates.insert(at, PlateStock { plate, pairs: 1 });
                }
            }
            Action::StartOver => {
                for e in &mut s.exercises {
                    e.done.clear();
                    e.result_text.clear();
                    e.logged = false;
                }
                s.timer = RestTimer::Idle;
                s.rest_from = None;
            }
            Action::Notice(n) => {
                // A new notice replaces the undo offer with it.
                s.removed = None;
                s.notice = n;
            }
            _ => return self,
        }
        replan(Some(&self.settings), &self.exercises, &mut s);
        Rc::new(s)
    }
}

/// Plans what an action changed: every exercise after a change of the settings plans use, else
/// those not planned yet, edited, or back (an undone removal may predate a settings change).
fn replan(settings_before: Option<&Settings>, before: &[ExerciseState], s: &mut AppState) {
    let all = settings_before.is_none_or(|b| !same_plan_inputs(b, &s.settings));
    for e in &mut s.exercises {
        let was = before.iter().find(|o| o.id == e.id);
        if all || e.plan.is_none() || was.is_none_or(|o| o.exercise != e.exercise) {
            e.plan = Some(Rc::new(e.exercise.plan(&s.settings)));
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
        spare: _,
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
}

/// Runs `f` on exercise `i`, if there is one.
pub(super) fn with(s: &mut AppState, i: usize, f: impl FnOnce(&mut ExerciseState)) {
    if let Some(e) = s.exercises.get_mut(i) {
        f(e);
    }
}

/// A tap whose effect depends on when it happened.
fn at(s: &mut AppState, timed: Timed, now_ms: f64) {
    match timed {
        Timed::ToggleDone {
            exercise,
            set,
            rest_s,
        } => {
            let mut start = false;
            let mut unchecked = false;
            let mut id = None;
            with(s, exercise, |e| {
                id = Some(e.id);
                if let Some(pos) = e.done.iter().position(|&d| d == set) {
                    e.done.remove(pos);
                    unchecked = true;
                } else {
                    e.done.push(set);
                    start = rest_s > 0;
                }
            });
            let this = id.map(|id| (id, set));
            if start {
                let duration_ms = f64::from(rest_s) * 1000.0;
                s.timer = s.timer.apply(TimerAction::Start { duration_ms }, now_ms);
                s.rest_from = this;
            } else if unchecked && this.is_some() && s.rest_from == this {
                // A mis-tap taken back: the rest it started goes too.
                s.timer = s.timer.apply(TimerAction::Reset, now_ms);
                s.rest_from = None;
            }
        }
        Timed::LogBackOff { exercise, load } => {
            let unit = s.settings.unit;
            let mut entry = None;
            with(s, exercise, |e| {
                if let Ok(reps) = parse_reps(&e.result_text) {
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
                push_log(&mut s.log, entry);
            }
        }
        Timed::Timer(a) => s.timer = s.timer.apply(a, now_ms),
    }
}
