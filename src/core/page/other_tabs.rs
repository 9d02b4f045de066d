//! The rule between tabs and pages that share one stored value: a tab writes only over what it
//! last read or wrote itself. When another tab or page wrote in between, the tab takes that value
//! and plays its own actions since its last write again on top of it, so neither change is lost
//! and neither overwrites the other. The shell's store holds what each tab last read; nothing
//! here touches a browser.

use super::action::ExerciseId;
use super::start::start_local;
use super::state::PageState;

/// What a tab does with the text it would store, given what it last read or wrote (`base`) and
/// what storage holds now (`stored`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write {
    /// Storage holds what the tab last saw: write.
    Put,
    /// Storage already holds this very text: nothing to write.
    Same,
    /// Another tab or page wrote since: take its text ([`rebase`]) instead of writing over it.
    Stale(String),
}

/// The write rule: `mine` goes over `stored` only when `stored` is what the tab last saw.
pub fn next_write(base: Option<&str>, stored: Option<&str>, mine: &str) -> Write {
    match stored {
        Some(now) if now == mine => Write::Same,
        Some(now) if Some(now) != base => Write::Stale(now.to_string()),
        // Gone since (another tab's "replace" restore of a fresh device): nothing to lose.
        Some(_) | None => Write::Put,
    }
}

/// The page after another tab or page wrote `stored`: opened from it as the page opens, with
/// what this tab has open kept (its panels, each exercise's setup), and `pending`, this tab's
/// actions since its last write, played again on it by `reduce`. Exercises keep this tab's ids
/// by position, so the actions name the same exercises; one that no longer applies (an exercise
/// gone meanwhile) changes nothing.
pub fn rebase<A>(
    current: &PageState,
    stored: &str,
    pending: impl IntoIterator<Item = A>,
    now_ms: f64,
    utc_offset_min: f64,
    reduce: impl Fn(&PageState, A) -> Option<PageState>,
) -> PageState {
    let mut fresh = start_local(Some(stored), "", now_ms, utc_offset_min).state;
    let mut next_id = current.next_id;
    for (i, e) in fresh.exercises.iter_mut().enumerate() {
        match current.exercises.get(i) {
            Some(mine) => {
                e.id = mine.id;
                e.editing = mine.editing;
                e.setup_open = e.setup_open || mine.setup_open;
            }
            None => {
                e.id = ExerciseId(next_id);
                next_id = next_id.saturating_add(1);
            }
        }
    }
    fresh.next_id = next_id;
    fresh.setup.settings_open = current.setup.settings_open;
    fresh.setup.plans_open = current.setup.plans_open;
    pending
        .into_iter()
        .fold(fresh, |s, a| reduce(&s, a).unwrap_or(s))
}
