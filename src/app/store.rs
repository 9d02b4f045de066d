//! The one way to storage: every key, every read-modify-write, and the rules between pages and
//! tabs. Components call these functions and never storage itself.
//!
//! - The plan page's value is written only over what this tab last read or wrote
//!   ([`next_write`]): when another tab or page wrote in between, [`save_page`] says so and the
//!   page takes that value, its own actions played again on it, instead of writing over it.
//! - Another page than the plan page (setup, history, a restore) marks the plan page's address
//!   as superseded before it changes the plan ([`SUPERSEDED_KEY`]).
//! - [`on_change`] tells an open page that another tab changed what it shows.

use std::cell::RefCell;

use crate::browser::storage::{self, Listener};
use crate::core::backup::{self, Backup};
use crate::core::history::{self, DoneSet, HISTORY_KEY};
use crate::core::history_page::{Stored, Writes};
use crate::core::import_names::NAMES_KEY;
use crate::core::page::{next_write, Write, SUPERSEDED_KEY};
use crate::core::saved;

/// When the last backup was made (wall-clock ms), for the reminder.
const BACKED_UP_KEY: &str = "backoff.backed-up";
/// What was here before the last restore, as a backup file's text: Undo reads it back, and it
/// outlives a closed tab.
const BEFORE_RESTORE_KEY: &str = "backoff.before-restore";

thread_local! {
    /// The plan page's value as this tab last read or wrote it.
    static BASE: RefCell<Option<String>> = const { RefCell::new(None) };
}

fn set_base(text: Option<String>) {
    BASE.with(|b| *b.borrow_mut() = text);
}

/// Which page writes the plan page's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Writer {
    /// The plan page: its address is written with the value.
    PlanPage,
    /// The setup or history page: the plan page's address, one back-button press away, still
    /// holds the plan from before.
    OtherPage,
}

/// How a write of the plan page's value went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saved {
    Written,
    /// Another tab or page wrote this since: the page takes it instead.
    Stale(String),
    /// Storage is full or blocked.
    Refused,
}

/// The plan page's value as a page opens (and what this tab writes over from now on).
pub fn open_page() -> Option<String> {
    let text = storage::read(saved::KEY);
    set_base(text.clone());
    text
}

/// Keeps a value that could not all be read aside, instead of writing over it.
pub fn keep_aside(text: &str) {
    storage::write(saved::BACKUP_KEY, text);
}

/// Writes the plan page's value, unless another tab or page wrote since this tab last read or
/// wrote it.
pub fn save_page(text: &str, by: Writer) -> Saved {
    let base = BASE.with(|b| b.borrow().clone());
    match next_write(base.as_deref(), storage::read(saved::KEY).as_deref(), text) {
        Write::Same => {
            set_base(Some(text.to_string()));
            Saved::Written
        }
        Write::Stale(theirs) => {
            // The page takes it: its next write goes over it.
            set_base(Some(theirs.clone()));
            Saved::Stale(theirs)
        }
        Write::Put => {
            if by == Writer::OtherPage {
                mark_superseded();
            }
            match storage::write(saved::KEY, text) {
                true => {
                    set_base(Some(text.to_string()));
                    Saved::Written
                }
                false => Saved::Refused,
            }
        }
    }
}

/// Marks the stored plan as the one the plan page's address holds, unless a change made since
/// the plan page was last open already did (its address is older still).
fn mark_superseded() {
    if storage::read(SUPERSEDED_KEY).is_some() {
        return;
    }
    if let Some(text) = storage::read(saved::KEY) {
        storage::write(SUPERSEDED_KEY, &saved::decode(Some(&text)).0.plan);
    }
}

/// The plan page's address from before another page changed the plan, taken as the plan page
/// opens (it is asked once).
pub fn take_superseded() -> Option<String> {
    let was = storage::read(SUPERSEDED_KEY);
    if was.is_some() {
        storage::remove(SUPERSEDED_KEY);
    }
    was
}

