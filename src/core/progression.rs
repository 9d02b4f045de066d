//! Progression rules: what a finished session says about an exercise's next one. Each rule is
//! one lifters know by name, as its author publishes it (`domain.md` section 8): linear
//! progression, double progression and 5/3/1's training max. A rule never changes a max by
//! itself: it decides an [`Offer`], which the page shows with its reason, to apply or keep.

use super::loading::Loading;
use super::plan::PlannedSet;
use super::scheme::{Builtin, Reps, SetKind};
use super::set_fix::SetFix;
use super::units::{fmt, fmt_weight, parse_bounded, parse_number, InputError, Unit};

/// How an exercise moves forward, with where it stands (misses so far, the reps now asked).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Rule {
    /// The lifter sets the max.
    Manual,
    /// Add `step` to the work sets each session they were all done at their reps; after
    /// [`MISSES_BEFORE_RESET`] sessions in a row that fell short, take 10% off.
    Linear { step: f64, misses: u32 },
    /// Work sets ask `at` reps, from `low` to `high`: a session with every work set at `at`
    /// asks one more next time; at the top, `step` is added and the reps go back to `low`.
    Double {
        low: u32,
        high: u32,
        step: f64,
        at: u32,
    },
    /// 5/3/1: the week moves on each session; after week 3 the training max rises by `step`
    /// when the last "+" set made its reps, and holds when it fell short.
    FiveThreeOne { step: f64 },
    /// GZCLP, tier 1 to 3, at `stage` of its tier's sets ([`gzclp_sets`]): a session with every
    /// set made adds `step` (tier 3: once its "+" set reaches [`T3_TOP`] reps); one short moves
    /// to the next stage at the same load, and past the last, back to the first at
    /// [`GZCLP_RESET`] of the load.
    Gzclp { tier: u8, stage: u8, step: f64 },
}

/// GZCLP's sets of tier `tier` at `stage`: how many, their reps, and whether the last is a "+"
/// set. Tier 1: 5×3+, 6×2+, 10×1+; tier 2: 3×10, 3×8, 3×6; tier 3: 3×15+.
pub fn gzclp_sets(tier: u8, stage: u8) -> (u32, u32, bool) {
    match (tier, stage) {
        (1, 0) => (5, 3, true),
        (1, 1) => (6, 2, true),
        (1, _) => (10, 1, true),
        (2, 0) => (3, 10, false),
        (2, 1) => (3, 8, false),
        (2, _) => (3, 6, false),
        _ => (3, 15, true),
    }
}

/// The reps tier 3's "+" set reaches before GZCLP adds a step.
pub const T3_TOP: u32 = 25;
/// What GZCLP keeps of the load when a tier starts over from its first stage (the author asks
/// for a new 5RM test and 85% of it; without one, 85% of the load that failed).
pub const GZCLP_RESET: f64 = 0.85;
/// The last stage of a GZCLP tier (tier 3 has one).
fn last_stage(tier: u8) -> u8 {
    if tier >= 3 {
        0
    } else {
        2
    }
}

/// Sessions in a row short of their reps before linear progression takes 10% off.
pub const MISSES_BEFORE_RESET: u32 = 3;
/// What linear progression keeps of the work load after [`MISSES_BEFORE_RESET`] misses.
pub const RESET_SHARE: f64 = 0.9;
/// The fewest and most reps a double progression's range takes.
pub const REP_RANGE: std::ops::RangeInclusive<u32> = 1..=30;

/// The smallest and largest step a rule takes, in `unit`: a step of 0 moves nothing, and more
/// than 25 kg (55 lb) a session is a typo.
pub fn step_range(unit: Unit) -> (f64, f64) {
    match unit {
        Unit::Kg => (0.25, 25.0),
        Unit::Lb => (0.5, 55.0),
    }
}

/// Reads a rule's step as typed, within [`step_range`].
pub fn parse_step(text: &str, unit: Unit) -> Result<f64, InputError> {
    let (min, max) = step_range(unit);
    parse_bounded(text, min, max)
}

