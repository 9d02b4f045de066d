//! The page: Yew components that render the core's results and send actions back. No maths here.

mod root;
pub mod components;
pub mod state;

pub use root::App;
