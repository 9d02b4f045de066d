//! What can really be loaded on an implement for a target load: a bar or a plate-loaded machine
//! (plates on two sleeves or one), a stack with its add-on weights, a dumbbell rack or a set of
//! kettlebells (a list of weights), and bodyweight plus a loaded belt or minus assistance.
//!
//! Every implement comes down to the set of totals it can make; [`Loader::new`] works that set
//! out once (or a closed form of it) and [`Loader::load`] picks one total by the rounding and
//! reads back how it is made. Masses are compared as integers on the plates' grid, so kg and lb
//! mix without float noise.

use super::plates::{
    base_units, from_units, to_units, BarTotals, Barbell, Plate, PlateStock, Rounding, EPS,
    MAX_BASE,
};
use super::units::{Unit, Weight};

/// A stack (or any equipment in even steps, no plates): loads `min`, `min + step`, ... up to
/// `max`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FixedStep {
    /// Step, lightest and heaviest load, all in `unit`.
    pub step: f64,
    pub min: f64,
    pub max: f64,
    pub unit: Unit,
}

/// What a lift is done with, as far as loading goes.
#[derive(Clone, Debug, PartialEq)]
pub enum Equipment {
    /// Plates in pairs, one of each on each side: a barbell, or a two-sleeve machine whose sled
    /// is the `bar`.
    Barbell(Barbell),
    /// Plates on one sleeve (a T-bar row, a landmine): `bar` is what the empty sleeve weighs.
    OneSleeve(Barbell),
    /// A stack in even steps.
    Fixed(FixedStep),
    /// A stack plus add-on weights (each used at most once) for the steps between its plates.
    Stack {
        stack: FixedStep,
        add_ons: Vec<Plate>,
    },
    /// The weights there are, one at a time: a dumbbell rack (per hand) or kettlebells.
    Rack { loads: Vec<f64>, unit: Unit },
    /// Bodyweight, plus plates on a belt (on one chain), or minus assistance in `assist_step`s
    /// (an assisted machine's stack; none when 0).
    Bodyweight {
        body: Weight,
        belt: Vec<PlateStock>,
        assist_step: Weight,
    },
}

/// What can actually be loaded for a target.
#[derive(Clone, Debug, PartialEq)]
pub enum Loading {
    /// `total` in the unit asked for (for bodyweight, the whole mass moved). `per_side`: the
    /// plates on each side (on the one sleeve or the belt), or the stack's add-ons used;
    /// heaviest first, empty when none.
    Loaded { total: f64, per_side: Vec<Plate> },
    /// Lighter than the implement can go (the empty bar, the lightest dumbbell). `minimum` in the
    /// unit asked for.
    BelowBar { minimum: f64 },
    /// Heavier than everything on hand. `maximum` in the unit asked for.
    BeyondInventory { maximum: f64 },
}

/// The most add-on weights a stack takes: 16 combinations at most.
pub const MAX_ADD_ONS: usize = 4;

/// Precomputed loading for one implement: build once, ask for many targets (a session plan asks
/// ~10 times with the same equipment).
#[derive(Clone, Debug)]
pub struct Loader {
    kind: Kind,
}

#[derive(Clone, Debug)]
enum Kind {
    Bar(BarTotals),
    /// Loads `min + k * step` up to `top`, plus any set of the add-ons.
    Stack {
        min: i64,
        step: i64,
        top: i64,
        add_ons: Vec<(Plate, i64)>,
    },
    /// The loads there are, ascending, no repeats.
    List(Vec<i64>),
    /// `body` plus a belt's totals, or minus up to `most` steps of assistance.
    Body {
        body: i64,
        belt: BarTotals,
        step: i64,
        most: i64,
    },
}

