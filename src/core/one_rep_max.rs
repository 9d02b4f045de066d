//! Estimating a one-rep max (1RM) from a set of several reps, and the reverse: the load a lifter
//! can move for some reps given a 1RM. Seven published formulas, or the RTS chart when the set's
//! RPE is known. Every number out of here is finite; bad input is an error value.

use super::rpe;

/// The most reps an estimate accepts: past this the formulas are guesswork (and Brzycki and
/// Lander divide by zero near 37).
pub const MAX_REPS: u32 = 20;
/// Above this many reps the formulas diverge enough to warn (Reynolds et al. 2006).
pub const RELIABLE_REPS: u32 = 10;
/// The share of the 1RM that 5/3/1 programs from.
pub const TRAINING_MAX_SHARE: f64 = 0.9;

/// A published 1RM prediction formula.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Formula {
    /// Epley (1985): w (1 + r/30).
    #[default]
    Epley,
    /// Brzycki (1993): 36 w / (37 − r).
    Brzycki,
    /// Lander (1985): 100 w / (101.3 − 2.67123 r).
    Lander,
    /// Lombardi (1989): w r^0.10.
    Lombardi,
    /// Mayhew et al. (1992): 100 w / (52.2 + 41.9 e^(−0.055 r)).
    Mayhew,
    /// O'Conner et al. (1989): w (1 + 0.025 r).
    OConner,
    /// Wathan (1994): 100 w / (48.8 + 53.8 e^(−0.075 r)).
    Wathan,
}

impl Formula {
    /// Every formula, in the order the page lists them.
    pub const ALL: [Formula; 7] = [
        Formula::Epley,
        Formula::Brzycki,
        Formula::Lander,
        Formula::Lombardi,
        Formula::Mayhew,
        Formula::OConner,
        Formula::Wathan,
    ];

    /// The name shown to the lifter.
    pub fn name(self) -> &'static str {
        match self {
            Formula::Epley => "Epley",
            Formula::Brzycki => "Brzycki",
            Formula::Lander => "Lander",
            Formula::Lombardi => "Lombardi",
            Formula::Mayhew => "Mayhew",
            Formula::OConner => "O'Conner",
            Formula::Wathan => "Wathan",
        }
    }

    /// A short lowercase id that stays stable in saved URLs.
    pub fn key(self) -> &'static str {
        match self {
            Formula::Epley => "epley",
            Formula::Brzycki => "brzycki",
            Formula::Lander => "lander",
            Formula::Lombardi => "lombardi",
            Formula::Mayhew => "mayhew",
            Formula::OConner => "oconner",
            Formula::Wathan => "wathan",
        }
    }

    /// The formula for a `key`, ignoring case and surrounding spaces (URLs get hand-edited).
    pub fn from_key(key: &str) -> Option<Formula> {
        let key = key.trim();
        Formula::ALL
            .into_iter()
            .find(|f| f.key().eq_ignore_ascii_case(key))
    }

    /// The bare formula's 1RM for `load` × `reps`, with no single-rep rule and no checks (it is
    /// infinite or negative where the formula breaks down, e.g. Brzycki at 37 reps).
    pub fn raw_estimate(self, load: f64, reps: f64) -> f64 {
        load / self.share_of_max(reps)
    }

    /// The bare inverse: the load for `reps` from a 1RM of `max`, with no checks.
    pub fn raw_load_for(self, max: f64, reps: f64) -> f64 {
        max * self.share_of_max(reps)
    }

    // Each formula is a share of the 1RM that can be lifted for r reps: the estimate divides by
    // it and the inverse multiplies, so the two columns of the table can never drift apart.
    fn share_of_max(self, reps: f64) -> f64 {
        let r = reps;
        match self {
            Formula::Epley => 30.0 / (30.0 + r),
            Formula::Brzycki => (37.0 - r) / 36.0,
            Formula::Lander => (101.3 - 2.671_23 * r) / 100.0,
            // r^-0.1 as exp(-0.1 ln r): the page already carries exp, and powf alone weighs 1 KB.
            Formula::Lombardi => (-0.10 * r.ln()).exp(),
            Formula::Mayhew => (52.2 + 41.9 * (-0.055 * r).exp()) / 100.0,
            Formula::OConner => 1.0 / (1.0 + 0.025 * r),
            Formula::Wathan => (48.8 + 53.8 * (-0.075 * r).exp()) / 100.0,
        }
    }
}

