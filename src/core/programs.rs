//! Programs: a name and training days in rotation ("5×5 A/B": Day A, Day B). Each day is a plan
//! of the library, named by its id; the program keeps which day comes next, whether its rules'
//! changes apply by themselves, and the changes waiting for a day with that lift. A plan in no
//! program is a program of one day, as every plan was before programs.

use super::plans::{parse_plan_name, PlanId};
use super::progression::Offer;
use super::scheme::{Intensity, SetKind};
use super::session::Exercise;
use super::units::fmt;
use super::units::{InputError, Unit};

/// A program's stable id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct ProgramId(pub u32);

/// A program: its days in order, the one that comes next, and what waits for a later day.
#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    pub id: ProgramId,
    pub name: String,
    pub days: Vec<PlanId>,
    /// The day the next session is, once one is filed.
    pub next: PlanId,
    /// Its rules' changes to a max are applied, and said, as the day with the lift comes into
    /// force (Undo for the last), not offered.
    pub auto: bool,
    /// Offers for lifts the day in force does not have, by [`lift_key`], until a day has one.
    pub waiting: Vec<(String, Offer)>,
}

/// The most programs kept.
pub const MAX_PROGRAMS: usize = 10;
/// The most days a program has: a week of training.
pub const MAX_DAYS: usize = 7;

/// A program's name as typed: trimmed, not empty, as long as a plan's at most.
pub fn parse_program_name(text: &str) -> Result<String, InputError> {
    parse_plan_name(text)
}

impl Program {
    /// The day after `day` in the rotation (the first after the last).
    pub fn day_after(&self, day: PlanId) -> PlanId {
        let i = self.days.iter().position(|d| *d == day).unwrap_or(0);
        let next = self.days.get(i + 1).or(self.days.first());
        next.copied().unwrap_or(day)
    }

    /// Takes the waiting offer for exercise `e`'s lift on a day in `unit`, if any.
    pub fn take_waiting(&mut self, e: &Exercise, unit: Unit) -> Option<Offer> {
        let key = lift_key(e, unit);
        let i = self.waiting.iter().position(|(k, _)| *k == key)?;
        Some(self.waiting.remove(i).1)
    }

    /// Keeps `offer` for the lift of key `key` until a day has it: the newer replaces an older.
    pub fn wait(&mut self, key: String, offer: Offer) {
        self.waiting.retain(|(k, _)| *k != key);
        self.waiting.push((key, offer));
    }
}

/// What makes two days' exercises one lift: the name (case aside), the kind of rule and the
/// share of the max its first work set is at ("squat|linear|80"; 0 for any share of a training
/// max, which 5/3/1's weeks move). Its max, rule and offers are the program's, whichever day it
/// is on. A bench at 85% one day and at 90% another is two lifts (one max for both would lose a
/// step to rounding on one of them), as is a squat that is GZCLP's tier 1 one day and tier 2
/// another. An offer's max is in a unit: the key it waits under ends in it ("…|kg").
pub fn lift_key(e: &Exercise, unit: Unit) -> String {
    let work = e.groups.iter().find(|g| g.kind == SetKind::Work);
    // Each kind of target in its own range; a training max is one whatever the week asks of it.
    let at = match work.map(|g| g.intensity) {
        Some(Intensity::OfMax(p)) => p,
        Some(Intensity::OfTopSet(p)) => 1000.0 + p,
        Some(Intensity::Rpe(r)) => 2000.0 + r,
        Some(Intensity::OfTrainingMax(_)) | None => 0.0,
    };
    let name = e.name.trim().to_ascii_lowercase();
    format!("{name}|{}|{}|{}", e.rule.key(), fmt(at), unit.symbol())
}

/// Whether two days' exercises are one lift ([`lift_key`]), whatever their days' units.
pub fn same_lift(a: &Exercise, b: &Exercise) -> bool {
    lift_key(a, Unit::Kg) == lift_key(b, Unit::Kg)
}

/// An id no program in `programs` has.
pub fn new_program_id(programs: &[Program]) -> ProgramId {
    let top = programs.iter().map(|p| p.id.0).max().unwrap_or(0);
    ProgramId(top.saturating_add(1))
}

/// The stored text of a program: "2~a~7~5.6.7~5×5 A/B" (id, `a` when it applies by itself,
/// the next day, the days, the name last so it may hold anything).
pub fn encode_program(p: &Program) -> String {
    let days: Vec<String> = p.days.iter().map(|d| d.0.to_string()).collect();
    let auto = if p.auto { "a" } else { "" };
    format!(
        "{}~{auto}~{}~{}~{}",
        p.id.0,
        p.next.0,
        days.join("."),
        p.name
    )
}

/// Reads [`encode_program`]'s text: at least one day and at most [`MAX_DAYS`], each once, the
/// next day among them.
pub fn decode_program(text: &str) -> Option<Program> {
    let mut p = text.splitn(5, '~');
    let id = ProgramId(p.next()?.parse().ok()?);
    let auto = match p.next()? {
        "a" => true,
        "" => false,
        _ => return None,
    };
    let next = PlanId(p.next()?.parse().ok()?);
    let mut days = Vec::new();
    for d in p.next()?.split('.') {
        let d = PlanId(d.parse().ok()?);
        if days.contains(&d) || days.len() >= MAX_DAYS {
            return None;
        }
        days.push(d);
    }
    let name = parse_program_name(p.next()?).ok()?;
    days.contains(&next).then_some(Program {
        id,
        name,
        days,
        next,
        auto,
        waiting: Vec::new(),
    })
}
