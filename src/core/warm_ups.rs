//! The automatic warm-up ramp to an exercise's first work set: the empty bar for 10 (on a
//! barbell), then about 40%, 60% and 80% of the work load for 5, 3 and 2 reps. Each load is
//! rounded down to what the implement makes, never reaches the work load, never repeats, and a
//! step too close to the one before is skipped. The plan puts these sets before the work sets
//! when an exercise's [`WarmUpChoice`] is the ramp.

use super::loading::{Loader, Loading};
use super::plates::{Plate, Rounding};
use super::scheme::Builtin;
use super::units::Unit;

/// How an exercise warms up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WarmUpChoice {
    /// The scheme's own warm-up groups (none, for a scheme without).
    Scheme,
    /// The automatic ramp to the first work set, in place of the scheme's warm-ups.
    Ramp,
    /// The ramp loaded with big plates only: no change plates to fetch for a warm-up.
    RampBigPlates,
    /// No warm-up sets (warm already, from a lift before).
    None,
}

impl WarmUpChoice {
    pub const ALL: [WarmUpChoice; 4] = [
        WarmUpChoice::Scheme,
        WarmUpChoice::Ramp,
        WarmUpChoice::RampBigPlates,
        WarmUpChoice::None,
    ];

    /// Whether the plan ramps up to the first work set.
    pub fn ramps(self) -> bool {
        match self {
            WarmUpChoice::Ramp | WarmUpChoice::RampBigPlates => true,
            WarmUpChoice::Scheme | WarmUpChoice::None => false,
        }
    }

    /// What an exercise the page adds, or gives this scheme, warms up with until the lifter
    /// says otherwise: Goto's heavy singles come with no warm-ups of their own, so
    /// they get the ramp.
    pub fn default_for(scheme: Builtin) -> WarmUpChoice {
        match scheme {
            Builtin::Goto => WarmUpChoice::Ramp,
            _ => WarmUpChoice::Scheme,
        }
    }

    /// The key in a link (`own`, `ramp`, `none`).
    pub fn key(self) -> &'static str {
        match self {
            WarmUpChoice::Scheme => "own",
            WarmUpChoice::Ramp => "ramp",
            WarmUpChoice::RampBigPlates => "bigramp",
            WarmUpChoice::None => "none",
        }
    }

    pub fn from_key(key: &str) -> Option<WarmUpChoice> {
        WarmUpChoice::ALL.into_iter().find(|w| w.key() == key)
    }

    /// What the setup page's choice says.
    pub fn label(self) -> &'static str {
        match self {
            WarmUpChoice::Scheme => "The scheme's own",
            WarmUpChoice::Ramp => "Ramp to the first work set",
            WarmUpChoice::RampBigPlates => "Ramp, no change plates",
            WarmUpChoice::None => "None",
        }
    }
}

/// The ramp's steps: share of the first work set's load, and reps.
pub const RAMP: [(f64, u32); 3] = [(0.40, 5), (0.60, 3), (0.80, 2)];
/// Reps with the empty bar.
pub const EMPTY_BAR_REPS: u32 = 10;
/// A step closer than this share of the work load to the step before is skipped.
pub const MIN_STEP: f64 = 0.10;

/// The lightest plate that is not a change plate: 5 kg, or 10 lb. A ramp without change
/// plates loads only plates at least this heavy.
pub fn is_big_plate(p: &Plate) -> bool {
    p.weight
        >= match p.unit {
            Unit::Kg => 5.0,
            Unit::Lb => 10.0,
        }
}

/// One warm-up set of the ramp.
#[derive(Clone, Debug, PartialEq)]
pub struct RampSet {
    pub loading: Loading,
    pub reps: u32,
}

/// The ramp to a first work set of `work` (in `unit`) on the implement `loader` loads.
/// `empty_bar`: the implement's lightest load is an empty bar worth a set of its own (barbells).
/// `big_only`: each step goes down until the plates for it (the fewest, as ever) hold no
/// change plate. A `loader` built without change plates gives such a ramp too, sometimes a step
/// heavier on more plates (40 lb a side as four 10s rather than a 35 and a 5).
pub fn ramp(
    work: f64,
    unit: Unit,
    loader: &Loader,
    empty_bar: bool,
    big_only: bool,
) -> Vec<RampSet> {
    let mut out: Vec<RampSet> = Vec::new();
    if !(work.is_finite() && work > 0.0) {
        return out;
    }
    let mut last: Option<f64> = None;
    // Nothing is lighter than the empty bar: asking for none says what it weighs.
    let lightest = match loader.load(0.0, unit, Rounding::Up) {
        Loading::BelowBar { minimum } => Some(minimum),
        Loading::Loaded { .. } | Loading::BeyondInventory { .. } => None,
    };
    if let (true, Some(bar)) = (empty_bar, lightest) {
        if bar > 0.0 && bar < work {
            out.push(RampSet {
                loading: loader.load(bar, unit, Rounding::Down),
                reps: EMPTY_BAR_REPS,
            });
            last = Some(bar);
        }
    }
    for (share, reps) in RAMP {
        let mut loading = loader.load(work * share, unit, Rounding::Down);
        // Each try is lighter than the last, so this ends (at the empty bar at the latest).
        while let (true, Loading::Loaded { total, per_side }) = (big_only, &loading) {
            if per_side.iter().all(is_big_plate) {
                break;
            }
            loading = loader.load(total - 0.01, unit, Rounding::Down);
        }
        let Loading::Loaded { total, .. } = loading else {
            continue;
        };
        let too_close = last.is_some_and(|l| total - l < work * MIN_STEP - 1e-9);
        if total >= work - 1e-9 || too_close {
            continue;
        }
        last = Some(total);
        out.push(RampSet { loading, reps });
    }
    out
}
