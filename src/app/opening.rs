//! What the plan page and the setup page share: the state they open with (storage first, the
//! address over it, sessions gone by filed into the history store) and the effect that writes
//! it back.

use std::rc::Rc;

use yew::prelude::*;

use super::events::Dispatch;
use super::superseded;
use crate::browser::{clock, persist, storage, url};
use crate::core::history::{self, HISTORY_KEY};
use crate::core::page::{start_local, PageState, PlanAction};
use crate::core::saved;

/// The state a page opens with, from storage and `query` (the merge is the core's).
pub fn state(query: &str) -> PageState {
    let stored = storage::read(saved::KEY);
    let start = start_local(
        stored.as_deref(),
        query,
        clock::now_ms(),
        clock::utc_offset_min(),
    );
    if let (true, Some(text)) = (start.keep_aside, &stored) {
        // Keep what could not be read instead of overwriting it.
        storage::write(saved::BACKUP_KEY, text);
    }
    let mut state = start.state;
    // Sets of sessions gone by move to the history store as the page opens; only once they are
    // there does the page stop storing them with its own value. Sets a session closes later
    // wait, stored, for the next opening.
    if !state.unfiled.is_empty() {
        let text = history::append(storage::read(HISTORY_KEY).as_deref(), &state.unfiled);
        if storage::write(HISTORY_KEY, &text) {
            state.unfiled = Rc::default();
            // There is history now: ask the browser to keep it.
            persist::request();
        }
    }
    state
}

/// Writes `stored` whenever it changes, and `address` (the plan page's) with it. Without an
/// address this is another page changing what the plan page's address holds: marked first.
#[hook]
pub fn use_saving(stored: String, address: Option<String>, dispatch: Dispatch) {
    // Said once: repeating it on every change would bury other notices (and their Undo).
    let warned = use_mut_ref(|| false);
    use_effect_with(stored, move |text| {
        match &address {
            Some(query) => url::replace_query(query),
            None => superseded::mark(),
        }
        if !storage::write(saved::KEY, text) && !*warned.borrow() {
            *warned.borrow_mut() = true;
            dispatch.emit(
                PlanAction::Notice(Some(
                    "Settings could not be saved on this device (storage is full or blocked)."
                        .into(),
                ))
                .into(),
            );
        }
    });
}
