//! Fewest plate changes: an exercise's sets keep the totals the rounding picked, but the plates
//! that make each one are chosen together, among every way the plates on hand make it, so that
//! the fewest plates come off and go on across the whole sequence (domain brief, section 7).
//!
//! Plates sit on a sleeve heaviest innermost, so from loading A to loading B the plates that
//! stay are A's and B's common heaviest-first prefix: moves = (|A| − prefix) + (|B| − prefix).
//! The search is exact: a dynamic programme over every loading of every set, where the best
//! predecessor of a loading is found along its own prefixes (the cheapest earlier loading
//! sharing each prefix), so each step costs the loadings times their length, not its square.

use super::plates::{to_units, Plate, PlateStock};

/// What plate loadings are chosen for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum LoadingGoal {
    /// Each set on the fewest plates that make it.
    #[default]
    FewestPlates,
    /// The sets' plates chosen together for the fewest moves across the sequence.
    FewestChanges,
}

impl LoadingGoal {
    /// The key a link and storage write (`goal=changes`); the default writes nothing.
    pub fn key(self) -> &'static str {
        match self {
            LoadingGoal::FewestPlates => "plates",
            LoadingGoal::FewestChanges => "changes",
        }
    }

    /// The goal a key names.
    pub fn from_key(key: &str) -> Option<LoadingGoal> {
        [LoadingGoal::FewestPlates, LoadingGoal::FewestChanges]
            .into_iter()
            .find(|g| g.key() == key)
    }
}

/// The most loadings of one set the search weighs; past it the set keeps its fewest plates (only
/// an inventory of many small plates of every kind gets there).
pub const MAX_LOADINGS: usize = 4_000;

/// Plates moved (taken off plus put on, per side) to go through `sequence` from an empty bar.
pub fn moves(sequence: &[&[Plate]]) -> usize {
    let mut on: &[Plate] = &[];
    let mut total = 0;
    for next in sequence {
        let keep = on
            .iter()
            .zip(next.iter())
            .take_while(|(a, b)| a == b)
            .count();
        total += on.len() - keep + next.len() - keep;
        on = next;
    }
    total
}

/// For each set's plates per side (`None`: a set not loaded, which leaves the bar as it was),
/// the plates that make the same per-side mass with the fewest moves over the whole sequence;
/// among those, the fewest plates. `per_side` is how many of a pair's plates go on one side: 1
/// on a bar, 2 on a single sleeve.
pub fn fewest_changes(
    stock: &[PlateStock],
    per_side: u32,
    sets: &[Option<Vec<Plate>>],
) -> Vec<Option<Vec<Plate>>> {
    let kinds = kinds_heaviest_first(stock, per_side);
    // Each loaded set's candidates, as counts per kind.
    // Work sets repeat a load: each mass is searched once.
    let mut known: Vec<(i64, Vec<Vec<u8>>)> = Vec::new();
    let options: Vec<Option<Vec<Vec<u8>>>> = sets
        .iter()
        .map(|s| {
            let plates = s.as_ref()?;
            let mass: i64 = plates
                .iter()
                .filter_map(|p| to_units(p.weight, p.unit))
                .sum();
            let all = match known.iter().find(|k| k.0 == mass) {
                Some((_, all)) => all.clone(),
                None => {
                    let all = loadings(&kinds, mass);
                    known.push((mass, all.clone()));
                    all
                }
            };
            // The fewest plates' own loading is always among them; a set too rich to search
            // keeps it.
            Some(match all.is_empty() || all.len() > MAX_LOADINGS {
                true => vec![as_seq(&kinds, plates)?],
                false => all,
            })
        })
        .collect();
    // Cost of reaching each candidate of the latest loaded set: (moves, plates), and how.
    // Each loaded set: its position, its loadings and how each is reached.
    let mut layers: Vec<(usize, Vec<Vec<u8>>, Vec<Reach>)> = Vec::new();
    for (i, o) in options.iter().enumerate() {
        let Some(cands) = o else { continue };
        let costs = match layers.last() {
            None => cands.iter().map(|c| ((c.len(), c.len()), None)).collect(),
            Some((_, prev, prev_costs)) => step(prev, prev_costs, cands),
        };
        layers.push((i, cands.clone(), costs));
    }
    // Back from the cheapest last loading.
    let mut chosen: Vec<Option<Vec<Plate>>> = sets.to_vec();
    let Some((_, _, last_costs)) = layers.last() else {
        return chosen;
    };
    let mut at = (0..last_costs.len()).min_by_key(|&k| last_costs.get(k).map(|c| c.0));
    for (i, cands, costs) in layers.iter().rev() {
        let Some(k) = at else { break };
        if let (Some(seq), Some(slot)) = (cands.get(k), chosen.get_mut(*i)) {
            *slot = Some(
                seq.iter()
                    .filter_map(|&j| kinds.get(usize::from(j)).map(|k| k.0))
                    .collect(),
            );
        }
        at = costs.get(k).and_then(|c| c.1);
    }
    chosen
}

/// How a loading is reached: its cost (moves, then plates) and the previous set's loading it
/// comes from (`None` for the first loaded set).
type Reach = ((usize, usize), Option<usize>);

