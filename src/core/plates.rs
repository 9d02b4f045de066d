//! Loading the bar: which plates go on each side for a target load, given the bar, the collars
//! and the plates the gym really has, and what changes between two sets. Also fixed-step
//! equipment (dumbbells, machine stacks), which rounds the same way but has no plates.
//!
//! The search is exact, not greedy: greedy "largest plate first" misses loads the plates can make
//! (60 lb a side with 35s is 35+25, not 45+10+5; one pair of 25s and two of 20s make 40 a side
//! only as 20+20). [`Loader::new`] tabulates, for every reachable per-side sum, the fewest plates
//! that make it; [`Loader::load`] then only picks a sum and reads the plates back out.

use super::scheme::parse_whole;
use super::units::{fmt, parse_bounded, InputError, Unit, Weight};

/// A plate denomination.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Plate {
    /// In `unit`; a plate keeps its own unit whatever the bar is.
    pub weight: f64,
    pub unit: Unit,
}

/// How many pairs of one denomination the gym has.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlateStock {
    pub plate: Plate,
    pub pairs: u32,
}

/// Which loadable total to take when the target itself cannot be loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Rounding {
    /// The heaviest load not above the target.
    #[default]
    Down,
    /// The closest load; a tie goes to the lighter one.
    Nearest,
    /// The lightest load not below the target.
    Up,
}

/// A barbell with collars (weight of ONE collar, 0 for none) and the plates on hand. Mixed units
/// are allowed (kg bar, lb plates, kg collars).
#[derive(Clone, Debug, PartialEq)]
pub struct Barbell {
    pub bar: Weight,
    /// One collar; both ends carry one.
    pub collar: Weight,
    pub plates: Vec<PlateStock>,
}

#[cfg(test)]
impl Barbell {
    /// A 20 kg or 45 lb bar, no collars, and [`standard_plates`] in the same unit.
    pub fn standard(unit: Unit) -> Barbell {
        let bar = match unit {
            Unit::Kg => 20.0,
            Unit::Lb => 45.0,
        };
        Barbell {
            bar: Weight::new(bar, unit),
            collar: Weight::new(0.0, unit),
            plates: standard_plates(unit),
        }
    }
}

/// The most pairs of one plate a gym's list takes.
pub const MAX_PAIRS: u32 = 50;
/// The lightest plate a list takes (loads are shown to two decimals).
pub const MIN_PLATE: f64 = 0.01;
/// The heaviest plate a list takes.
pub const MAX_PLATE: f64 = 100.0;
/// The most denominations a list takes.
pub const MAX_PLATE_KINDS: usize = 24;

/// Reads a plate's weight: [`MIN_PLATE`] to [`MAX_PLATE`].
pub fn parse_plate(text: &str) -> Result<f64, InputError> {
    parse_bounded(text, MIN_PLATE, MAX_PLATE)
}

/// Reads a count of pairs: 0 to [`MAX_PAIRS`].
pub fn parse_pairs(text: &str) -> Result<u32, InputError> {
    parse_whole(text, 0, MAX_PAIRS)
}

/// Standard stocks as data, used as defaults by the page: a commercial gym's plate tree.
pub fn standard_plates(unit: Unit) -> Vec<PlateStock> {
    // Big plates by the half dozen, change plates in twos. Fractional plates many gyms lack are
    // listed with no pairs, so a lifter who has them only has to count them in.
    let (weights, pairs): (&[f64], &[u32]) = match unit {
        Unit::Kg => (
            &[25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 2.0, 1.5, 1.25, 1.0, 0.5],
            &[6, 4, 2, 4, 4, 2, 0, 0, 2, 0, 0],
        ),
        Unit::Lb => (
            &[45.0, 35.0, 25.0, 10.0, 5.0, 2.5, 1.25],
            &[8, 2, 4, 4, 4, 2, 0],
        ),
    };
    let plates = weights.iter().map(|&weight| Plate { weight, unit });
    plates
        .zip(pairs)
        .map(|(plate, &pairs)| PlateStock { plate, pairs })
        .collect()
}

