//! What an exercise is loaded on: the gym's barbell, a bar of another kind (EZ, trap, Smith...),
//! a plate-loaded machine, a stack with its add-on weights, dumbbells per hand or kettlebells as
//! the weights on hand, or bodyweight with a belt or assistance. [`Implement`] names the kind
//! (the equipment list, the history's sets, the card's words); [`Gear`] is the kind with its
//! weights, kept per exercise and in the link. Each becomes an [`Equipment`] for the loader.

use super::loading::{Equipment, FixedStep};
use super::plates::{plate_words, Plate};
use super::units::{
    convert, fmt, fmt_weight, parse_bounded, parse_number, InputError, Unit, Weight,
};

/// A bar other than the gym's standard one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarKind {
    Womens,
    Ez,
    Trap,
    SafetySquat,
    Technique,
    Smith,
    /// An adjustable dumbbell: a short handle loaded with small plates, per hand.
    Handle,
}

impl BarKind {
    /// Its usual weight in `unit` (real bars vary: the lifter edits it).
    pub fn usual(self, unit: Unit) -> f64 {
        let (kg, lb) = match self {
            BarKind::Womens => (15.0, 35.0),
            BarKind::Ez => (10.0, 25.0),
            BarKind::Trap => (25.0, 55.0),
            BarKind::SafetySquat => (30.0, 65.0),
            BarKind::Technique => (7.5, 15.0),
            // Many lifters count plates only on a counterbalanced Smith bar.
            BarKind::Smith => (0.0, 0.0),
            BarKind::Handle => (2.5, 5.0),
        };
        match unit {
            Unit::Kg => kg,
            Unit::Lb => lb,
        }
    }
}

/// A kind of equipment, as the equipment list offers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Implement {
    /// The gym's standard bar (the settings' bar, collars and plates).
    Barbell,
    Bar(BarKind),
    /// A plate-loaded machine with two sleeves (leg press, hack squat).
    Sled,
    /// Plates on one sleeve (T-bar row, landmine).
    OneSleeve,
    /// Dumbbells, per hand.
    Dumbbells,
    Kettlebells,
    /// A stack machine or a cable.
    Machine,
    /// Bodyweight, with a belt or assistance.
    Bodyweight,
}

impl Implement {
    /// Every kind, in the order the equipment list offers them.
    pub const ALL: [Implement; 14] = [
        Implement::Barbell,
        Implement::Bar(BarKind::Ez),
        Implement::Bar(BarKind::Womens),
        Implement::Bar(BarKind::Trap),
        Implement::Bar(BarKind::SafetySquat),
        Implement::Bar(BarKind::Technique),
        Implement::Bar(BarKind::Smith),
        Implement::Sled,
        Implement::OneSleeve,
        Implement::Dumbbells,
        Implement::Bar(BarKind::Handle),
        Implement::Kettlebells,
        Implement::Machine,
        Implement::Bodyweight,
    ];

    /// What a gear is.
    pub fn of(gear: &Gear) -> Implement {
        match gear {
            Gear::Barbell => Implement::Barbell,
            Gear::Bar { kind, .. } => Implement::Bar(*kind),
            Gear::Sled {
                one_sleeve: false, ..
            } => Implement::Sled,
            Gear::Sled {
                one_sleeve: true, ..
            } => Implement::OneSleeve,
            Gear::Stack { .. } => Implement::Machine,
            Gear::Weights { bells: false, .. } => Implement::Dumbbells,
            Gear::Weights { bells: true, .. } => Implement::Kettlebells,
            Gear::Bodyweight { .. } => Implement::Bodyweight,
        }
    }

