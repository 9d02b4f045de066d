//! Everything the lifter can do on the page, as data. Exercises are named by their stable id,
//! never by position, so an action sent before a move or a removal still means what it meant.

use crate::core::gyms::GymId;
use crate::core::implements::GearPart;
use crate::core::named_schemes::SchemeId;
use crate::core::plans::PlanId;
use crate::core::plate_moves::LoadingGoal;
use crate::core::plates::{Plate, Rounding};
use crate::core::programs::ProgramId;
use crate::core::rest_timer::TimerAction;
use crate::core::scheme::{GroupField, SetKind};
use crate::core::scheme_edits::GroupEdit;
use crate::core::session::Trust;
use crate::core::units::Unit;

/// An exercise's stable name: kept through moves, removals and undo, never reused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExerciseId(pub u32);

impl ExerciseId {
    /// The id of one of the exercise's elements on the page (`ex3-name`).
    pub fn element(self, part: &str) -> String {
        format!("ex{}-{part}", self.0)
    }

    /// The id of the row of the set at `position` in the exercise's plan (`ex3-set1`).
    pub fn set_element(self, position: usize) -> String {
        self.element(&format!("set{}", position + 1))
    }
}

/// Which way a max is entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MaxMode {
    OneRepMax,
    FromSet,
}

/// A typed field of an exercise's max.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MaxField {
    OneRepMax,
    Load,
    Reps,
    Rpe,
}

/// A field of the plan page (and the setup page) whose text or choice arrives as
/// [`PlanAction::Text`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanField {
    Name(ExerciseId),
    Max(ExerciseId, MaxField),
    /// Reps done in the back-off set, until logged.
    Result(ExerciseId),
    /// A built-in scheme's key, or one of the lifter's own (`NamedScheme::key`).
    Scheme(ExerciseId),
    /// An equipment kind's key ([`crate::core::implements::Implement::key`]).
    Gear(ExerciseId),
    /// The lifter's bodyweight, for bodyweight lifts (a setting).
    Bodyweight,
    CustomRest,
    /// A box of the ticked set being corrected ([`super::PageState::fixing`]).
    Fix(FixField),
}

/// A field only the setup page shows, whose text arrives as [`SetupAction::Text`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetupField {
    /// A warm-up choice's key (`own`, `ramp`, `none`).
    WarmUp(ExerciseId),
    /// A progression rule's key ([`crate::core::progression::Rule::key`]).
    Rule(ExerciseId),
    /// The step of an exercise's rule, taken as typed.
    RuleStep(ExerciseId),
    /// A double progression's rep range ("8-12"), taken as typed.
    RuleRange(ExerciseId),
    /// A weight of the exercise's gear (taken when the box is left): the dumbbells on hand, a
    /// stack's steps, a sled... set up at home, once.
    GearPart(ExerciseId, GearPart),
    /// A cell of the scheme editor (taken when the box is left), by the group's position: a
    /// group edit drops the cell's text being typed, so it never lands on another group.
    Cell {
        exercise: ExerciseId,
        group: usize,
        field: GroupField,
    },
    Bar,
    Collar,
    /// The default rest before sets of a kind, in seconds.
    Rest(SetKind),
    /// A 1RM formula's key.
    Formula,
    NewPlate,
    NewPlateUnit,
    /// The name of the plan in force (taken when left).
    PlanName,
    /// The name to save an exercise's sets under, as a scheme of the lifter's own.
    SchemeName(ExerciseId),
    /// The name to save the equipment under, as a gym.
    GymName,
    /// The name of a new program.
    ProgramName,
    /// A program's name, retyped (taken when left).
    ProgramRename(ProgramId),
}

/// Any field of either page: what a draft ([`super::PageState::draft`]) is typed into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Plan(PlanField),
    Setup(SetupField),
}

impl From<PlanField> for Field {
    fn from(f: PlanField) -> Self {
        Field::Plan(f)
    }
}

impl From<SetupField> for Field {
    fn from(f: SetupField) -> Self {
        Field::Setup(f)
    }
}

impl Field {
    /// What is now in the field, as its page's action.
    pub fn text(self, text: String) -> Action {
        match self {
            Field::Plan(f) => PlanAction::Text(f, text).into(),
            Field::Setup(f) => SetupAction::Text(f, text).into(),
        }
    }

