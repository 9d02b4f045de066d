//! Gyms on the page: one put in use (the plan page's one tap), the equipment saved as a gym and
//! a gym deleted, with Undo (the setup page), and what the lifter changes in the equipment kept
//! in the gym in use.

use std::rc::Rc;

use super::state::{ExerciseState, PageState, Undo, UNDO_ID};
use super::typed::Typed;
use crate::core::gyms::{new_gym_id, parse_gym_name, same_name, Gym, GymId, MAX_GYMS};
use crate::core::implements::{Gear, Implement};
use crate::core::units::{fmt, Unit};

/// The id of the box where a gym's name is typed.
pub const GYM_NAME_ID: &str = "gym-name";

impl PageState {
    /// The gym in use, if one is.
    pub fn gym_in_use(&self) -> Option<&Gym> {
        let id = self.gym?;
        self.gyms.iter().find(|g| g.id == id)
    }
}

/// Puts gym `id`'s equipment on the plan: its unit (the plan converts), bar, collars, plates,
/// goal and kit. `None` when there is no such gym.
pub(super) fn use_gym(s: &mut PageState, id: GymId) -> Option<()> {
    let gym = s.gyms.iter().find(|g| g.id == id)?.clone();
    if gym.unit != s.settings.unit {
        switch_unit(s, gym.unit);
    }
    let t = &mut s.settings;
    t.bar = gym.bar;
    t.collar = gym.collar;
    t.plates = gym.plates.clone();
    t.goal = gym.goal;
    s.setup.bar = Typed::showing(gym.bar, fmt);
    s.setup.collar = Typed::showing(gym.collar, fmt);
    for e in &mut s.exercises {
        gym.equip(&mut e.exercise);
        e.gear_refused = None;
    }
    // An exercise waiting for Undo comes back on this gym's equipment too.
    if let Some(e) = s.removed_mut() {
        gym.equip(&mut e.exercise);
    }
    // The plates weighed were the other gym's.
    s.weighing = None;
    s.gym = Some(id);
    Some(())
}

/// Switches the plan to unit `u`: the bar and plates kept for that unit (else its standard
/// ones) come back, and every max and gear is converted.
pub(super) fn switch_unit(s: &mut PageState, u: Unit) {
    let unit = s.settings.unit;
    s.settings = s.settings.switched_to(u);
    let settings = s.settings.clone();
    // An exercise waiting for Undo comes back in the new unit too.
    if let Some(e) = s.removed_mut() {
        *e = e.in_unit(unit, &settings);
    }
    for e in s.exercises.iter_mut() {
        *e = e.in_unit(unit, &settings);
    }
    s.setup.bar = Typed::showing(settings.bar, fmt);
    if settings.bodyweight > 0.0 {
        s.bodyweight = Typed::showing(settings.bodyweight, fmt);
    }
    s.setup.collar = Typed::showing(settings.collar, fmt);
    s.setup.new_plate_unit = u;
}

/// The gym's name as typed: a message already shown stays until the name is good.
pub(super) fn type_name(s: &mut PageState, text: String) {
    let refused = s.setup.gym_name_refused.and(parse_gym_name(&text).err());
    s.setup.gym_name = text;
    s.setup.gym_name_refused = refused;
}

/// Saves the equipment in use under the name typed: a gym of that name gets it (Undo gives its
/// equipment back), else a new gym. Either is then in use.
pub(super) fn save(s: &mut PageState) -> Option<()> {
    let name = match parse_gym_name(&s.setup.gym_name) {
        Ok(name) => name,
        Err(err) => {
            s.setup.gym_name_refused = Some(err);
            s.focus.ask(GYM_NAME_ID);
            return Some(());
        }
    };
    let same = |g: &&Gym| same_name(&g.name, &name);
    let before = s.gyms.iter().find(same).cloned();
    // A new notice: one Undo at a time, the one it offers if any.
    let waiting = match s.undo.take() {
        Some(Undo::Gym(g)) => g.id.0.saturating_add(1),
        Some(
            Undo::Exercise(_)
            | Undo::Plan(_)
            | Undo::Scheme(_)
            | Undo::Offer(_)
            | Undo::Programs(_),
        )
        | None => 0,
    };
    if before.is_none() && s.gyms.len() >= MAX_GYMS {
        s.notice = Some(format!("At most {MAX_GYMS} gyms: delete one first."));
        return Some(());
    }
    // Not the id of a gym deleted and waiting for Undo either.
    let id = match &before {
        Some(g) => g.id,
        None => new_gym_id(&s.gyms).max(GymId(waiting)),
    };
    let mut gym = Gym::of(id, name, &s.settings, &s.session());
    let gyms = Rc::make_mut(&mut s.gyms);
    match &before {
        Some(old) => {
            // Kinds this plan does not use stay as the gym had them (in its new unit).
            for g in old.kit.iter().rev() {
                if gym.kit_for(Implement::of(g)).is_none() {
                    gym.kit.insert(0, g.converted(old.unit, gym.unit));
                }
            }
            if let Some(slot) = gyms.iter_mut().find(|g| g.id == id) {
                *slot = gym;
            }
        }
        None => gyms.push(gym),
    }
    s.gym = Some(id);
    s.setup.gym_name = String::new();
    s.setup.gym_name_refused = None;
    let name = s.gym_in_use().map(|g| g.name.clone()).unwrap_or_default();
    match before {
        Some(old) => {
            s.notice = Some(format!("\"{name}\" now has this equipment."));
            s.undo = Some(Undo::Gym(old));
            s.focus.ask(UNDO_ID);
        }
        None => {
            s.notice = Some(format!(
                "Saved \"{name}\": switch gyms at the top of the plan."
            ));
        }
    }
    Some(())
}

