//! The page's typed fields: which field a text comes from, what a field shows while it is being
//! typed into, and how its text is read into the plan or the settings once it is valid (a bad
//! value stays on screen with its message; the plan keeps the last good one).

use super::state::{with, AppState, MaxField};
use crate::core::one_rep_max::Formula;
use crate::core::scheme::{Builtin, GroupField, SetKind, MAX_REST_S};
use crate::core::session::{Gear, Settings, MAX_BAR, MAX_COLLAR, MAX_NAME};
use crate::core::units::{parse_bounded, parse_number, Unit};

/// A field whose text or choice arrives as [`Action::Text`](super::state::Action::Text); the
/// reducer reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name(usize),
    Max(usize, MaxField),
    /// Reps done in the back-off set, until logged.
    Result(usize),
    /// A built-in scheme's key.
    Scheme(usize),
    /// `bar`, `db` or `machine`.
    Gear(usize),
    /// The step of dumbbells or a stack (taken when the box is left).
    Step(usize),
    /// A cell of the scheme editor (taken when the box is left).
    Cell {
        exercise: usize,
        group: usize,
        field: GroupField,
    },
    Bar,
    Collar,
    /// The default rest before sets of a kind, in seconds.
    Rest(SetKind),
    /// A 1RM formula's key.
    Formula,
    NewPlate,
    NewPlateUnit,
    CustomRest,
}

/// What a field that takes its value when left shows: the text being typed into it, else `value`.
pub fn shown(draft: Option<&(Field, String)>, field: Field, value: String) -> String {
    match draft {
        Some((f, text)) if *f == field => text.clone(),
        _ => value,
    }
}

/// The default rests as the settings fields show them.
pub(super) fn rest_texts(s: &Settings) -> [String; 3] {
    [SetKind::WarmUp, SetKind::Work, SetKind::BackOff].map(|k| s.rests.for_kind(k).to_string())
}

/// Where a kind's default rest text is kept in [`AppState::rest_texts`].
pub fn rest_slot(kind: SetKind) -> usize {
    match kind {
        SetKind::WarmUp => 0,
        SetKind::Work => 1,
        SetKind::BackOff => 2,
    }
}

/// The message for a default rest that cannot be used, if any.
pub fn rest_error(text: &str) -> Option<String> {
    match parse_bounded(text, 0.0, f64::from(MAX_REST_S)) {
        Ok(v) if v.fract() == 0.0 => None,
        Ok(_) => Some("Use whole seconds.".into()),
        Err(e) => Some(e.message(Unit::Kg)),
    }
}

/// The heaviest plate the "add a plate" field takes.
const MAX_PLATE: f64 = 100.0;

/// The weight in the "add a plate" field, if it is one that can be added.
pub fn new_plate(text: &str) -> Option<f64> {
    parse_number(text)
        .ok()
        .filter(|w| *w > 0.0 && *w <= MAX_PLATE)
}

/// A field's new text: kept as typed where the page shows it back, and read into the plan or
/// the settings when it is valid.
pub(super) fn take_text(s: &mut AppState, field: Field, text: String) {
    let unit = s.settings.unit;
    match field {
        Field::Name(i) => with(s, i, |e| {
            e.exercise.name = text.chars().take(MAX_NAME).collect();
        }),
        Field::Max(i, f) => with(s, i, |e| {
            match f {
                MaxField::OneRepMax => e.max_text = text,
                MaxField::Load => e.load_text = text,
                MaxField::Reps => e.reps_text = text,
                MaxField::Rpe => e.rpe_text = text,
            }
            e.reread_max(unit);
        }),
        Field::Result(i) => with(s, i, |e| e.result_text = text),
        Field::Scheme(i) => {
            if let Some(scheme) = Builtin::from_key(&text) {
                with(s, i, |e| {
                    e.exercise.scheme = scheme;
                    e.exercise.groups = scheme.groups();
                    e.done.clear();
                });
            }
        }
        Field::Gear(i) => with(s, i, |e| {
            e.exercise.gear = match text.as_str() {
                "db" => Gear::dumbbells(unit),
                "machine" => Gear::machine(unit),
                _ => Gear::Barbell,
            };
        }),
        Field::Step(i) => with(s, i, |e| {
            let stepped = parse_number(&text).ok();
            if let Some(g) = stepped.and_then(|step| e.exercise.gear.with_step(step)) {
                e.exercise.gear = g;
            }
        }),
        Field::Cell {
            exercise,
            group,
            field,
        } => with(s, exercise, |e| {
            let before: Vec<u32> = e.exercise.groups.iter().map(|g| g.sets).collect();
            if let Some(g) = e.exercise.groups.get_mut(group) {
                // Text the group cannot take changes nothing: with the draft gone, the cell
                // shows the value in force again.
                g.edit(field, &text);
            }
            // Checks are by position: a changed set count would move them onto other sets.
            if e.exercise.groups.iter().map(|g| g.sets).ne(before) {
                e.done.clear();
            }
        }),
        Field::Bar => {
            if let Ok(v) = parse_bounded(&text, 0.0, MAX_BAR) {
                s.settings.bar = v;
            }
            s.bar_text = text;
        }
        Field::Collar => {
            if let Ok(v) = parse_bounded(&text, 0.0, MAX_COLLAR) {
                s.settings.collar = v;
            }
            s.collar_text = text;
        }
        Field::Rest(kind) => {
            let seconds = parse_bounded(&text, 0.0, f64::from(MAX_REST_S));
            if let Some(slot) = s.rest_texts.get_mut(rest_slot(kind)) {
                slot.clone_from(&text);
            }
            if let Some(v) = seconds.ok().filter(|v| v.fract() == 0.0) {
                let r = &mut s.settings.rests;
                let slot = match kind {
                    SetKind::WarmUp => &mut r.warm_up_s,
                    SetKind::Work => &mut r.work_s,
                    SetKind::BackOff => &mut r.back_off_s,
                };
                *slot = v as u32;
            }
        }
        Field::Formula => {
            if let Some(f) = Formula::from_key(&text) {
                s.settings.formula = f;
            }
        }
        Field::NewPlate => s.new_plate_text = text,
        Field::NewPlateUnit => s.new_plate_unit = Unit::parse(&text).unwrap_or(unit),
        Field::CustomRest => s.custom_rest_text = text,
    }
}
