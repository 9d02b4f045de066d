//! The page's state as pure data: the state, every action, the reducer, the typed fields and
//! the start-up merge of stored text and address. No browser or UI import: time, storage and
//! the address come in as arguments, so all of it is tested natively (`tests/page_state.rs`).
//! The Yew shell (`app::reducer`) only wraps [`PageState::reduce_plan`] (the plan page, which
//! builds and reduces only [`PlanAction`]s) and [`PageState::reduce`] (the setup page: both
//! pages' actions).

mod action;
mod fields;
mod gyms;
mod library;
mod offers;
mod other_tabs;
mod own_schemes;
mod program;
mod reduce;
mod setup;
mod start;
mod state;
mod typed;

pub use action::{
    Action, ExerciseId, Field, FixField, Flag, MaxField, MaxMode, Panel, PlanAction, PlanField,
    SetupAction, SetupField, SetupPanel, Timed, WeighStep,
};
pub use fields::shown;
pub use gyms::GYM_NAME_ID;
pub use library::{ADDED_NOTICE, SHARED_PLAN};
pub use offers::Applied;
pub use other_tabs::{next_write, rebase, Write};
pub use program::PROGRAM_LINK_NOTICE;
pub use start::{
    first_exercise, start, start_local, superseded, Start, LINK_NOTICE, STALE_REST_MS,
    STORAGE_NOTICE, SUPERSEDED_KEY,
};
pub use state::{
    EndedRest, ExerciseState, Fixing, Naming, PageState, Plan, Removed, Request, RestFields,
    SetupState, Undo, FIX_ID, FIX_REPS_ID, START_OVER_QUESTION, TIMER_CLOSE_ID, TIMER_PAUSE_ID,
    TIMER_REST_ID, TIMER_RESUME_ID, UNDO_ID,
};
pub use typed::Typed;