// Masses are compared as integers on a 1e-10 kg grid, so float noise in a target can never flip
// a decision. Both units land on the grid exactly for any value with two decimals
// (0.01 lb = 45 359 237 units).
const UNITS_PER_KG: f64 = 1e10;
/// Targets this close (1e-6 kg) to a loadable total count as that total.
pub(crate) const EPS: i64 = 10_000;
/// Every value is clamped to ±1e8 kg, so no sum below can overflow an i64.
const LIMIT: f64 = 1e18;
/// Bars, collars and stack ends above 1e6 kg are clamped; plates above 1e4 kg are ignored.
pub(crate) const MAX_BASE: i64 = 10_000_000_000_000_000;
const MAX_PLATE_UNITS: i64 = 100_000_000_000_000;
// No real bar holds more than these; they keep every table small whatever is typed (pairs per
// denomination are bounded by MAX_PAIRS too): denominations, dense cells and cell updates,
// sparse entries generated.
const MAX_DENOMINATIONS: usize = 32;
const MAX_CELLS: usize = 1 << 21;
const MAX_WORK: usize = 1 << 24;
const SPARSE_BUDGET: usize = 1 << 19;
/// "Unreachable" in the dense table.
const NONE: u16 = u16::MAX;

fn scale(unit: Unit) -> f64 {
    (unit.in_kg() * UNITS_PER_KG).round()
}

pub(crate) fn to_units(value: f64, unit: Unit) -> Option<i64> {
    if !value.is_finite() {
        return None;
    }
    Some((value * scale(unit)).round().clamp(-LIMIT, LIMIT) as i64)
}

pub(crate) fn from_units(mass: i64, unit: Unit) -> f64 {
    mass as f64 / scale(unit)
}

/// A bar, collar or stack end: anything unreadable or negative weighs nothing.
pub(crate) fn base_units(weight: Weight) -> i64 {
    to_units(weight.value, weight.unit).map_or(0, |u| u.clamp(0, MAX_BASE))
}

fn gcd(mut a: i64, mut b: i64) -> i64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.abs()
}

/// One usable denomination, its mass on the grid and the pairs there are of it.
#[derive(Clone, Copy, Debug)]
struct Denomination {
    plate: Plate,
    mass: i64,
    pairs: u32,
}

/// The usable denominations, heaviest first; equal masses are merged (the first one listed
/// names them).
fn denominations(stock: &[PlateStock]) -> Vec<Denomination> {
    let mut all = Vec::new();
    for &PlateStock { plate, pairs } in stock {
        let mass = to_units(plate.weight, plate.unit).unwrap_or(0);
        if pairs > 0 && mass > 0 && mass <= MAX_PLATE_UNITS {
            let pairs = pairs.min(MAX_PAIRS);
            all.push(Denomination { plate, mass, pairs });
        }
    }
    // A handful of denominations: an insertion sort is all it takes, and unlike the standard
    // sort it adds almost nothing to the page's size.
    for i in 1..all.len() {
        let mut j = i;
        while j > 0 && all.get(j - 1).map(|d| d.mass) < all.get(j).map(|d| d.mass) {
            all.swap(j - 1, j);
            j -= 1;
        }
    }
    all.dedup_by(|d, kept| {
        let same = d.mass == kept.mass;
        if same {
            kept.pairs = kept.pairs.saturating_add(d.pairs).min(MAX_PAIRS);
        }
        same
    });
    // The lightest go first: dropping a change plate costs a lifter least.
    all.truncate(MAX_DENOMINATIONS);
    all
}

