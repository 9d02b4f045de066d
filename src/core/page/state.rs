//! The page's state: the settings, the exercises with what the lifter typed for each (text and
//! parsed value side by side, so a bad value keeps its message while the plan keeps the last
//! good one), the session's progress, the log and the rest timer. Pure data; `reduce` changes it.

use crate::core::progression::Offer;
use std::rc::Rc;

use super::action::{ExerciseId, Field, MaxMode};
use super::typed::Typed;
use crate::core::gyms::{Gym, GymId};
use crate::core::history::{done_sets, fill_back_off_reps, push_history, DoneSet};
use crate::core::implements::{parse_signed, GearPart, Implement};
use crate::core::named_schemes::NamedScheme;
use crate::core::one_rep_max::{estimate, Estimate, EstimateError, Formula};
use crate::core::plan::PlannedSet;
use crate::core::plans::{PlanId, StoredPlan, UNNAMED_PLAN};
use crate::core::plates::Plate;
use crate::core::programs::{Program, ProgramId};
use crate::core::rest_timer::{parse_duration, RestTimer};
use crate::core::rpe::parse_rpe;
use crate::core::saved::{self, Saved};
use crate::core::scheme::{has_back_off, parse_rest_s, SetKind};
use crate::core::session::{
    next_set, parse_bar, parse_bodyweight, parse_collar, Exercise, LogEntry, MaxSource, NextSet,
    Settings, Trust,
};
use crate::core::set_fix::SetFix;
use crate::core::units::{convert, fmt, parse_weight, InputError, Unit};
use crate::core::url_state;
use crate::core::warm_ups::RAMP;

/// An exercise's sets as the core plans them (or why there are none), shared between renders.
pub type Plan = Rc<Result<(Estimate, Vec<PlannedSet>), EstimateError>>;

/// An exercise with what the lifter typed for it and how far through it they are.
#[derive(Clone, Debug, PartialEq)]
pub struct ExerciseState {
    pub id: ExerciseId,
    pub exercise: Exercise,
    pub mode: MaxMode,
    pub max: Typed<f64>,
    pub load: Typed<f64>,
    pub reps: Typed<u32>,
    /// Empty is fine: no RPE.
    pub rpe: Typed<Option<f64>>,
    /// With an RPE, the estimate the lifter trusts; kept beside the boxes, so a switch to a 1RM
    /// and back, or an RPE cleared and retyped, finds the pick again.
    pub trust: Trust,
    /// Checked-off sets, by position in the plan.
    pub done: Vec<usize>,
    /// A weight of the gear the lifter typed and it refused: which box, the text, why.
    pub gear_refused: Option<(GearPart, String, InputError)>,
    /// Ticked sets corrected to what was really done (only ticked ones have one).
    pub fixes: Vec<SetFix>,
    /// Reps typed for the back-off set, until logged.
    pub result: Typed<u32>,
    pub logged: bool,
    /// The setup (name, max, scheme, equipment) is open; closed, the card is a one-line
    /// summary over its sets.
    pub setup_open: bool,
    /// The scheme editor is open (it is only drawn then).
    pub editing: bool,
    /// A change of max its rule offers after the last session, to apply or keep.
    pub offer: Option<Offer>,
    /// The exercise planned with the current settings, kept up to date by the reducer: only an
    /// exercise's own edits or a change of the settings it uses plan it again (a kg+lb inventory
    /// takes ms).
    pub plan: Plan,
    /// With the fewest changes asked for: plates moved over the sets, and with fewest plates.
    pub moves: Option<(usize, usize)>,
}

/// A load field: `text` read in `unit` (or in the unit typed after it) as a load in `unit`.
pub(super) fn load_field(text: String, unit: Unit) -> Typed<f64> {
    let value = parse_weight(&text, unit).map(|w| w.to(unit));
    Typed {
        text,
        value,
        left: false,
    }
}

/// A max's load field: on a bodyweight lift (`signed`) what is added to the body, below zero
/// for assistance; else a load as [`load_field`] reads it.
pub(super) fn max_field(text: String, unit: Unit, signed: bool) -> Typed<f64> {
    match signed {
        true => {
            let value = parse_signed(&text, unit.max_load());
            Typed::parsed(text, value)
        }
        false => load_field(text, unit),
    }
}

