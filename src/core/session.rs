//! What the page holds: the lifter's settings (unit, bar, plates, rounding, rests, alerts), the
//! session's exercises (each with its max, scheme and equipment) and the back-off log. Pure data;
//! `url_state` and `saved` turn it into text and back.

pub use super::implements::Gear;
use super::implements::Implement;
use super::loading::Equipment;
use super::one_rep_max::{estimate, Estimate, EstimateError, Formula};
use super::plan::{plan_and_moves, PlanInputs, PlannedSet, Rests};
use super::progression::{gzclp_sets, Rule};

/// An exercise's sets as planned, or why there are none.
pub type Planned = Result<(Estimate, Vec<PlannedSet>), EstimateError>;
use super::plate_moves::LoadingGoal;
use super::plates::{standard_plates, Barbell, PlateStock, Rounding};
use super::scheme::{Builtin, Intensity, Reps, SetGroup, SetKind};
use super::units::{convert, parse_bounded, InputError, Unit, Weight};
use super::warm_ups::WarmUpChoice;

/// The lifter's settings; they live in local storage and the shareable parts in the URL too.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub unit: Unit,
    /// The bar's weight, in `unit`.
    pub bar: f64,
    /// One collar's weight, in `unit` (0 for none).
    pub collar: f64,
    pub plates: Vec<PlateStock>,
    pub rounding: Rounding,
    pub formula: Formula,
    pub rests: Rests,
    pub sound: bool,
    pub countdown_beeps: bool,
    pub vibrate: bool,
    pub keep_awake: bool,
    pub notify: bool,
    /// Each set row shows its %, its plate change and the rest after it (the lifter can fold
    /// them away).
    pub details: bool,
    /// The bar, collars and plates last set for the other unit, so switching units and back
    /// loses nothing.
    pub spare: Option<Spare>,
    /// The lifter's bodyweight in `unit` (0: not given), for bodyweight lifts, and when it was
    /// last given (wall-clock ms, 0: not known).
    pub bodyweight: f64,
    pub weighed_at: f64,
    /// Each set on its fewest plates, or an exercise's plates chosen for the fewest changes.
    pub goal: LoadingGoal,
}

/// Equipment kept for the unit not in use.
#[derive(Clone, Debug, PartialEq)]
pub struct Spare {
    pub unit: Unit,
    pub bar: f64,
    pub collar: f64,
    pub plates: Vec<PlateStock>,
}

/// The rest timer's alerts as the lifter set them: all the timer bar needs of the settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Alerts {
    pub sound: bool,
    pub countdown_beeps: bool,
    pub vibrate: bool,
    pub keep_awake: bool,
    pub notify: bool,
}

impl Settings {
    /// The timer's alerts.
    pub fn alerts(&self) -> Alerts {
        Alerts {
            sound: self.sound,
            countdown_beeps: self.countdown_beeps,
            vibrate: self.vibrate,
            keep_awake: self.keep_awake,
            notify: self.notify,
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings::for_unit(Unit::Kg)
    }
}

impl Settings {
    /// Standard equipment for a unit: a 20 kg bar with kg plates, or a 45 lb bar with lb plates.
    pub fn for_unit(unit: Unit) -> Settings {
        Settings {
            unit,
            bar: standard_bar(unit),
            collar: 0.0,
            plates: standard_plates(unit),
            rounding: Rounding::Down,
            formula: Formula::Epley,
            rests: Rests::default(),
            sound: true,
            countdown_beeps: false,
            vibrate: true,
            keep_awake: true,
            notify: false,
            details: true,
            spare: None,
            bodyweight: 0.0,
            weighed_at: 0.0,
            goal: LoadingGoal::FewestPlates,
        }
    }