    /// The key the equipment list sends (and the history's letter is made from).
    pub fn key(self) -> &'static str {
        match self {
            Implement::Barbell => "bar",
            Implement::Bar(BarKind::Ez) => "ez",
            Implement::Bar(BarKind::Womens) => "womens",
            Implement::Bar(BarKind::Trap) => "trap",
            Implement::Bar(BarKind::SafetySquat) => "ssb",
            Implement::Bar(BarKind::Technique) => "technique",
            Implement::Bar(BarKind::Smith) => "smith",
            Implement::Bar(BarKind::Handle) => "handle",
            Implement::Sled => "sled",
            Implement::OneSleeve => "sleeve",
            Implement::Dumbbells => "db",
            Implement::Kettlebells => "kb",
            Implement::Machine => "machine",
            Implement::Bodyweight => "body",
        }
    }

    /// The kind a key names.
    pub fn from_key(key: &str) -> Option<Implement> {
        Implement::ALL.into_iter().find(|i| i.key() == key)
    }

    /// What the lifter reads.
    pub fn label(self) -> &'static str {
        match self {
            Implement::Barbell => "Barbell",
            Implement::Bar(BarKind::Ez) => "EZ curl bar",
            Implement::Bar(BarKind::Womens) => "Women's bar",
            Implement::Bar(BarKind::Trap) => "Trap / hex bar",
            Implement::Bar(BarKind::SafetySquat) => "Safety squat bar",
            Implement::Bar(BarKind::Technique) => "Technique bar",
            Implement::Bar(BarKind::Smith) => "Smith machine",
            Implement::Bar(BarKind::Handle) => "Adjustable dumbbells",
            Implement::Sled => "Plate-loaded machine",
            Implement::OneSleeve => "One sleeve (T-bar, landmine)",
            Implement::Dumbbells => "Dumbbells",
            Implement::Kettlebells => "Kettlebells",
            Implement::Machine => "Machine / cable",
            Implement::Bodyweight => "Bodyweight",
        }
    }

    /// The usual gear of this kind in `unit`: standard weights, which the lifter edits.
    pub fn gear(self, unit: Unit) -> Gear {
        let by_unit = |kg: f64, lb: f64| match unit {
            Unit::Kg => kg,
            Unit::Lb => lb,
        };
        match self {
            Implement::Barbell => Gear::Barbell,
            Implement::Bar(kind) => Gear::Bar {
                kind,
                weight: kind.usual(unit),
            },
            Implement::Sled | Implement::OneSleeve => Gear::Sled {
                base: 0.0,
                one_sleeve: self == Implement::OneSleeve,
            },
            Implement::Dumbbells => Gear::Weights {
                bells: false,
                runs: match unit {
                    Unit::Kg => vec![Run::new(1.0, 10.0, 1.0), Run::new(12.0, 50.0, 2.0)],
                    Unit::Lb => vec![Run::new(5.0, 120.0, 5.0)],
                },
            },
            Implement::Kettlebells => Gear::Weights {
                bells: true,
                runs: match unit {
                    Unit::Kg => vec![Run::new(8.0, 48.0, 4.0)],
                    Unit::Lb => vec![Run::new(10.0, 100.0, 5.0)],
                },
            },
            Implement::Machine => Gear::Stack {
                step: by_unit(5.0, 10.0),
                min: by_unit(5.0, 10.0),
                max: by_unit(200.0, 400.0),
                add_ons: Vec::new(),
            },
            Implement::Bodyweight => Gear::Bodyweight {
                assist_step: by_unit(5.0, 10.0),
            },
        }
    }

    /// The kind an exercise's name suggests, for an exercise the lifter has not set one for:
    /// curls on an EZ bar, leg presses on a plate-loaded machine, pull-ups on bodyweight...
    pub fn for_name(name: &str) -> Implement {
        let n = name.to_ascii_lowercase();
        let has = |words: &[&str]| words.iter().any(|w| n.contains(w));
        if has(&["adjustable"]) {
            Implement::Bar(BarKind::Handle)
        } else if has(&[
            "dumbbell",
            "db ",
            "lateral raise",
            "fly",
            "flye",
            "goblet",
            "hammer curl",
        ]) {
            Implement::Dumbbells
        } else if has(&["kettlebell", "kb ", "swing", "turkish"]) {
            Implement::Kettlebells
        } else if (has(&["curl"]) && !has(&["leg curl", "hamstring curl"]))
            || has(&["skull", "preacher"])
        {
            Implement::Bar(BarKind::Ez)
        } else if has(&[
            "leg press",
            "hack squat",
            "calf press",
            "pendulum",
            "belt squat",
        ]) {
            Implement::Sled
        } else if has(&["t-bar", "t bar", "landmine"]) {
            Implement::OneSleeve
        } else if has(&["trap bar", "hex bar"]) {
            Implement::Bar(BarKind::Trap)
        } else if has(&["safety squat", "ssb"]) {
            Implement::Bar(BarKind::SafetySquat)
        } else if has(&["smith"]) {
            Implement::Bar(BarKind::Smith)
        } else if has(&[
            "pull-up",
            "pullup",
            "pull up",
            "chin",
            "dip",
            "muscle-up",
            "push-up",
            "pushup",
            "inverted row",
        ]) {
            Implement::Bodyweight
        } else if has(&[
            "extension",
            "leg curl",
            "hamstring curl",
            "pulldown",
            "pushdown",
            "cable",
            "machine",
            "pec deck",
            "seated row",
            "face pull",
            "abductor",
            "adductor",
        ]) {
            Implement::Machine
        } else {
            Implement::Barbell
        }
    }

    /// Why a load `m` (said with its unit) is too light for this implement.
    pub fn below(self, m: &str) -> String {
        match self {
            Implement::Barbell | Implement::Bar(_) => {
                format!("Lighter than the empty bar ({m})")
            }
            Implement::Sled | Implement::OneSleeve => {
                format!("Lighter than the empty machine ({m})")
            }
            Implement::Dumbbells => format!("Lighter than your dumbbells (min {m})"),
            Implement::Kettlebells => format!("Lighter than your bells (min {m})"),
            Implement::Machine => format!("Lighter than the stack (min {m})"),
            Implement::Bodyweight => {
                format!("Past the machine's assistance (min {m})")
            }
        }
    }

    /// Why a load is too heavy for this implement, `m` its heaviest (said with its unit).
    pub fn beyond(self, m: &str) -> String {
        match self {
            Implement::Barbell | Implement::Bar(_) | Implement::Sled | Implement::OneSleeve => {
                format!("More than your plates allow (max {m})")
            }
            Implement::Dumbbells => format!("Heavier than your dumbbells (max {m})"),
            Implement::Kettlebells => format!("Heavier than your bells (max {m})"),
            Implement::Machine => format!("More than the stack (max {m})"),
            Implement::Bodyweight => format!("More than your belt's plates (max {m})"),
        }
    }
}