/// Reads an RPE field, where empty means none.
pub(super) fn parse_optional_rpe(
    text: &str,
) -> Result<Option<f64>, crate::core::units::InputError> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse_rpe(text).map(Some)
    }
}

impl ExerciseState {
    /// The exercise with fields that show its values, planned with `settings`.
    pub fn new(id: ExerciseId, exercise: Exercise, settings: &Settings) -> Self {
        let unit = settings.unit;
        let (planned, moves) = exercise.plan_and_moves(settings);
        let signed = exercise.implement() == Implement::Bodyweight;
        let (mode, max, load, reps, rpe) = match exercise.max {
            None => (
                MaxMode::OneRepMax,
                Typed::default(),
                Typed::default(),
                Typed::default(),
                Typed::read(String::new(), parse_optional_rpe),
            ),
            Some(MaxSource::OneRepMax(m)) => (
                MaxMode::OneRepMax,
                max_field(fmt(m), unit, signed),
                Typed::default(),
                Typed::default(),
                Typed::read(String::new(), parse_optional_rpe),
            ),
            Some(MaxSource::FromSet {
                load, reps, rpe, ..
            }) => (
                MaxMode::FromSet,
                Typed::default(),
                max_field(fmt(load), unit, signed),
                Typed::showing(reps, |r| r.to_string()),
                Typed::read(rpe.map(fmt).unwrap_or_default(), parse_optional_rpe),
            ),
        };
        let setup_open = exercise.max.is_none();
        let trust = match exercise.max {
            Some(MaxSource::FromSet { trust, .. }) => trust,
            Some(MaxSource::OneRepMax(_)) | None => Trust::Chart,
        };
        ExerciseState {
            id,
            trust,
            moves,
            plan: Rc::new(planned),
            exercise,
            mode,
            max,
            load,
            reps,
            rpe,
            done: Vec::new(),
            gear_refused: None,
            fixes: Vec::new(),
            result: Typed::default(),
            logged: false,
            // An exercise with no max has nothing to show but its setup.
            setup_open,
            editing: false,
            offer: None,
        }
    }

    /// The same exercise with its loads converted to `settings`' unit (its fields show them
    /// anew), keeping how far through it the lifter is.
    pub(super) fn in_unit(&self, from: Unit, settings: &Settings) -> Self {
        let converted = self.exercise.converted(from, settings.unit);
        ExerciseState {
            done: self.done.clone(),
            // The boxes converted the loads: a correction is what was done, in its unit.
            fixes: self
                .fixes
                .iter()
                .map(|f| SetFix {
                    load: convert(f.load, from, settings.unit),
                    ..*f
                })
                .collect(),
            logged: self.logged,
            editing: self.editing,
            setup_open: self.setup_open,
            result: self.result.clone(),
            trust: self.trust,
            ..ExerciseState::new(self.id, converted, settings)
        }
    }

    /// Unticks every set (a new session, a changed plan): their corrections go with them.
    pub(super) fn untick_all(&mut self) {
        self.done.clear();
        self.fixes.clear();
    }

    /// Both estimates of a set typed with an RPE, the chart's then the formula's: the lifter
    /// picks the one to trust. The chart's is `None` past its 12 reps, where only the formula
    /// can plan. `None` without an RPE, or with a bad field.
    pub fn both_estimates(&self, formula: Formula, body: f64) -> Option<(Option<f64>, f64)> {
        let (load, reps, rpe) = (self.load.ok()?, self.reps.ok()?, self.rpe.ok()??);
        let load = match self.exercise.implement() == Implement::Bodyweight {
            true => load + body,
            false => load,
        };
        let by_chart = estimate(formula, load, reps, Some(rpe)).ok().map(|e| e.max);
        let by_formula = estimate(formula, load, reps, None).ok()?;
        (self.mode == MaxMode::FromSet).then_some((by_chart, by_formula.max))
    }

