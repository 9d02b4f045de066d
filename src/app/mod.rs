//! The page: Yew components that render the core's results and send actions back. No maths here.

pub mod components;
pub mod events;
mod history_page;
mod opening;
mod reducer;
mod rest_alerts;
mod root;
mod setup_page;
mod store;

pub use history_page::HistoryPage;
pub use root::App;
pub use setup_page::SetupPage;
