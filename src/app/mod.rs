//! The page: Yew components that render the core's results and send actions back. No maths here.

pub mod components;
pub mod events;
mod history_page;
mod reducer;
mod rest_alerts;
mod root;
pub(crate) mod superseded;

pub use history_page::HistoryPage;
pub use root::App;
