//! A session plan: a scheme, a 1RM and the lifter's equipment become concrete sets: the load the
//! scheme asks for, the load that can really go on the bar, the plates, the change from the set
//! before, and the rest that starts when the set is checked off.

use super::loading::{Equipment, Loader, Loading};
use super::one_rep_max::training_max;
use super::plate_moves::{fewest_changes, moves, LoadingGoal};
use super::plates::{change, Plate, PlateChange, Rounding};
use super::rpe::percent_of_max;
use super::scheme::{Intensity, Reps, SetGroup, SetKind, MAX_SETS};
use super::units::Unit;
use super::warm_ups::{ramp, WarmUpChoice};

/// Default rests by kind of set, in seconds: the lifter's settings fill in groups that name none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rests {
    pub warm_up_s: u32,
    pub work_s: u32,
    /// Goto et al. rested 30 s before the back-off set; the article allows 30-90 s.
    pub back_off_s: u32,
}

impl Default for Rests {
    fn default() -> Self {
        Rests {
            warm_up_s: 60,
            work_s: 180,
            back_off_s: 30,
        }
    }
}

impl Rests {
    /// The rest before a set of this kind.
    pub fn for_kind(&self, kind: SetKind) -> u32 {
        match kind {
            SetKind::WarmUp => self.warm_up_s,
            SetKind::Work => self.work_s,
            SetKind::BackOff => self.back_off_s,
        }
    }
}

/// One set of the plan, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedSet {
    /// 1-based position in the exercise.
    pub number: usize,
    pub kind: SetKind,
    pub reps: Reps,
    /// What the scheme asks for, in the plan's unit (`None` when it cannot be worked out,
    /// e.g. an RPE target with AMRAP reps).
    pub target: Option<f64>,
    pub loading: Loading,
    /// Plates to take off and put on (per side) after the set before.
    pub change: PlateChange,
    /// The rest that starts when this set is checked off; 0 after the last set.
    pub rest_after_s: u32,
    /// The scheme prescribes it as a share of the training max (5/3/1), so that is what its %
    /// is shown against.
    pub of_training_max: bool,
}

/// Rounding that moves a set's load by less than this many percentage points is not worth a
/// lifter's attention.
pub const NOTABLE_ROUNDING_PP: f64 = 1.0;

/// The % a set shows: what the load really is, against the max the scheme uses.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ShownPercent {
    /// What the load on the bar really is, in percent.
    pub real: f64,
    /// What the scheme asked for, only when rounding moved the load by at least
    /// [`NOTABLE_ROUNDING_PP`].
    pub asked: Option<f64>,
    /// Against the training max ("85% TM"), not the 1RM.
    pub of_training_max: bool,
}

impl PlannedSet {
    /// The load actually on the bar, if it can be loaded.
    pub fn load(&self) -> Option<f64> {
        match &self.loading {
            Loading::Loaded { total, .. } => Some(*total),
            _ => None,
        }
    }

    /// Plates per side, heaviest first (empty when nothing is loaded).
    pub fn plates(&self) -> &[Plate] {
        match &self.loading {
            Loading::Loaded { per_side, .. } => per_side,
            _ => &[],
        }
    }

    /// The share of the 1RM the loaded weight really is, in percent.
    pub fn percent_of_max(&self, one_rep_max: f64) -> Option<f64> {
        let load = self.load()?;
        (one_rep_max > 0.0 && one_rep_max.is_finite()).then(|| load / one_rep_max * 100.0)
    }

    /// The % to show beside the load: of the training max in 5/3/1 weeks, else of the 1RM, with
    /// the asked-for % only when rounding moved it notably.
    pub fn shown_percent(&self, one_rep_max: f64) -> Option<ShownPercent> {
        let basis = if self.of_training_max {
            training_max(one_rep_max)
        } else {
            one_rep_max
        };
        let real = self.percent_of_max(basis)?;
        let asked = self.target.map(|t| t / basis * 100.0);
        Some(ShownPercent {
            real,
            asked: asked.filter(|a| (a - real).abs() >= NOTABLE_ROUNDING_PP),
            of_training_max: self.of_training_max,
        })
    }
}

/// The inputs of a plan that are not the scheme itself.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanInputs<'a> {
    pub one_rep_max: f64,
    pub unit: Unit,
    pub equipment: &'a Equipment,
    pub rounding: Rounding,
    pub rests: Rests,
    /// The scheme's warm-up groups, the ramp in their place, or no warm-up.
    pub warm_up: WarmUpChoice,
    /// Each set on its fewest plates, or the sets' plates chosen for the fewest changes.
    pub goal: LoadingGoal,
}

/// Expands a scheme into concrete sets.
pub fn plan(groups: &[SetGroup], inputs: &PlanInputs) -> Vec<PlannedSet> {
    plan_and_moves(groups, inputs).0
}

