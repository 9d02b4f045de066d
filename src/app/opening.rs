//! What the plan page and the setup page share: the state they open with (storage first, the
//! address over it, sessions gone by filed into the history store), the effect that writes it
//! back through the store, and taking what another tab wrote.

use std::rc::Rc;

use yew::prelude::*;

use super::events::Dispatch;
use super::reducer::{Msg, Tab};
use super::store::{self, Change, Saved, Writer};
use crate::browser::{clock, persist, url};
use crate::core::page::{start_local, Action, PageState, PlanAction};

/// The state a page opens with, from storage and `query` (the merge is the core's).
pub fn state(query: &str) -> PageState {
    let stored = store::open_page();
    let start = start_local(
        stored.as_deref(),
        query,
        clock::now_ms(),
        clock::utc_offset_min(),
    );
    if let (true, Some(text)) = (start.keep_aside, &stored) {
        // Keep what could not be read instead of overwriting it.
        store::keep_aside(text);
    }
    let mut state = start.state;
    // Sets of sessions gone by move to the history store as the page opens; only once they are
    // there does the page stop storing them with its own value. Sets a session closes later
    // wait, stored, for the next opening.
    if !state.unfiled.is_empty() && store::append_history(&state.unfiled) {
        state.unfiled = Rc::default();
        // There is history now: ask the browser to keep it.
        persist::request();
    }
    state
}

/// A page's state: opened by `init`, reduced by `step`, written back through the store after
/// each change (with `address`, the plan page's, when there is one), and following what
/// another tab writes. Returns the state, where its actions go, and what takes a value another
/// tab wrote (for a write the page makes itself, outside this hook).
#[hook]
pub fn use_page(
    init: impl FnOnce() -> PageState,
    step: fn(&PageState, Action) -> Option<PageState>,
    writer: Writer,
) -> (UseReducerHandle<Tab>, Dispatch, Callback<String>) {
    let tab = use_reducer(move || Tab::new(init(), step));
    let msgs = tab.dispatcher();
    let dispatch: Dispatch = {
        let msgs = msgs.clone();
        Callback::from(move |a: Action| msgs.dispatch(Msg::Act(a)))
    };
    let adopt = {
        let msgs = msgs.clone();
        move |stored: String| {
            msgs.dispatch(Msg::Adopt {
                stored,
                now_ms: clock::now_ms(),
                utc_offset_min: clock::utc_offset_min(),
            })
        }
    };
    {
        let adopt = adopt.clone();
        use_effect_with((), move |_| {
            let listener = store::on_change(move |change| match change {
                Change::Page(text) => adopt(text),
                Change::Other => {}
            });
            move || drop(listener)
        });
    }
    let take = Callback::from(adopt.clone());
    // Said once: repeating it on every change would bury other notices (and their Undo).
    let warned = use_mut_ref(|| false);
    let (query, stored) = tab.texts();
    let address = (writer == Writer::PlanPage).then_some(query);
    let written = {
        let tab = tab.clone();
        move || tab.written()
    };
    let d = dispatch.clone();
    use_effect_with(stored, move |text| {
        match store::save_page(text, writer) {
            Saved::Written => written(),
            Saved::Stale(theirs) => adopt(theirs),
            Saved::Refused if !*warned.borrow() => {
                *warned.borrow_mut() = true;
                d.emit(
                    PlanAction::Notice(Some(
                        "Settings could not be saved on this device (storage is full or blocked)."
                            .into(),
                    ))
                    .into(),
                );
            }
            Saved::Refused => {}
        }
        if let Some(query) = &address {
            url::replace_query(query);
        }
    });
    (tab, dispatch, take)
}