/// Reads a double progression's range, "8-12": low below high, both within [`REP_RANGE`].
pub fn parse_range(text: &str) -> Result<(u32, u32), InputError> {
    let (low, high) = text.split_once('-').ok_or(InputError::NotARange)?;
    let whole = |t: &str| super::scheme::parse_whole(t, *REP_RANGE.start(), *REP_RANGE.end());
    let (low, high) = (whole(low)?, whole(high)?);
    match low < high {
        true => Ok((low, high)),
        false => Err(InputError::NotARange),
    }
}

/// The usual step of a lift: 5 kg / 10 lb for squats and deadlifts (and other lower-body
/// lifts), 2.5 kg / 5 lb for the rest.
pub fn usual_step(lower_body: bool, unit: Unit) -> f64 {
    match (lower_body, unit) {
        (true, Unit::Kg) => 5.0,
        (true, Unit::Lb) => 10.0,
        (false, Unit::Kg) => 2.5,
        (false, Unit::Lb) => 5.0,
    }
}

/// One work set of a finished session, for a rule.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WorkSet {
    /// The reps asked: for a "+" (AMRAP) set, the least it asks.
    pub asked: u32,
    /// A "+" set: as many as possible, at least `asked`.
    pub amrap: bool,
    /// The reps done; `None` when the set was not ticked.
    pub done: Option<u32>,
    /// Corrected to a lighter load than planned: short, whatever the reps.
    pub lighter: bool,
}

impl WorkSet {
    /// The set was done at its reps.
    pub fn made(&self) -> bool {
        !self.lighter && self.done.is_some_and(|d| d >= self.asked)
    }
}

/// What one exercise's session came to: its work sets and the load they were done at.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub work: Vec<WorkSet>,
    /// The work sets' load (the heaviest), in the plan's unit.
    pub load: f64,
    /// The 5/3/1 week the session was (1 to 3), for that rule.
    pub week: Option<u8>,
}

/// What a rule changes in the max.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Change {
    /// Nothing: the rule holds the load (a miss counted, a stage moved on, a rise held).
    Hold,
    /// Nothing either, the rule moving on as planned: a rep more in the range, the next 5/3/1
    /// week. Said, but not kept among what changed a lift's max.
    Step,
    /// Plan the work sets at this load next time, in the plan's unit.
    WorkLoad(f64),
    /// Raise the 5/3/1 training max by this much.
    TrainingMax(f64),
}

/// What a rule decides for the next session.
#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    pub change: Change,
    /// The rule with where it now stands.
    pub rule: Rule,
    /// The next 5/3/1 week (1 to 3), for that rule.
    pub week: Option<u8>,
    /// Why, in the lifter's words: "every set done last time", "set 3 was 4 of 5 (miss 1 of 3)".
    pub why: String,
}

/// The 5/3/1 week a scheme is (1 to 3), and the scheme of a week.
pub fn week_of(scheme: Builtin) -> Option<u8> {
    match scheme {
        Builtin::FiveThreeOneWeek1 => Some(1),
        Builtin::FiveThreeOneWeek2 => Some(2),
        Builtin::FiveThreeOneWeek3 => Some(3),
        Builtin::Goto
        | Builtin::StrengthBackOff
        | Builtin::AccessoryBackOff
        | Builtin::TopSetDownSets => None,
    }
}

/// The scheme of 5/3/1 week `week` (1 to 3).
pub fn week_scheme(week: u8) -> Builtin {
    match week {
        2 => Builtin::FiveThreeOneWeek2,
        3 => Builtin::FiveThreeOneWeek3,
        _ => Builtin::FiveThreeOneWeek1,
    }
}

/// What a session of `sets` came to, with the sets ticked (`done`, by position) and corrected
/// (`fixes`). A ticked set made its reps unless corrected; a "+" set asks at least `least`
/// ([`Rule::plus_least`]).
pub fn outcome(
    sets: &[PlannedSet],
    done: &[usize],
    fixes: &[SetFix],
    week: Option<u8>,
    least: u32,
) -> Outcome {
    let mut load = 0.0_f64;
    let work = sets
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == SetKind::Work)
        .map(|(i, s)| {
            if let Loading::Loaded { total, .. } = s.loading {
                load = load.max(total);
            }
            let (asked, amrap) = match s.reps {
                Reps::Exact(r) => (r, false),
                Reps::Amrap => (least, true),
            };
            let fix = fixes.iter().find(|f| f.set == i);
            let planned = s.load().unwrap_or(0.0);
            let lighter = fix.is_some_and(|f| f.load < planned - 1e-6);
            let done = done.contains(&i).then(|| fix.map_or(asked, |f| f.reps));
            WorkSet {
                asked,
                amrap,
                done,
                lighter,
            }
        })
        .collect();
    Outcome { work, load, week }
}

