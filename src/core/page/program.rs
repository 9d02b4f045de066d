//! Programs on the page: the day in force and the days around it. A filed session opens the
//! next day; leaving a day gives its lifts' maxes and rules to the program's other days and
//! keeps the offers a later day will show; a program's link or a built-in joins the library.

use std::rc::Rc;

use super::library;
use super::state::{PageState, Undo, UNDO_ID};
use crate::core::plans::{new_plan_id, PlanId, StoredPlan, MAX_PLANS};
use crate::core::programs::{
    lift_key, new_program_id, parse_program_name, same_lift, Program, ProgramId, MAX_DAYS,
    MAX_PROGRAMS,
};
use crate::core::session::Settings;
use crate::core::url_state::{self, LinkProgram, ProgramLink};

impl PageState {
    /// The program whose day is in force, if any.
    pub fn program(&self) -> Option<&Program> {
        self.programs
            .iter()
            .find(|p| p.days.contains(&self.plan_id))
    }

    /// The name of each day of `program`, by id, in order.
    pub fn day_names(&self, program: &Program) -> Vec<(PlanId, String)> {
        let name = |id| match self.plan_id == id {
            true => Some(self.plan_name.clone()),
            false => self
                .plans
                .iter()
                .find(|p| p.id == id)
                .map(|p| p.name.clone()),
        };
        let days = program.days.iter();
        days.filter_map(|&id| Some((id, name(id)?))).collect()
    }
}

/// As the day in force is left: its lifts' maxes and rules go to the same lifts on the
/// program's other days, and its offers wait for the next day with that lift.
pub(super) fn leave_day(s: &mut PageState) {
    let Some(i) = s.programs.iter().position(|p| p.days.contains(&s.plan_id)) else {
        return;
    };
    let mine = s.session();
    let days = s
        .programs
        .get(i)
        .map(|p| p.days.clone())
        .unwrap_or_default();
    let base = s.settings.clone();
    for plan in Rc::make_mut(&mut s.plans).iter_mut() {
        if days.contains(&plan.id) {
            // Only a day sharing a lift is written again.
            let mut day = url_state::decode(&plan.query, &base);
            let mut shares = false;
            for x in &mut day.exercises {
                // An empty max (not typed yet, or cleared) takes nothing from another day.
                let e = mine.iter().find(|e| same_lift(e, x) && e.max.is_some());
                let to = day.settings.unit;
                let e = e.map(|e| match base.unit == to {
                    true => e.clone(),
                    false => e.converted(base.unit, to),
                });
                if let Some(e) = e {
                    (x.max, x.rule, shares) = (e.max, e.rule, true);
                }
            }
            if shares {
                plan.query = url_state::encode(&day.settings, &day.exercises);
            }
        }
    }
    let offers: Vec<_> = s
        .exercises
        .iter_mut()
        .filter_map(|e| Some((lift_key(&e.exercise, base.unit), e.offer.take()?)))
        .collect();
    if let Some(p) = Rc::make_mut(&mut s.programs).get_mut(i) {
        for (key, offer) in offers {
            p.wait(key, offer);
        }
    }
}

/// As a day comes into force: the offers waiting for its lifts show on their cards, or, in a
/// program that applies them by itself, are applied.
pub(super) fn enter_day(s: &mut PageState) {
    let Some(i) = s.programs.iter().position(|p| p.days.contains(&s.plan_id)) else {
        return;
    };
    let programs = Rc::make_mut(&mut s.programs);
    let Some(p) = programs.get_mut(i) else {
        return;
    };
    let auto = p.auto;
    let mut ids = Vec::new();
    for e in &mut s.exercises {
        // One lift is at one share of its max on every day: the load the offer says holds here.
        if let Some(offer) = p.take_waiting(&e.exercise, s.settings.unit) {
            e.offer = Some(offer);
            ids.push(e.id);
        }
    }
    if auto {
        // Each applied change is said: none is silent.
        let mut said = String::new();
        for id in ids {
            super::offers::apply(s, id);
            said = format!("{said} {}", s.notice.take().unwrap_or_default());
        }
        if !said.trim().is_empty() {
            s.notice = Some(said.trim().to_string());
        }
    }
}

/// After a session with sets done is filed: the program's next day comes into force.
pub(super) fn next_day(s: &mut PageState) {
    let Some(p) = s.programs.iter().find(|p| p.days.contains(&s.plan_id)) else {
        return;
    };
    let (id, next) = (p.id, p.day_after(s.plan_id));
    if let Some(p) = Rc::make_mut(&mut s.programs)
        .iter_mut()
        .find(|p| p.id == id)
    {
        p.next = next;
    }
    // What the rules made of the session stays said, then what was applied by itself; the
    // day in force is in the page's first line.
    let said = s.notice.take();
    library::open(s, next);
    let applied = s.notice.take();
    s.notice = match (said, applied) {
        (Some(a), Some(b)) => Some(format!("{a} {b}")),
        (a, b) => a.or(b),
    };
}