/// [`plan`], and with the fewest changes asked for on plates, the plates moved over the sets and
/// what fewest plates would have moved.
pub fn plan_and_moves(
    groups: &[SetGroup],
    inputs: &PlanInputs,
) -> (Vec<PlannedSet>, Option<(usize, usize)>) {
    let loader = Loader::new(inputs.equipment);
    let max = inputs.one_rep_max;
    let mut sets: Vec<PlannedSet> = Vec::new();
    let mut previous: Vec<Plate> = Vec::new();
    let mut heaviest: Option<f64> = None;
    let own_warm_ups = inputs.warm_up == WarmUpChoice::Scheme;
    let groups = groups
        .iter()
        .filter(|g| own_warm_ups || g.kind != SetKind::WarmUp);

    if inputs.warm_up.ramps() {
        // To the first work set, as it will be loaded.
        let first = groups
            .clone()
            .next()
            .and_then(|g| target_load(g, max, None));
        let work = first.map(|t| loader.load(t, inputs.unit, inputs.rounding));
        if let Some(Loading::Loaded { total, .. }) = work {
            let empty_bar = matches!(inputs.equipment, Equipment::Barbell(_));
            let big_only = inputs.warm_up == WarmUpChoice::RampBigPlates;
            for r in ramp(total, inputs.unit, &loader, empty_bar, big_only) {
                if let Some(last) = sets.last_mut() {
                    last.rest_after_s = inputs.rests.warm_up_s;
                }
                let (target, plates) = match &r.loading {
                    Loading::Loaded { total, per_side } => (Some(*total), per_side.clone()),
                    Loading::BelowBar { .. } | Loading::BeyondInventory { .. } => {
                        (None, Vec::new())
                    }
                };
                sets.push(PlannedSet {
                    number: sets.len() + 1,
                    kind: SetKind::WarmUp,
                    reps: Reps::Exact(r.reps),
                    target,
                    loading: r.loading,
                    change: change(&previous, &plates),
                    rest_after_s: 0,
                    of_training_max: false,
                });
                previous = plates;
            }
        }
    }

    for g in groups {
        for _ in 0..g.sets.min(MAX_SETS) {
            let target = target_load(g, max, heaviest);
            let loading = match target {
                Some(t) => loader.load(t, inputs.unit, inputs.rounding),
                None => Loading::BelowBar { minimum: 0.0 },
            };
            let plates = match &loading {
                Loading::Loaded { per_side, .. } => per_side.clone(),
                _ => Vec::new(),
            };
            if let Loading::Loaded { total, .. } = loading {
                heaviest = Some(heaviest.map_or(total, |h: f64| h.max(total)));
            }
            // The rest before this set is the rest after the one before it.
            if let Some(last) = sets.last_mut() {
                last.rest_after_s = g.rest_s.unwrap_or_else(|| inputs.rests.for_kind(g.kind));
            }
            sets.push(PlannedSet {
                number: sets.len() + 1,
                kind: g.kind,
                reps: g.reps,
                target,
                loading,
                change: change(&previous, &plates),
                rest_after_s: 0,
                of_training_max: matches!(g.intensity, Intensity::OfTrainingMax(_)),
            });
            previous = plates;
        }
    }
    let moved = match inputs.goal {
        LoadingGoal::FewestChanges => fewest_changes_on(&mut sets, inputs.equipment),
        LoadingGoal::FewestPlates => None,
    };
    (sets, moved)
}

/// Chooses the plates of a bar's or a sleeve's sets together for the fewest moves (the totals
/// stay), and says each set's change anew.
fn fewest_changes_on(sets: &mut [PlannedSet], equipment: &Equipment) -> Option<(usize, usize)> {
    let (stock, per_side) = match equipment {
        Equipment::Barbell(b) => (&b.plates, 1),
        Equipment::OneSleeve(b) => (&b.plates, 2),
        Equipment::Fixed(_)
        | Equipment::Stack { .. }
        | Equipment::Rack { .. }
        | Equipment::Bodyweight { .. } => return None,
    };
    let before = plate_moves(sets);
    let loaded: Vec<Option<Vec<Plate>>> = sets
        .iter()
        .map(|s| s.load().map(|_| s.plates().to_vec()))
        .collect();
    let chosen = fewest_changes(stock, per_side, &loaded);
    let mut previous: Vec<Plate> = Vec::new();
    for (s, c) in sets.iter_mut().zip(chosen) {
        if let (Loading::Loaded { per_side, .. }, Some(c)) = (&mut s.loading, c) {
            *per_side = c;
        }
        let plates = s.plates().to_vec();
        s.change = change(&previous, &plates);
        previous = plates;
    }
    Some((plate_moves(sets), before))
}

/// Plates moved per side over the sets, from an empty bar (a set not loaded leaves it as it was).
pub fn plate_moves(sets: &[PlannedSet]) -> usize {
    let loaded: Vec<&[Plate]> = sets
        .iter()
        .filter(|s| s.load().is_some())
        .map(PlannedSet::plates)
        .collect();
    moves(&loaded)
}

/// The load a group's set asks for, before it meets the equipment.
fn target_load(g: &SetGroup, max: f64, heaviest: Option<f64>) -> Option<f64> {
    let target = match g.intensity {
        Intensity::OfMax(p) => max * p / 100.0,
        Intensity::OfTrainingMax(p) => training_max(max) * p / 100.0,
        Intensity::Rpe(rpe) => match g.reps {
            Reps::Exact(r) => max * percent_of_max(r, rpe)?,
            Reps::Amrap => return None,
        },
        // No top set to drop from (it could not be worked out): no load, rather than a guess.
        Intensity::OfTopSet(p) => heaviest? * p / 100.0,
    };
    (target.is_finite() && target > 0.0).then_some(target)
}
