//! Every implement's loading against a brute-force oracle: one sleeve, stacks with add-ons,
//! dumbbell racks and kettlebells with uneven steps, bodyweight with a belt or assistance. The
//! oracle lists every total the equipment can make by trying every combination; the loader must
//! pick the same total for every rounding, and what it says is on the implement must add up.

use backoff::core::loading::*;
use backoff::core::plates::*;
use backoff::core::units::*;
use proptest::prelude::*;

const KG: Unit = Unit::Kg;
const MODES: [Rounding; 3] = [Rounding::Down, Rounding::Nearest, Rounding::Up];

/// Totals on a 0.01 grid, as integers, so the oracle compares exactly.
fn cents(v: f64) -> i64 {
    (v * 100.0).round() as i64
}

/// What the rounding should pick from `totals` (in cents) for `target` (in cents, not rounded).
fn oracle(totals: &[i64], target: f64, rounding: Rounding) -> Option<i64> {
    let below = totals
        .iter()
        .copied()
        .filter(|&t| t as f64 <= target + 1e-6)
        .max();
    let above = totals
        .iter()
        .copied()
        .filter(|&t| t as f64 >= target - 1e-6)
        .min();
    match rounding {
        Rounding::Down => below,
        Rounding::Up => above,
        Rounding::Nearest => match (below, above) {
            (Some(a), Some(b)) => Some(if target - a as f64 <= b as f64 - target {
                a
            } else {
                b
            }),
            (a, b) => a.or(b),
        },
    }
}

fn sorted(mut v: Vec<i64>) -> Vec<i64> {
    v.sort_unstable();
    v.dedup();
    v
}

/// Checks the loader against the oracle's totals for one target and every rounding; returns
/// the plates it put on, per rounding that loaded.
fn agree(eq: &Equipment, totals: &[i64], target: f64) -> Vec<(f64, Vec<Plate>)> {
    let loader = Loader::new(eq);
    let lightest = totals.first().copied();
    let heaviest = totals.last().copied();
    let mut out = Vec::new();
    for r in MODES {
        let t = target * 100.0;
        let got = loader.load(target, KG, r);
        match (lightest, heaviest) {
            (Some(lo), _) if t < lo as f64 - 1e-6 => {
                assert_eq!(
                    got,
                    Loading::BelowBar {
                        minimum: lo as f64 / 100.0
                    },
                    "{r:?} {target}"
                );
            }
            (_, Some(hi)) if t > hi as f64 + 1e-6 => {
                assert!(
                    matches!(got, Loading::BeyondInventory { .. }),
                    "{r:?} {target}"
                );
            }
            (None, None) => {
                assert!(!matches!(got, Loading::Loaded { .. }), "empty: {got:?}");
            }
            _ => {
                let want = oracle(totals, t, r);
                match got {
                    Loading::Loaded { total, per_side } => {
                        assert_eq!(Some(cents(total)), want, "{r:?} {target} {eq:?}");
                        out.push((total, per_side));
                    }
                    other => panic!("{r:?} {target}: {other:?}, want {want:?}"), // ok: test
                }
            }
        }
    }
    out
}

fn stock(list: &[(f64, u32)]) -> Vec<PlateStock> {
    list.iter()
        .map(|&(weight, pairs)| PlateStock {
            plate: Plate { weight, unit: KG },
            pairs,
        })
        .collect()
}

/// Every per-side sum the pieces make (each plate of `pieces` used or not): small stocks only.
fn subset_sums(pieces: &[f64]) -> Vec<i64> {
    let mut sums = vec![0i64];
    for &p in pieces {
        let more: Vec<i64> = sums.iter().map(|s| s + cents(p)).collect();
        sums.extend(more);
    }
    sorted(sums)
}

fn singles(stock: &[(f64, u32)], per_pair: u32) -> Vec<f64> {
    stock
        .iter()
        .flat_map(|&(w, n)| std::iter::repeat_n(w, (n * per_pair) as usize))
        .collect()
}

fn total_of(plates: &[Plate]) -> f64 {
    plates.iter().map(|p| p.weight).sum()
}