    /// The same settings in `unit`: the bar, collars and plates kept for it (else its standard
    /// ones), with the ones in use kept for switching back.
    pub fn switched_to(&self, unit: Unit) -> Settings {
        if unit == self.unit {
            return self.clone();
        }
        let standard = Settings::for_unit(unit);
        let kept = match &self.spare {
            Some(s) if s.unit == unit => s.clone(),
            _ => Spare {
                unit,
                bar: standard.bar,
                collar: standard.collar,
                plates: standard.plates,
            },
        };
        Settings {
            unit,
            bar: kept.bar,
            collar: kept.collar,
            plates: kept.plates,
            spare: Some(Spare {
                unit: self.unit,
                bar: self.bar,
                collar: self.collar,
                plates: self.plates.clone(),
            }),
            bodyweight: (convert(self.bodyweight, self.unit, unit) * 10.0).round() / 10.0,
            ..self.clone()
        }
    }

    /// The barbell these settings describe.
    pub fn barbell(&self) -> Barbell {
        Barbell {
            bar: Weight::new(self.bar, self.unit),
            collar: Weight::new(self.collar, self.unit),
            plates: self.plates.clone(),
        }
    }
}

/// The heaviest bar the settings take (in either unit); more is a typo.
pub const MAX_BAR: f64 = 500.0;
/// The heaviest collar the settings take.
pub const MAX_COLLAR: f64 = 50.0;
/// The longest exercise name kept.
pub const MAX_NAME: usize = 60;
/// The most exercises a session holds: keeps a hand-edited or hostile link from building a
/// huge page.
pub const MAX_EXERCISES: usize = 12;
/// The largest step of dumbbells or a stack, in a unit: 50 kg, or the same in lb.
pub fn max_step(unit: Unit) -> f64 {
    match unit {
        Unit::Kg => 50.0,
        Unit::Lb => 110.0,
    }
}

/// The heaviest bodyweight the settings take, in kg (more is a typo).
pub const MAX_BODYWEIGHT_KG: f64 = 300.0;

/// Reads a bodyweight in `unit`: more than 0, up to [`MAX_BODYWEIGHT_KG`].
pub fn parse_bodyweight(text: &str, unit: Unit) -> Result<f64, InputError> {
    let most = convert(MAX_BODYWEIGHT_KG, Unit::Kg, unit).round();
    match parse_bounded(text, 0.0, most)? {
        0.0 => Err(InputError::NotPositive),
        w => Ok(w),
    }
}

/// Reads a bar's weight: 0 (no bar) to [`MAX_BAR`].
pub fn parse_bar(text: &str) -> Result<f64, InputError> {
    parse_bounded(text, 0.0, MAX_BAR)
}

/// Reads one collar's weight: 0 (none) to [`MAX_COLLAR`].
pub fn parse_collar(text: &str) -> Result<f64, InputError> {
    parse_bounded(text, 0.0, MAX_COLLAR)
}

/// Reads the step of dumbbells or a stack in `unit`: more than 0, up to [`max_step`].
pub fn parse_step(text: &str, unit: Unit) -> Result<f64, InputError> {
    match parse_bounded(text, 0.0, max_step(unit))? {
        0.0 => Err(InputError::NotPositive),
        step => Ok(step),
    }
}

/// An exercise's name as kept: at most [`MAX_NAME`] characters, with no line break or other
/// control character (a link can carry one; the history keeps a set a line).
pub fn clip_name(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME)
        .collect()
}

/// The usual bar in each unit.
pub fn standard_bar(unit: Unit) -> f64 {
    match unit {
        Unit::Kg => 20.0,
        Unit::Lb => 45.0,
    }
}

/// Where an exercise's max comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MaxSource {
    /// A 1RM the lifter typed (tested or estimated in their head).
    OneRepMax(f64),
    /// A set just done: load x reps, optionally at an RPE.
    FromSet {
        load: f64,
        reps: u32,
        rpe: Option<f64>,
        /// With an RPE, which estimate the lifter trusts (both apply).
        trust: Trust,
    },
}

