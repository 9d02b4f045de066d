//! Before another page (history, setup) changes the plan page's stored plan: the plan page's
//! address, one back-button press away, still holds the plan from before. Keeping that address
//! under [`SUPERSEDED_KEY`] lets the plan page open the plan as stored when it comes back,
//! instead of adding the older copy as a link's plan.

use crate::browser::storage;
use crate::core::page::SUPERSEDED_KEY;
use crate::core::saved;

/// Marks the stored plan as the one the plan page's address holds, unless a change made since
/// the plan page was last open already did (its address is older still).
pub fn mark() {
    if storage::read(SUPERSEDED_KEY).is_some() {
        return;
    }
    if let Some(text) = storage::read(saved::KEY) {
        storage::write(SUPERSEDED_KEY, &saved::decode(Some(&text)).0.plan);
    }
}
