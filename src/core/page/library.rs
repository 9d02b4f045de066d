//! The plan library's actions on the page: open another plan, duplicate the one in force, delete
//! it (with Undo), rename it, and what a link does at start-up: a plan not in the library is
//! added to it, never put over another.

use std::rc::Rc;

use super::action::ExerciseId;
use super::state::{PageState, Undo};
use crate::core::plans::{name_from, new_plan_id, parse_plan_name, PlanId, StoredPlan, MAX_PLANS};
use crate::core::session::Exercise;
use crate::core::url_state;

/// Said when a link's plan was added to the library.
pub const ADDED_NOTICE: &str = "is now in your plans; your other plans are kept.";
/// What a plan from a link is called when it names no exercise.
pub const SHARED_PLAN: &str = "Shared plan";

impl PageState {
    /// The plan in force as the library keeps it: its id, name and address.
    pub fn current_plan(&self) -> StoredPlan {
        StoredPlan {
            id: self.plan_id,
            name: self.plan_name.clone(),
            query: url_state::encode(&self.settings, &self.session()),
        }
    }

    /// Every plan, the one in force included, in the order they were made: for the list.
    pub fn plan_names(&self) -> Vec<(PlanId, &str)> {
        let mut all: Vec<(PlanId, &str)> =
            self.plans.iter().map(|p| (p.id, p.name.as_str())).collect();
        all.push((self.plan_id, self.plan_name.as_str()));
        // Ids only grow: insertion keeps the list in the order plans were made.
        for i in 1..all.len() {
            let mut j = i;
            while j > 0 && all.get(j - 1).map(|p| p.0) > all.get(j).map(|p| p.0) {
                all.swap(j - 1, j);
                j -= 1;
            }
        }
        all
    }
}

/// Opens plan `id` of the library; the plan in force goes back into it. `false` when there is no
/// such plan (or it is the one in force).
pub(super) fn open(s: &mut PageState, id: PlanId) -> bool {
    let Some(i) = s.plans.iter().position(|p| p.id == id) else {
        return false;
    };
    super::program::leave_day(s);
    let current = s.current_plan();
    let plans = Rc::make_mut(&mut s.plans);
    let plan = plans.remove(i);
    plans.push(current);
    put_in_force(s, plan);
    super::program::enter_day(s);
    true
}

/// Starts a copy of the plan in force, named "… (copy)"; the original stays in the library.
pub(super) fn duplicate(s: &mut PageState) -> bool {
    if s.plans.len() + 1 >= MAX_PLANS {
        s.notice = Some(format!("At most {MAX_PLANS} plans: delete one first."));
        return true;
    }
    let current = s.current_plan();
    // Not the id of a deleted plan waiting for Undo either.
    let waiting = match &s.undo {
        Some(Undo::Plan(p)) => p.id,
        Some(
            Undo::Exercise(_) | Undo::Scheme(_) | Undo::Gym(_) | Undo::Offer(_) | Undo::Programs(_),
        )
        | None => PlanId(0),
    };
    let id = new_plan_id(s.plan_id.max(waiting), &s.plans);
    let copy: String = format!("{} (copy)", current.name);
    s.plan_name = parse_plan_name(&copy).unwrap_or(current.name.clone());
    Rc::make_mut(&mut s.plans).push(current);
    s.plan_id = id;
    s.setup.plan_name_refused = None;
    s.notice = Some(format!("Now editing \"{}\".", s.plan_name));
    true
}

/// Deletes the plan in force (Undo brings it back) and opens the one made last. The last plan
/// cannot go.
pub(super) fn delete(s: &mut PageState) -> bool {
    let Some(next) = Rc::make_mut(&mut s.plans).pop() else {
        return false;
    };
    let gone = s.current_plan();
    s.notice = Some(format!("Deleted the plan \"{}\".", gone.name));
    put_in_force(s, next);
    s.undo = Some(Undo::Plan(gone));
    true
}

/// Brings back the plan deleted last, in force again.
pub(super) fn undo_delete(s: &mut PageState) -> bool {
    let Some(Undo::Plan(plan)) = s.undo.take() else {
        return false;
    };
    let current = s.current_plan();
    Rc::make_mut(&mut s.plans).push(current);
    put_in_force(s, plan);
    s.notice = None;
    true
}

/// "Don't keep it": the plan a link just added goes, and the plan in force before comes back.
pub(super) fn discard_link_plan(s: &mut PageState) -> bool {
    let Some(before) = s.from_link.take() else {
        return false;
    };
    let plans = Rc::make_mut(&mut s.plans);
    let Some(i) = plans.iter().position(|p| p.id == before) else {
        return false;
    };
    let plan = plans.remove(i);
    put_in_force(s, plan);
    // The link's equipment left no gym in use: the plan back may be on one.
    if s.gym.is_none() {
        s.gym = s.gyms.iter().find(|g| g.fits(&s.settings)).map(|g| g.id);
    }
    s.notice = None;
    true
}

/// Takes a new name for the plan in force; a bad one is kept with its message beside the field.
pub(super) fn rename(s: &mut PageState, text: String) {
    match parse_plan_name(&text) {
        Ok(name) => {
            s.plan_name = name;
            s.setup.plan_name_refused = None;
        }
        Err(e) => s.setup.plan_name_refused = Some((text, e)),
    }
}

/// Puts a stored plan in force: its exercises (new ids) and the equipment its address carries.
/// What belonged to the plan going out (checks, its rest's origin, an Undo) goes with it.
fn put_in_force(s: &mut PageState, plan: StoredPlan) {
    s.archive_session();
    let decoded = url_state::decode(&plan.query, &s.settings);
    let fresh = PageState::new(decoded.settings, decoded.exercises);
    s.settings = fresh.settings;
    s.setup.bar = fresh.setup.bar;
    s.setup.collar = fresh.setup.collar;
    s.bodyweight = fresh.bodyweight;
    s.exercises = fresh.exercises;
    for e in &mut s.exercises {
        e.id = ExerciseId(s.next_id);
        s.next_id = s.next_id.saturating_add(1);
    }
    s.plan_id = plan.id;
    s.plan_name = plan.name;
    s.setup.plan_name_refused = None;
    s.from_link = None;
    s.undo = None;
    s.rest_from = None;
    s.ended_rest = None;
    s.example = false;
    s.draft = None;
    // The plan is done where the lifter is: on the gym in use.
    if let Some(id) = s.gym {
        s.gym = None;
        super::gyms::use_gym(s, id);
    }
}

/// At start-up, with the address holding a plan other than the stored one: a plan of the
/// library with the same exercises is put in force, else the link's plan joins the library as a
/// new plan, named from its exercises. Either way the stored plan is kept in the library.
pub(super) fn arrive(s: &mut PageState, stored: StoredPlan, link: &[Exercise]) {
    let same = |p: &StoredPlan| url_state::decode(&p.query, &s.settings).exercises == link;
    let known = s.plans.iter().position(same);
    let plans = Rc::make_mut(&mut s.plans);
    let before = stored.id;
    plans.push(stored);
    match known {
        Some(i) => {
            let plan = plans.remove(i);
            s.plan_id = plan.id;
            s.plan_name = plan.name;
        }
        None => {
            s.plan_id = new_plan_id(before, plans);
            s.plan_name = name_from(link, SHARED_PLAN);
            s.from_link = Some(before);
            s.notice = Some(format!("\"{}\" {ADDED_NOTICE}", s.plan_name));
        }
    }
}