/// For each suffix `denominations[i..]` (level i), the fewest plates per side that make each
/// reachable per-side sum. Level `len` (no plates) reaches only 0.
#[derive(Clone, Debug)]
enum Table {
    /// Sums on a grid of `quantum` (the gcd of the masses): `levels[i][q]` is the fewest plates
    /// for `q * quantum`, or NONE. Used whenever the grid is small, i.e. one unit of plates.
    Dense { quantum: i64, levels: Vec<Vec<u16>> },
    /// Sorted (sum, fewest plates) pairs, for kg and lb plates together, whose common grid is
    /// far too fine to tabulate.
    Sparse { levels: Vec<Vec<(i64, u16)>> },
}

impl Table {
    /// Tries the dense table, then the sparse one; `None` if both would be too big.
    fn build(denoms: &[Denomination]) -> Option<Table> {
        Table::dense(denoms).or_else(|| Table::sparse(denoms))
    }

    fn dense(denoms: &[Denomination]) -> Option<Table> {
        let quantum = denoms.iter().fold(0, |g, d| gcd(g, d.mass)).max(1);
        let top: i64 = denoms
            .iter()
            .map(|d| i64::from(d.pairs) * (d.mass / quantum))
            .sum();
        let len = usize::try_from(top).ok()?.checked_add(1)?;
        let passes: usize = denoms.iter().map(|d| pieces(d.pairs).count()).sum();
        if len.saturating_mul(denoms.len() + 1) > MAX_CELLS || len.saturating_mul(passes) > MAX_WORK
        {
            return None;
        }
        let mut none = vec![NONE; len];
        if let Some(zero) = none.first_mut() {
            *zero = 0;
        }
        let mut levels = vec![none];
        let mut before = Vec::new();
        for d in denoms.iter().rev() {
            let mut cur = levels.last()?.clone();
            let step = usize::try_from(d.mass / quantum).ok()?;
            for n in pieces(d.pairs) {
                before.clone_from(&cur);
                let Some(dst) = cur.get_mut(step.saturating_mul(n as usize)..) else {
                    continue;
                };
                // Saturating keeps NONE unreachable without a branch, so this vectorises.
                for (x, &y) in dst.iter_mut().zip(&before) {
                    *x = (*x).min(y.saturating_add(n as u16));
                }
            }
            levels.push(cur);
        }
        levels.reverse();
        Some(Table::Dense { quantum, levels })
    }

    fn sparse(denoms: &[Denomination]) -> Option<Table> {
        let mut budget = SPARSE_BUDGET;
        let mut levels = vec![vec![(0i64, 0u16)]];
        for d in denoms.iter().rev() {
            let mut cur = levels.last()?.clone();
            for n in pieces(d.pairs) {
                budget = budget.checked_sub(cur.len())?;
                let shifted = cur
                    .iter()
                    .map(|e| (e.0 + d.mass * i64::from(n), e.1 + n as u16));
                cur = merge(&cur, shifted.collect());
            }
            levels.push(cur);
        }
        levels.reverse();
        Some(Table::Sparse { levels })
    }

    /// The fewest plates that make `sum` per side from level `level` on.
    fn count(&self, level: usize, sum: i64) -> Option<u16> {
        match self {
            Table::Dense { quantum, levels } => {
                if sum < 0 || sum % quantum != 0 {
                    return None;
                }
                let q = usize::try_from(sum / quantum).ok()?;
                levels.get(level)?.get(q).copied().filter(|&k| k != NONE)
            }
            Table::Sparse { levels } => {
                let entries = levels.get(level)?;
                let i = entries.binary_search_by_key(&sum, |e| e.0).ok();
                i.and_then(|i| entries.get(i)).map(|e| e.1)
            }
        }
    }

    /// Every reachable per-side sum with all the plates, ascending.
    fn sums(&self) -> Vec<i64> {
        match self {
            Table::Dense { quantum, levels } => levels.first().map_or_else(Vec::new, |l| {
                l.iter()
                    .enumerate()
                    .filter(|(_, &k)| k != NONE)
                    .map(|(q, _)| q as i64 * quantum)
                    .collect()
            }),
            Table::Sparse { levels } => levels
                .first()
                .map_or_else(Vec::new, |l| l.iter().map(|e| e.0).collect()),
        }
    }
}