/// Weights in even steps, `from` to `to` (one weight when they are equal).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Run {
    pub from: f64,
    pub to: f64,
    pub step: f64,
}

impl Run {
    /// The weights `from`, `from + step`, ... up to `to`.
    pub fn new(from: f64, to: f64, step: f64) -> Run {
        Run { from, to, step }
    }
}

/// The most weights a rack or a set of bells lists.
pub const MAX_WEIGHTS: usize = 100;
/// The most add-on weights a stack takes (see [`super::loading::MAX_ADD_ONS`]).
pub const MAX_ADD_ONS: usize = super::loading::MAX_ADD_ONS;

/// Every weight of `runs`, lightest first, at most [`MAX_WEIGHTS`].
pub fn weights_of(runs: &[Run]) -> Vec<f64> {
    let mut all = Vec::new();
    for r in runs {
        let mut w = r.from;
        while w <= r.to + 1e-9 && all.len() < MAX_WEIGHTS {
            all.push((w * 1000.0).round() / 1000.0);
            if r.step <= 0.0 {
                break;
            }
            w += r.step;
        }
    }
    all
}

/// The weights on hand as the lifter writes them: `8, 12, 16` or runs `1-10/1, 12-50/2` (from 1
/// to 10 in steps of 1, then 12 to 50 in steps of 2), in `unit`.
pub fn parse_weights(text: &str, unit: Unit) -> Result<Vec<Run>, InputError> {
    let mut runs = Vec::new();
    for item in text
        .split([',', ';'])
        .map(str::trim)
        .filter(|i| !i.is_empty())
    {
        let run = match item.split_once('-') {
            None => {
                let w = parse_load(item, unit)?;
                Run::new(w, w, 0.0)
            }
            Some((from, rest)) => {
                let (to, step) = rest.split_once('/').ok_or(InputError::NotANumber)?;
                let (from, to) = (parse_load(from, unit)?, parse_load(to, unit)?);
                let step = parse_load(step, unit)?;
                if to < from {
                    return Err(InputError::NotANumber);
                }
                Run::new(from, to, step)
            }
        };
        runs.push(run);
    }
    if runs.is_empty() {
        return Err(InputError::Empty);
    }
    if text_weights(&runs) > MAX_WEIGHTS {
        return Err(InputError::OutOfRange {
            min: 1.0,
            max: MAX_WEIGHTS as f64,
        });
    }
    Ok(runs)
}

/// How many weights `runs` would list without the cap.
fn text_weights(runs: &[Run]) -> usize {
    runs.iter()
        .map(|r| match r.step > 0.0 {
            true => ((r.to - r.from) / r.step).floor() as usize + 1,
            false => 1,
        })
        .sum()
}

