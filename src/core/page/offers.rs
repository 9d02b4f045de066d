//! What each exercise's rule makes of a session as it is filed. A hold is kept at once and
//! said ("Squat: held: set 4 was 4 of 5 (miss 1 of 3)"); a change of max is offered on the card
//! ("102.5 kg next: +2.5 kg, every set done last time") with Apply and Keep, and an applied one
//! can be undone. A max never changes unsaid: a program set to apply by itself applies and says
//! each change as its day comes (`program.rs`).

use std::rc::Rc;

use super::action::{ExerciseId, MaxMode};
use super::state::{max_field, ExerciseState, PageState, Undo};
use crate::core::changes::{push_change, take_back};
use crate::core::history::SESSION_GAP_MS;
use crate::core::implements::Implement;
use crate::core::loading::{Loader, Loading};
use crate::core::one_rep_max::TRAINING_MAX_SHARE;
use crate::core::plates::Rounding;
use crate::core::progression::{outcome, week_of, week_scheme, Change, Offer, Rule};
use crate::core::scheme::{Intensity, SetKind};
use crate::core::session::{back_off_fell, Exercise, LogEntry, MaxSource, Settings};
use crate::core::units::{fmt, fmt_weight};

/// An applied offer, waiting for Undo: the exercise as it was and as Apply left it, and the
/// offer.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    pub id: ExerciseId,
    pub before: Exercise,
    pub after: Exercise,
    pub offer: Offer,
}

impl ExerciseState {
    /// Judges the session this exercise's ticks belong to, by its rule; the words said of a
    /// hold or a step, if any, and whether they go among what changed the lift's max. Replans
    /// what changed.
    pub(super) fn judge(
        &mut self,
        settings: &Settings,
        at_ms: f64,
        fell: Option<(&LogEntry, &LogEntry)>,
    ) -> Option<(String, bool)> {
        let rule = self.exercise.rule;
        if self.done.is_empty() {
            return None;
        }
        // A session judged makes the last one's offer stale: it carries the rule as it stood.
        self.offer = None;
        let Ok((estimate, sets)) = self.plan.as_ref() else {
            return None;
        };
        let week = week_of(self.exercise.scheme);
        let least = rule.plus_least(week);
        let outcome = outcome(sets, &self.done, &self.fixes, week, least);
        let mut decision = rule.decide(&outcome, settings.unit)?;
        let rise = match decision.change {
            Change::WorkLoad(load) => load > outcome.load,
            Change::TrainingMax(by) => by > 0.0,
            Change::Hold | Change::Step => false,
        };
        // The back-off set is the Goto test: reps fallen by more than a third at the same
        // load say fatigue, and a rise waits. A double progression stays at the top of its
        // range to try again; every other rule counts the session as done (no miss).
        if let (true, Some((now, before))) = (rise, fell) {
            decision.change = Change::Hold;
            if matches!(rule, Rule::Double { .. }) {
                decision.rule = rule;
            }
            decision.why = format!(
                "held: back-off {} reps, {} last time",
                now.reps, before.reps
            );
        }
        // The share of the max the heaviest work set is planned at: a load asked for maps to a
        // max the same way. An RPE target follows the reps, which a double progression changes:
        // back at the bottom of its range, the RPE chart plans a heavier load from the same max.
        let rpe = self
            .exercise
            .groups
            .iter()
            .any(|g| matches!(g.intensity, Intensity::Rpe(_)));
        if let (Rule::Double { low, high, .. }, true, Change::WorkLoad(_)) =
            (rule, rpe, decision.change)
        {
            decision.change = Change::Hold;
            decision.why = format!("{low} reps, heavier at the same RPE: every set made {high}");
        }
        let share = top_work_target(sets) / estimate.max;
        let body = match self.exercise.implement() {
            Implement::Bodyweight => settings.bodyweight,
            _ => 0.0,
        };
        let unit = settings.unit;
        // 5/3/1's week moves on whatever is decided about the max; sets the lifter edited stay
        // as they are.
        if let Some(w) = decision.week {
            let edited = self.exercise.is_edited();
            self.exercise.scheme = week_scheme(w);
            if !edited {
                self.exercise.groups = self.exercise.scheme.groups();
            }
        }
        let (mass, text) = match decision.change {
            Change::Hold | Change::Step => {
                self.exercise.rule = decision.rule;
                self.replan(settings);
                return Some((decision.why, decision.change == Change::Hold));
            }
            Change::WorkLoad(load) if share > 0.0 && load > 0.0 => {
                // What can be loaded at or above it: a step smaller than the gear's smallest
                // jump is that jump, and the load said is the load planned.
                let loader = Loader::new(&self.exercise.equipment(settings));
                let load = match loader.load(load, unit, Rounding::Up) {
                    Loading::Loaded { total, .. } => total,
                    _ => load,
                };
                (
                    load / share,
                    format!("{} next ({})", fmt_weight(load, unit), decision.why),
                )
            }
            Change::WorkLoad(_) => return None,
            Change::TrainingMax(by) => {
                let mass = estimate.max + by / TRAINING_MAX_SHARE;
                let tm = fmt_weight(round(mass * TRAINING_MAX_SHARE), unit);
                (mass, format!("training max {tm} ({})", decision.why))
            }
        };
        self.offer = Some(Offer {
            max: round_up(mass - body),
            text,
            applied: decision.rule,
            at_ms,
        });
        self.replan(settings);
        None
    }

    fn replan(&mut self, settings: &Settings) {
        let (planned, moves) = self.exercise.plan_and_moves(settings);
        self.plan = std::rc::Rc::new(planned);
        self.moves = moves;
    }