impl Rule {
    /// What this rule makes of `outcome`, in `unit`; `None` for a manual max, or a session
    /// with no work sets to judge by.
    pub fn decide(&self, outcome: &Outcome, unit: Unit) -> Option<Decision> {
        let first_short = outcome.work.iter().position(|w| !w.made());
        let short_words = |i: usize| {
            let w = outcome.work.get(i).copied();
            match w.and_then(|w| w.done.map(|d| (w, d))) {
                Some((w, _)) if w.lighter => format!("set {} was lighter", i + 1),
                Some((w, d)) => format!("set {} was {d} of {}", i + 1, w.asked),
                None => format!("set {} was not done", i + 1),
            }
        };
        // Nothing to judge: no work sets, or none that could be loaded.
        if outcome.work.is_empty() || outcome.load <= 0.0 {
            return None;
        }
        let same = |rule: Rule, why: String| Decision {
            change: Change::Hold,
            rule,
            week: None,
            why,
        };
        let every_set =
            |step: f64| format!("+{}: every set done last time", fmt_weight(step, unit));
        match *self {
            Rule::Manual => None,
            Rule::Linear { step, misses } => Some(match first_short {
                None => Decision {
                    change: Change::WorkLoad(outcome.load + step),
                    rule: Rule::Linear { step, misses: 0 },
                    week: None,
                    why: every_set(step),
                },
                Some(i) if misses + 1 >= MISSES_BEFORE_RESET => Decision {
                    change: Change::WorkLoad(outcome.load * RESET_SHARE),
                    rule: Rule::Linear { step, misses: 0 },
                    week: None,
                    why: format!(
                        "−10%: {} sessions in a row short ({})",
                        MISSES_BEFORE_RESET,
                        short_words(i)
                    ),
                },
                Some(i) => same(
                    Rule::Linear {
                        step,
                        misses: misses + 1,
                    },
                    format!(
                        "held: {} (miss {} of {MISSES_BEFORE_RESET})",
                        short_words(i),
                        misses + 1
                    ),
                ),
            }),
            Rule::Gzclp { tier, stage, step } => {
                let plus = outcome.work.last().filter(|w| w.amrap).and_then(|w| w.done);
                let at = |stage: u8| Rule::Gzclp { tier, stage, step };
                Some(match first_short {
                    None if tier >= 3 && plus.unwrap_or(0) < T3_TOP => same(
                        *self,
                        format!("held: the + set made {} of {T3_TOP}", plus.unwrap_or(0)),
                    ),
                    None => Decision {
                        change: Change::WorkLoad(outcome.load + step),
                        ..same(*self, every_set(step))
                    },
                    // Tier 3 has one set of sets: short, it holds.
                    Some(i) if tier >= 3 => same(*self, format!("held: {}", short_words(i))),
                    Some(i) if stage >= last_stage(tier) => Decision {
                        change: Change::WorkLoad(outcome.load * GZCLP_RESET),
                        ..same(
                            at(0),
                            format!("−15%, the first sets again: {}", short_words(i)),
                        )
                    },
                    Some(i) => {
                        let (s, r, plus) = gzclp_sets(tier, stage + 1);
                        let plus = if plus { "+" } else { "" };
                        let why =
                            format!("{s}×{r}{plus} next at the same load: {}", short_words(i));
                        same(at(stage + 1), why)
                    }
                })
            }
            Rule::Double {
                low,
                high,
                step,
                at,
            } => Some(match first_short {
                None if at >= high => Decision {
                    change: Change::WorkLoad(outcome.load + step),
                    rule: Rule::Double {
                        low,
                        high,
                        step,
                        at: low,
                    },
                    week: None,
                    why: format!(
                        "+{}, back to {low} reps: every set made {high} last time",
                        fmt_weight(step, unit)
                    ),
                },
                None => Decision {
                    change: Change::Step,
                    ..same(
                        Rule::Double {
                            low,
                            high,
                            step,
                            at: at + 1,
                        },
                        format!("{} reps: every set made {at} last time", at + 1),
                    )
                },
                Some(i) => same(*self, format!("held at {at} reps: {}", short_words(i))),
            }),
            Rule::FiveThreeOne { step } => {
                // Only a 5/3/1 week's session says anything to this rule.
                let week = outcome.week?;
                let next = if week >= 3 { 1 } else { week + 1 };
                let plus = outcome.work.iter().rposition(|w| w.amrap);
                let plus_short = plus.filter(|&i| outcome.work.get(i).is_some_and(|w| !w.made()));
                Some(match (week >= 3, plus_short) {
                    (true, None) => Decision {
                        change: Change::TrainingMax(step),
                        rule: *self,
                        week: Some(next),
                        why: format!(
                            "training max +{}: the cycle's last \"+\" set made its reps",
                            fmt_weight(step, unit)
                        ),
                    },
                    (true, Some(i)) => Decision {
                        week: Some(next),
                        ..same(*self, format!("training max held: {}", short_words(i)))
                    },
                    (false, _) => Decision {
                        change: Change::Step,
                        week: Some(next),
                        ..same(*self, format!("week {next} of the cycle"))
                    },
                })
            }
        }
    }