/// A stack's add-on weights as the lifter writes them (`1.25, 2.5`): at most
/// [`MAX_ADD_ONS`]; empty is none.
pub fn parse_add_ons(text: &str, unit: Unit) -> Result<Vec<f64>, InputError> {
    let list: Vec<f64> = text
        .split([',', ';'])
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .map(|i| parse_load(i, unit))
        .collect::<Result<_, _>>()?;
    match list.len() > MAX_ADD_ONS {
        true => Err(InputError::OutOfRange {
            min: 0.0,
            max: MAX_ADD_ONS as f64,
        }),
        false => Ok(list),
    }
}

/// `runs` as [`parse_weights`] reads them.
pub fn weights_text(runs: &[Run]) -> String {
    let each = |r: &Run| match r.from == r.to {
        true => fmt(r.from),
        false => format!("{}-{}/{}", fmt(r.from), fmt(r.to), fmt(r.step)),
    };
    runs.iter().map(each).collect::<Vec<_>>().join(", ")
}

/// One weight of equipment: more than 0, up to the heaviest load anyone lifts.
pub fn parse_load(text: &str, unit: Unit) -> Result<f64, InputError> {
    match parse_bounded(text, 0.0, unit.max_load())? {
        0.0 => Err(InputError::NotPositive),
        w => Ok(w),
    }
}

/// The weight of a bar or an empty machine: 0 (count plates only) up to 500 kg or lb.
pub fn parse_base(text: &str) -> Result<f64, InputError> {
    parse_bounded(text, 0.0, 500.0)
}

/// What an exercise is loaded on, with its weights (all in the session's unit).
#[derive(Clone, Debug, PartialEq)]
pub enum Gear {
    /// The gym's standard bar, collars and plates.
    Barbell,
    /// A bar of another kind: its weight; the gym's collars and plates.
    Bar { kind: BarKind, weight: f64 },
    /// A plate-loaded machine: its sled or carriage (`base`; 0 counts plates only) and the
    /// gym's plates on two sleeves, or one.
    Sled { base: f64, one_sleeve: bool },
    /// A stack: `min`, `min + step`, ... up to `max`, and add-on weights for the steps between.
    Stack {
        step: f64,
        min: f64,
        max: f64,
        add_ons: Vec<f64>,
    },
    /// Weights one at a time: dumbbells (per hand) or kettlebells (`bells`), as runs.
    Weights { bells: bool, runs: Vec<Run> },
    /// Bodyweight, plus the gym's plates on a belt, or minus assistance in `assist_step`s (0:
    /// no assistance).
    Bodyweight { assist_step: f64 },
}

/// A weight of an exercise's gear the lifter types (each taken when its box is left).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GearPart {
    /// A bar's own weight.
    BarWeight,
    /// A plate-loaded machine's sled or carriage.
    Base,
    /// The dumbbells or kettlebells on hand.
    Weights,
    /// A stack's step.
    Step,
    /// A stack's heaviest load.
    Top,
    /// A stack's add-on weights.
    AddOns,
    /// A bodyweight lift's assistance step.
    Assist,
}

impl Gear {
    /// What the box for `part` shows.
    pub fn part_text(&self, part: GearPart) -> String {
        match (self, part) {
            (Gear::Bar { weight, .. }, GearPart::BarWeight) => fmt(*weight),
            (Gear::Sled { base, .. }, GearPart::Base) => fmt(*base),
            (Gear::Weights { runs, .. }, GearPart::Weights) => weights_text(runs),
            (Gear::Stack { step, .. }, GearPart::Step) => fmt(*step),
            (Gear::Stack { max, .. }, GearPart::Top) => fmt(*max),
            (Gear::Stack { add_ons, .. }, GearPart::AddOns) => add_ons
                .iter()
                .map(|a| fmt(*a))
                .collect::<Vec<_>>()
                .join(", "),
            (Gear::Bodyweight { assist_step }, GearPart::Assist) => fmt(*assist_step),
            _ => String::new(),
        }
    }

