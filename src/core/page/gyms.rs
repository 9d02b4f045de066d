//! Gyms on the page: one put in use (the plan page's one tap), the equipment saved as a gym and
//! a gym deleted, with Undo (the setup page), and what the lifter changes in the equipment kept
//! in the gym in use.

use std::rc::Rc;

use super::state::{PageState, Undo, UNDO_ID};
use super::typed::Typed;
use crate::core::gyms::{new_gym_id, parse_gym_name, Gym, GymId, MAX_GYMS};
use crate::core::implements::Gear;
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
    let same = |g: &&Gym| g.name.eq_ignore_ascii_case(&name);
    let before = s.gyms.iter().find(same).cloned();
    if before.is_none() && s.gyms.len() >= MAX_GYMS {
        s.notice = Some(format!("At most {MAX_GYMS} gyms: delete one first."));
        return Some(());
    }
    let id = before
        .as_ref()
        .map_or_else(|| new_gym_id(&s.gyms), |g| g.id);
    let mut gym = Gym::of(id, name, &s.settings, &s.session());
    let gyms = Rc::make_mut(&mut s.gyms);
    match &before {
        Some(old) => {
            // Kinds this plan does not use stay as the gym had them.
            for g in old.kit.iter().rev() {
                if gym
                    .kit_for(crate::core::implements::Implement::of(g))
                    .is_none()
                {
                    gym.kit.insert(0, g.clone());
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
            s.undo = None;
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
    let Some(Undo::Gym(gym)) = s.undo.take() else {
        return;
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

/// Keeps in the gym in use what changed in the equipment between `before` and `s`: the
/// settings' bar, collars, plates, unit and goal, and the gear of each exercise changed.
pub(super) fn record(before: &PageState, s: &mut PageState) {
    let Some(id) = s.gym else {
        return;
    };
    let changed: Vec<Gear> = s
        .exercises
        .iter()
        .filter(|e| {
            before
                .exercise(e.id)
                .is_none_or(|b| b.exercise.gear != e.exercise.gear)
        })
        .map(|e| e.exercise.gear.clone())
        .collect();
    let fits = s.gym_in_use().is_some_and(|g| g.fits(&s.settings));
    if fits && changed.is_empty() {
        return;
    }
    let settings = &s.settings;
    match Rc::make_mut(&mut s.gyms).iter_mut().find(|g| g.id == id) {
        Some(g) => {
            g.take_settings(settings);
            for gear in &changed {
                g.keep(gear);
            }
        }
        None => s.gym = None,
    }
}