    /// The reps a "+" set asks at least: the GZCLP stage's, or the 5/3/1 week's (5, 3, 1).
    pub fn plus_least(&self, week: Option<u8>) -> u32 {
        match (*self, week) {
            (Rule::Gzclp { tier, stage, .. }, _) => gzclp_sets(tier, stage).1,
            (_, Some(1)) => 5,
            (_, Some(2)) => 3,
            _ => 1,
        }
    }

    /// The rule for a plan switched from `from` to `to`: a step of 2.5 kg becomes 5 lb and back,
    /// as lifters pair them, kept within [`step_range`].
    pub fn converted(&self, from: Unit, to: Unit) -> Rule {
        let c = |step: f64| {
            let v = match (from, to) {
                (Unit::Kg, Unit::Lb) => step * 2.0,
                (Unit::Lb, Unit::Kg) => step / 2.0,
                (Unit::Kg, Unit::Kg) | (Unit::Lb, Unit::Lb) => step,
            };
            let (min, max) = step_range(to);
            v.clamp(min, max)
        };
        match *self {
            Rule::Manual => Rule::Manual,
            Rule::Linear { step, misses } => Rule::Linear {
                step: c(step),
                misses,
            },
            Rule::Double {
                low,
                high,
                step,
                at,
            } => Rule::Double {
                low,
                high,
                step: c(step),
                at,
            },
            Rule::FiveThreeOne { step } => Rule::FiveThreeOne { step: c(step) },
            Rule::Gzclp { tier, stage, step } => Rule::Gzclp {
                tier,
                stage,
                step: c(step),
            },
        }
    }

    /// Every rule's key and label, as the setup page offers them.
    pub const CHOICES: [(&'static str, &'static str); 7] = [
        ("manual", "None: you set the max"),
        ("linear", "Linear: a step each session"),
        ("double", "Double: reps, then a step"),
        ("531", "5/3/1: training max each cycle"),
        ("gzclp1", "GZCLP T1: 5×3+, 6×2+, 10×1+"),
        ("gzclp2", "GZCLP T2: 3×10, 3×8, 3×6"),
        ("gzclp3", "GZCLP T3: 3×15+, a step at 25"),
    ];

