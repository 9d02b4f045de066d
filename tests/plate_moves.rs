//! Fewest plate changes: the sets keep their totals, and their plates are chosen together for the
//! fewest moves, checked against an exhaustive search of every loading of every set on small
//! sessions; never more moves than fewest plates.

use backoff::core::loading::{Equipment, Loader, Loading};
use backoff::core::plan::plate_moves;
use backoff::core::plate_moves::{fewest_changes, moves, LoadingGoal};
use backoff::core::plates::{Barbell, Plate, PlateStock, Rounding};
use backoff::core::scheme::Builtin;
use backoff::core::session::{Exercise, Settings};
use backoff::core::units::{Unit, Weight};
use backoff::core::warm_ups::WarmUpChoice;
use proptest::prelude::*;

fn kg(weight: f64) -> Plate {
    Plate {
        weight,
        unit: Unit::Kg,
    }
}

fn stock(list: &[(f64, u32)]) -> Vec<PlateStock> {
    list.iter()
        .map(|&(w, pairs)| PlateStock {
            plate: kg(w),
            pairs,
        })
        .collect()
}

fn side_mass(plates: &[Plate]) -> i64 {
    plates
        .iter()
        .map(|p| (p.weight * 100.0).round() as i64)
        .sum()
}

/// Every loading of `mass` (hundredths of a kg) per side from `stock`, heaviest first.
fn all_loadings(stock: &[PlateStock], mass: i64) -> Vec<Vec<Plate>> {
    let mut kinds: Vec<(Plate, u32)> = stock.iter().map(|s| (s.plate, s.pairs)).collect();
    kinds.sort_by(|a, b| b.0.weight.total_cmp(&a.0.weight));
    let mut out = Vec::new();
    fn go(kinds: &[(Plate, u32)], left: i64, seq: &mut Vec<Plate>, out: &mut Vec<Vec<Plate>>) {
        let Some(((p, n), rest)) = kinds.split_first() else {
            if left == 0 {
                out.push(seq.clone());
            }
            return;
        };
        let m = (p.weight * 100.0).round() as i64;
        for count in 0..=*n {
            let used = m * i64::from(count);
            if used > left {
                break;
            }
            let base = seq.len();
            seq.extend(std::iter::repeat_n(*p, count as usize));
            go(rest, left - used, seq, out);
            seq.truncate(base);
        }
    }
    go(&kinds, mass, &mut Vec::new(), &mut out);
    out
}

/// The fewest moves over every choice of loading for every set.
fn oracle(stock: &[PlateStock], sets: &[Vec<Plate>]) -> usize {
    let options: Vec<Vec<Vec<Plate>>> = sets
        .iter()
        .map(|s| all_loadings(stock, side_mass(s)))
        .collect();
    let mut best = usize::MAX;
    let mut pick = vec![0usize; options.len()];
    loop {
        let seq: Vec<&[Plate]> = options
            .iter()
            .zip(&pick)
            .map(|(o, &k)| o[k].as_slice())
            .collect();
        best = best.min(moves(&seq));
        // Next combination.
        let mut i = 0;
        loop {
            if i == pick.len() {
                return best;
            }
            pick[i] += 1;
            if pick[i] < options[i].len() {
                break;
            }
            pick[i] = 0;
            i += 1;
        }
    }
}

#[test]
fn moves_count_what_comes_off_and_goes_on_from_the_inside_out() {
    let a = [kg(25.0), kg(10.0)];
    let b = [kg(25.0), kg(5.0)];
    // On: 2; 10 off, 5 on: 2 more.
    assert_eq!(moves(&[&a, &b]), 4);
    assert_eq!(moves(&[&a, &a]), 2);
    assert_eq!(moves(&[]), 0);
}