/// Said when a program's link is cut short or damaged.
pub const PROGRAM_LINK_NOTICE: &str =
    "This program's link is cut short or damaged, so nothing was added: ask for the link again.";

/// Opens a program's link (the setup page's address): the program joins the library, or the
/// page says why not.
pub(super) fn open_link(s: &mut PageState, query: &str) -> Option<()> {
    match url_state::decode_program(query, &s.settings) {
        // The setup page's address holds nothing else: a query that is no whole program was cut.
        ProgramLink::None | ProgramLink::Damaged => s.notice = Some(PROGRAM_LINK_NOTICE.into()),
        ProgramLink::Whole(program, settings) => {
            s.undo = None;
            add(s, program, &settings);
        }
    }
    Some(())
}

/// Adds `program` (from a link or the built-ins, in `settings`' equipment) to the library, its
/// next day in force; the program already here when it has the same name and days.
pub(super) fn add(s: &mut PageState, program: LinkProgram, settings: &Settings) -> bool {
    if program.days.is_empty() {
        s.notice = Some(PROGRAM_LINK_NOTICE.into());
        return false;
    }
    if let Some(known) = same_program(s, &program) {
        s.notice = Some(format!("\"{}\" is already in your programs.", program.name));
        if !known.days.contains(&s.plan_id) {
            library::open(s, known.next);
        }
        return true;
    }
    let room = MAX_PLANS.saturating_sub(s.plans.len() + 1);
    if program.days.len() > room || s.programs.len() >= MAX_PROGRAMS {
        s.notice = Some(format!(
            "No room for \"{}\": at most {MAX_PLANS} plans and {MAX_PROGRAMS} programs. Delete some first.",
            program.name
        ));
        return true;
    }
    let mut days = Vec::new();
    for (name, exercises) in program.days {
        let id = new_plan_id(s.plan_id, &s.plans);
        let query = url_state::encode(settings, &exercises);
        Rc::make_mut(&mut s.plans).push(StoredPlan { id, name, query });
        days.push(id);
    }
    let next = days
        .get(program.at)
        .or(days.first())
        .copied()
        .unwrap_or(s.plan_id);
    let name = program.name;
    let id = new_program_id(&s.programs);
    Rc::make_mut(&mut s.programs).push(Program {
        id,
        name: name.clone(),
        days,
        next,
        auto: false,
        waiting: Vec::new(),
    });
    // The untouched first-visit example is not worth keeping.
    let example = s.example.then_some(s.plan_id);
    library::open(s, next);
    let day = |id: PlanId| s.programs.iter().any(|p| p.days.contains(&id));
    if let Some(id) = example.filter(|id| !day(*id)) {
        Rc::make_mut(&mut s.plans).retain(|p| p.id != id);
    }
    s.notice = Some(format!(
        "\"{name}\" is now in your programs: {} today. Your plans are kept.",
        s.plan_name
    ));
    true
}

/// The program here with `program`'s name and days (their names and lifts: maxes move on).
fn same_program(s: &PageState, program: &LinkProgram) -> Option<Program> {
    let here = s.programs.iter().find(|p| p.name == program.name)?;
    let lifts = |exercises: Vec<crate::core::session::Exercise>| -> Vec<String> {
        exercises.into_iter().map(|e| e.name).collect()
    };
    let day = |id| match s.plan_id == id {
        true => Some((s.plan_name.clone(), lifts(s.session()))),
        false => {
            let p = s.plans.iter().find(|p| p.id == id)?;
            let decoded = url_state::decode(&p.query, &s.settings).exercises;
            Some((p.name.clone(), lifts(decoded)))
        }
    };
    let days: Option<Vec<_>> = here.days.iter().map(|&id| day(id)).collect();
    let theirs: Vec<_> = program
        .days
        .iter()
        .map(|(n, e)| (n.clone(), lifts(e.clone())))
        .collect();
    (days? == theirs).then(|| here.clone())
}

/// Whether the plan in force may be deleted: a program's day is taken out of it first (with
/// Undo), so a program never loses a day by surprise.
pub(super) fn may_delete(s: &mut PageState) -> bool {
    let Some(p) = s.program() else {
        return true;
    };
    s.notice = Some(format!(
        "\"{}\" is a day of \"{}\": take it out of the program first.",
        s.plan_name, p.name
    ));
    false
}

/// Renames program `id` to `text`; a name that will not do stays in its box, with why, and
/// the program keeps its name.
pub(super) fn rename(s: &mut PageState, id: ProgramId, text: String) {
    match parse_program_name(&text) {
        Ok(name) => {
            let programs = Rc::make_mut(&mut s.programs);
            if let Some(p) = programs.iter_mut().find(|p| p.id == id) {
                p.name = name;
            }
            s.setup.program_rename_refused = None;
        }
        Err(e) => s.setup.program_rename_refused = Some((id, text, e)),
    }
}