    /// The gear with `part` read from `text` in `unit`, with the limits every form and decoder
    /// use; a part this gear does not have changes nothing.
    pub fn with_part(&self, part: GearPart, text: &str, unit: Unit) -> Result<Gear, InputError> {
        let mut g = self.clone();
        match (&mut g, part) {
            (Gear::Bar { weight, .. }, GearPart::BarWeight) => *weight = parse_base(text)?,
            (Gear::Sled { base, .. }, GearPart::Base) => *base = parse_base(text)?,
            (Gear::Weights { runs, .. }, GearPart::Weights) => *runs = parse_weights(text, unit)?,
            (Gear::Stack { step, min, .. }, GearPart::Step) => {
                *step = super::session::parse_step(text, unit)?;
                // The lightest load moves onto the new steps.
                *min = (*min / *step).round().max(1.0) * *step;
            }
            (Gear::Stack { min, max, .. }, GearPart::Top) => {
                let top = parse_load(text, unit)?;
                if top < *min {
                    return Err(InputError::OutOfRange {
                        min: *min,
                        max: unit.max_load(),
                    });
                }
                *max = top;
            }
            (Gear::Stack { add_ons, .. }, GearPart::AddOns) => {
                *add_ons = parse_add_ons(text, unit)?
            }
            (Gear::Bodyweight { assist_step }, GearPart::Assist) => {
                *assist_step = parse_base(text)?
            }
            _ => {}
        }
        Ok(g)
    }

    /// Dumbbells or a stack in even steps, as links before the other implements wrote them
    /// (`f{step}:{min}:{max}`): dumbbells up to 80 kg, a stack above.
    pub fn fixed(step: f64, min: f64, max: f64, unit: Unit) -> Gear {
        match convert(max, unit, Unit::Kg) <= 80.0 {
            true => Gear::Weights {
                bells: false,
                runs: vec![Run::new(min, max, step)],
            },
            false => Gear::Stack {
                step,
                min,
                max,
                add_ons: Vec::new(),
            },
        }
    }

    /// The equipment the loader works on, with the gym's `bar` (standard bar, collars, plates)
    /// and the lifter's `body` mass.
    pub fn equipment(&self, bar: &super::plates::Barbell, body: Weight, unit: Unit) -> Equipment {
        let plates = || bar.plates.clone();
        match self {
            Gear::Barbell => Equipment::Barbell(bar.clone()),
            Gear::Bar { weight, .. } => Equipment::Barbell(super::plates::Barbell {
                bar: Weight::new(*weight, unit),
                ..bar.clone()
            }),
            Gear::Sled { base, one_sleeve } => {
                let sled = super::plates::Barbell {
                    bar: Weight::new(*base, unit),
                    collar: Weight::new(0.0, unit),
                    plates: plates(),
                };
                match one_sleeve {
                    true => Equipment::OneSleeve(sled),
                    false => Equipment::Barbell(sled),
                }
            }
            Gear::Stack {
                step,
                min,
                max,
                add_ons,
            } => Equipment::Stack {
                stack: FixedStep {
                    step: *step,
                    min: *min,
                    max: *max,
                    unit,
                },
                add_ons: add_ons.iter().map(|&w| Plate { weight: w, unit }).collect(),
            },
            Gear::Weights { runs, .. } => Equipment::Rack {
                loads: weights_of(runs),
                unit,
            },
            Gear::Bodyweight { assist_step } => Equipment::Bodyweight {
                body,
                belt: plates(),
                assist_step: Weight::new(*assist_step, unit),
            },
        }
    }

    /// The same gear in another unit (rounded to 0.5, as the maxes are).
    pub fn converted(&self, from: Unit, to: Unit) -> Gear {
        let c = |v: f64| (convert(v, from, to) * 2.0).round() / 2.0;
        match self {
            Gear::Barbell => Gear::Barbell,
            Gear::Bar { kind, weight } => Gear::Bar {
                kind: *kind,
                weight: c(*weight),
            },
            Gear::Sled { base, one_sleeve } => Gear::Sled {
                base: c(*base),
                one_sleeve: *one_sleeve,
            },
            Gear::Stack {
                step,
                min,
                max,
                add_ons,
            } => Gear::Stack {
                step: c(*step).max(0.5),
                min: c(*min).max(0.5),
                max: c(*max).max(0.5),
                add_ons: add_ons.iter().map(|&a| c(a).max(0.5)).collect(),
            },
            Gear::Weights { bells, runs } => Gear::Weights {
                bells: *bells,
                runs: runs
                    .iter()
                    .map(|r| Run::new(c(r.from).max(0.5), c(r.to).max(0.5), c(r.step)))
                    .collect(),
            },
            Gear::Bodyweight { assist_step } => Gear::Bodyweight {
                assist_step: c(*assist_step),
            },
        }
    }
}