    /// Sets the max to `max` (a 1RM, as typed), its box showing it.
    pub(super) fn put_max(&mut self, max: f64, settings: &Settings) {
        let signed = self.exercise.implement() == Implement::Bodyweight;
        self.mode = MaxMode::OneRepMax;
        self.max = max_field(fmt(max), settings.unit, signed);
        self.exercise.max = Some(MaxSource::OneRepMax(max));
    }
}

/// The heaviest load a work set of `sets` asks for (0 when none can be worked out).
fn top_work_target(sets: &[crate::core::plan::PlannedSet]) -> f64 {
    sets.iter()
        .filter(|s| s.kind == SetKind::Work && matches!(s.loading, Loading::Loaded { .. }))
        .filter_map(|s| s.target)
        .fold(0.0, f64::max)
}

/// To the hundredth, as a typed load is kept.
fn round(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// Up to the hundredth: a max rounded down would plan its load a hair under what was offered,
/// and rounding down to the plates would lose the step.
fn round_up(v: f64) -> f64 {
    ((v * 100.0) - 1e-6).ceil() / 100.0
}

impl PageState {
    /// Judges the session being filed (the next training day, or "Start over"), exercise by
    /// exercise; holds are said in the notice. A plan left for another mid-session is filed
    /// without a judgement: its rules wait for a session done in full.
    pub(super) fn judge_session(&mut self) {
        // An Undo of the last session's Apply would bring its offer back over this one's.
        if matches!(self.undo, Some(Undo::Offer(_))) {
            self.undo = None;
        }
        let settings = self.settings.clone();
        let at_ms = self.ticked_at;
        let log = Rc::clone(&self.log);
        let mut said = Vec::new();
        for e in &mut self.exercises {
            // Only a result logged this session says how this session went.
            let fell = back_off_fell(&log, &e.exercise.name)
                .filter(|(now, _)| e.logged && (at_ms - now.at_ms).abs() <= SESSION_GAP_MS);
            if let Some((why, kept)) = e.judge(&settings, at_ms, fell) {
                let exercise = &e.exercise.name;
                said.push(format!("{exercise}: {why}."));
                if kept {
                    push_change(&mut self.changes, at_ms, exercise, &why);
                }
            }
        }
        if !said.is_empty() {
            self.notice = Some(said.join(" "));
        }
    }
}

/// Applies exercise `id`'s offer: its max and rule, with Undo. `false` when it has none.
pub(super) fn apply(s: &mut PageState, id: ExerciseId) -> bool {
    let settings = s.settings.clone();
    let Some(e) = s.exercises.iter_mut().find(|e| e.id == id) else {
        return false;
    };
    let Some(offer) = e.offer.take() else {
        return false;
    };
    let before = e.exercise.clone();
    e.put_max(offer.max, &settings);
    e.exercise.rule = offer.applied;
    let exercise = &e.exercise.name;
    s.notice = Some(format!("{exercise}: {}", offer.text));
    push_change(&mut s.changes, offer.at_ms, exercise, &offer.text);
    let after = e.exercise.clone();
    s.undo = Some(Undo::Offer(Box::new(Applied {
        id,
        before,
        after,
        offer,
    })));
    true
}

/// Keeps exercise `id`'s max as it is: the offer goes, the rule keeps counting.
pub(super) fn keep(s: &mut PageState, id: ExerciseId) -> bool {
    let Some(e) = s.exercises.iter_mut().find(|e| e.id == id) else {
        return false;
    };
    let Some(offer) = e.offer.take() else {
        return false;
    };
    // The rule is as it was when the offer was made (another one drops the offer).
    if !matches!(offer.applied, Rule::Double { .. }) {
        e.exercise.rule = offer.applied;
    }
    true
}

/// Takes an applied offer back: the exercise's max and rule as they were, the offer on its card.
pub(super) fn undo(s: &mut PageState) -> bool {
    let Some(Undo::Offer(applied)) = s.undo.take() else {
        return false;
    };
    let settings = s.settings.clone();
    let Applied {
        id,
        before,
        after,
        offer,
    } = *applied;
    // Changed since (a max typed, a rule picked): Undo would throw that away.
    let Some(e) = s
        .exercises
        .iter_mut()
        .find(|e| e.id == id && e.exercise == after)
    else {
        return false;
    };
    match before.max {
        Some(MaxSource::OneRepMax(m)) => e.put_max(m, &settings),
        Some(MaxSource::FromSet { .. }) | None => {
            *e = ExerciseState {
                done: std::mem::take(&mut e.done),
                fixes: std::mem::take(&mut e.fixes),
                logged: e.logged,
                setup_open: e.setup_open,
                ..ExerciseState::new(id, before.clone(), &settings)
            };
        }
    }
    e.exercise.rule = before.rule;
    // The change it made goes from the history page's list too.
    take_back(&mut s.changes, &offer.text, &e.exercise.name);
    e.offer = Some(offer);
    s.notice = None;
    true
}

/// An offer made for the exercise as it was: a max typed, another rule or another kind of
/// implement since makes it stale, and it goes (Apply and Undo bring their own).
pub(super) fn drop_stale(before: &[ExerciseState], s: &mut PageState) {
    for e in &mut s.exercises {
        let Some(was) = before.iter().find(|b| b.id == e.id) else {
            continue;
        };
        let (x, y) = (&was.exercise, &e.exercise);
        let changed = x.max != y.max || x.rule != y.rule || x.implement() != y.implement();
        if changed && e.offer.is_some() && e.offer == was.offer {
            e.offer = None;
        }
    }
}
