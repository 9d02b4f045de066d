//! The page: Yew components that render the core's results and send actions back. No maths here.

pub mod components;
pub mod events;
pub mod fields;
mod rest_alerts;
mod root;
pub mod state;

pub use root::App;