fn plate_stock() -> impl Strategy<Value = Vec<(f64, u32)>> {
    let weights = prop::sample::select(vec![25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 1.25, 0.5]);
    prop::collection::vec((weights, 0u32..3), 0..4)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn one_sleeve_takes_both_plates_of_a_pair(
        list in plate_stock(),
        base in prop::sample::select(vec![0.0, 7.5, 20.0]),
        target in 0.0f64..200.0,
    ) {
        let eq = Equipment::OneSleeve(Barbell {
            bar: Weight::new(base, KG),
            collar: Weight::new(0.0, KG),
            plates: stock(&list),
        });
        let totals: Vec<i64> = subset_sums(&singles(&list, 2)).iter().map(|s| s + cents(base)).collect();
        for (total, plates) in agree(&eq, &totals, target) {
            prop_assert_eq!(cents(total), cents(base + total_of(&plates)));
        }
    }

    #[test]
    fn a_stack_with_add_ons_makes_the_steps_between(
        step in prop::sample::select(vec![2.5, 5.0, 10.0]),
        plates in 1u32..30,
        add_ons in prop::collection::vec(prop::sample::select(vec![0.5, 1.0, 1.25, 2.5, 5.0]), 0..=4),
        target in 0.0f64..320.0,
    ) {
        let max = step * f64::from(plates);
        let eq = Equipment::Stack {
            stack: FixedStep { step, min: step, max, unit: KG },
            add_ons: add_ons.iter().map(|&weight| Plate { weight, unit: KG }).collect(),
        };
        let pins: Vec<i64> = (1..=plates).map(|k| cents(step * f64::from(k))).collect();
        let extra = subset_sums(&add_ons);
        let totals = sorted(pins.iter().flat_map(|p| extra.iter().map(move |a| p + a)).collect());
        for (total, used) in agree(&eq, &totals, target) {
            // The add-ons used are some of those listed, and the rest is a pin on the stack.
            let pin = cents(total - total_of(&used));
            prop_assert!(pins.contains(&pin), "pin {pin} for {total} with {used:?}");
            prop_assert!(used.len() <= add_ons.len());
        }
    }

    #[test]
    fn a_rack_has_only_the_weights_it_lists(
        loads in prop::collection::vec(prop::sample::select(vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.5, 14.0, 16.0, 20.0, 24.0, 32.0, 47.5]), 0..10),
        target in 0.0f64..60.0,
    ) {
        let eq = Equipment::Rack { loads: loads.clone(), unit: KG };
        let totals = sorted(loads.iter().map(|&l| cents(l)).collect());
        for (_, plates) in agree(&eq, &totals, target) {
            prop_assert!(plates.is_empty());
        }
    }

    #[test]
    fn bodyweight_adds_a_belt_or_takes_assistance(
        body in prop::sample::select(vec![55.0, 72.5, 80.0, 101.3]),
        list in plate_stock(),
        assist in prop::sample::select(vec![0.0, 5.0, 7.5]),
        target in 0.0f64..200.0,
    ) {
        let eq = Equipment::Bodyweight {
            body: Weight::new(body, KG),
            belt: stock(&list),
            assist_step: Weight::new(assist, KG),
        };
        let mut totals: Vec<i64> = subset_sums(&singles(&list, 2)).iter().map(|s| s + cents(body)).collect();
        if assist > 0.0 {
            let mut k = 1.0;
            while body - k * assist > 0.0 {
                totals.push(cents(body - k * assist));
                k += 1.0;
            }
        }
        let totals = sorted(totals);
        for (total, belt) in agree(&eq, &totals, target) {
            if total > body {
                prop_assert_eq!(cents(total), cents(body + total_of(&belt)));
            } else {
                prop_assert!(belt.is_empty());
            }
        }
    }
}

#[test]
fn a_rack_in_lb_loads_in_kg_on_the_same_grid() {
    let eq = Equipment::Rack {
        loads: vec![25.0, 30.0, 35.0],
        unit: Unit::Lb,
    };
    let got = Loader::new(&eq).load(convert(30.0, Unit::Lb, KG), KG, Rounding::Down);
    let Loading::Loaded { total, .. } = got else {
        panic!("30 lb is on the rack: {got:?}"); // ok: test
    };
    assert!((total - convert(30.0, Unit::Lb, KG)).abs() < 1e-9);
}

#[test]
fn the_stack_says_its_top_with_every_add_on() {
    let eq = Equipment::Stack {
        stack: FixedStep {
            step: 5.0,
            min: 5.0,
            max: 200.0,
            unit: KG,
        },
        add_ons: vec![
            Plate {
                weight: 1.25,
                unit: KG,
            },
            Plate {
                weight: 2.5,
                unit: KG,
            },
        ],
    };
    let loader = Loader::new(&eq);
    assert_eq!(
        loader.load(250.0, KG, Rounding::Down),
        Loading::BeyondInventory { maximum: 203.75 }
    );
    // 47.5 = the 45 kg pin and the 2.5 add-on, not 1.25 twice (there is one of each).
    assert_eq!(
        loader.load(47.5, KG, Rounding::Down),
        Loading::Loaded {
            total: 47.5,
            per_side: vec![Plate {
                weight: 2.5,
                unit: KG
            }]
        }
    );
}
