//! Everything the lifter can do on the page, as data. Exercises are named by their stable id,
//! never by position, so an action sent before a move or a removal still means what it meant.

use crate::core::named_schemes::SchemeId;
use crate::core::plans::PlanId;
use crate::core::plates::{Plate, Rounding};
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

/// A field whose text or choice arrives as [`Action::Text`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name(ExerciseId),
    Max(ExerciseId, MaxField),
    /// Reps done in the back-off set, until logged.
    Result(ExerciseId),
    /// A built-in scheme's key, or one of the lifter's own (`NamedScheme::key`).
    Scheme(ExerciseId),
    /// `bar`, `db` or `machine`.
    Gear(ExerciseId),
    /// A warm-up choice's key (`own`, `ramp`, `none`).
    WarmUp(ExerciseId),
    /// The step of dumbbells or a stack (taken when the box is left).
    Step(ExerciseId),
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
    CustomRest,
    /// The name of the plan in force (taken when left).
    PlanName,
    /// A box of the ticked set being corrected ([`super::PageState::fixing`]).
    Fix(FixField),
    /// The name to save an exercise's sets under, as a scheme of the lifter's own.
    SchemeName(ExerciseId),
}

/// A box of a ticked set's correction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FixField {
    Reps,
    Load,
    /// Optional: empty is none.
    Rpe,
}

/// A panel that opens and closes (a `<details>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    Settings,
    /// The plan library.
    Plans,
    /// An exercise's setup (name, max, scheme, equipment): closed, the card is one line over
    /// its sets.
    Setup(ExerciseId),
    /// An exercise's scheme editor.
    Scheme(ExerciseId),
    /// The correction of a ticked set, by its position in the exercise's plan.
    Fix(ExerciseId, usize),
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
    /// The rest typed in [`Field::CustomRest`] started (Enter, or its Start button).
    StartCustomRest,
}

/// Everything the lifter can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    AddExercise,
    RemoveExercise(ExerciseId),
    /// Puts the exercise (or the plan) removed last back.
    UndoRemove,
    /// Puts another plan of the library in force.
    OpenPlan(PlanId),
    /// Starts a copy of the plan in force.
    DuplicatePlan,
    /// Deletes the plan in force (there must be another), with Undo.
    DeletePlan,
    /// "Don't keep it": removes the plan a link just added and goes back to the one before.
    DiscardLinkPlan,
    MoveExercise {
        id: ExerciseId,
        up: bool,
    },
    /// What is now in a field (typed, or picked from a list).
    Text(Field, String),
    /// Text typed so far into a field that takes its value when left.
    Draft(Field, String),
    /// The lifter left a field they typed into: a bad value now shows its message.
    Leave(Field),
    /// A panel was opened (true) or closed.
    Open(Panel, bool),
    SetMaxMode(ExerciseId, MaxMode),
    /// With an RPE typed for the set, the estimate the lifter trusts: the chart's or the
    /// formula's.
    SetTrust(ExerciseId, Trust),
    /// Opens the exercise's setup with the focus in its max (the first visit's "type your max").
    EditMax(ExerciseId),
    ResetScheme(ExerciseId),
    /// A group of the exercise's scheme added, removed or moved.
    EditGroups(ExerciseId, GroupEdit),
    /// Saves the exercise's sets under the name typed in [`Field::SchemeName`].
    SaveScheme(ExerciseId),
    /// Deletes one of the lifter's own schemes, with Undo.
    DeleteScheme(SchemeId),
    /// A tap at a moment (ms since the epoch).
    At(Timed, f64),
    /// Repaints the timer (and moves a finished rest to its overtime state).
    Tick(f64),
    SetUnit(Unit),
    SetRounding(Rounding),
    Toggle(Flag),
    /// How many pairs of this plate the gym has.
    SetPlatePairs(Plate, u32),
    /// Adds the plate typed in [`Field::NewPlate`] (a 2.5 lb plate in a kg gym, 0.25 kg micro
    /// plates).
    AddPlate,
    /// A new session with the same plan: checks, typed results and the timer are cleared.
    StartOver,
    Notice(Option<String>),
}

impl Action {
    /// Whether only the setup page sends this action: the settings, the plan library's
    /// management and the scheme editor. The plan page's reducer changes nothing for these.
    pub fn setup_only(&self) -> bool {
        match self {
            Action::OpenPlan(_)
            | Action::DuplicatePlan
            | Action::DeletePlan
            | Action::ResetScheme(_)
            | Action::EditGroups(..)
            | Action::SaveScheme(_)
            | Action::DeleteScheme(_)
            | Action::SetUnit(_)
            | Action::SetRounding(_)
            | Action::Toggle(_)
            | Action::SetPlatePairs(..)
            | Action::AddPlate => true,
            Action::Text(f, _) | Action::Draft(f, _) | Action::Leave(f) => f.setup_only(),
            Action::AddExercise
            | Action::RemoveExercise(_)
            | Action::UndoRemove
            | Action::DiscardLinkPlan
            | Action::MoveExercise { .. }
            | Action::Open(..)
            | Action::SetMaxMode(..)
            | Action::SetTrust(..)
            | Action::EditMax(_)
            | Action::At(..)
            | Action::Tick(_)
            | Action::StartOver
            | Action::Notice(_) => false,
        }
    }
}

impl Field {
    /// Whether the field is only on the setup page (see [`Action::setup_only`]).
    pub fn setup_only(self) -> bool {
        match self {
            Field::PlanName
            | Field::WarmUp(_)
            | Field::Cell { .. }
            | Field::Bar
            | Field::Collar
            | Field::Rest(_)
            | Field::Formula
            | Field::NewPlate
            | Field::NewPlateUnit
            | Field::SchemeName(_) => true,
            Field::Name(_)
            | Field::Max(..)
            | Field::Result(_)
            | Field::Scheme(_)
            | Field::Gear(_)
            | Field::Step(_)
            | Field::CustomRest
            | Field::Fix(_) => false,
        }
    }
}