/// Merges two runs sorted by sum into one, keeping the fewest plates for a sum both reach.
/// Linear, and far smaller in the page than the standard sort.
fn merge(a: &[(i64, u16)], b: Vec<(i64, u16)>) -> Vec<(i64, u16)> {
    let mut out: Vec<(i64, u16)> = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.iter().copied().peekable(), b.into_iter().peekable());
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if x.0 <= y.0 => a.next(),
            (_, Some(_)) => b.next(),
            (Some(_), None) => a.next(),
            (None, None) => break,
        };
        let Some(e) = next else { break };
        match out.last_mut() {
            Some(last) if last.0 == e.0 => last.1 = last.1.min(e.1),
            _ => out.push(e),
        }
    }
    out
}

/// Splits `pairs` into 1, 2, 4, ... and the rest: any count up to `pairs` is a sum of some of
/// them, so the tables take log(pairs) passes per denomination instead of `pairs`.
fn pieces(pairs: u32) -> impl Iterator<Item = u32> {
    let (mut left, mut next) = (pairs, 1u32);
    std::iter::from_fn(move || {
        let n = next.min(left);
        (left, next) = (left - n, next.saturating_mul(2));
        (n > 0).then_some(n)
    })
}

/// An upper bound on the entries the sparse table generates for `denoms`: each pass copies at
/// most the level's final size, which is at most the product of the counts and at most the grid
/// of the level's gcd.
fn sparse_bound(denoms: &[Denomination]) -> usize {
    let (mut size, mut work, mut sum, mut g) = (1usize, 0usize, 0i64, 0i64);
    for d in denoms.iter().rev() {
        sum += i64::from(d.pairs) * d.mass;
        g = gcd(g, d.mass);
        let grid = usize::try_from(sum / g.max(1)).unwrap_or(usize::MAX);
        size = size
            .saturating_mul(d.pairs as usize + 1)
            .min(grid.saturating_add(1));
        work = work.saturating_add(size.saturating_mul(pieces(d.pairs).count()));
    }
    work
}

/// A barbell's (or a plate-loaded machine's) loadable totals and how to make them.
#[derive(Clone, Debug)]
pub(crate) struct BarTotals {
    /// Bar plus both collars (or a sled), on the grid.
    pub(crate) base: i64,
    /// 2 for a bar or a two-sleeve machine, 1 for one sleeve (a T-bar row, a dip belt).
    pub(crate) sides: i64,
    denoms: Vec<Denomination>,
    table: Table,
    /// Every loadable total, ascending.
    pub(crate) totals: Vec<i64>,
}

impl BarTotals {
    /// A barbell: plates in pairs, one of each pair on each side.
    pub(crate) fn new(barbell: &Barbell) -> BarTotals {
        let base = base_units(barbell.bar).saturating_add(2 * base_units(barbell.collar));
        BarTotals::on_sides(base, &barbell.plates, 2)
    }

    /// `base` on the grid plus plates on `sides` sleeves (1 or 2): on one sleeve, both plates
    /// of every pair go on it.
    pub(crate) fn on_sides(base: i64, plates: &[PlateStock], sides: i64) -> BarTotals {
        let sides = sides.clamp(1, 2);
        let mut denoms = denominations(plates);
        if sides == 1 {
            for d in &mut denoms {
                d.pairs = d.pairs.saturating_mul(2);
            }
        }
        // Only absurd inventories (dozens of odd sizes mixed across units) miss both tables;
        // they lose their lightest plates until a table surely fits, rather than the page.
        let table = Table::build(&denoms).or_else(|| {
            let fits = |&k: &usize| {
                denoms
                    .get(..k)
                    .is_some_and(|d| sparse_bound(d) <= SPARSE_BUDGET)
            };
            denoms.truncate((0..=denoms.len()).rev().find(fits).unwrap_or(0));
            Table::build(&denoms)
        });
        // Unreachable (no plates always fits), but an empty bar beats a panic.
        let table = table.unwrap_or_else(|| {
            denoms.clear();
            Table::Dense {
                quantum: 1,
                levels: vec![vec![0]],
            }
        });
        let totals = table.sums().into_iter().map(|s| base + sides * s).collect();
        BarTotals {
            base,
            sides,
            denoms,
            table,
            totals,
        }
    }

