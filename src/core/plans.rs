//! The plan library: every plan the lifter has ("Day A", "Upper", a friend's 5/3/1), each kept
//! as the address that opens it. The plan in force is the page's own state; the others wait in
//! a list, by stable id, so opening a link never replaces a plan: it adds one.

use super::session::Exercise;
use super::units::{parse_name, InputError};

/// A plan's stable id: names repeat and change, positions move.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct PlanId(pub u32);

/// A plan not in force: its name and the query string that opens it.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredPlan {
    pub id: PlanId,
    pub name: String,
    pub query: String,
}

/// The most plans kept, the one in force included.
pub const MAX_PLANS: usize = 40;
/// The longest plan name, in characters.
pub const MAX_PLAN_NAME: usize = 40;
/// What a plan is called when nothing names it.
pub const UNNAMED_PLAN: &str = "My plan";

/// A plan name as typed: trimmed, not empty, at most [`MAX_PLAN_NAME`] characters.
pub fn parse_plan_name(text: &str) -> Result<String, InputError> {
    parse_name(text, MAX_PLAN_NAME)
}

/// A name for a plan from its exercises ("Bench press + Squat"), for a plan that came from a
/// link or from storage before the library: `fallback` when none is named.
pub fn name_from(exercises: &[Exercise], fallback: &str) -> String {
    let mut name = String::new();
    for n in exercises
        .iter()
        .map(|e| e.name.trim())
        .filter(|n| !n.is_empty())
    {
        if !name.is_empty() {
            name.push_str(" + ");
        }
        name.push_str(n);
    }
    if name.is_empty() {
        name.push_str(fallback);
    }
    name.chars().take(MAX_PLAN_NAME).collect()
}

/// An id no plan in `plans` nor `current` has.
pub fn new_plan_id(current: PlanId, plans: &[StoredPlan]) -> PlanId {
    let top = plans.iter().map(|p| p.id).fold(current, PlanId::max);
    PlanId(top.0.saturating_add(1))
}