    /// Takes the typed max into the exercise when it is valid; a bad value leaves the last
    /// good one.
    pub(super) fn take_max(&mut self) {
        let max = match self.mode {
            MaxMode::OneRepMax => self.max.ok().map(MaxSource::OneRepMax),
            MaxMode::FromSet => match (self.load.ok(), self.reps.ok(), self.rpe.ok()) {
                (Some(load), Some(reps), Some(rpe)) => Some(MaxSource::FromSet {
                    load,
                    reps,
                    rpe,
                    trust: self.trust,
                }),
                _ => None,
            },
        };
        if max.is_some() {
            self.exercise.max = max;
        }
    }

    /// A field of the max in use holds a bad value: the setup must stay open to show it.
    pub fn has_bad_field(&self) -> bool {
        match self.mode {
            MaxMode::OneRepMax => self.max.ok().is_none(),
            MaxMode::FromSet => {
                self.load.ok().is_none() || self.reps.ok().is_none() || self.rpe.ok().is_none()
            }
        }
    }

    /// The element id of the first max field in use with a bad value.
    pub fn first_bad_field(&self) -> Option<String> {
        let part = match self.mode {
            MaxMode::OneRepMax if self.max.ok().is_none() => "max",
            MaxMode::FromSet if self.load.ok().is_none() => "load",
            MaxMode::FromSet if self.reps.ok().is_none() => "reps",
            MaxMode::FromSet if self.rpe.ok().is_none() => "rpe",
            MaxMode::OneRepMax | MaxMode::FromSet => return None,
        };
        Some(self.id.element(part))
    }

    /// The max fields in use, marked as left so their messages show (closing was tried).
    pub(super) fn show_messages(&mut self) {
        match self.mode {
            MaxMode::OneRepMax => {
                self.max.leave();
            }
            MaxMode::FromSet => {
                self.load.leave();
                self.reps.leave();
                self.rpe.leave();
            }
        }
    }

    /// The estimate from the set typed, when every field of it is valid (in 1RM mode, none:
    /// the max is typed, not estimated).
    pub fn estimate(&self) -> Option<&Estimate> {
        let typed_set_ok = self.mode == MaxMode::FromSet && !self.has_bad_field();
        match self.plan.as_ref() {
            Ok((estimate, _)) if typed_set_ok => Some(estimate),
            _ => None,
        }
    }

    /// The planned sets, none when there is no plan.
    pub fn sets(&self) -> &[PlannedSet] {
        match self.plan.as_ref() {
            Ok((_, sets)) => sets,
            Err(_) => &[],
        }
    }

    /// How many sets the scheme's groups hold.
    pub fn scheme_sets(&self) -> usize {
        self.exercise.groups.iter().map(|g| g.sets as usize).sum()
    }

    /// How many sets the plan has, or while it cannot be planned, as many as it could have.
    pub fn set_count(&self) -> usize {
        match &*self.plan {
            Ok((_, sets)) => sets.len(),
            // No plan while the max is being typed: as many as it could have, so no check is
            // dropped meanwhile (a ramp's length depends on the max).
            Err(_) => {
                let ramp = match self.exercise.warm_up.ramps() {
                    true => RAMP.len() + 1,
                    false => 0,
                };
                ramp + self.scheme_sets()
            }
        }
    }

    /// The last back-off set and its position, if the plan has one.
    pub fn back_off_set(&self) -> Option<(usize, &PlannedSet)> {
        let sets = self.sets().iter().enumerate();
        sets.rev().find(|(_, s)| s.kind == SetKind::BackOff)
    }
}

/// The exercise removed last, until undone or replaced.
#[derive(Clone, Debug, PartialEq)]
pub struct Removed {
    pub exercise: ExerciseState,
    /// The exercise it stood before (`None`: it was last), so Undo puts it back there even
    /// after other moves.
    pub before: Option<ExerciseId>,
}

/// The default rests' fields, one per kind of set.
#[derive(Clone, Debug, PartialEq)]
pub struct RestFields {
    pub warm_up: Typed<u32>,
    pub work: Typed<u32>,
    pub back_off: Typed<u32>,
}

