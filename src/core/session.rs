//! What the page holds: the lifter's settings (unit, bar, plates, rounding, rests, alerts), the
//! session's exercises (each with its max, scheme and equipment) and the back-off log. Pure data;
//! `url_state` and `saved` turn it into text and back.

use super::loading::{Equipment, FixedStep};
use super::one_rep_max::{estimate, Estimate, EstimateError, Formula};
use super::plan::{plan, PlanInputs, PlannedSet, Rests};
use super::plates::{standard_plates, Barbell, PlateStock, Rounding};
use super::scheme::{Builtin, SetGroup};
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
    /// The bar, collars and plates last set for the other unit, so switching units and back
    /// loses nothing.
    pub spare: Option<Spare>,
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
            spare: None,
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

/// An exercise's name as kept: at most [`MAX_NAME`] characters.
pub fn clip_name(text: &str) -> String {
    text.chars().take(MAX_NAME).collect()
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

/// What an exercise is loaded on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Gear {
    /// The session's barbell, collars and plates.
    Barbell,
    /// Dumbbells, a cable or machine stack: fixed steps, no plates (in the session's unit).
    Fixed { step: f64, min: f64, max: f64 },
}

impl Gear {
    /// Dumbbells in the usual steps: 2 kg from 2 to 60 kg, or 5 lb from 5 to 150 lb.
    pub fn dumbbells(unit: Unit) -> Gear {
        match unit {
            Unit::Kg => Gear::Fixed {
                step: 2.0,
                min: 2.0,
                max: 60.0,
            },
            Unit::Lb => Gear::Fixed {
                step: 5.0,
                min: 5.0,
                max: 150.0,
            },
        }
    }

    /// A machine or cable stack: 5 kg plates to 200 kg, or 10 lb to 400 lb.
    pub fn machine(unit: Unit) -> Gear {
        match unit {
            Unit::Kg => Gear::Fixed {
                step: 5.0,
                min: 5.0,
                max: 200.0,
            },
            Unit::Lb => Gear::Fixed {
                step: 10.0,
                min: 10.0,
                max: 400.0,
            },
        }
    }

    /// Whether this is a rack of dumbbells rather than a stack: dumbbells stop where stacks
    /// start, so a custom step keeps the kind.
    pub fn is_dumbbells(self, unit: Unit) -> bool {
        matches!(self, Gear::Fixed { max, .. } if convert(max, unit, Unit::Kg) <= 80.0)
    }

    /// The same equipment in steps of `step` (the lightest load moves onto the new steps);
    /// `None` for a barbell or a step that is not a positive number up to [`max_step`].
    pub fn with_step(self, step: f64, unit: Unit) -> Option<Gear> {
        match self {
            Gear::Fixed { max, min, .. } if step > 0.0 && step <= max_step(unit) => {
                let min = (min / step).round().max(1.0) * step;
                Some(Gear::Fixed { step, min, max })
            }
            _ => None,
        }
    }
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
    pub warm_up: WarmUpChoice,
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
            warm_up: WarmUpChoice::Scheme,
        }
    }

    /// Whether the groups still are the built-in's.
    pub fn is_edited(&self) -> bool {
        self.groups != self.scheme.groups()
    }

    /// The 1RM the plan uses, with the spread across formulas when estimated from a set.
    pub fn estimate(&self, formula: Formula) -> Result<Estimate, EstimateError> {
        match self.max {
            None => Err(EstimateError::NoMax),
            Some(MaxSource::OneRepMax(m)) => estimate(formula, m, 1, None),
            Some(MaxSource::FromSet {
                load,
                reps,
                rpe,
                trust,
            }) => estimate(formula, load, reps, rpe.filter(|_| trust == Trust::Chart)),
        }
    }

    /// Whether this is a deadlift (the article: a back-off set of deadlifts is a bad idea).
    pub fn is_deadlift(&self) -> bool {
        self.name.to_ascii_lowercase().contains("deadlift")
    }

    /// The equipment this exercise is loaded on.
    pub fn equipment(&self, settings: &Settings) -> Equipment {
        match self.gear {
            Gear::Barbell => Equipment::Barbell(settings.barbell()),
            Gear::Fixed { step, min, max } => Equipment::Fixed(FixedStep {
                step,
                min,
                max,
                unit: settings.unit,
            }),
        }
    }

    /// The concrete sets for this exercise, or why there are none.
    pub fn plan(&self, settings: &Settings) -> Result<(Estimate, Vec<PlannedSet>), EstimateError> {
        let estimate = self.estimate(settings.formula)?;
        let equipment = self.equipment(settings);
        let inputs = PlanInputs {
            one_rep_max: estimate.max,
            unit: settings.unit,
            equipment: &equipment,
            rounding: settings.rounding,
            rests: settings.rests,
            warm_up: self.warm_up,
        };
        Ok((estimate, plan(&self.groups, &inputs)))
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
        if let Gear::Fixed { step, min, max } = self.gear {
            e.gear = Gear::Fixed {
                // Still a step the field and the URL take.
                step: c(step).clamp(0.5, max_step(to)),
                min: c(min),
                max: c(max),
            };
        }
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