impl Loader {
    /// Works out what `equipment` can make.
    pub fn new(equipment: &Equipment) -> Loader {
        let kind = match equipment {
            Equipment::Barbell(b) => Kind::Bar(BarTotals::new(b)),
            Equipment::OneSleeve(b) => Kind::Bar(BarTotals::on_sides(
                base_units(b.bar).saturating_add(base_units(b.collar)),
                &b.plates,
                1,
            )),
            Equipment::Fixed(f) => stack(f, &[]),
            Equipment::Stack { stack: f, add_ons } => stack(f, add_ons),
            Equipment::Rack { loads, unit } => {
                let mut list: Vec<i64> = loads
                    .iter()
                    .filter_map(|&w| to_units(w, *unit))
                    .filter(|&m| m > 0 && m <= MAX_BASE)
                    .collect();
                sort_small(&mut list, |a, b| a > b);
                list.dedup();
                Kind::List(list)
            }
            Equipment::Bodyweight {
                body,
                belt,
                assist_step,
            } => {
                let body = base_units(*body);
                let step = base_units(*assist_step);
                // Assistance stops short of the whole body: something must still be lifted.
                let most = if step > 0 && body > 0 {
                    (body - 1) / step
                } else {
                    0
                };
                Kind::Body {
                    body,
                    belt: BarTotals::on_sides(0, belt, 1),
                    step: step.max(1),
                    most,
                }
            }
        };
        Loader { kind }
    }

    /// What to load for `target` (in `unit`), rounded as asked when the target itself cannot be
    /// made.
    pub fn load(&self, target: f64, unit: Unit, rounding: Rounding) -> Loading {
        let (lightest, heaviest) = self.bounds();
        let (minimum, maximum) = (from_units(lightest, unit), from_units(heaviest, unit));
        let t = to_units(target, unit).filter(|&t| target >= 0.0 && t >= lightest - EPS);
        let Some(t) = t else {
            return Loading::BelowBar { minimum };
        };
        let beyond = Loading::BeyondInventory { maximum };
        if t > heaviest + EPS {
            return beyond;
        }
        let chosen = match rounding {
            Rounding::Down => self.at_most(t + EPS),
            Rounding::Up => self.at_least(t - EPS),
            Rounding::Nearest => match (self.at_most(t), self.at_least(t)) {
                // Within EPS of a tie counts as a tie, so float noise cannot pick the heavier.
                (Some(a), Some(b)) => Some(if t - a <= b - t + EPS { a } else { b }),
                (a, b) => a.or(b),
            },
        };
        let Some(total) = chosen else { return beyond };
        // Cannot fail: every total came from what makes it.
        let Some(per_side) = self.made_of(total) else {
            return beyond;
        };
        let total = from_units(total, unit);
        Loading::Loaded { total, per_side }
    }

    /// The plates (or add-ons) that make `total`.
    fn made_of(&self, total: i64) -> Option<Vec<Plate>> {
        match &self.kind {
            Kind::Bar(bar) => bar.plates_for((total - bar.base) / bar.sides),
            Kind::List(_) => Some(Vec::new()),
            Kind::Stack {
                min,
                step,
                top,
                add_ons,
            } => {
                let on_stack = |m: i64| m >= *min && m <= *top && (m - min) % step == 0;
                let mask =
                    masks(add_ons.len()).find(|&m| on_stack(total - add_on_sum(add_ons, m)))?;
                Some(add_on_plates(add_ons, mask))
            }
            Kind::Body { body, belt, .. } if total > *body => belt.plates_for(total - body),
            Kind::Body { .. } => Some(Vec::new()),
        }
    }

    fn bounds(&self) -> (i64, i64) {
        match &self.kind {
            Kind::Bar(bar) => (bar.base, bar.totals.last().copied().unwrap_or(bar.base)),
            Kind::Stack {
                min, top, add_ons, ..
            } => (*min, top + add_ons.iter().map(|a| a.1).sum::<i64>()),
            Kind::List(list) => match (list.first(), list.last()) {
                (Some(&a), Some(&b)) => (a, b),
                // An empty rack makes nothing: every target is "beyond" it.
                _ => (0, -1),
            },
            Kind::Body {
                body,
                belt,
                step,
                most,
            } => (
                body - most * step,
                body + belt.totals.last().copied().unwrap_or(0),
            ),
        }
    }