    /// Text typed so far into the field, as its page's action.
    pub fn draft(self, text: String) -> Action {
        match self {
            Field::Plan(f) => PlanAction::Draft(f, text).into(),
            Field::Setup(f) => SetupAction::Draft(f, text).into(),
        }
    }

    /// The lifter left the field, as its page's action.
    pub fn leave(self) -> Action {
        match self {
            Field::Plan(f) => PlanAction::Leave(f).into(),
            Field::Setup(f) => SetupAction::Leave(f).into(),
        }
    }

    /// The exercise the field belongs to, if it belongs to one.
    pub fn exercise(self) -> Option<ExerciseId> {
        match self {
            Field::Plan(f) => f.exercise(),
            Field::Setup(f) => f.exercise(),
        }
    }
}

impl PlanField {
    /// The exercise the field belongs to, if it belongs to one.
    pub fn exercise(self) -> Option<ExerciseId> {
        match self {
            PlanField::Name(e)
            | PlanField::Max(e, _)
            | PlanField::Result(e)
            | PlanField::Scheme(e)
            | PlanField::Gear(e) => Some(e),
            PlanField::CustomRest | PlanField::Fix(_) | PlanField::Bodyweight => None,
        }
    }
}

impl SetupField {
    /// The exercise the field belongs to, if it belongs to one.
    pub fn exercise(self) -> Option<ExerciseId> {
        match self {
            SetupField::WarmUp(e)
            | SetupField::Rule(e)
            | SetupField::RuleStep(e)
            | SetupField::RuleRange(e)
            | SetupField::GearPart(e, _)
            | SetupField::SchemeName(e)
            | SetupField::Cell { exercise: e, .. } => Some(e),
            SetupField::Bar
            | SetupField::Collar
            | SetupField::Rest(_)
            | SetupField::Formula
            | SetupField::NewPlate
            | SetupField::NewPlateUnit
            | SetupField::PlanName
            | SetupField::GymName
            | SetupField::ProgramName
            | SetupField::ProgramRename(_) => None,
        }
    }
}

/// A box of a ticked set's correction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FixField {
    Reps,
    Load,
    /// Optional: empty is none.
    Rpe,
}

/// A panel of the plan page that opens and closes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    /// An exercise's setup (name, max, scheme, equipment): closed, the card is one line over
    /// its sets.
    Setup(ExerciseId),
    /// The correction of a ticked set, by its position in the exercise's plan.
    Fix(ExerciseId, usize),
}

/// A panel of the setup page that opens and closes (a `<details>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetupPanel {
    Settings,
    /// The plan library.
    Plans,
    /// An exercise's scheme editor.
    Scheme(ExerciseId),
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
    /// A set (its position in the exercise's plan) checked off or un-checked: checking starts
    /// the rest that follows it.
    ToggleDone {
        exercise: ExerciseId,
        set: usize,
    },
    /// The typed back-off reps, logged at the back-off set's load.
    LogBackOff {
        exercise: ExerciseId,
    },
    Timer(TimerAction),
    /// The rest typed in [`PlanField::CustomRest`] started (Enter, or its Start button).
    StartCustomRest,
    /// The bodyweight typed was left: it is dated now.
    Weighed,
}

/// Everything the lifter can do, on the page that does it. The plan page's program builds
/// and reduces only [`PlanAction`]s, so none of the setup page's code is in its first load; the
/// setup page reduces both.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Plan(PlanAction),
    Setup(SetupAction),
}

impl From<PlanAction> for Action {
    fn from(a: PlanAction) -> Self {
        Action::Plan(a)
    }
}

impl From<SetupAction> for Action {
    fn from(a: SetupAction) -> Self {
        Action::Setup(a)
    }
}

/// A step of "What is on it?", the reverse calculator: a plate put on each side, the last one
/// taken off, or all of them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum WeighStep {
    Put(Plate),
    TakeOff,
    Clear,
}

