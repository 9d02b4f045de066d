//! What only the setup page does to the page's state ([`SetupAction`]): the settings, the plan
//! library's management, the scheme editor and Undo of all three. The plan page's program
//! reduces only plan actions ([`PageState::reduce_plan`]), so none of this is in its first
//! load.

use super::action::{Field, Flag, SetupAction, SetupField, SetupPanel};
use super::library;
use super::reduce::{undo_remove, with};
use super::state::{PageState, Undo, UNDO_ID};
use super::typed::Typed;
use crate::core::one_rep_max::Formula;
use crate::core::plates::{parse_plate, Plate, PlateStock, MAX_PAIRS, MAX_PLATE_KINDS};
use crate::core::progression::{parse_range, parse_step as parse_rule_step, Rule};
use crate::core::scheme::{parse_rest_s, SetKind};
use crate::core::scheme_edits::GroupEdit;
use crate::core::session::{parse_bar, parse_collar};
use crate::core::units::{convert, Unit};
use crate::core::warm_ups::WarmUpChoice;

/// The setup page's own reducer: one of its actions on `before`; `None` when it changes nothing.
pub(super) fn reduce(before: &PageState, action: SetupAction) -> Option<PageState> {
    // Cheap checks first, as the plan page's reducer does.
    match &action {
        SetupAction::OpenPlan(id) if before.plans.iter().all(|p| p.id != *id) => return None,
        SetupAction::DeletePlan if before.plans.is_empty() => return None,
        SetupAction::Undo if before.undo.is_none() => return None,
        SetupAction::SetUnit(u) if *u == before.settings.unit => return None,
        SetupAction::SetGoal(g) if *g == before.settings.goal => return None,
        SetupAction::Open(SetupPanel::Plans, open) if *open == before.setup.plans_open => {
            return None
        }
        SetupAction::Open(SetupPanel::Settings, open) if *open == before.setup.settings_open => {
            return None
        }
        // A <details> drawn open (an undone removal) says so too: no redraw for that.
        SetupAction::Open(SetupPanel::Scheme(id), open)
            if before.exercise(*id).is_none_or(|e| e.editing == *open) =>
        {
            return None
        }
        SetupAction::ResetScheme(id)
        | SetupAction::EditGroups(id, _)
        | SetupAction::SaveScheme(id)
            if before.exercise(*id).is_none() =>
        {
            return None
        }
        SetupAction::Text(field, _) | SetupAction::Draft(field, _) | SetupAction::Leave(field)
            if field
                .exercise()
                .is_some_and(|id| before.exercise(id).is_none()) =>
        {
            return None
        }
        // Every action is handled by name in `apply`; these checks only spare a copy.
        _ => {}
    }
    // A unit switch converts the example's numbers, not the plan the lifter sees.
    let converted = matches!(action, SetupAction::SetUnit(_));
    let mut s = before.clone();
    apply(&mut s, action)?;
    Some(super::reduce::finish(before, s, converted))
}