    /// The heaviest loadable total not above `x`.
    fn at_most(&self, x: i64) -> Option<i64> {
        match &self.kind {
            Kind::Bar(bar) => at_most_in(&bar.totals, x),
            Kind::List(list) => at_most_in(list, x),
            Kind::Stack {
                min,
                step,
                top,
                add_ons,
            } => masks(add_ons.len())
                .filter_map(|m| {
                    let a = add_on_sum(add_ons, m);
                    let y = x - a;
                    (y >= *min).then(|| (min + (y - min) / step * step).min(*top) + a)
                })
                .max(),
            Kind::Body {
                body,
                belt,
                step,
                most,
            } => {
                if x >= *body {
                    at_most_in(&belt.totals, x - body).map(|b| body + b)
                } else {
                    let k = (body - x + step - 1) / step;
                    (k <= *most).then(|| body - k * step)
                }
            }
        }
    }

    /// The lightest loadable total not below `x`.
    fn at_least(&self, x: i64) -> Option<i64> {
        match &self.kind {
            Kind::Bar(bar) => at_least_in(&bar.totals, x),
            Kind::List(list) => at_least_in(list, x),
            Kind::Stack {
                min,
                step,
                top,
                add_ons,
            } => masks(add_ons.len())
                .filter_map(|m| {
                    let a = add_on_sum(add_ons, m);
                    let y = x - a;
                    match y {
                        y if y > *top => None,
                        y if y <= *min => Some(min + a),
                        y => Some(min + (y - min + step - 1) / step * step + a),
                    }
                })
                .min(),
            Kind::Body {
                body,
                belt,
                step,
                most,
            } => {
                if x > *body {
                    at_least_in(&belt.totals, x - body).map(|b| body + b)
                } else {
                    let k = ((body - x) / step).min(*most);
                    Some(body - k * step)
                }
            }
        }
    }
}

/// A stack on the grid; an unreadable step leaves only its lightest load.
fn stack(f: &FixedStep, add_ons: &[Plate]) -> Kind {
    let min = base_units(Weight::new(f.min, f.unit));
    let max = to_units(f.max, f.unit).unwrap_or(min).clamp(min, MAX_BASE);
    let (step, top) = match to_units(f.step, f.unit).filter(|&s| s > 0) {
        Some(step) => (step, min + (max - min) / step * step),
        None => (1, min),
    };
    let add_ons = add_ons
        .iter()
        .filter_map(|p| Some((*p, to_units(p.weight, p.unit)?)))
        .filter(|&(_, m)| m > 0 && m <= MAX_BASE / 8)
        .take(MAX_ADD_ONS)
        .collect();
    Kind::Stack {
        min,
        step,
        top,
        add_ons,
    }
}

/// Every subset of `n` add-ons as a bit mask, fewest add-ons first (so a load that can be made
/// either way is made with fewer).
fn masks(n: usize) -> impl Iterator<Item = u32> {
    let all = 1u32 << n.min(MAX_ADD_ONS);
    (0..=n.min(MAX_ADD_ONS) as u32)
        .flat_map(move |ones| (0..all).filter(move |m| m.count_ones() == ones))
}

fn add_on_sum(add_ons: &[(Plate, i64)], mask: u32) -> i64 {
    add_ons
        .iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, a)| a.1)
        .sum()
}

/// The add-ons in a mask, heaviest first.
fn add_on_plates(add_ons: &[(Plate, i64)], mask: u32) -> Vec<Plate> {
    let mut used: Vec<(Plate, i64)> = add_ons
        .iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, a)| *a)
        .collect();
    sort_small(&mut used, |a, b| a.1 < b.1);
    used.into_iter().map(|a| a.0).collect()
}

fn at_most_in(sorted: &[i64], x: i64) -> Option<i64> {
    let n = sorted.partition_point(|&v| v <= x);
    n.checked_sub(1).and_then(|i| sorted.get(i)).copied()
}

fn at_least_in(sorted: &[i64], x: i64) -> Option<i64> {
    sorted.get(sorted.partition_point(|&v| v < x)).copied()
}

/// Sorts a short list (a rack, a few add-ons) so that no `a` with `after(a, b)` comes before `b`:
/// an insertion sort adds almost nothing to the page, unlike the standard sorts.
fn sort_small<T>(list: &mut [T], after: impl Fn(&T, &T) -> bool) {
    for i in 1..list.len() {
        let mut j = i;
        while j > 0
            && list
                .get(j - 1)
                .zip(list.get(j))
                .is_some_and(|(a, b)| after(a, b))
        {
            list.swap(j - 1, j);
            j -= 1;
        }
    }
}