    /// The fewest plates making `side` per side; among equally few, the most heavy plates.
    pub(crate) fn plates_for(&self, side: i64) -> Option<Vec<Plate>> {
        let mut rem = side;
        let mut out = Vec::new();
        for (i, d) in self.denoms.iter().enumerate() {
            if rem == 0 {
                break;
            }
            let need = i64::from(self.table.count(i, rem)?);
            let most = (rem / d.mass).clamp(0, i64::from(d.pairs));
            // Taking as many of the heaviest as still allows the optimum is what makes the
            // choice deterministic and heaviest-first.
            let c = (0..=most).rev().find(|&c| {
                self.table
                    .count(i + 1, rem - c * d.mass)
                    .is_some_and(|k| i64::from(k) + c == need)
            })?;
            out.extend(std::iter::repeat_n(d.plate, c as usize));
            rem -= c * d.mass;
        }
        (rem == 0).then_some(out)
    }
}

/// Plates that come off and go on (per side) between two consecutive sets, each list heaviest
/// first.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PlateChange {
    /// Taken off each side.
    pub off: Vec<Plate>,
    /// Put on each side.
    pub on: Vec<Plate>,
}

/// The change from `from` to `to` (both per side, heaviest first). Plates are stacked heaviest
/// innermost, so the common heaviest-first prefix stays on and everything after it comes off.
pub fn change(from: &[Plate], to: &[Plate]) -> PlateChange {
    let keep = from.iter().zip(to).take_while(|(a, b)| a == b).count();
    PlateChange {
        off: from.iter().skip(keep).copied().collect(),
        on: to.iter().skip(keep).copied().collect(),
    }
}

impl PlateChange {
    /// The change in the order hands do it: "−1.25 −15 −25 +15 +2.5" ("+4×45" for a run of
    /// one plate, as the plates line counts it). Plates come off from the outside in (lightest
    /// first) and go on from the inside out (heaviest first); "no change" when there is none. A
    /// plate whose unit differs from `unit` gets its unit ("+10 lb").
    pub fn describe(&self, unit: Unit) -> String {
        if self.off.is_empty() && self.on.is_empty() {
            return "no change".into();
        }
        // Per side, as the plates line above it says ("25 + 5 a side"); signed, as a lifter
        // writes it on a card, so a heavy change stays one short line.
        let off: Vec<Plate> = self.off.iter().rev().copied().collect();
        let (off, on) = (
            counted(&off, unit, "−", " "),
            counted(&self.on, unit, "+", " "),
        );
        match (off.is_empty(), on.is_empty()) {
            (false, false) => format!("{off} {on}"),
            (true, _) => on,
            (false, true) => off,
        }
    }
}

/// One plate as a lifter says it: "20", or "10 lb" when it is not in the plan's `unit`.
fn plate_word(p: &Plate, unit: Unit) -> String {
    match p.unit == unit {
        true => fmt(p.weight),
        false => format!("{} {}", fmt(p.weight), p.unit.symbol()),
    }
}

/// One side's plates, heaviest first, as a lifter reads them: "25 + 5 + 2.5". Three or more of
/// one plate are counted ("4×45 + 5 + 2.5"), so a heavy bar reads at a glance and fits a phone's
/// line; two stay written out ("45 + 45"), as lifters say them.
pub fn plate_words(plates: &[Plate], unit: Unit) -> String {
    counted(plates, unit, "", " + ")
}

