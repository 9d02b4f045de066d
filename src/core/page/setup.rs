//! What only the setup page does to the page's state: the settings, the plan library's
//! management and the scheme editor. The plan page's reducer
//! ([`PageState::reduce_on_plan_page`]) leaves all of it out, so the plan page's first load
//! carries none of this code; the setup page's ([`PageState::reduce`]) has it all.

use super::action::{Action, Field, Flag};
use super::library;
use super::reduce::with;
use super::state::{PageState, UNDO_ID};
use super::typed::Typed;
use crate::core::one_rep_max::Formula;
use crate::core::plates::{parse_plate, Plate, PlateStock, MAX_PAIRS, MAX_PLATE_KINDS};
use crate::core::scheme::{parse_rest_s, SetKind};
use crate::core::scheme_edits::GroupEdit;
use crate::core::session::{parse_bar, parse_collar};
use crate::core::units::{convert, fmt, Unit};
use crate::core::warm_ups::WarmUpChoice;

/// Applies one of the setup page's actions; `None` when it changes nothing.
pub(super) fn apply(s: &mut PageState, action: Action) -> Option<()> {
    let unit = s.settings.unit;
    match action {
        Action::OpenPlan(id) => {
            library::open(s, id);
        }
        Action::DuplicatePlan => {
            // Its notice offers no Undo: one waiting from before goes.
            s.removed = None;
            s.deleted_plan = None;
            s.deleted_scheme = None;
            library::duplicate(s);
        }
        Action::DeletePlan => {
            library::delete(s);
            s.focus = (s.focus.0.wrapping_add(1), UNDO_ID.into());
        }
        Action::ResetScheme(id) => with(s, id, |e| {
            e.exercise.groups = e.exercise.scheme.groups();
            e.untick_all();
        }),
        Action::EditGroups(id, edit) => {
            let mut edited = false;
            with(s, id, |e| {
                edited = edit.apply(&mut e.exercise.groups);
                // A warm-up added is one the lifter wants: the scheme's own warm-ups again.
                if edited && edit == GroupEdit::Add(SetKind::WarmUp) {
                    e.exercise.warm_up = WarmUpChoice::Scheme;
                }
                // Checks are by position: on another scheme they would name other sets.
                if edited {
                    e.untick_all();
                }
            });
            if !edited {
                return None;
            }
            s.draft = None;
        }
        Action::SetUnit(u) => {
            // The bar and plates kept for that unit (else its standard ones) come back.
            s.settings = s.settings.switched_to(u);
            let settings = s.settings.clone();
            // An exercise waiting for Undo comes back in the new unit too.
            let waiting = s.removed.as_mut().map(|r| &mut r.exercise);
            for e in s.exercises.iter_mut().chain(waiting) {
                *e = e.in_unit(unit, &settings);
            }
            s.bar = Typed::showing(settings.bar, fmt);
            s.collar = Typed::showing(settings.collar, fmt);
            s.new_plate_unit = u;
        }
        Action::SetPlatePairs(plate, n) => {
            let stock = s.settings.plates.iter_mut().find(|p| p.plate == plate);
            match stock {
                Some(p) if p.pairs != n.min(MAX_PAIRS) => p.pairs = n.min(MAX_PAIRS),
                _ => return None,
            }
        }
        Action::SetRounding(r) => s.settings.rounding = r,
        Action::Toggle(flag) => {
            let t = &mut s.settings;
            let on = match flag {
                Flag::Sound => &mut t.sound,
                Flag::CountdownBeeps => &mut t.countdown_beeps,
                Flag::Vibrate => &mut t.vibrate,
                Flag::KeepAwake => &mut t.keep_awake,
                Flag::Notify => &mut t.notify,
            };
            *on = !*on;
        }
        Action::AddPlate => add_plate(s)?,
        Action::SaveScheme(id) => super::own_schemes::save(s, id)?,
        Action::DeleteScheme(id) => super::own_schemes::delete(s, id)?,
        // The plan page's own: the reducer handles them.
        Action::AddExercise
        | Action::RemoveExercise(_)
        | Action::UndoRemove
        | Action::DiscardLinkPlan
        | Action::MoveExercise { .. }
        | Action::Text(..)
        | Action::Draft(..)
        | Action::Leave(_)
        | Action::Open(..)
        | Action::SetMaxMode(..)
        | Action::SetTrust(..)
        | Action::EditMax(_)
        | Action::At(..)
        | Action::Tick(_)
        | Action::StartOver
        | Action::Notice(_) => return None,
    }
    Some(())
}