impl RestFields {
    /// Fields showing the rests in `settings`.
    pub fn showing(settings: &Settings) -> Self {
        let r = settings.rests;
        let show = |s: u32| Typed::read(s.to_string(), parse_rest_s);
        RestFields {
            warm_up: show(r.warm_up_s),
            work: show(r.work_s),
            back_off: show(r.back_off_s),
        }
    }

    /// The field for a kind of set.
    pub fn get(&self, kind: SetKind) -> &Typed<u32> {
        match kind {
            SetKind::WarmUp => &self.warm_up,
            SetKind::Work => &self.work,
            SetKind::BackOff => &self.back_off,
        }
    }

    pub(super) fn get_mut(&mut self, kind: SetKind) -> &mut Typed<u32> {
        match kind {
            SetKind::WarmUp => &mut self.warm_up,
            SetKind::Work => &mut self.work,
            SetKind::BackOff => &mut self.back_off,
        }
    }
}

/// A rest ended by the session's last tick: a mis-tap on the last set must not cost the lifter
/// the rest before it.
#[derive(Clone, Debug, PartialEq)]
pub struct EndedRest {
    /// The set whose tick ended it (exercise, position).
    pub by: (ExerciseId, usize),
    pub timer: RestTimer,
    pub rest_from: Option<(ExerciseId, usize)>,
    pub said: String,
}

/// The id of the Undo button offered after a removal.
pub const UNDO_ID: &str = "undo";
/// The ids of the timer bar's controls that take the focus when the one tapped goes away.
pub const TIMER_PAUSE_ID: &str = "timer-pause";
pub const TIMER_RESUME_ID: &str = "timer-resume";
pub const TIMER_CLOSE_ID: &str = "timer-close";
/// The first rest chip of the idle bar.
pub const TIMER_REST_ID: &str = "rest-chip";

/// "Start over" asks this first when sets are ticked (they are kept as history either way).
pub const START_OVER_QUESTION: &str =
    "Start a new session? The sets ticked so far go to your history.";

/// The ids of a ticked set's correction and of its reps box (one is open at a time).
pub const FIX_ID: &str = "set-fix";
pub const FIX_REPS_ID: &str = "fix-reps";

/// A name being typed to save an exercise's sets under (the setup page).
#[derive(Clone, Debug, PartialEq)]
pub struct Naming {
    pub exercise: ExerciseId,
    pub text: String,
    /// Why the name was refused when saved: shown by the box until the name is good.
    pub refused: Option<InputError>,
}

/// The boxes that correct a ticked set, under its row: what was done, typed.
#[derive(Clone, Debug, PartialEq)]
pub struct Fixing {
    pub exercise: ExerciseId,
    /// The set's position in the exercise's plan.
    pub set: usize,
    pub reps: Typed<u32>,
    pub load: Typed<f64>,
    pub rpe: Typed<Option<f64>>,
}

/// What the notice's Undo gives back: one thing at a time, the last one removed.
#[derive(Clone, Debug, PartialEq)]
pub enum Undo {
    /// An exercise removed from the plan.
    Exercise(Box<Removed>),
    /// A plan deleted from the library (the setup page).
    Plan(StoredPlan),
    /// One of the lifter's own schemes deleted, or its sets before an update (the setup page).
    Scheme(NamedScheme),
    /// A gym deleted, or its equipment before it was saved over (the setup page).
    Gym(Gym),
    /// A rule's offer applied to an exercise's max.
    Offer(Box<super::offers::Applied>),
    /// The programs before a day or a program was taken out (the setup page).
    Programs(Rc<Vec<Program>>),
}

/// A request to the page after a change, for an element by its id: where the keyboard focus
/// goes (when the change removed the element that had it), or what to scroll fully into view.
/// Its serial grows with each request, so the same element can be asked for twice.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Request {
    pub serial: u32,
    pub id: String,
}

impl Request {
    /// Asks for the element `id`.
    pub fn ask(&mut self, id: impl Into<String>) {
        self.serial = self.serial.wrapping_add(1);
        self.id = id.into();
    }
}