/// What the lifter does on the plan page (and may do on the setup page too).
#[derive(Clone, Debug, PartialEq)]
pub enum PlanAction {
    AddExercise,
    RemoveExercise(ExerciseId),
    /// The plan page's Undo: puts the exercise removed last back, or takes an applied offer
    /// back.
    Undo,
    /// Applies (`apply`) or keeps the max as it is, against the change exercise `id`'s rule
    /// offers.
    Offer {
        id: ExerciseId,
        apply: bool,
    },
    /// "Don't keep it": removes the plan a link just added and goes back to the one before.
    DiscardLinkPlan,
    /// Opens another day of the program in force.
    OpenDay(PlanId),
    MoveExercise {
        id: ExerciseId,
        up: bool,
    },
    /// What is now in a field (typed, or picked from a list).
    Text(PlanField, String),
    /// Text typed so far into a field that takes its value when left.
    Draft(PlanField, String),
    /// The lifter left a field they typed into: a bad value now shows its message.
    Leave(PlanField),
    /// A panel was opened (true) or closed.
    Open(Panel, bool),
    SetMaxMode(ExerciseId, MaxMode),
    /// With an RPE typed for the set, the estimate the lifter trusts: the chart's or the
    /// formula's.
    SetTrust(ExerciseId, Trust),
    /// Opens the exercise's setup with the focus in its max (the first visit's "type your max").
    EditMax(ExerciseId),
    /// A tap at a moment (ms since the epoch).
    At(Timed, f64),
    /// Repaints the timer (and moves a finished rest to its overtime state).
    Tick(f64),
    /// A new session with the same plan: checks, typed results and the timer are cleared.
    StartOver,
    Notice(Option<String>),
    /// "What is on it?" on an exercise's implement.
    Weigh(ExerciseId, WeighStep),
    /// Puts a gym's equipment on the plan (one tap on the plan page).
    UseGym(GymId),
    /// Shows (true) or folds away each set's %, plate change and rest (a stored choice).
    ShowDetails(bool),
}

/// What only the setup page does: the settings, the plan library's management, the scheme
/// editor and the lifter's own schemes.
#[derive(Clone, Debug, PartialEq)]
pub enum SetupAction {
    /// Puts another plan of the library in force.
    OpenPlan(PlanId),
    /// Starts a copy of the plan in force.
    DuplicatePlan,
    /// Deletes the plan in force (there must be another), with Undo.
    DeletePlan,
    /// Copies built-in program `n` ([`crate::core::builtin_programs::BUILTIN_PROGRAMS`]) into
    /// the library, its first day in force.
    StartProgram(usize),
    /// Opens a program's link (the setup page's address with a program's query).
    OpenProgramLink(String),
    /// Makes the plan in force the first day of a new program, named in
    /// [`SetupField::ProgramName`].
    NewProgram,
    /// Adds the plan in force to a program as its last day.
    AddDay(ProgramId),
    /// Takes a day out of a program (the plan stays in the library), with Undo.
    RemoveDay(ProgramId, PlanId),
    /// Deletes a program (its days stay as plans), with Undo.
    DeleteProgram(ProgramId),
    /// A program's rules apply their changes by themselves (with Undo), or offer them.
    AutoApply(ProgramId, bool),
    /// Undo on the setup page: whatever was removed last (an exercise, a plan, a scheme).
    Undo,
    Text(SetupField, String),
    Draft(SetupField, String),
    Leave(SetupField),
    Open(SetupPanel, bool),
    ResetScheme(ExerciseId),
    /// A group of the exercise's scheme added, removed or moved.
    EditGroups(ExerciseId, GroupEdit),
    /// Saves the exercise's sets under the name typed in [`SetupField::SchemeName`].
    SaveScheme(ExerciseId),
    /// Deletes one of the lifter's own schemes, with Undo.
    DeleteScheme(SchemeId),
    SetUnit(Unit),
    SetRounding(Rounding),
    /// Each set on its fewest plates, or an exercise's plates chosen for the fewest changes.
    SetGoal(LoadingGoal),
    Toggle(Flag),
    /// How many pairs of this plate the gym has.
    SetPlatePairs(Plate, u32),
    /// Adds the plate typed in [`SetupField::NewPlate`] (a 2.5 lb plate in a kg gym, 0.25 kg
    /// micro plates).
    AddPlate,
    /// Saves the equipment in use as a gym, under the name typed in [`SetupField::GymName`].
    SaveGym,
    /// Deletes a gym, with Undo.
    DeleteGym(GymId),
}