/// Undo on the setup page: the scheme, else the plan, deleted last comes back.
pub(super) fn undo(s: &mut PageState) {
    if s.deleted_scheme.is_some() {
        super::own_schemes::undo(s);
    } else {
        library::undo_delete(s);
    }
}

/// Takes `text` into one of the setup page's fields.
pub(super) fn take_text(s: &mut PageState, field: Field, text: String) {
    match field {
        Field::PlanName => library::rename(s, text),
        Field::WarmUp(id) => {
            if let Some(w) = WarmUpChoice::from_key(&text) {
                // Other sets: checks are by position.
                with(s, id, |e| {
                    e.exercise.warm_up = w;
                    e.untick_all();
                });
            }
        }
        Field::Cell {
            exercise,
            group,
            field,
        } => with(s, exercise, |e| {
            let before = e.scheme_sets();
            if let Some(g) = e.exercise.groups.get_mut(group) {
                // Text the group cannot take changes nothing: with the draft gone, the cell
                // shows the value in force again.
                g.edit(field, &text);
            }
            // Checks are by position: a changed set count would move them onto other sets.
            if e.scheme_sets() != before {
                e.untick_all();
            }
        }),
        Field::Bar => {
            s.bar = Typed::read(text, parse_bar).after(&s.bar);
            if let Some(v) = s.bar.ok() {
                s.settings.bar = v;
            }
        }
        Field::Collar => {
            s.collar = Typed::read(text, parse_collar).after(&s.collar);
            if let Some(v) = s.collar.ok() {
                s.settings.collar = v;
            }
        }
        Field::Rest(kind) => {
            let typed = Typed::read(text, parse_rest_s).after(s.rests.get(kind));
            if let Some(v) = typed.ok() {
                let r = &mut s.settings.rests;
                let slot = match kind {
                    SetKind::WarmUp => &mut r.warm_up_s,
                    SetKind::Work => &mut r.work_s,
                    SetKind::BackOff => &mut r.back_off_s,
                };
                *slot = v;
            }
            *s.rests.get_mut(kind) = typed;
        }
        Field::Formula => {
            if let Some(f) = Formula::from_key(&text) {
                s.settings.formula = f;
            }
        }
        Field::NewPlate => s.new_plate = Typed::read(text, parse_plate).after(&s.new_plate),
        Field::NewPlateUnit => s.new_plate_unit = Unit::parse(&text).unwrap_or(s.settings.unit),
        Field::SchemeName(id) => super::own_schemes::type_name(s, id, text),
        // The plan page's own fields: `fields::take_text` takes them.
        Field::Name(_)
        | Field::Max(..)
        | Field::Result(_)
        | Field::Scheme(_)
        | Field::Gear(_)
        | Field::Step(_)
        | Field::CustomRest
        | Field::Fix(_) => {}
    }
}

/// Marks one of the setup page's fields as left (see `fields::leave`).
pub(super) fn leave(s: &mut PageState, field: Field) -> bool {
    match field {
        Field::Bar => s.bar.leave(),
        Field::Collar => s.collar.leave(),
        Field::Rest(kind) => s.rests.get_mut(kind).leave(),
        Field::NewPlate => s.new_plate.leave(),
        // Fields that take their value when left, or a choice: no message waits on them.
        Field::PlanName
        | Field::WarmUp(_)
        | Field::Cell { .. }
        | Field::Formula
        | Field::NewPlateUnit
        | Field::SchemeName(_) => false,
        // The plan page's own fields.
        Field::Name(_)
        | Field::Max(..)
        | Field::Result(_)
        | Field::Scheme(_)
        | Field::Gear(_)
        | Field::Step(_)
        | Field::CustomRest
        | Field::Fix(_) => false,
    }
}

/// Adds the plate typed in the "add a plate" field, in weight order; `None` when there is none
/// to add.
fn add_plate(s: &mut PageState) -> Option<()> {
    let plate = Plate {
        weight: s.new_plate.ok()?,
        unit: s.new_plate_unit,
    };
    // Full: the text stays, and the page says why it cannot be added.
    if s.settings.plates.len() >= MAX_PLATE_KINDS {
        return None;
    }
    s.new_plate = Typed::default();
    let plates = &mut s.settings.plates;
    if !plates.iter().any(|p| p.plate == plate) {
        let kg = |p: &Plate| convert(p.weight, p.unit, Unit::Kg);
        let at = plates
            .iter()
            .position(|p| kg(&p.plate) < kg(&plate))
            .unwrap_or(plates.len());
        plates.insert(at, PlateStock { plate, pairs: 1 });
    }
    Some(())
}