/// What only the setup page edits: the settings' boxes, its open panels and the names typed
/// there.
#[derive(Clone, Debug, PartialEq)]
pub struct SetupState {
    pub bar: Typed<f64>,
    pub collar: Typed<f64>,
    /// A plate being added to the list, and its unit (either: mixed kg/lb gyms are common).
    pub new_plate: Typed<f64>,
    pub new_plate_unit: Unit,
    pub rests: RestFields,
    /// The settings panel is open (it is only drawn then: every keystroke redraws the page).
    pub settings_open: bool,
    /// The plans panel is open (drawn only then).
    pub plans_open: bool,
    /// A name the plan in force refused, with why.
    pub plan_name_refused: Option<(String, InputError)>,
    pub naming: Option<Naming>,
    /// The name typed to save the equipment as a gym.
    pub gym_name: String,
    /// Why that name was refused when saved: shown by the box until the name is good.
    pub gym_name_refused: Option<InputError>,
    /// The name typed for a new program, and why it was refused if it was.
    pub program_name: String,
    pub program_name_refused: Option<InputError>,
    /// A program's name retyped and refused: which program, the text, and why.
    pub program_rename_refused: Option<(ProgramId, String, InputError)>,
    /// A rule's step or range being typed: the box, its text, and why it was refused if it
    /// was (the rule keeps its last good value).
    pub rule_text: Option<(super::action::SetupField, String, Option<InputError>)>,
}

impl SetupState {
    /// The boxes showing `settings`, every panel closed.
    pub fn showing(settings: &Settings) -> Self {
        SetupState {
            bar: Typed::read(fmt(settings.bar), parse_bar),
            collar: Typed::read(fmt(settings.collar), parse_collar),
            new_plate: Typed::default(),
            new_plate_unit: settings.unit,
            rests: RestFields::showing(settings),
            settings_open: false,
            plans_open: false,
            rule_text: None,
            plan_name_refused: None,
            naming: None,
            gym_name: String::new(),
            gym_name_refused: None,
            program_name: String::new(),
            program_name_refused: None,
            program_rename_refused: None,
        }
    }
}

/// Everything the page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct PageState {
    pub settings: Settings,
    pub exercises: Vec<ExerciseState>,
    /// Shared, so an action copies a pointer, not the whole log.
    pub log: Rc<Vec<LogEntry>>,
    pub timer: RestTimer,
    /// What the timer's live region said at the lifter's last change to the rest.
    pub rest_said: String,
    /// A notice at the top (unreadable URL or storage, a copied link).
    pub notice: Option<String>,
    /// The set (exercise, position) whose check started the current rest.
    pub rest_from: Option<(ExerciseId, usize)>,
    /// The rest the session's last tick ended, put back if that tick is taken back.
    pub ended_rest: Option<EndedRest>,
    /// What the notice's Undo gives back, until undone or another notice.
    pub undo: Option<Undo>,
    /// The id the next new exercise gets.
    pub next_id: u32,
    /// A rest length typed for a manual start ("90", "1:30"), in ms.
    pub custom_rest: Typed<f64>,
    /// The lifter's bodyweight as typed (the settings keep the last good one).
    pub bodyweight: Typed<f64>,
    /// Text being typed into a field that takes its value only when left (a scheme cell, a
    /// step): kept here so a redraw meanwhile does not put the old value back under the thumb.
    pub draft: Option<(Field, String)>,
    /// Where the keyboard focus goes after this change, when it removed the element that had it.
    pub focus: Request,
    /// An element to scroll fully into view after this change (the set up next, once a set is
    /// checked off).
    pub reveal: Request,
    /// The plan is the first visit's example: the page says so until the lifter changes it.
    pub example: bool,
    /// The plan in force, in the library: its id and name.
    pub plan_id: PlanId,
    pub plan_name: String,
    /// The library's other plans; shared, so an action copies a pointer.
    pub plans: Rc<Vec<StoredPlan>>,
    /// The plan in force was just added from a link: the plan in force before it, for
    /// "Don't keep it".
    pub from_link: Option<PlanId>,
    /// A ticked set whose correction is open under it.
    pub fixing: Option<Fixing>,
    /// "What is on it?": the exercise whose implement is weighed and the plates on each side.
    pub weighing: Option<(ExerciseId, Vec<Plate>)>,
    /// When a set was last ticked (wall-clock ms; 0: not this session).
    pub ticked_at: f64,
    /// When the session's first set was ticked (0: not known), for how long it took.
    pub began_at: f64,
    /// The sets of sessions gone by that are not yet in the history store: the shell moves them
    /// there as the page opens. Until then they are stored with the page's own value, so
    /// nothing is lost in between.
    pub unfiled: Rc<Vec<DoneSet>>,
    /// The lifter's own schemes, for every plan's scheme list; shared like the plans.
    pub schemes: Rc<Vec<NamedScheme>>,
    /// The lifter's gyms; shared like the plans.
    pub gyms: Rc<Vec<Gym>>,
    /// The gym in use: its equipment is the plan's, and what the lifter changes in the
    /// equipment is kept in it. None when the equipment is no gym's (a link's own).
    pub gym: Option<GymId>,
    /// The lifter's programs: days of the library in rotation.
    pub programs: Rc<Vec<Program>>,
    /// What the rules did to each lift's max, and why, for the history page (`changes.rs`:
    /// its stored lines).
    pub changes: String,
    /// What only the setup page edits.
    pub setup: SetupState,
}