/// Applies one of the setup page's actions; `None` when it changes nothing.
fn apply(s: &mut PageState, action: SetupAction) -> Option<()> {
    match action {
        SetupAction::OpenPlan(id) => {
            library::open(s, id);
        }
        SetupAction::DuplicatePlan => {
            // Its notice offers no Undo: one waiting from before goes.
            s.undo = None;
            library::duplicate(s);
        }
        SetupAction::DeletePlan => {
            if !super::program::may_delete(s) {
                return Some(());
            }
            library::delete(s);
            s.focus.ask(UNDO_ID);
        }
        SetupAction::StartProgram(n) => {
            let b = crate::core::builtin_programs::BUILTIN_PROGRAMS.get(n)?;
            let settings = s.settings.clone();
            s.undo = None;
            super::program::add(s, b.in_unit(settings.unit), &settings);
        }
        // An Undo waiting would put back the programs as they were, without this change.
        SetupAction::NewProgram => {
            s.undo = None;
            super::program::new_program(s);
        }
        SetupAction::OpenProgramLink(query) => super::program::open_link(s, &query)?,
        SetupAction::AddDay(id) => {
            super::program::add_day(s, id)?;
            s.undo = None;
        }
        SetupAction::RemoveDay(id, day) => super::program::remove_day(s, id, day)?,
        SetupAction::DeleteProgram(id) => super::program::delete(s, id)?,
        SetupAction::AutoApply(id, on) => {
            let programs = std::rc::Rc::make_mut(&mut s.programs);
            let p = programs.iter_mut().find(|p| p.id == id && p.auto != on)?;
            p.auto = on;
            s.undo = None;
        }
        SetupAction::Undo => match s.undo {
            Some(Undo::Exercise(_)) => undo_remove(s),
            Some(Undo::Plan(_)) => {
                library::undo_delete(s);
            }
            Some(Undo::Scheme(_)) => super::own_schemes::undo(s),
            Some(Undo::Gym(_)) => super::gyms::undo(s),
            Some(Undo::Programs(_)) => super::program::undo(s),
            Some(Undo::Offer(_)) => {
                super::offers::undo(s);
            }
            None => return None,
        },
        SetupAction::Text(field, text) => {
            if s.draft
                .as_ref()
                .is_some_and(|(f, _)| *f == Field::Setup(field))
            {
                s.draft = None;
            }
            take_text(s, field, text);
        }
        SetupAction::Draft(field, text) => s.draft = Some((field.into(), text)),
        SetupAction::Leave(field) => {
            if !leave(s, field) {
                return None;
            }
        }
        SetupAction::Open(SetupPanel::Settings, open) => s.setup.settings_open = open,
        SetupAction::Open(SetupPanel::Plans, open) => s.setup.plans_open = open,
        SetupAction::Open(SetupPanel::Scheme(id), open) => with(s, id, |e| e.editing = open),
        SetupAction::ResetScheme(id) => with(s, id, |e| {
            e.exercise.groups = e.exercise.scheme.groups();
            e.untick_all();
        }),
        SetupAction::EditGroups(id, edit) => {
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
        SetupAction::SetUnit(u) => super::gyms::switch_unit(s, u),
        SetupAction::SetPlatePairs(plate, n) => {
            let stock = s.settings.plates.iter_mut().find(|p| p.plate == plate);
            match stock {
                Some(p) if p.pairs != n.min(MAX_PAIRS) => p.pairs = n.min(MAX_PAIRS),
                _ => return None,
            }
        }
        SetupAction::SetRounding(r) => s.settings.rounding = r,
        SetupAction::SetGoal(g) => s.settings.goal = g,
        SetupAction::Toggle(flag) => {
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
        SetupAction::AddPlate => add_plate(s)?,
        SetupAction::SaveScheme(id) => super::own_schemes::save(s, id)?,
        SetupAction::DeleteScheme(id) => super::own_schemes::delete(s, id)?,
        SetupAction::SaveGym => super::gyms::save(s)?,
        SetupAction::DeleteGym(id) => super::gyms::delete(s, id)?,
    }
    Some(())
}

/// Takes `text` into one of the setup page's fields.
fn take_text(s: &mut PageState, field: SetupField, text: String) {
    match field {
        SetupField::PlanName => library::rename(s, text),
        SetupField::WarmUp(id) => {
            if let Some(w) = WarmUpChoice::from_key(&text) {
                // Other sets: checks are by position.
                with(s, id, |e| {
                    e.exercise.warm_up = w;
                    e.untick_all();
                });
            }
        }
        SetupField::Rule(id) => {
            let unit = s.settings.unit;
            with(s, id, |e| {
                if let Some(r) = Rule::from_key(&text, &e.exercise.name, e.exercise.rule, unit) {
                    e.exercise.rule = r;
                }
            });
            s.setup.rule_text = None;
        }
        // A bad value keeps the last good gear, and says why beside its box.
        SetupField::GearPart(id, part) => {
            let unit = s.settings.unit;
            with(s, id, |e| {
                match e.exercise.gear.with_part(part, &text, unit) {
                    Ok(g) => {
                        e.exercise.gear = g;
                        e.gear_refused = None;
                    }
                    Err(err) => e.gear_refused = Some((part, text, err)),
                }
            });
        }
        SetupField::RuleStep(id) => {
            let step = parse_rule_step(&text, s.settings.unit);
            if let Ok(step) = step {
                with(s, id, |e| e.exercise.rule = e.exercise.rule.with_step(step));
            }
            s.setup.rule_text = Some((field, text, step.err()));
        }
        SetupField::RuleRange(id) => {
            let range = parse_range(&text);
            if let Ok((low, high)) = range {
                with(s, id, |e| {
                    e.exercise.rule = e.exercise.rule.with_range(low, high)
                });
            }
            s.setup.rule_text = Some((field, text, range.err()));
        }
        SetupField::Cell {
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
        SetupField::Bar => {
            s.setup.bar = Typed::read(text, parse_bar).after(&s.setup.bar);
            if let Some(v) = s.setup.bar.ok() {
                s.settings.bar = v;
            }
        }
        SetupField::Collar => {
            s.setup.collar = Typed::read(text, parse_collar).after(&s.setup.collar);
            if let Some(v) = s.setup.collar.ok() {
                s.settings.collar = v;
            }
        }
        SetupField::Rest(kind) => {
            let typed = Typed::read(text, parse_rest_s).after(s.setup.rests.get(kind));
            if let Some(v) = typed.ok() {
                let r = &mut s.settings.rests;
                let slot = match kind {
                    SetKind::WarmUp => &mut r.warm_up_s,
                    SetKind::Work => &mut r.work_s,
                    SetKind::BackOff => &mut r.back_off_s,
                };
                *slot = v;
            }
            *s.setup.rests.get_mut(kind) = typed;
        }
        SetupField::Formula => {
            if let Some(f) = Formula::from_key(&text) {
                s.settings.formula = f;
            }
        }
        SetupField::NewPlate => {
            s.setup.new_plate = Typed::read(text, parse_plate).after(&s.setup.new_plate)
        }
        SetupField::NewPlateUnit => {
            s.setup.new_plate_unit = Unit::parse(&text).unwrap_or(s.settings.unit)
        }
        SetupField::SchemeName(id) => super::own_schemes::type_name(s, id, text),
        SetupField::GymName => super::gyms::type_name(s, text),
        SetupField::ProgramName => {
            s.setup.program_name = text;
            s.setup.program_name_refused = None;
        }
        SetupField::ProgramRename(id) => super::program::rename(s, id, text),
    }
}

/// Marks one of the setup page's fields as left (see `fields::leave`).
fn leave(s: &mut PageState, field: SetupField) -> bool {
    match field {
        SetupField::Bar => s.setup.bar.leave(),
        SetupField::Collar => s.setup.collar.leave(),
        SetupField::Rest(kind) => s.setup.rests.get_mut(kind).leave(),
        SetupField::NewPlate => s.setup.new_plate.leave(),
        // Fields that take their value when left, or a choice: no message waits on them.
        SetupField::PlanName
        | SetupField::WarmUp(_)
        | SetupField::Rule(_)
        | SetupField::RuleStep(_)
        | SetupField::RuleRange(_)
        | SetupField::GearPart(..)
        | SetupField::Cell { .. }
        | SetupField::Formula
        | SetupField::NewPlateUnit
        | SetupField::SchemeName(_)
        | SetupField::GymName
        | SetupField::ProgramName
        | SetupField::ProgramRename(_) => false,
    }
}

/// Adds the plate typed in the "add a plate" field, in weight order; `None` when there is none
/// to add.
fn add_plate(s: &mut PageState) -> Option<()> {
    let plate = Plate {
        weight: s.setup.new_plate.ok()?,
        unit: s.setup.new_plate_unit,
    };
    // Full: the text stays, and the page says why it cannot be added.
    if s.settings.plates.len() >= MAX_PLATE_KINDS {
        return None;
    }
    s.setup.new_plate = Typed::default();
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