/// Each plate as a word after `sign`, joined by `sep`; a run of three or more of one plate is
/// one word ("4×45").
fn counted(plates: &[Plate], unit: Unit, sign: &str, sep: &str) -> String {
    let mut out = String::new();
    let mut i = 0;
    while let Some(p) = plates.get(i) {
        let run = plates.iter().skip(i).take_while(|q| *q == p).count();
        let words = if run > 2 { 1 } else { run };
        for _ in 0..words {
            if !out.is_empty() {
                out.push_str(sep);
            }
            out.push_str(sign);
            if run > 2 {
                out.push_str(&run.to_string());
                out.push('×');
            }
            out.push_str(&plate_word(p, unit));
        }
        i += run;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stock(unit: Unit, list: &[(f64, u32)]) -> Vec<PlateStock> {
        list.iter()
            .map(|&(weight, pairs)| PlateStock {
                plate: Plate { weight, unit },
                pairs,
            })
            .collect()
    }

    #[test]
    fn both_units_land_on_the_grid_exactly() {
        assert_eq!(to_units(1.0, Unit::Lb), Some(4_535_923_700));
        assert_eq!(to_units(2.5, Unit::Lb), Some(11_339_809_250));
        assert_eq!(to_units(1.25, Unit::Kg), Some(12_500_000_000));
        assert_eq!(to_units(f64::NAN, Unit::Kg), None);
        assert_eq!(to_units(1e300, Unit::Kg), Some(LIMIT as i64));
        assert_eq!(gcd(0, 0), 0);
        assert_eq!(gcd(12, 18), 6);
    }

    #[test]
    fn dense_and_sparse_tables_agree() {
        let denoms = denominations(&stock(
            Unit::Kg,
            &[(25.0, 2), (20.0, 1), (10.0, 3), (2.5, 2), (1.25, 1)],
        ));
        let (Some(dense), Some(sparse)) = (Table::dense(&denoms), Table::sparse(&denoms)) else {
            panic!("both tables fit"); // ok: test-only, inside mod tests
        };
        assert!(matches!(dense, Table::Dense { .. }));
        assert_eq!(dense.sums(), sparse.sums());
        for level in 0..=denoms.len() {
            for s in dense.sums() {
                assert_eq!(dense.count(level, s), sparse.count(level, s));
            }
        }
    }

    #[test]
    fn kg_and_lb_plates_together_use_the_sparse_table_and_keep_every_plate() {
        let mut plates = standard_plates(Unit::Kg);
        plates.extend(standard_plates(Unit::Lb));
        let bar = BarTotals::new(&Barbell {
            plates,
            ..Barbell::standard(Unit::Kg)
        });
        assert!(matches!(bar.table, Table::Sparse { .. }));
        assert_eq!(bar.denoms.len(), 13);
    }

    #[test]
    fn absurd_inventories_stay_bounded() {
        // 40 odd sizes, 50 pairs each: neither table fits, so light plates are dropped.
        let list: Vec<(f64, u32)> = (0..40)
            .map(|i| (1.0 + f64::from(i) * 0.618_033_9, u32::MAX))
            .collect();
        let bar = BarTotals::new(&Barbell {
            plates: stock(Unit::Kg, &list),
            ..Barbell::standard(Unit::Kg)
        });
        assert!(!bar.denoms.is_empty() && bar.denoms.len() < 32);
        assert!(bar.denoms.iter().all(|d| d.pairs == MAX_PAIRS));
        let top = bar.totals.last().copied().unwrap_or(0);
        assert!(top > 0 && bar.plates_for((top - bar.base) / 2).is_some());
    }

    #[test]
    fn duplicate_denominations_merge() {
        let denoms = denominations(&stock(
            Unit::Kg,
            &[
                (20.0, 1),
                (0.0, 3),
                (20.0, 2),
                (f64::NAN, 1),
                (-5.0, 1),
                (5.0, 0),
            ],
        ));
        assert_eq!(denoms.len(), 1);
        assert_eq!(denoms.first().map(|d| d.pairs), Some(3));
    }
}