/// The plan in force becomes the first day of a new program, named as typed.
pub(super) fn new_program(s: &mut PageState) {
    let name = match parse_program_name(&s.setup.program_name) {
        Ok(name) => name,
        Err(e) => {
            s.setup.program_name_refused = Some(e);
            return;
        }
    };
    if let Some(p) = s.program() {
        s.notice = Some(format!(
            "\"{}\" is already a day of \"{}\".",
            s.plan_name, p.name
        ));
        return;
    }
    if s.programs.len() >= MAX_PROGRAMS {
        s.notice = Some(format!(
            "At most {MAX_PROGRAMS} programs: delete one first."
        ));
        return;
    }
    let id = new_program_id(&s.programs);
    let day = s.plan_id;
    // A day of a program is the lifter's, no longer the first visit's example.
    s.example = false;
    Rc::make_mut(&mut s.programs).push(Program {
        id,
        name: name.clone(),
        days: vec![day],
        next: day,
        auto: false,
        waiting: Vec::new(),
    });
    s.setup.program_name = String::new();
    s.notice = Some(format!(
        "\"{name}\" starts with \"{}\". Open another plan and add it as the next day.",
        s.plan_name
    ));
}

/// The plan in force joins program `id` as its last day; `None` when it cannot.
pub(super) fn add_day(s: &mut PageState, id: ProgramId) -> Option<()> {
    if let Some(p) = s.program() {
        s.notice = Some(format!(
            "\"{}\" is already a day of \"{}\".",
            s.plan_name, p.name
        ));
        return Some(());
    }
    let day = s.plan_id;
    let programs = Rc::make_mut(&mut s.programs);
    let p = programs.iter_mut().find(|p| p.id == id)?;
    if p.days.len() >= MAX_DAYS {
        s.notice = Some(format!("At most {MAX_DAYS} days in a program."));
        return Some(());
    }
    p.days.push(day);
    s.example = false;
    s.notice = Some(format!(
        "\"{}\" is day {} of \"{}\".",
        s.plan_name,
        p.days.len(),
        p.name
    ));
    Some(())
}

/// Takes `day` out of program `id` (the plan stays); a program left with no day goes. Undo
/// brings both back.
pub(super) fn remove_day(s: &mut PageState, id: ProgramId, day: PlanId) -> Option<()> {
    let before = Rc::clone(&s.programs);
    let programs = Rc::make_mut(&mut s.programs);
    let i = programs
        .iter()
        .position(|p| p.id == id && p.days.contains(&day))?;
    let p = programs.get_mut(i)?;
    let next = p.day_after(day);
    p.days.retain(|d| *d != day);
    if p.next == day {
        p.next = next;
    }
    let name = p.name.clone();
    if p.days.is_empty() {
        programs.remove(i);
    }
    s.notice = Some(format!("Took a day out of \"{name}\"; the plan is kept."));
    s.undo = Some(Undo::Programs(before));
    s.focus.ask(UNDO_ID);
    Some(())
}

/// Deletes program `id`: its days stay as plans. Undo brings it back.
pub(super) fn delete(s: &mut PageState, id: ProgramId) -> Option<()> {
    let before = Rc::clone(&s.programs);
    let programs = Rc::make_mut(&mut s.programs);
    let i = programs.iter().position(|p| p.id == id)?;
    let gone = programs.remove(i);
    s.notice = Some(format!(
        "Deleted the program \"{}\"; its days are kept as plans.",
        gone.name
    ));
    s.undo = Some(Undo::Programs(before));
    s.focus.ask(UNDO_ID);
    Some(())
}

/// Brings the programs back as they were before a day or a program was taken out.
pub(super) fn undo(s: &mut PageState) {
    if let Some(Undo::Programs(before)) = s.undo.take() {
        // A plan deleted since is no day any more.
        let mut programs = (*before).clone();
        let here = |d: &PlanId| *d == s.plan_id || s.plans.iter().any(|p| p.id == *d);
        for p in &mut programs {
            p.days.retain(here);
        }
        programs.retain(|p| !p.days.is_empty());
        s.programs = Rc::new(programs);
        s.notice = None;
    }
}

impl PageState {
    /// The query string of program `id`'s link: every day with its exercises as they stand,
    /// the equipment in use, and its next day.
    pub fn program_link(&self, id: ProgramId) -> Option<String> {
        let p = self.programs.iter().find(|p| p.id == id)?;
        let mut days = Vec::new();
        for &day in &p.days {
            let exercises = match day == self.plan_id {
                true => self.session(),
                false => {
                    let plan = self.plans.iter().find(|q| q.id == day)?;
                    let d = url_state::decode(&plan.query, &self.settings);
                    let unit = self.settings.unit;
                    let each = d.exercises.iter();
                    each.map(|e| match d.settings.unit == unit {
                        true => e.clone(),
                        false => e.converted(d.settings.unit, unit),
                    })
                    .collect()
                }
            };
            let name = self.day_names(p).into_iter().find(|d| d.0 == day)?.1;
            days.push((name, exercises));
        }
        let at = p.days.iter().position(|d| *d == p.next).unwrap_or(0);
        let link = LinkProgram {
            name: p.name.clone(),
            days,
            at,
        };
        Some(url_state::encode_program(&self.settings, &link))
    }
}