/// Why no estimate could be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EstimateError {
    /// The load (or the 1RM) is zero, negative, not a number, or too large to compute with.
    BadLoad,
    /// Zero reps.
    BadReps,
    /// More than 20 reps: no formula is worth trusting there.
    TooManyReps,
    /// The RPE is off the chart: not 6–10 in half steps, or more than 12 reps.
    BadRpe,
    /// No max given yet.
    NoMax,
    /// A bodyweight lift, and no bodyweight given yet.
    NoBodyweight,
}

impl EstimateError {
    /// A short sentence for the message next to the field.
    pub fn message(self) -> &'static str {
        match self {
            EstimateError::BadLoad => "Enter a load more than zero.",
            EstimateError::BadReps => "Enter at least one rep.",
            EstimateError::TooManyReps => "Use 20 reps or fewer: past that no estimate holds.",
            EstimateError::BadRpe => "RPE goes from 6 to 10 in half steps, for up to 12 reps.",
            EstimateError::NoMax => "type your max, or a set you just did.",
            EstimateError::NoBodyweight => "type your bodyweight.",
        }
    }
}

/// A 1RM estimate and how sure it is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    /// The estimated 1RM by the chosen formula (or the RPE chart).
    pub max: f64,
    /// The lowest estimate any of the seven formulas gives for the same set.
    pub low: f64,
    /// The highest estimate any of the seven formulas gives for the same set.
    pub high: f64,
    /// More than 10 reps: the page warns that the formulas diverge.
    pub high_reps: bool,
}

/// The 1RM from `load` × `reps`, at `rpe` if given (then the RTS chart replaces the formula).
/// A single without an RPE is its own 1RM under every formula.
pub fn estimate(
    formula: Formula,
    load: f64,
    reps: u32,
    rpe: Option<f64>,
) -> Result<Estimate, EstimateError> {
    positive(load)?;
    check_reps(reps)?;
    let high_reps = reps > RELIABLE_REPS;
    if let Some(rpe) = rpe {
        let max = positive(load / chart(reps, rpe)?)?;
        return Ok(Estimate {
            max,
            low: max,
            high: max,
            high_reps,
        });
    }
    if reps == 1 {
        return Ok(Estimate {
            max: load,
            low: load,
            high: load,
            high_reps,
        });
    }
    let r = f64::from(reps);
    let max = positive(formula.raw_estimate(load, r))?;
    let (low, high) = Formula::ALL
        .iter()
        .map(|f| f.raw_estimate(load, r))
        .fold((max, max), |(low, high), e| (low.min(e), high.max(e)));
    Ok(Estimate {
        max,
        low: positive(low)?,
        high: positive(high)?,
        high_reps,
    })
}

/// The load for `reps` (at `rpe` if given) from a 1RM of `max`: the inverse of [`estimate`].
pub fn load_for(
    formula: Formula,
    max: f64,
    reps: u32,
    rpe: Option<f64>,
) -> Result<f64, EstimateError> {
    positive(max)?;
    check_reps(reps)?;
    match rpe {
        Some(rpe) => positive(max * chart(reps, rpe)?),
        None if reps == 1 => Ok(max),
        None => positive(formula.raw_load_for(max, f64::from(reps))),
    }
}

/// The 5/3/1 training max: 90% of the 1RM.
pub fn training_max(one_rep_max: f64) -> f64 {
    one_rep_max * TRAINING_MAX_SHARE
}

// Loads near f64::MAX overflow and tiny ones underflow; either way the answer is unusable, and
// calling it a bad load keeps infinities and zeros off the page.
fn positive(value: f64) -> Result<f64, EstimateError> {
    if value.is_finite() && value > 0.0 {
        Ok(value)
    } else {
        Err(EstimateError::BadLoad)
    }
}

fn check_reps(reps: u32) -> Result<(), EstimateError> {
    match reps {
        0 => Err(EstimateError::BadReps),
        r if r > MAX_REPS => Err(EstimateError::TooManyReps),
        _ => Ok(()),
    }
}

fn chart(reps: u32, rpe: f64) -> Result<f64, EstimateError> {
    rpe::percent_of_max(reps, rpe).ok_or(EstimateError::BadRpe)
}