/// Deletes gym `id`, with Undo; the equipment in use stays. `None` when there is no such gym.
pub(super) fn delete(s: &mut PageState, id: GymId) -> Option<()> {
    let i = s.gyms.iter().position(|g| g.id == id)?;
    let gym = Rc::make_mut(&mut s.gyms).remove(i);
    if s.gym == Some(id) {
        s.gym = None;
    }
    s.notice = Some(format!("Deleted the gym \"{}\".", gym.name));
    s.undo = Some(Undo::Gym(gym));
    s.focus.ask(UNDO_ID);
    Some(())
}

/// Gives back the gym deleted or saved over last: in its place in the list (ids only grow).
pub(super) fn undo(s: &mut PageState) {
    let gym = match s.undo.take() {
        Some(Undo::Gym(gym)) => gym,
        other => {
            s.undo = other;
            return;
        }
    };
    let id = gym.id;
    let gyms = Rc::make_mut(&mut s.gyms);
    let full = gyms.len() >= MAX_GYMS;
    match gyms.iter_mut().find(|g| g.id == gym.id) {
        Some(slot) => *slot = gym,
        None if !full => {
            let at = gyms
                .iter()
                .position(|g| g.id > gym.id)
                .unwrap_or(gyms.len());
            gyms.insert(at, gym);
        }
        None => {
            s.notice = Some(format!("At most {MAX_GYMS} gyms: delete one, then Undo."));
            s.undo = Some(Undo::Gym(gym));
            return;
        }
    }
    // A gym is in use only while it holds the equipment in use: the one back may be again.
    let fits = |id: GymId| s.gyms.iter().any(|g| g.id == id && g.fits(&s.settings));
    s.gym = s.gym.filter(|g| fits(*g)).or(Some(id).filter(|g| fits(*g)));
    s.notice = None;
}

/// Keeps in the gym in use what the lifter changed in the equipment between `before` and `s`:
/// the settings' bar, collars, plates and goal, and an exercise's gear edited (or put on a kind
/// the gym does not have yet). A gym keeps its unit: switching units leaves it, unchanged.
pub(super) fn record(before: &PageState, s: &mut PageState) {
    let Some(id) = s.gym else {
        return;
    };
    // A gym just put in use or saved holds what it should; a plan opened brings only its own.
    if before.gym != s.gym || before.plan_id != s.plan_id {
        return;
    }
    let Some(gym) = s.gym_in_use() else {
        s.gym = None;
        return;
    };
    if gym.unit != s.settings.unit {
        s.gym = None;
        return;
    }
    let edited = |e: &ExerciseState| {
        let Some(b) = before.exercise(e.id) else {
            return false;
        };
        let (old, new) = (&b.exercise.gear, &e.exercise.gear);
        let kind = Implement::of(new);
        old != new && (Implement::of(old) == kind || gym.kit_for(kind).is_none())
    };
    let changed: Vec<Gear> = s
        .exercises
        .iter()
        .filter(|e| edited(e))
        .map(|e| e.exercise.gear.clone())
        .collect();
    if gym.fits(&s.settings) && changed.is_empty() {
        return;
    }
    let settings = &s.settings;
    if let Some(g) = Rc::make_mut(&mut s.gyms).iter_mut().find(|g| g.id == id) {
        g.take_settings(settings);
        for gear in &changed {
            g.keep(gear);
        }
    }
}