    /// This rule's key in [`Rule::CHOICES`].
    pub fn key(&self) -> &'static str {
        match self {
            Rule::Manual => "manual",
            Rule::Linear { .. } => "linear",
            Rule::Double { .. } => "double",
            Rule::FiveThreeOne { .. } => "531",
            Rule::Gzclp { tier: 1, .. } => "gzclp1",
            Rule::Gzclp { tier: 2, .. } => "gzclp2",
            Rule::Gzclp { .. } => "gzclp3",
        }
    }

    /// The rule picked by `key` for exercise `name`: the step it had, or the lift's usual one
    /// (5 kg / 10 lb lower body, else 2.5 kg / 5 lb); a double progression over 8-12 reps.
    pub fn from_key(key: &str, name: &str, was: Rule, unit: Unit) -> Option<Rule> {
        let step = was
            .step()
            .unwrap_or_else(|| usual_step(super::suggestions::is_lower_body(name), unit));
        match key {
            "manual" => Some(Rule::Manual),
            "linear" => Some(Rule::Linear { step, misses: 0 }),
            "double" => Some(Rule::Double {
                low: 8,
                high: 12,
                step,
                at: 8,
            }),
            "531" => Some(Rule::FiveThreeOne { step }),
            "gzclp1" | "gzclp2" | "gzclp3" => {
                let tier = key.as_bytes().last().map_or(1, |b| b - b'0');
                Some(Rule::Gzclp {
                    tier,
                    stage: 0,
                    step,
                })
            }
            _ => None,
        }
        .map(|r| if r.key() == was.key() { was } else { r })
    }

    /// The rule's step, if it has one.
    pub fn step(&self) -> Option<f64> {
        match *self {
            Rule::Manual => None,
            Rule::Linear { step, .. }
            | Rule::Double { step, .. }
            | Rule::FiveThreeOne { step }
            | Rule::Gzclp { step, .. } => Some(step),
        }
    }

    /// The same rule with another step.
    pub fn with_step(self, new: f64) -> Rule {
        match self {
            Rule::Manual => Rule::Manual,
            Rule::Linear { misses, .. } => Rule::Linear { step: new, misses },
            Rule::Double { low, high, at, .. } => Rule::Double {
                low,
                high,
                step: new,
                at,
            },
            Rule::FiveThreeOne { .. } => Rule::FiveThreeOne { step: new },
            Rule::Gzclp { tier, stage, .. } => Rule::Gzclp {
                tier,
                stage,
                step: new,
            },
        }
    }

    /// A double progression over another range, its reps kept within it; other rules as
    /// they are.
    pub fn with_range(self, low: u32, high: u32) -> Rule {
        match self {
            Rule::Double { step, at, .. } => Rule::Double {
                low,
                high,
                step,
                at: at.clamp(low, high),
            },
            Rule::Manual | Rule::Linear { .. } | Rule::FiveThreeOne { .. } | Rule::Gzclp { .. } => {
                self
            }
        }
    }

    /// The rule in the lifter's words: "Linear, +2.5 kg", "Double, 8-12 reps, +2.5 kg".
    pub fn describe(&self, unit: Unit) -> String {
        match *self {
            Rule::Manual => "You set the max".into(),
            Rule::Linear { step, .. } => format!("Linear, +{}", fmt_weight(step, unit)),
            Rule::Double {
                low, high, step, ..
            } => format!("Double, {low}-{high} reps, +{}", fmt_weight(step, unit)),
            Rule::FiveThreeOne { step } => {
                format!("5/3/1, training max +{} a cycle", fmt_weight(step, unit))
            }
            Rule::Gzclp { tier, stage, step } => {
                let (s, r, plus) = gzclp_sets(tier, stage);
                let plus = if plus { "+" } else { "" };
                format!(
                    "GZCLP T{tier}, now {s}×{r}{plus}, +{}",
                    fmt_weight(step, unit)
                )
            }
        }
    }

    /// The rule as the link and storage write it: "" (manual), "l2.5", "l2.5m1",
    /// "d8-12:2.5@9", "w5".
    pub fn encode(&self) -> String {
        match *self {
            Rule::Manual => String::new(),
            Rule::Linear { step, misses: 0 } => format!("l{}", fmt(step)),
            Rule::Linear { step, misses } => format!("l{}m{misses}", fmt(step)),
            Rule::Double {
                low,
                high,
                step,
                at,
            } => format!("d{low}-{high}:{}@{at}", fmt(step)),
            Rule::FiveThreeOne { step } => format!("w{}", fmt(step)),
            Rule::Gzclp { tier, stage, step } => format!("g{tier}{stage}:{}", fmt(step)),
        }
    }

    /// Reads [`Rule::encode`]'s text in `unit`; `None` when any part is out of its limits.
    pub fn decode(text: &str, unit: Unit) -> Option<Rule> {
        let step = |t: &str| parse_step(t, unit).ok();
        if text.is_empty() {
            return Some(Rule::Manual);
        }
        match text.split_at_checked(1) {
            None => None,
            Some(("l", rest)) => {
                let (s, m) = rest.split_once('m').unwrap_or((rest, "0"));
                let misses = m.parse::<u32>().ok().filter(|&m| m < MISSES_BEFORE_RESET)?;
                Some(Rule::Linear {
                    step: step(s)?,
                    misses,
                })
            }
            Some(("d", rest)) => {
                let (range, rest) = rest.split_once(':')?;
                let (s, at) = rest.split_once('@')?;
                let (low, high) = parse_range(range).ok()?;
                let at = at
                    .parse::<u32>()
                    .ok()
                    .filter(|a| (low..=high).contains(a))?;
                Some(Rule::Double {
                    low,
                    high,
                    step: step(s)?,
                    at,
                })
            }
            Some(("w", rest)) => Some(Rule::FiveThreeOne { step: step(rest)? }),
            Some(("g", rest)) => {
                let (at, s) = rest.split_once(':')?;
                let (tier, stage) = match at.as_bytes() {
                    [t @ b'1'..=b'3', s @ b'0'..=b'2'] => (t - b'0', s - b'0'),
                    _ => return None,
                };
                (stage <= last_stage(tier)).then_some(())?;
                Some(Rule::Gzclp {
                    tier,
                    stage,
                    step: step(s)?,
                })
            }
            Some(_) => None,
        }
    }
}