/// With an RPE, both the RTS chart and the chosen formula estimate a max from a set: the one
/// the lifter trusts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trust {
    /// The chart, which knows how hard the set was: the default.
    Chart,
    /// The formula; the RPE is only noted.
    Formula,
}

/// One exercise of the session.
#[derive(Clone, Debug, PartialEq)]
pub struct Exercise {
    pub name: String,
    /// `None` until the lifter gives one (or when a link's could not be read).
    pub max: Option<MaxSource>,
    pub scheme: Builtin,
    /// The scheme's groups as the lifter edited them.
    pub groups: Vec<SetGroup>,
    pub gear: Gear,
    /// The gear of other kinds this exercise was set up on, one of each: switching back to a
    /// kind finds its weights as they were.
    pub kept: Vec<Gear>,
    pub warm_up: WarmUpChoice,
    /// How it moves forward from session to session.
    pub rule: Rule,
}

impl Exercise {
    /// An exercise with a built-in scheme and its own warm-ups (the page gives one it adds its
    /// scheme's default, [`WarmUpChoice::default_for`]).
    pub fn new(name: &str, one_rep_max: f64, scheme: Builtin) -> Exercise {
        Exercise {
            name: name.into(),
            max: Some(MaxSource::OneRepMax(one_rep_max)),
            scheme,
            groups: scheme.groups(),
            gear: Gear::Barbell,
            kept: Vec::new(),
            warm_up: WarmUpChoice::Scheme,
            rule: Rule::Manual,
        }
    }

    /// Whether the groups still are the built-in's.
    pub fn is_edited(&self) -> bool {
        self.groups != self.scheme.groups()
    }

    /// The 1RM the plan uses, with the spread across formulas when estimated from a set. On a
    /// bodyweight lift the max and the set's load are what is added to `body` (below zero:
    /// assistance), and the estimate is of the whole mass moved.
    pub fn estimate(&self, formula: Formula, body: f64) -> Result<Estimate, EstimateError> {
        let on_body = matches!(self.gear, Gear::Bodyweight { .. });
        if on_body && body <= 0.0 && self.max.is_some() {
            return Err(EstimateError::NoBodyweight);
        }
        let mass = |load: f64| if on_body { body + load } else { load };
        match self.max {
            None => Err(EstimateError::NoMax),
            Some(MaxSource::OneRepMax(m)) => estimate(formula, mass(m), 1, None),
            Some(MaxSource::FromSet {
                load,
                reps,
                rpe,
                trust,
            }) => estimate(
                formula,
                mass(load),
                reps,
                rpe.filter(|_| trust == Trust::Chart),
            ),
        }
    }

    /// Puts the exercise on `kind`: its gear kept from before if it was on that kind, else the
    /// gym's (`gym`: what the gym in use has of that kind), else the usual one in `unit`; the
    /// gear it leaves is kept in turn, unless it is the usual one.
    pub fn switch_to(&mut self, kind: Implement, unit: Unit, gym: Option<&Gear>) {
        if self.implement() == kind {
            return;
        }
        let found = self.kept.iter().position(|g| Implement::of(g) == kind);
        let next = match found {
            Some(i) => self.kept.remove(i),
            None => gym.cloned().unwrap_or_else(|| kind.gear(unit)),
        };
        let old = std::mem::replace(&mut self.gear, next);
        if old != Implement::of(&old).gear(unit) {
            self.kept
                .retain(|g| Implement::of(g) != Implement::of(&old));
            self.kept.push(old);
        }
    }

    /// What it is loaded on, as a kind.
    pub fn implement(&self) -> Implement {
        Implement::of(&self.gear)
    }

    /// Whether this is a deadlift (the article: a back-off set of deadlifts is a bad idea).
    pub fn is_deadlift(&self) -> bool {
        self.name.to_ascii_lowercase().contains("deadlift")
    }

    /// The equipment this exercise is loaded on.
    pub fn equipment(&self, settings: &Settings) -> Equipment {
        let body = Weight::new(settings.bodyweight, settings.unit);
        self.gear
            .equipment(&settings.barbell(), body, settings.unit)
    }