/// One step of the search: for each candidate `b`, the cheapest way from a previous candidate,
/// found along `b`'s own prefixes.
fn step(prev: &[Vec<u8>], prev_costs: &[Reach], cands: &[Vec<u8>]) -> Vec<Reach> {
    // A trie of the previous loadings: each node (a prefix) holds the cheapest (cost + length)
    // of a loading through it, and which.
    let mut nodes: Vec<Node> = vec![Node::default()];
    for (k, (seq, (cost, _))) in prev.iter().zip(prev_costs).enumerate() {
        let through = ((cost.0 + seq.len(), cost.1), k);
        let mut at = 0;
        if let Some(root) = nodes.get_mut(at) {
            root.keep(through);
        }
        for &plate in seq {
            let next = match nodes.get(at).and_then(|n| n.child(plate)) {
                Some(c) => c,
                None => {
                    nodes.push(Node::default());
                    let c = nodes.len() - 1;
                    if let Some(n) = nodes.get_mut(at) {
                        n.children.push((plate, c));
                    }
                    c
                }
            };
            at = next;
            if let Some(n) = nodes.get_mut(at) {
                n.keep(through);
            }
        }
    }
    cands
        .iter()
        .map(|b| {
            // Sharing `l` plates: the previous loading's plates past them come off (its length
            // minus l) and b's past them go on (b's length minus l).
            let mut out: Reach = ((usize::MAX, usize::MAX), None);
            let mut at = Some(0);
            for l in 0..=b.len() {
                let Some(node) = at.and_then(|a| nodes.get(a)) else {
                    break;
                };
                if let Some(((moves, plates), k)) = node.best {
                    let cost = (moves + b.len() - 2 * l, plates + b.len());
                    if cost < out.0 {
                        out = (cost, Some(k));
                    }
                }
                at = b.get(l).and_then(|&p| node.child(p));
            }
            out
        })
        .collect()
}

/// A prefix of the previous set's loadings.
#[derive(Default)]
struct Node {
    children: Vec<(u8, usize)>,
    /// The cheapest (moves + length, plates) through it, and which loading.
    best: Option<((usize, usize), usize)>,
}

impl Node {
    fn child(&self, plate: u8) -> Option<usize> {
        self.children.iter().find(|c| c.0 == plate).map(|c| c.1)
    }

    fn keep(&mut self, through: ((usize, usize), usize)) {
        if self.best.is_none_or(|b| through.0 < b.0) {
            self.best = Some(through);
        }
    }
}

/// The plate kinds heaviest first, each with how many fit on one side.
fn kinds_heaviest_first(stock: &[PlateStock], per_side: u32) -> Vec<(Plate, i64, u32)> {
    let mut kinds: Vec<(Plate, i64, u32)> = stock
        .iter()
        .filter(|s| s.pairs > 0)
        .filter_map(|s| {
            let mass = to_units(s.plate.weight, s.plate.unit).filter(|&m| m > 0)?;
            Some((s.plate, mass, s.pairs.saturating_mul(per_side)))
        })
        .collect();
    // Insertion sort: heaviest first, as plates sit on the sleeve.
    for i in 1..kinds.len() {
        let mut j = i;
        while j > 0 && kinds.get(j - 1).map(|k| k.1) < kinds.get(j).map(|k| k.1) {
            kinds.swap(j - 1, j);
            j -= 1;
        }
    }
    kinds
}

/// `plates` as a sequence of kind indices, heaviest first; `None` when a plate is not in stock.
fn as_seq(kinds: &[(Plate, i64, u32)], plates: &[Plate]) -> Option<Vec<u8>> {
    let mut seq: Vec<u8> = plates
        .iter()
        .map(|p| {
            kinds
                .iter()
                .position(|k| k.0 == *p)
                .and_then(|i| u8::try_from(i).ok())
        })
        .collect::<Option<_>>()?;
    seq.sort_unstable();
    Some(seq)
}

/// Every way to make `mass` per side from `kinds`, each heaviest first, at most one past
/// [`MAX_LOADINGS`] (the caller then gives up).
fn loadings(kinds: &[(Plate, i64, u32)], mass: i64) -> Vec<Vec<u8>> {
    // What the kinds from each index on can make at most, to cut hopeless branches.
    let mut most: Vec<i64> = kinds
        .iter()
        .rev()
        .scan(0i64, |sum, &(_, m, n)| {
            *sum = sum.saturating_add(m.saturating_mul(i64::from(n)));
            Some(*sum)
        })
        .collect();
    most.reverse();
    most.push(0);
    let mut out = Vec::new();
    let mut seq = Vec::new();
    fill(kinds, &most, 0, mass, &mut seq, &mut out);
    out
}

fn fill(
    kinds: &[(Plate, i64, u32)],
    most: &[i64],
    i: usize,
    left: i64,
    seq: &mut Vec<u8>,
    out: &mut Vec<Vec<u8>>,
) {
    if out.len() > MAX_LOADINGS {
        return;
    }
    // Within the grid's rounding of a float plate weight.
    if left.abs() <= 1 {
        out.push(seq.clone());
        return;
    }
    let (Some(&(_, m, n)), Some(&reach)) = (kinds.get(i), most.get(i)) else {
        return;
    };
    if left < 0 || reach < left - 1 {
        return;
    }
    let Ok(index) = u8::try_from(i) else { return };
    let mut used = 0;
    let base = seq.len();
    // Most of the heaviest first, so the search meets few-plate loadings early.
    let top = u32::try_from((left + 1) / m).unwrap_or(u32::MAX).min(n);
    for _ in 0..top {
        seq.push(index);
        used += 1;
    }
    loop {
        fill(kinds, most, i + 1, left - m * i64::from(used), seq, out);
        if used == 0 {
            break;
        }
        seq.pop();
        used -= 1;
    }
    seq.truncate(base);
}