/// A change of max a rule offers for an exercise's next session, to apply or keep.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    /// The max it would set, as the exercise's max is typed (on a bodyweight lift, what is
    /// added), in the plan's unit.
    pub max: f64,
    /// What it means for the lifter and why: "102.5 kg next (+2.5 kg: every set done last time)".
    pub text: String,
    /// The rule after Apply; Keep takes it too, but for a double progression, which stays at
    /// the top of its range with the load kept.
    pub applied: Rule,
    /// The session that earned it (wall-clock ms; 0: not known, from before it was kept).
    pub at_ms: f64,
}

/// The stored form of an offer: "at~max~applied~ms~text", where `at` says whose it is (an
/// exercise's position, or a program's lift: "2:bench+press%7Clinear%7C85") and `ms` is when
/// the session that earned it ended (absent before it was kept).
pub fn encode_offer(at: &str, o: &Offer) -> String {
    format!(
        "{at}~{}~{}~{}~{}",
        fmt(o.max),
        o.applied.encode(),
        fmt(o.at_ms.max(0.0).floor()),
        o.text
    )
}

/// Reads [`encode_offer`]'s text in `unit`: whose it is, and the offer (a max within the loads
/// a lifter can type, rules within their limits, some text).
pub fn decode_offer(text: &str, unit: Unit) -> Option<(&str, Offer)> {
    let mut p = text.splitn(4, '~');
    let i = p.next()?;
    let max = parse_number(p.next()?).ok()?;
    let max = Some(max).filter(|m| m.is_finite() && m.abs() <= unit.max_load())?;
    let applied = Rule::decode(p.next()?, unit)?;
    let rest = p.next()?;
    // An offer kept before its session was has its text right after the rule.
    let (at_ms, text) = match rest.split_once('~').map(|(ms, t)| (parse_number(ms), t)) {
        Some((Ok(ms), t)) if ms >= 0.0 => (ms, t),
        _ => (0.0, rest),
    };
    let text: String = text.chars().take(MAX_OFFER_TEXT).collect();
    (!text.is_empty()).then_some((
        i,
        Offer {
            max,
            text,
            applied,
            at_ms,
        },
    ))
}

/// The longest offer text kept from storage.
pub const MAX_OFFER_TEXT: usize = 200;