impl PageState {
    /// The sets ticked this session, as history: each at the session's last tick.
    pub fn done_sets(&self) -> Vec<DoneSet> {
        let each = self
            .exercises
            .iter()
            .map(|e| (&e.exercise, e.sets(), &e.done[..], &e.fixes[..]));
        let at = (self.began_at, self.ticked_at);
        let mut sets = done_sets(each, at, self.settings.unit, &self.plan_name);
        fill_back_off_reps(&mut sets, &self.log);
        sets
    }

    /// Moves the session's ticked sets to the history, by way of [`PageState::unfiled`] (they
    /// are unticked by the caller).
    pub fn archive_session(&mut self) {
        let done = self.done_sets();
        if !done.is_empty() {
            push_history(Rc::make_mut(&mut self.unfiled), done);
        }
        self.ticked_at = 0.0;
        self.began_at = 0.0;
    }

    /// The notice offers Undo: an exercise, a plan or a scheme was just removed (or a scheme
    /// updated).
    pub fn can_undo(&self) -> bool {
        self.undo.is_some()
    }

    /// The exercise removed last, waiting for Undo.
    pub fn removed(&self) -> Option<&Removed> {
        match &self.undo {
            Some(Undo::Exercise(r)) => Some(r),
            Some(
                Undo::Plan(_) | Undo::Scheme(_) | Undo::Gym(_) | Undo::Offer(_) | Undo::Programs(_),
            )
            | None => None,
        }
    }

    /// The exercise removed last, waiting for Undo, to change with the plan.
    pub(super) fn removed_mut(&mut self) -> Option<&mut ExerciseState> {
        match &mut self.undo {
            Some(Undo::Exercise(r)) => Some(&mut r.exercise),
            Some(
                Undo::Plan(_) | Undo::Scheme(_) | Undo::Gym(_) | Undo::Offer(_) | Undo::Programs(_),
            )
            | None => None,
        }
    }

    /// A page with these settings and exercises, nothing done yet.
    pub fn new(settings: Settings, exercises: Vec<Exercise>) -> Self {
        let exercises: Vec<ExerciseState> = (0u32..)
            .zip(exercises)
            .map(|(i, e)| ExerciseState::new(ExerciseId(i), e, &settings))
            .collect();
        PageState {
            setup: SetupState::showing(&settings),
            custom_rest: Typed::read(String::new(), parse_duration),
            bodyweight: {
                let text = match settings.bodyweight > 0.0 {
                    true => fmt(settings.bodyweight),
                    false => String::new(),
                };
                let value = parse_bodyweight(&text, settings.unit);
                Typed::parsed(text, value)
            },
            draft: None,
            focus: Request::default(),
            reveal: Request::default(),
            example: false,
            plan_id: PlanId(1),
            plan_name: UNNAMED_PLAN.into(),
            plans: Rc::new(Vec::new()),
            from_link: None,
            fixing: None,
            weighing: None,
            ticked_at: 0.0,
            began_at: 0.0,
            unfiled: Rc::new(Vec::new()),
            changes: String::new(),
            schemes: Rc::new(Vec::new()),
            gyms: Rc::new(Vec::new()),
            programs: Rc::new(Vec::new()),
            gym: None,
            undo: None,
            next_id: exercises.len() as u32,
            settings,
            exercises,
            log: Rc::new(Vec::new()),
            timer: RestTimer::Idle,
            rest_said: String::new(),
            notice: None,
            rest_from: None,
            ended_rest: None,
        }
    }