    /// The concrete sets for this exercise, or why there are none.
    pub fn plan(&self, settings: &Settings) -> Result<(Estimate, Vec<PlannedSet>), EstimateError> {
        self.plan_and_moves(settings).0
    }

    /// [`Self::plan`], and with the fewest changes asked for, the plates moved over the sets and
    /// what fewest plates would have moved.
    pub fn plan_and_moves(&self, settings: &Settings) -> (Planned, Option<(usize, usize)>) {
        let estimate = match self.estimate(settings.formula, settings.bodyweight) {
            Ok(e) => e,
            Err(e) => return (Err(e), None),
        };
        let equipment = self.equipment(settings);
        let inputs = PlanInputs {
            one_rep_max: estimate.max,
            unit: settings.unit,
            equipment: &equipment,
            rounding: settings.rounding,
            rests: settings.rests,
            warm_up: self.warm_up,
            goal: settings.goal,
        };
        let (sets, moved) = plan_and_moves(&self.rule_groups(), &inputs);
        (Ok((estimate, sets)), moved)
    }

    /// The groups as the rule asks them: a double progression asks its reps of every work set.
    pub fn rule_groups(&self) -> std::borrow::Cow<'_, [SetGroup]> {
        match self.rule {
            Rule::Double { at, .. } => self
                .groups
                .iter()
                .map(|g| match g.kind {
                    SetKind::Work => SetGroup {
                        reps: Reps::Exact(at),
                        ..*g
                    },
                    SetKind::WarmUp | SetKind::BackOff => *g,
                })
                .collect(),
            // GZCLP's stage sets the work sets, at the first work group's load and rest: the
            // warm-ups and any back-off set stay as they are.
            Rule::Gzclp { tier, stage, .. } => {
                let (sets, reps, plus) = gzclp_sets(tier, stage);
                let work = self.groups.iter().find(|g| g.kind == SetKind::Work);
                let work = SetGroup {
                    kind: SetKind::Work,
                    sets: sets - u32::from(plus),
                    reps: Reps::Exact(reps),
                    intensity: work.map_or(Intensity::OfMax(85.0), |g| g.intensity),
                    rest_s: work.and_then(|g| g.rest_s),
                };
                let last = plus.then_some(SetGroup {
                    sets: 1,
                    reps: Reps::Amrap,
                    ..work
                });
                let mut groups: Vec<SetGroup> = Vec::new();
                let kept = |kind| self.groups.iter().filter(move |g| g.kind == kind).copied();
                groups.extend(kept(SetKind::WarmUp));
                groups.push(work);
                groups.extend(last);
                groups.extend(kept(SetKind::BackOff));
                std::borrow::Cow::Owned(groups)
            }
            Rule::Manual | Rule::Linear { .. } | Rule::FiveThreeOne { .. } => {
                std::borrow::Cow::Borrowed(&self.groups)
            }
        }
    }

    /// The same exercise with its loads expressed in another unit (rounded to 0.5).
    pub fn converted(&self, from: Unit, to: Unit) -> Exercise {
        let c = |v: f64| (convert(v, from, to) * 2.0).round() / 2.0;
        let mut e = self.clone();
        e.max = self.max.map(|m| match m {
            MaxSource::OneRepMax(m) => MaxSource::OneRepMax(c(m)),
            MaxSource::FromSet {
                load,
                reps,
                rpe,
                trust,
            } => MaxSource::FromSet {
                load: c(load),
                reps,
                rpe,
                trust,
            },
        });
        e.gear = self.gear.converted(from, to);
        e.kept = self.kept.iter().map(|g| g.converted(from, to)).collect();
        e.rule = self.rule.converted(from, to);
        e
    }
}

/// The first set of the session not yet checked off, for "next: ..." beside the rest timer.
#[derive(Clone, Debug, PartialEq)]
pub struct NextSet {
    /// The exercise's position in the list given.
    pub index: usize,
    pub exercise: String,
    pub set: PlannedSet,
}

