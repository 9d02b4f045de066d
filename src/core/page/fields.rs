//! A field's new text: parsed once, kept beside its value where the page shows it back, and
//! taken into the plan or the settings when it is valid (a bad value stays on screen with its
//! message; the plan keeps the last good one).

use super::action::{Field, FixField, MaxField, PlanField};
use super::reduce::with;
use super::state::{load_field, max_field, parse_optional_rpe, PageState};
use super::typed::Typed;
use crate::core::implements::Implement;
use crate::core::named_schemes::by_key;
use crate::core::rest_timer::parse_duration;
use crate::core::scheme::Builtin;
use crate::core::session::{clip_name, parse_bodyweight};
use crate::core::set_fix::{SetFix, MAX_FIXES};
use crate::core::units::parse_reps;
use crate::core::warm_ups::WarmUpChoice;

/// What a field that takes its value when left shows: the text being typed into it, else `value`.
pub fn shown(draft: Option<&(Field, String)>, field: impl Into<Field>, value: String) -> String {
    let field = field.into();
    match draft {
        Some((f, text)) if *f == field => text.clone(),
        _ => value,
    }
}

/// Takes `text` into `field`.
pub(super) fn take_text(s: &mut PageState, field: PlanField, text: String) {
    let unit = s.settings.unit;
    match field {
        PlanField::Name(id) => {
            let name = clip_name(&text);
            let gym = s.gym_in_use().cloned();
            // The gear a name suggests: the gym's of that kind, else the usual one.
            let gear_for = |name: &str| {
                let kind = Implement::for_name(name);
                let kit = gym.as_ref().and_then(|g| g.kit_for(kind)).cloned();
                kit.unwrap_or_else(|| kind.gear(unit))
            };
            with(s, id, |e| {
                // An exercise still on the gear its name suggested takes the new name's: a
                // curl named goes on an EZ bar, a leg press on a plate-loaded machine.
                if e.exercise.gear == gear_for(&e.exercise.name) {
                    e.exercise.gear = gear_for(&name);
                    e.gear_refused = None;
                }
                e.exercise.name = name;
            })
        }
        PlanField::Max(id, f) => with(s, id, |e| {
            let signed = e.exercise.implement() == Implement::Bodyweight;
            match f {
                MaxField::OneRepMax => e.max = max_field(text, unit, signed).after(&e.max),
                MaxField::Load => e.load = max_field(text, unit, signed).after(&e.load),
                MaxField::Reps => e.reps = Typed::read(text, parse_reps).after(&e.reps),
                MaxField::Rpe => e.rpe = Typed::read(text, parse_optional_rpe).after(&e.rpe),
            }
            e.take_max();
        }),
        PlanField::Result(id) => with(s, id, |e| {
            e.result = Typed::read(text, parse_reps).after(&e.result);
        }),
        PlanField::Scheme(id) => {
            let own = by_key(&s.schemes, &text).cloned();
            if let Some(scheme) = Builtin::from_key(&text) {
                with(s, id, |e| {
                    e.exercise.scheme = scheme;
                    e.exercise.groups = scheme.groups();
                    e.exercise.warm_up = WarmUpChoice::default_for(scheme);
                    e.untick_all();
                });
            } else if let Some(own) = own {
                with(s, id, |e| {
                    own.put_on(&mut e.exercise);
                    e.untick_all();
                });
            }
        }
        PlanField::Gear(id) => {
            if let Some(kind) = Implement::from_key(&text) {
                let kit = s.gym_in_use().and_then(|g| g.kit_for(kind)).cloned();
                with(s, id, |e| {
                    if e.exercise.implement() != kind {
                        e.exercise.switch_to(kind, unit, kit.as_ref());
                        e.gear_refused = None;
                    }
                });
            }
        }
        PlanField::Bodyweight => {
            let value = parse_bodyweight(&text, unit);
            s.bodyweight = Typed::parsed(text, value).after(&s.bodyweight);
            if let Some(w) = s.bodyweight.ok() {
                s.settings.bodyweight = w;
            }
        }
        PlanField::CustomRest => {
            s.custom_rest = Typed::read(text, parse_duration).after(&s.custom_rest);
        }
        PlanField::Fix(f) => take_fix(s, f, text),
    }
}

/// A box of the open correction retyped: once all three read, the set is corrected to them.
fn take_fix(s: &mut PageState, f: FixField, text: String) {
    let unit = s.settings.unit;
    let Some(x) = s.fixing.as_mut() else {
        return;
    };
    match f {
        FixField::Reps => x.reps = Typed::read(text, parse_reps).after(&x.reps),
        FixField::Load => x.load = load_field(text, unit).after(&x.load),
        FixField::Rpe => x.rpe = Typed::read(text, parse_optional_rpe).after(&x.rpe),
    }
    let (id, set) = (x.exercise, x.set);
    let Some(fix) = x.reps.ok().zip(x.load.ok()).zip(x.rpe.ok()) else {
        return;
    };
    let ((reps, load), rpe) = fix;
    with(s, id, |e| {
        e.fixes.retain(|f| f.set != set);
        if e.done.contains(&set) && e.fixes.len() < MAX_FIXES {
            e.fixes.push(SetFix {
                set,
                load,
                reps,
                rpe,
            });
        }
    });
}

/// Marks `field` as left, so a bad value in it shows its message; `false` when that changes
/// nothing (a good value, a field with no typed value, or one already marked).
pub(super) fn leave(s: &mut PageState, field: PlanField) -> bool {
    let mut changed = false;
    match field {
        PlanField::Max(id, f) => with(s, id, |e| {
            changed = match f {
                MaxField::OneRepMax => e.max.leave(),
                MaxField::Load => e.load.leave(),
                MaxField::Reps => e.reps.leave(),
                MaxField::Rpe => e.rpe.leave(),
            }
        }),
        PlanField::Result(id) => with(s, id, |e| changed = e.result.leave()),
        PlanField::CustomRest => changed = s.custom_rest.leave(),
        PlanField::Fix(f) => {
            if let Some(x) = s.fixing.as_mut() {
                changed = match f {
                    FixField::Reps => x.reps.leave(),
                    FixField::Load => x.load.leave(),
                    FixField::Rpe => x.rpe.leave(),
                }
            }
        }
        // Fields that take their value when left, or a choice: no message waits on them.
        PlanField::Bodyweight => changed = s.bodyweight.leave(),
        PlanField::Name(_) | PlanField::Scheme(_) | PlanField::Gear(_) => {}
    }
    changed
}