/// How a set's load reads for this implement: "14 kg" (each hand), "bodyweight + 12.5 kg",
/// "bodyweight − 15 kg". `total` is what the loader made (for bodyweight, the whole mass moved);
/// `body` the lifter's bodyweight.
pub fn load_words(implement: Implement, total: f64, body: f64, unit: Unit) -> String {
    match implement {
        Implement::Bodyweight => match beyond_body(total, body, unit) {
            Some(more) => format!("bodyweight {more}"),
            None => "bodyweight".into(),
        },
        Implement::Barbell
        | Implement::Bar(_)
        | Implement::Sled
        | Implement::OneSleeve
        | Implement::Dumbbells
        | Implement::Kettlebells
        | Implement::Machine => fmt_weight(total, unit),
    }
}

/// Where plates of this implement go: "a side" of a bar or a sled, "on the sleeve", "on the
/// belt".
pub fn where_plates(implement: Implement) -> &'static str {
    match implement {
        Implement::OneSleeve => "on the sleeve",
        Implement::Bodyweight => "on the belt",
        Implement::Bar(BarKind::Handle) => "a side, each hand",
        Implement::Barbell
        | Implement::Bar(_)
        | Implement::Sled
        | Implement::Dumbbells
        | Implement::Kettlebells
        | Implement::Machine => "a side",
    }
}

/// What goes on the implement, in words: "4×45 + 5 + 2.5 a side", "20 on the belt".
pub fn plates_on(implement: Implement, per_side: &[Plate], unit: Unit) -> String {
    format!(
        "{} {}",
        plate_words(per_side, unit),
        where_plates(implement)
    )
}

/// A bodyweight load's part beyond the body, "+ 12.5 kg" or "− 15 kg", so a row can set
/// "bodyweight" smaller than the load a lifter adds; `None` for the body alone.
pub fn beyond_body(total: f64, body: f64, unit: Unit) -> Option<String> {
    let added = total - body;
    if added.abs() < 1e-6 {
        None
    } else if added > 0.0 {
        Some(format!("+ {}", fmt_weight(added, unit)))
    } else {
        Some(format!("− {}", fmt_weight(-added, unit)))
    }
}

/// What a set holds when plates do not say it: "14 kg each hand", "one 24 kg bell", "15 kg of
/// assistance"; `None` where the plates (or "no plates") say it all.
pub fn holding(implement: Implement, total: f64, body: f64, unit: Unit) -> Option<String> {
    match implement {
        Implement::Dumbbells => Some(format!("{} each hand", fmt_weight(total, unit))),
        Implement::Kettlebells => Some(format!("one {} bell", fmt_weight(total, unit))),
        Implement::Bodyweight if total < body - 1e-6 => {
            Some(format!("{} of assistance", fmt_weight(body - total, unit)))
        }
        Implement::Bodyweight if total < body + 1e-6 => Some("bodyweight only".into()),
        Implement::Bodyweight
        | Implement::Barbell
        | Implement::Bar(_)
        | Implement::Sled
        | Implement::OneSleeve
        | Implement::Machine => None,
    }
}

/// What is on the implement, the reverse of planning: its own weight (the gym's `bar` and
/// collars, a bar's or a sled's own, the lifter's `body`) and `per_side` on each side, in `unit`.
/// `None` for an implement without plates (a stack, a rack, bells).
pub fn weighed(
    gear: &Gear,
    per_side: &[Plate],
    bar: &super::plates::Barbell,
    body: f64,
    unit: Unit,
) -> Option<f64> {
    let plates: f64 = per_side
        .iter()
        .map(|p| convert(p.weight, p.unit, unit))
        .sum();
    let collars = 2.0 * bar.collar.to(unit);
    match gear {
        Gear::Barbell => Some(bar.bar.to(unit) + collars + 2.0 * plates),
        Gear::Bar { weight, .. } => Some(weight + collars + 2.0 * plates),
        Gear::Sled { base, one_sleeve } => {
            Some(base + if *one_sleeve { plates } else { 2.0 * plates })
        }
        Gear::Bodyweight { .. } => Some(body + plates),
        Gear::Stack { .. } | Gear::Weights { .. } => None,
    }
}

/// The most plates the reverse calculator puts on a side.
pub const MAX_WEIGHED: usize = 20;

/// Reads a number that may be negative (an added load on a bodyweight lift: below zero is
/// assistance), within ± `max`.
pub fn parse_signed(text: &str, max: f64) -> Result<f64, InputError> {
    let t = text.trim();
    let (negative, rest) = match t.strip_prefix(['-', '−']) {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let v = parse_number(rest)?;
    if v > max {
        return Err(InputError::OutOfRange { min: -max, max });
    }
    Ok(if negative { -v } else { v })
}