    /// The exercise with this id.
    pub fn exercise(&self, id: ExerciseId) -> Option<&ExerciseState> {
        self.exercises.iter().find(|e| e.id == id)
    }

    /// The exercises as pure data (for the URL).
    pub fn session(&self) -> Vec<Exercise> {
        self.exercises.iter().map(|e| e.exercise.clone()).collect()
    }

    /// The address's query string and the stored text for this state: what the shell writes
    /// back after each change. Progress is stored by position in the plan stored beside it.
    pub fn texts(&self) -> (String, String) {
        let query = url_state::encode(&self.settings, &self.session());
        let stored = saved::encode(&Saved {
            settings: self.settings.clone(),
            log: Rc::clone(&self.log),
            timer: self.timer,
            done: self.exercises.iter().map(|e| e.done.clone()).collect(),
            fixes: self.exercises.iter().map(|e| e.fixes.clone()).collect(),
            logged: (0..)
                .zip(&self.exercises)
                .filter(|(_, e)| e.logged)
                .map(|(i, _)| i)
                .collect(),
            plan: query.clone(),
            example: self.example,
            plan_id: self.plan_id,
            plan_name: self.plan_name.clone(),
            plans: self.plans.to_vec(),
            ticked_at: self.ticked_at,
            began_at: self.began_at,
            unfiled: Rc::clone(&self.unfiled),
            schemes: self.schemes.to_vec(),
            gyms: self.gyms.to_vec(),
            programs: Rc::clone(&self.programs),
            changes: self.changes.clone(),
            gym: self.gym,
            offers: (0..)
                .zip(&self.exercises)
                .filter_map(|(i, e)| e.offer.clone().map(|o| (i, o)))
                .collect(),
        });
        (query, stored)
    }

    /// How many exercises end in a back-off set (the article advises 2-3 a session).
    pub fn back_off_count(&self) -> usize {
        let with_back_off = |e: &&ExerciseState| has_back_off(&e.exercise.groups);
        self.exercises.iter().filter(with_back_off).count()
    }

    /// The next set to do, for beside the timer, from the plans the state keeps.
    pub fn next_set(&self) -> Option<NextSet> {
        next_set(
            self.exercises
                .iter()
                .map(|e| (e.exercise.name.as_str(), e.sets(), e.done.as_slice())),
        )
    }

    /// The set marked "Up next": its exercise and position in that exercise's plan.
    pub fn up_next(&self) -> Option<(ExerciseId, usize)> {
        self.up_next_of(&self.next_set()?)
    }

    /// Where a next set already found stands: its exercise and position in that plan.
    pub fn up_next_of(&self, n: &NextSet) -> Option<(ExerciseId, usize)> {
        let e = self.exercises.get(n.index)?;
        Some((e.id, n.set.number - 1))
    }

    /// What "Start over" asks first, when there is something ticked to clear.
    pub fn start_over_question(&self) -> Option<&'static str> {
        self.exercises
            .iter()
            .any(|e| !e.done.is_empty())
            .then_some(START_OVER_QUESTION)
    }

    /// Every planned set of every exercise is checked off (a set skipped earlier still waits).
    pub fn session_done(&self) -> bool {
        let planned = |e: &ExerciseState| (0..e.sets().len()).all(|n| e.done.contains(&n));
        let any = self.exercises.iter().any(|e| !e.sets().is_empty());
        any && self.exercises.iter().all(planned)
    }
}
