//! The pure core: every rule Backoff computes, with no browser or UI import, so it is tested
//! natively and time, storage and input always come in as arguments.

pub mod backup;
pub mod builtin_programs;
pub mod calendar;
pub mod changes;
pub mod chart;
pub mod csv;
pub mod gyms;
pub mod history;
pub mod history_edits;
pub mod history_page;
pub mod implements;
pub mod loading;
pub mod named_schemes;
pub mod one_rep_max;
pub mod page;
pub mod plan;
pub mod plans;
pub mod plate_moves;
pub mod plates;
pub mod programs;
pub mod progress;
pub mod progression;
pub mod query;
pub mod rest_timer;
pub mod rpe;
pub mod saved;
pub mod scheme;
pub mod scheme_edits;
pub mod session;
pub mod set_fix;
pub mod suggestions;
pub mod units;
pub mod url_state;
pub mod warm_ups;