#[test]
fn a_ramp_keeps_its_heavy_plates_on_where_fewest_plates_would_swap_them() {
    // 20 a side, then 25, then 30: fewest plates swaps the 20 for a 25 (2 moves) and adds a 5;
    // keeping the 20 on and adding a 5, then a 5 more, moves less.
    let s = stock(&[(25.0, 2), (20.0, 2), (10.0, 2), (5.0, 4)]);
    let sets = [vec![kg(20.0)], vec![kg(25.0)], vec![kg(25.0), kg(5.0)]];
    let plain: Vec<&[Plate]> = sets.iter().map(Vec::as_slice).collect();
    let chosen = fewest_changes(&s, 1, &sets.iter().cloned().map(Some).collect::<Vec<_>>());
    let chosen: Vec<Vec<Plate>> = chosen.into_iter().flatten().collect();
    let seq: Vec<&[Plate]> = chosen.iter().map(Vec::as_slice).collect();
    assert_eq!(moves(&plain), 4);
    assert_eq!(moves(&seq), 3);
    assert_eq!(
        chosen,
        vec![
            vec![kg(20.0)],
            vec![kg(20.0), kg(5.0)],
            vec![kg(20.0), kg(5.0), kg(5.0)]
        ]
    );
    assert_eq!(oracle(&s, &sets), 3);
}

#[test]
fn a_plan_for_fewest_changes_keeps_every_total_and_says_fewer_moves() {
    let plain = Settings::default();
    let changes = Settings {
        goal: LoadingGoal::FewestChanges,
        ..Settings::default()
    };
    let mut squat = Exercise::new("Squat", 180.0, Builtin::StrengthBackOff);
    squat.warm_up = WarmUpChoice::Ramp;
    let a = squat.plan(&plain).map(|p| p.1).unwrap_or_default();
    let b = squat.plan(&changes).map(|p| p.1).unwrap_or_default();
    let totals = |sets: &[backoff::core::plan::PlannedSet]| {
        sets.iter().map(|s| s.load()).collect::<Vec<_>>()
    };
    assert_eq!(totals(&a), totals(&b));
    assert!(
        plate_moves(&b) <= plate_moves(&a),
        "{} > {}",
        plate_moves(&b),
        plate_moves(&a)
    );
    assert!(
        plate_moves(&b) < plate_moves(&a),
        "this ramp has moves to save"
    );
    // Each set says its own change from the one before.
    for w in b.windows(2) {
        let expected = backoff::core::plates::change(w[0].plates(), w[1].plates());
        assert_eq!(w[1].change, expected);
    }
}

fn small_stock() -> impl Strategy<Value = Vec<PlateStock>> {
    let kinds = [25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 1.25];
    proptest::collection::vec(0u32..3, kinds.len()).prop_map(move |pairs| {
        kinds
            .iter()
            .zip(pairs)
            .map(|(&w, pairs)| PlateStock {
                plate: kg(w),
                pairs,
            })
            .collect()
    })
}

proptest! {
    #[test]
    fn fewest_changes_matches_an_exhaustive_search(
        s in small_stock(),
        targets in proptest::collection::vec(20u32..200, 1..5),
    ) {
        let bar = Barbell { bar: Weight::new(20.0, Unit::Kg), collar: Weight::new(0.0, Unit::Kg), plates: s.clone() };
        let loader = Loader::new(&Equipment::Barbell(bar));
        let sets: Vec<Vec<Plate>> = targets
            .iter()
            .filter_map(|&t| match loader.load(f64::from(t), Unit::Kg, Rounding::Down) {
                Loading::Loaded { per_side, .. } => Some(per_side),
                Loading::BelowBar { .. } | Loading::BeyondInventory { .. } => None,
            })
            .collect();
        let chosen = fewest_changes(&s, 1, &sets.iter().cloned().map(Some).collect::<Vec<_>>());
        let chosen: Vec<Vec<Plate>> = chosen.into_iter().flatten().collect();
        prop_assert_eq!(chosen.len(), sets.len());
        // The same mass each set, within the plates on hand.
        for (c, p) in chosen.iter().zip(&sets) {
            prop_assert_eq!(side_mass(c), side_mass(p));
            for k in &s {
                let used = c.iter().filter(|x| **x == k.plate).count();
                prop_assert!(used <= k.pairs as usize);
            }
        }
        let seq: Vec<&[Plate]> = chosen.iter().map(Vec::as_slice).collect();
        let plain: Vec<&[Plate]> = sets.iter().map(Vec::as_slice).collect();
        prop_assert!(moves(&seq) <= moves(&plain));
        prop_assert_eq!(moves(&seq), oracle(&s, &sets));
    }
}