/// Finds the next set, going forward from the furthest set checked off: exercises in order, each
/// with its name, its planned sets (none when it has no plan) and the positions of its
/// checked-off sets. A set skipped earlier is not "next": the lifter has moved on.
pub fn next_set<'a>(
    exercises: impl IntoIterator<Item = (&'a str, &'a [PlannedSet], &'a [usize])>,
) -> Option<NextSet> {
    let list: Vec<(&str, &[PlannedSet], &[usize])> = exercises.into_iter().collect();
    let current = list
        .iter()
        .rposition(|(_, _, done)| !done.is_empty())
        .unwrap_or(0);
    list.iter()
        .skip(current)
        .enumerate()
        .find_map(|(k, (name, sets, done))| {
            // In the exercise under way, only sets after the furthest one checked.
            let from = match (k, done.iter().max()) {
                (0, Some(&furthest)) => furthest + 1,
                _ => 0,
            };
            let set = sets
                .iter()
                .skip(from)
                .find(|s| !done.contains(&(s.number - 1)))?;
            Some(NextSet {
                index: current + k,
                exercise: name.to_string(),
                set: set.clone(),
            })
        })
}

/// One back-off result, kept so the lifter sees it next time.
#[derive(Clone, Debug, PartialEq)]
pub struct LogEntry {
    /// The exercise's name, as typed.
    pub exercise: String,
    /// Wall-clock ms when it was logged.
    pub at_ms: f64,
    pub load: f64,
    pub unit: Unit,
    pub reps: u32,
}

/// The most entries kept; the oldest go first, so storage never grows without bound.
pub const MAX_LOG: usize = 200;

/// The newest entry for an exercise (names compared without case or surrounding spaces).
pub fn last_result<'a>(log: &'a [LogEntry], exercise: &str) -> Option<&'a LogEntry> {
    let key = exercise.trim().to_ascii_lowercase();
    log.iter()
        .filter(|e| e.exercise.trim().to_ascii_lowercase() == key)
        .max_by(|a, b| a.at_ms.total_cmp(&b.at_ms))
}

/// Whether two back-off results can be compared: sets at about the same load, which is the
/// same share of a max that moves by small steps (within a tenth, in either unit). A back-off
/// set moved to another share is another test.
pub fn comparable(a: &LogEntry, b: &LogEntry) -> bool {
    let other = convert(b.load, b.unit, a.unit);
    (a.load - other).abs() <= a.load.max(other) / 10.0
}

/// The newest back-off result of `exercise` and the last one before it that it compares with,
/// when its reps fell by more than a third (the Goto set's sign of fatigue): a rise waits.
pub fn back_off_fell<'a>(
    log: &'a [LogEntry],
    exercise: &str,
) -> Option<(&'a LogEntry, &'a LogEntry)> {
    let now = last_result(log, exercise)?;
    let before = log
        .iter()
        .filter(|b| b.at_ms < now.at_ms && comparable(now, b))
        .filter(|b| b.exercise.trim().eq_ignore_ascii_case(now.exercise.trim()))
        .max_by(|a, b| a.at_ms.total_cmp(&b.at_ms))?;
    fell_by_a_third(now.reps, before.reps).then_some((now, before))
}

/// More than a third fewer reps than `before`.
pub fn fell_by_a_third(now: u32, before: u32) -> bool {
    now * 3 < before * 2
}

/// Appends an entry, dropping the oldest beyond `MAX_LOG`.
pub fn push_log(log: &mut Vec<LogEntry>, entry: LogEntry) {
    log.push(entry);
    if log.len() > MAX_LOG {
        let extra = log.len() - MAX_LOG;
        log.drain(..extra);
    }
}

/// The article's advice: back-off sets work best on 2-3 exercises a session.
pub const BACK_OFF_EXERCISES_ADVISED: usize = 3;
