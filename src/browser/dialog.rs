//! The browser's own yes/no question, for the one reset that clears ticked sets.

/// Whether the lifter said yes to `question`. A browser that will not ask (no window) goes
/// ahead: what the question guards is kept as history anyway.
pub fn confirm(question: &str) -> bool {
    web_sys::window().is_none_or(|w| w.confirm_with_message(question).unwrap_or(true))
}