/// Files the sets of sessions gone by into the history; `false` when storage refused.
pub fn append_history(sets: &[DoneSet]) -> bool {
    let text = history::append(storage::read(HISTORY_KEY).as_deref(), sets);
    storage::write(HISTORY_KEY, &text)
}

/// What the history page reads: the plan page's value, the history and the last backup's time.
pub fn history_inputs() -> Stored {
    Stored {
        page: open_page(),
        history: storage::read_long(HISTORY_KEY),
        backed_up_ms: storage::read(BACKED_UP_KEY)
            .and_then(|t| t.parse::<f64>().ok())
            .unwrap_or(0.0),
        names: storage::read(NAMES_KEY),
    }
}

/// Writes what the history page's reducer asked for, the history first (a value that names a
/// set the history lacks would be worse than the other way round); `false` when storage refused.
pub fn write_history_page(w: &Writes) -> bool {
    let history_ok = w
        .history
        .as_deref()
        .is_none_or(|t| storage::write(HISTORY_KEY, t));
    let page_ok = w.page.as_deref().is_none_or(|t| {
        mark_superseded();
        let ok = storage::write(saved::KEY, t);
        if ok {
            set_base(Some(t.to_string()));
        }
        ok
    });
    // The names remembered are a convenience: their write failing loses no training.
    if let Some(names) = &w.names {
        storage::write(NAMES_KEY, names);
    }
    history_ok && page_ok
}

/// Everything stored, as a backup file's text.
pub fn backup_text() -> String {
    backup::write(
        storage::read(saved::KEY).as_deref(),
        storage::read_long(HISTORY_KEY).as_deref(),
    )
}

/// Notes that a backup was made at `now_ms`.
pub fn backed_up(now_ms: f64) {
    storage::write(BACKED_UP_KEY, &now_ms.to_string());
}

/// Restores `b`, merged into what is here or in its place, keeping what was here first for
/// [`undo_restore`]; `false` (and nothing changed) when storage refused.
pub fn restore(b: &Backup, merge: bool) -> bool {
    let page = storage::read(saved::KEY);
    let history = storage::read(HISTORY_KEY);
    let before = backup::write(page.as_deref(), history.as_deref());
    if !storage::write(BEFORE_RESTORE_KEY, &before) {
        return false;
    }
    let (new_page, new_history) = backup::restore(b, page.as_deref(), history.as_deref(), merge);
    mark_superseded();
    let written = put(HISTORY_KEY, &new_history) && put(saved::KEY, &new_page);
    if !written {
        // Both as they were, or neither changed.
        put(HISTORY_KEY, history.as_deref().unwrap_or_default());
        put(saved::KEY, page.as_deref().unwrap_or_default());
    }
    written
}

/// Puts back what was here before the last restore; `false` when there is none to put back.
pub fn undo_restore() -> bool {
    let Some(before) = storage::read(BEFORE_RESTORE_KEY).and_then(|t| backup::read(&t).ok()) else {
        return false;
    };
    mark_superseded();
    let history_ok = put(HISTORY_KEY, &before.history);
    history_ok && put(saved::KEY, &before.page) && storage::remove(BEFORE_RESTORE_KEY)
}

/// Writes `text` under `key`, or removes the key for an empty value (nothing was stored).
fn put(key: &str, text: &str) -> bool {
    match text.is_empty() {
        true => storage::remove(key),
        false => storage::write(key, text),
    }
}

/// What another tab or page changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// The plan page's value, now this text (this tab writes over it from now on).
    Page(String),
    /// The history, or everything at once (storage cleared).
    Other,
}

/// Calls `f` whenever another tab or page changes what this page shows; dropping the guard
/// stops it.
pub fn on_change(f: impl Fn(Change) + 'static) -> Listener {
    storage::on_change(move |key, value| match (key.as_deref(), value) {
        (Some(saved::KEY), Some(text)) => {
            let known = BASE.with(|b| b.borrow().as_deref() == Some(text.as_str()));
            if !known {
                set_base(Some(text.clone()));
                f(Change::Page(text));
            }
        }
        (Some(HISTORY_KEY) | Some(saved::KEY) | None, _) => f(Change::Other),
        (Some(_), _) => {}
    })
}
