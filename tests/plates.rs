//! Loading the bar: the worked examples of domain.md section 4, the greedy counterexamples, and
//! properties checked against a brute-force enumeration.

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use backoff::core::loading::*;
use backoff::core::plates::*;
use backoff::core::units::*;
use proptest::prelude::*;

/// A 20 kg or 45 lb bar, no collars, and the standard plates in the same unit.
fn standard_bar(unit: Unit) -> Barbell {
    Barbell {
        bar: Weight::new(if unit == KG { 20.0 } else { 45.0 }, unit),
        collar: Weight::new(0.0, unit),
        plates: standard_plates(unit),
    }
}

/// The lightest and heaviest loadable totals, as the loader reports them for a target below
/// and above everything.
fn range(loader: &Loader, unit: Unit) -> (f64, f64) {
    let lightest = match loader.load(-1.0, unit, Rounding::Down) {
        Loading::BelowBar { minimum } => minimum,
        other => panic!("below everything: {other:?}"),
    };
    let heaviest = match loader.load(1e9, unit, Rounding::Up) {
        Loading::BeyondInventory { maximum } => maximum,
        other => panic!("above everything: {other:?}"),
    };
    (lightest, heaviest)
}

/// One loading, with the table built for it alone.
fn load(equipment: &Equipment, target: f64, unit: Unit, rounding: Rounding) -> Loading {
    Loader::new(equipment).load(target, unit, rounding)
}

const KG: Unit = Unit::Kg;
const LB: Unit = Unit::Lb;

fn plate(weight: f64, unit: Unit) -> Plate {
    Plate { weight, unit }
}

fn kg(list: &[f64]) -> Vec<Plate> {
    list.iter().map(|&w| plate(w, KG)).collect()
}

fn stock(unit: Unit, list: &[(f64, u32)]) -> Vec<PlateStock> {
    list.iter()
        .map(|&(w, pairs)| PlateStock {
            plate: plate(w, unit),
            pairs,
        })
        .collect()
}

fn barbell(bar: f64, collar: f64, unit: Unit, plates: Vec<PlateStock>) -> Equipment {
    Equipment::Barbell(Barbell {
        bar: Weight::new(bar, unit),
        collar: Weight::new(collar, unit),
        plates,
    })
}

fn standard(unit: Unit) -> Equipment {
    Equipment::Barbell(standard_bar(unit))
}

fn loaded(total: f64, per_side: Vec<Plate>) -> Loading {
    Loading::Loaded { total, per_side }
}

/// The total a loading puts on the bar, or None.
fn total_of(l: &Loading) -> Option<f64> {
    match l {
        Loading::Loaded { total, .. } => Some(*total),
        _ => None,
    }
}

// ---- domain.md section 4 ----

#[test]
fn greedy_fails_with_35s_in_lb() {
    // 60 lb a side on a 45 lb bar: greedy takes 45+10+5, two plates do it.
    let eq = standard(LB);
    let got = load(&eq, 165.0, LB, Rounding::Down);
    assert_eq!(got, loaded(165.0, vec![plate(35.0, LB), plate(25.0, LB)]));
}

#[test]
fn greedy_fails_without_15s_in_kg() {
    let eq = barbell(
        20.0,
        0.0,
        KG,
        stock(
            KG,
            &[
                (25.0, 4),
                (20.0, 4),
                (10.0, 2),
                (5.0, 2),
                (2.5, 2),
                (1.25, 2),
            ],
        ),
    );
    assert_eq!(
        load(&eq, 100.0, KG, Rounding::Down),
        loaded(100.0, kg(&[20.0, 20.0]))
    );
}

#[test]
fn greedy_gets_stuck_with_limited_inventory() {
    // One pair of 25s and two of 20s: greedy puts on the 25 and cannot make the last 15.
    let eq = barbell(20.0, 0.0, KG, stock(KG, &[(25.0, 1), (20.0, 2)]));
    for rounding in [Rounding::Down, Rounding::Nearest, Rounding::Up] {
        assert_eq!(
            load(&eq, 100.0, KG, rounding),
            loaded(100.0, kg(&[20.0, 20.0]))
        );
    }
    let eq = barbell(20.0, 0.0, KG, stock(KG, &[(25.0, 1), (20.0, 2), (2.5, 1)]));
    assert_eq!(
        load(&eq, 100.0, KG, Rounding::Down),
        loaded(100.0, kg(&[20.0, 20.0]))
    );
}

#[test]
fn bench_press_examples_on_a_20_kg_bar() {
    let eq = standard(KG);
    assert_eq!(
        load(&eq, 85.0, KG, Rounding::Down),
        loaded(85.0, kg(&[25.0, 5.0, 2.5]))
    );
    assert_eq!(
        load(&eq, 50.0, KG, Rounding::Down),
        loaded(50.0, kg(&[15.0]))
    );
    assert_eq!(
        load(&eq, 60.0, KG, Rounding::Down),
        loaded(60.0, kg(&[20.0]))
    );
    assert_eq!(load(&eq, 20.0, KG, Rounding::Down), loaded(20.0, vec![]));
    assert_eq!(
        load(&eq, 140.0, KG, Rounding::Down),
        loaded(140.0, kg(&[25.0, 25.0, 10.0]))
    );
}

#[test]
fn pounds_on_a_45_lb_bar() {
    let eq = standard(LB);
    assert_eq!(
        load(&eq, 225.0, LB, Rounding::Down),
        loaded(225.0, vec![plate(45.0, LB); 2])
    );
    assert_eq!(
        load(&eq, 135.0, LB, Rounding::Down),
        loaded(135.0, vec![plate(45.0, LB)])
    );
    assert_eq!(load(&eq, 45.0, LB, Rounding::Up), loaded(45.0, vec![]));
}

#[test]
fn below_the_bar_says_so() {
    let eq = standard(KG);
    for rounding in [Rounding::Down, Rounding::Nearest, Rounding::Up] {
        assert_eq!(
            load(&eq, 15.0, KG, rounding),
            Loading::BelowBar { minimum: 20.0 }
        );
    }
    let Loading::BelowBar { minimum } = load(&eq, 15.0, LB, Rounding::Down) else {
        panic!("below the bar");
    };
    assert!((minimum - 44.092_452_4).abs() < 1e-6);
    // Within a hair of the bar counts as the bar.
    assert_eq!(
        load(&eq, 19.999_999_9, KG, Rounding::Down),
        loaded(20.0, vec![])
    );
}

#[test]
fn collars_count_twice() {
    let eq = barbell(20.0, 2.5, KG, standard_plates(KG));
    assert_eq!(
        load(&eq, 100.0, KG, Rounding::Down),
        loaded(100.0, kg(&[25.0, 10.0, 2.5]))
    );
    assert_eq!(
        load(&eq, 24.0, KG, Rounding::Down),
        Loading::BelowBar { minimum: 25.0 }
    );
    assert_eq!(load(&eq, 25.0, KG, Rounding::Down), loaded(25.0, vec![]));
}

#[test]
fn rounding_modes() {
    let eq = standard(KG);
    assert_eq!(total_of(&load(&eq, 86.0, KG, Rounding::Down)), Some(85.0));
    assert_eq!(total_of(&load(&eq, 86.0, KG, Rounding::Up)), Some(87.5));
    assert_eq!(
        total_of(&load(&eq, 86.0, KG, Rounding::Nearest)),
        Some(85.0)
    );
    assert_eq!(
        total_of(&load(&eq, 86.5, KG, Rounding::Nearest)),
        Some(87.5)
    );
    // Exactly half way: the lighter.
    assert_eq!(
        total_of(&load(&eq, 86.25, KG, Rounding::Nearest)),
        Some(85.0)
    );
    assert_eq!(
        load(&eq, 86.0, KG, Rounding::Up),
        loaded(87.5, kg(&[25.0, 5.0, 2.5, 1.25]))
    );
    // Float noise from a percentage never flips a decision.
    assert_eq!(
        total_of(&load(&eq, 0.85 * 100.0, KG, Rounding::Down)),
        Some(85.0)
    );
    assert_eq!(
        total_of(&load(&eq, 85.000_000_1, KG, Rounding::Up)),
        Some(85.0)
    );
    assert_eq!(
        total_of(&load(&eq, 84.999_999_9, KG, Rounding::Down)),
        Some(85.0)
    );
}

#[test]
fn mixed_units_add_up() {
    let eq = barbell(20.0, 0.0, KG, standard_plates(LB));
    let one_45 = 20.0 + 2.0 * 45.0 * KG_PER_LB;
    let got = load(&eq, one_45, KG, Rounding::Down);
    let Loading::Loaded { total, per_side } = &got else {
        panic!("{got:?}")
    };
    assert!((total - one_45).abs() < 1e-9);
    assert_eq!(per_side, &vec![plate(45.0, LB)]);
    // The same in pounds: 44.09 + 90.
    let got = load(&eq, 135.0, LB, Rounding::Down);
    let Loading::Loaded { total, per_side } = &got else {
        panic!("{got:?}")
    };
    assert!((total - (20.0 / KG_PER_LB + 90.0)).abs() < 1e-9);
    assert_eq!(per_side, &vec![plate(45.0, LB)]);
    // Every total is the bar plus both sides, whatever the unit.
    for t in (0..40).map(|i| 30.0 + f64::from(i) * 5.3) {
        if let Loading::Loaded { total, per_side } = load(&eq, t, KG, Rounding::Nearest) {
            let side: f64 = per_side
                .iter()
                .map(|p| Weight::new(p.weight, p.unit).to(KG))
                .sum();
            assert!((total - 20.0 - 2.0 * side).abs() < 1e-9);
        }
    }
}

#[test]
fn kg_and_lb_plates_on_one_bar() {
    let mut plates = standard_plates(KG);
    plates.extend(standard_plates(LB));
    let eq = barbell(20.0, 0.0, KG, plates);
    // 20 kg + 2 x (45 lb + 1.25 kg)
    let target = 20.0 + 2.0 * (45.0 * KG_PER_LB + 1.25);
    assert_eq!(
        load(&eq, target, KG, Rounding::Nearest),
        loaded(target, vec![plate(45.0, LB), plate(1.25, KG)])
    );
    assert_eq!(
        load(&eq, 100.0, KG, Rounding::Down),
        loaded(100.0, kg(&[25.0, 15.0]))
    );
}

#[test]
fn fixed_step_dumbbells() {
    let eq = Equipment::Fixed(FixedStep {
        step: 2.0,
        min: 2.0,
        max: 50.0,
        unit: KG,
    });
    assert_eq!(load(&eq, 23.0, KG, Rounding::Down), loaded(22.0, vec![]));
    assert_eq!(load(&eq, 23.0, KG, Rounding::Up), loaded(24.0, vec![]));
    assert_eq!(load(&eq, 23.0, KG, Rounding::Nearest), loaded(22.0, vec![]));
    assert_eq!(load(&eq, 23.5, KG, Rounding::Nearest), loaded(24.0, vec![]));
    assert_eq!(load(&eq, 24.0, KG, Rounding::Down), loaded(24.0, vec![]));
    assert_eq!(
        load(&eq, 1.0, KG, Rounding::Up),
        Loading::BelowBar { minimum: 2.0 }
    );
    assert_eq!(
        load(&eq, 51.0, KG, Rounding::Down),
        Loading::BeyondInventory { maximum: 50.0 }
    );
    assert_eq!(load(&eq, 50.0, KG, Rounding::Up), loaded(50.0, vec![]));
    assert_eq!(range(&Loader::new(&eq), KG), (2.0, 50.0));
}

#[test]
fn fixed_step_edges() {
    // A max off the grid: the top is the last step under it.
    let eq = Equipment::Fixed(FixedStep {
        step: 5.0,
        min: 5.0,
        max: 47.0,
        unit: LB,
    });
    assert_eq!(range(&Loader::new(&eq), LB), (5.0, 45.0));
    assert_eq!(load(&eq, 44.0, LB, Rounding::Up), loaded(45.0, vec![]));
    // Above the top is beyond the stack in every mode, even under the typed max.
    for rounding in [Rounding::Down, Rounding::Nearest, Rounding::Up] {
        let got = load(&eq, 46.0, LB, rounding);
        assert_eq!(got, Loading::BeyondInventory { maximum: 45.0 });
    }
    // Asked in kg: 45 lb is 20.41 kg, 20 kg rounds up to it.
    let got = load(&eq, 20.0, KG, Rounding::Up);
    assert_eq!(got, loaded(45.0 * KG_PER_LB, vec![]));
    // No usable step: only the minimum.
    for step in [0.0, -2.0, f64::NAN, f64::INFINITY] {
        let eq = Equipment::Fixed(FixedStep {
            step,
            min: 10.0,
            max: 50.0,
            unit: KG,
        });
        assert_eq!(load(&eq, 10.0, KG, Rounding::Down), loaded(10.0, vec![]));
        assert_eq!(
            load(&eq, 12.0, KG, Rounding::Down),
            Loading::BeyondInventory { maximum: 10.0 }
        );
    }
}

#[test]
fn beyond_inventory_whatever_the_rounding() {
    let eq = barbell(20.0, 0.0, KG, stock(KG, &[(20.0, 2), (5.0, 1)]));
    assert_eq!(range(&Loader::new(&eq), KG), (20.0, 110.0));
    for rounding in [Rounding::Down, Rounding::Nearest, Rounding::Up] {
        assert_eq!(
            load(&eq, 115.0, KG, rounding),
            Loading::BeyondInventory { maximum: 110.0 }
        );
    }
    assert_eq!(
        load(&eq, 110.0, KG, Rounding::Up),
        loaded(110.0, kg(&[20.0, 20.0, 5.0]))
    );
    assert_eq!(
        load(&eq, 108.0, KG, Rounding::Up),
        loaded(110.0, kg(&[20.0, 20.0, 5.0]))
    );
    assert_eq!(
        load(&eq, 108.0, KG, Rounding::Down),
        loaded(100.0, kg(&[20.0, 20.0]))
    );
    let standard = Loader::new(&standard(KG));
    assert_eq!(
        standard.load(1000.0, KG, Rounding::Down),
        Loading::BeyondInventory { maximum: 675.0 }
    );
}

#[test]
fn bad_targets_are_below_the_bar() {
    let loader = Loader::new(&standard(KG));
    for t in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -1.0, -0.001] {
        assert_eq!(
            loader.load(t, KG, Rounding::Nearest),
            Loading::BelowBar { minimum: 20.0 }
        );
    }
    assert_eq!(
        loader.load(1e300, KG, Rounding::Up),
        Loading::BeyondInventory { maximum: 675.0 }
    );
}

#[test]
fn bad_plates_are_ignored() {
    let mut plates = stock(
        KG,
        &[
            (f64::NAN, 3),
            (0.0, 2),
            (-10.0, 2),
            (f64::INFINITY, 1),
            (15.0, 0),
            (10.0, 1),
        ],
    );
    plates.extend(stock(KG, &[(10.0, 1)]));
    let eq = barbell(20.0, 0.0, KG, plates);
    assert_eq!(range(&Loader::new(&eq), KG), (20.0, 60.0));
    assert_eq!(
        load(&eq, 60.0, KG, Rounding::Down),
        loaded(60.0, kg(&[10.0, 10.0]))
    );
    // An empty inventory loads the bar alone.
    let eq = barbell(20.0, 0.0, KG, vec![]);
    assert_eq!(load(&eq, 20.0, KG, Rounding::Up), loaded(20.0, vec![]));
    assert_eq!(
        load(&eq, 21.0, KG, Rounding::Down),
        Loading::BeyondInventory { maximum: 20.0 }
    );
}

#[test]
fn fewest_plates_then_heaviest_first() {
    // 30 a side: 15+15 and 25+5 are both two plates; the heavier first plate wins.
    let eq = barbell(
        20.0,
        0.0,
        KG,
        stock(KG, &[(25.0, 1), (15.0, 2), (10.0, 3), (5.0, 2)]),
    );
    assert_eq!(
        load(&eq, 80.0, KG, Rounding::Down),
        loaded(80.0, kg(&[25.0, 5.0]))
    );
    // 30 a side without 5s: 15+15 (2) beats 10+10+10 (3).
    let eq = barbell(20.0, 0.0, KG, stock(KG, &[(25.0, 1), (15.0, 2), (10.0, 3)]));
    assert_eq!(
        load(&eq, 80.0, KG, Rounding::Down),
        loaded(80.0, kg(&[15.0, 15.0]))
    );
}

#[test]
fn standard_stocks() {
    // Listed heaviest first; the fractional plates many gyms lack are listed with no pairs.
    let on_hand = |stock: &[PlateStock]| -> Vec<f64> {
        stock
            .iter()
            .filter(|s| s.pairs > 0)
            .map(|s| s.plate.weight)
            .collect()
    };
    let kg_stock = standard_plates(KG);
    assert_eq!(on_hand(&kg_stock), [25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 1.25]);
    assert_eq!(kg_stock.len(), 11);
    let lb_stock = standard_plates(LB);
    assert_eq!(on_hand(&lb_stock), [45.0, 35.0, 25.0, 10.0, 5.0, 2.5]);
    assert_eq!(lb_stock.len(), 7);
    for stock in [&kg_stock, &lb_stock] {
        assert!(stock
            .windows(2)
            .all(|w| w[0].plate.weight > w[1].plate.weight));
        assert!(stock.iter().all(|s| s.pairs == 0 || s.pairs >= 2));
    }
    let bar = standard_bar(LB);
    assert_eq!((bar.bar, bar.collar.value), (Weight::new(45.0, LB), 0.0));
}

// ---- plate changes ----

#[test]
fn changes_between_sets() {
    let c = change(&kg(&[20.0]), &kg(&[25.0, 5.0, 2.5]));
    assert_eq!(
        c,
        PlateChange {
            off: kg(&[20.0]),
            on: kg(&[25.0, 5.0, 2.5])
        }
    );
    assert_eq!(c.describe(KG), "−20 +25 +5 +2.5");
    let c = change(&kg(&[25.0]), &kg(&[25.0, 5.0, 2.5]));
    assert_eq!(
        c,
        PlateChange {
            off: vec![],
            on: kg(&[5.0, 2.5])
        }
    );
    assert_eq!(c.describe(KG), "+5 +2.5");
    assert_eq!(change(&kg(&[25.0, 5.0]), &kg(&[25.0])).describe(KG), "−5");
    assert_eq!(
        change(&kg(&[25.0, 15.0]), &kg(&[25.0, 25.0])).describe(KG),
        "−15 +25"
    );
    // In the order hands work: off from the outside in, on from the inside out.
    assert_eq!(
        change(&kg(&[25.0, 15.0, 1.25]), &kg(&[15.0, 2.5])).describe(KG),
        "−1.25 −15 −25 +15 +2.5"
    );
    assert_eq!(change(&kg(&[25.0]), &kg(&[25.0])).describe(KG), "no change");
    assert_eq!(change(&[], &[]), PlateChange::default());
    assert_eq!(change(&[], &[plate(10.0, LB)]).describe(KG), "+10 lb");
    assert_eq!(change(&[], &[plate(1.25, KG)]).describe(LB), "+1.25 kg");
    // A run of one plate is counted as the plates line counts it.
    let lb = |w: &[f64]| -> Vec<Plate> { w.iter().map(|&w| plate(w, LB)).collect() };
    assert_eq!(
        change(&lb(&[45.0, 35.0]), &lb(&[45.0, 45.0, 45.0, 45.0, 5.0, 2.5])).describe(LB),
        "−35 +3×45 +5 +2.5"
    );
}

#[test]
fn plates_read_at_a_glance() {
    let lb = |w: &[f64]| -> Vec<Plate> { w.iter().map(|&w| plate(w, LB)).collect() };
    assert_eq!(plate_words(&kg(&[25.0, 5.0, 2.5]), KG), "25 + 5 + 2.5");
    // Two of a plate are said as lifters say them; three or more are counted.
    assert_eq!(plate_words(&lb(&[45.0, 45.0, 10.0]), LB), "45 + 45 + 10");
    assert_eq!(
        plate_words(&lb(&[45.0, 45.0, 45.0, 45.0, 5.0, 2.5]), LB),
        "4×45 + 5 + 2.5"
    );
    assert_eq!(
        plate_words(&lb(&[45.0, 45.0, 45.0, 2.5, 2.5, 2.5]), LB),
        "3×45 + 3×2.5"
    );
    assert_eq!(plate_words(&lb(&[45.0; 7]), LB), "7×45");
    // Only a run of the same plate in the same unit counts together.
    let mixed = [
        plate(20.0, KG),
        plate(20.0, KG),
        plate(20.0, KG),
        plate(10.0, LB),
    ];
    assert_eq!(plate_words(&mixed, KG), "3×20 + 10 lb");
    assert_eq!(plate_words(&[], KG), "");
}

// ---- properties against brute force ----

/// Denominations the random inventories draw from: all multiples of a quarter of their unit.
const KG_PLATES: [f64; 12] = [
    25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 2.0, 1.5, 1.25, 1.0, 0.5, 0.25,
];
const LB_PLATES: [f64; 7] = [45.0, 35.0, 25.0, 10.0, 5.0, 2.5, 1.25];

/// A plate's mass as an exact integer in 1e-10 kg (a quarter kg is 2.5e9, a quarter lb
/// 1 133 980 925), so the brute force can add kg and lb plates exactly.
fn exact_mass(p: &Plate) -> u64 {
    let quarters = (p.weight * 4.0).round() as u64;
    quarters
        * if p.unit == KG {
            2_500_000_000
        } else {
            1_133_980_925
        }
}

/// Every per-side sum (in 1e-10 kg) the stock can make, with the fewest plates for it, by
/// enumerating every count of every denomination.
fn brute_force(stock: &[PlateStock]) -> BTreeMap<u64, u32> {
    let mut sums = BTreeMap::from([(0u64, 0u32)]);
    for s in stock {
        let mass = exact_mass(&s.plate);
        let mut next = BTreeMap::new();
        for (&sum, &count) in &sums {
            for c in 0..=u64::from(s.pairs) {
                let e = next.entry(sum + c * mass).or_insert(u32::MAX);
                *e = (*e).min(count + c as u32);
            }
        }
        sums = next;
    }
    sums
}

/// `count` denominations of one unit, 0-6 pairs each.
fn stocks(unit: Unit, count: RangeInclusive<usize>) -> impl Strategy<Value = Vec<PlateStock>> {
    let list = if unit == KG {
        KG_PLATES.to_vec()
    } else {
        LB_PLATES.to_vec()
    };
    let pairs = prop::collection::vec(0u32..=6, *count.end());
    (proptest::sample::subsequence(list, count), pairs).prop_map(move |(weights, pairs)| {
        let plates = weights.into_iter().map(|w| plate(w, unit));
        plates
            .zip(pairs)
            .map(|(plate, pairs)| PlateStock { plate, pairs })
            .collect()
    })
}

/// 1-8 kg denominations, 1-7 lb ones, or a few of each on one bar (the sparse table).
fn inventory() -> impl Strategy<Value = Vec<PlateStock>> {
    prop_oneof![
        stocks(KG, 1..=8),
        stocks(LB, 1..=7),
        (stocks(KG, 1..=4), stocks(LB, 1..=3)).prop_map(|(a, b)| [a, b].concat()),
    ]
}

fn unit() -> impl Strategy<Value = Unit> {
    prop_oneof![Just(KG), Just(LB)]
}

fn rounding() -> impl Strategy<Value = Rounding> {
    prop_oneof![
        Just(Rounding::Down),
        Just(Rounding::Nearest),
        Just(Rounding::Up)
    ]
}

/// Slack for the 1e-6 kg "counts as equal" tolerance (2.2e-6 in pounds).
const TOL: f64 = 3e-6;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

proptest! {
    #[test]
    fn matches_brute_force(
        plates in inventory(),
        bar_unit in unit(),
        asked in unit(),
        bar in prop::sample::select(vec![0.0, 10.0, 15.0, 20.0, 45.0]),
        collar in prop::sample::select(vec![0.0, 0.5, 2.5]),
        target in 0.0f64..400.0,
        rounding in rounding(),
    ) {
        let brute = brute_force(&plates);
        let to_asked = |v: f64, u: Unit| Weight::new(v, u).to(asked);
        let base = to_asked(bar, bar_unit) + 2.0 * to_asked(collar, bar_unit);
        let totals: Vec<f64> =
            brute.keys().map(|&m| base + 2.0 * to_asked(m as f64 / 1e10, KG)).collect();
        let top = totals.last().copied().unwrap_or(base);
        let eq = barbell(bar, collar, bar_unit, plates.clone());
        let got = load(&eq, target, asked, rounding);
        let (lo, hi) = range(&Loader::new(&eq), asked);
        prop_assert!(close(lo, base) && close(hi, top), "range {lo} {hi} vs {base} {top}");
        if target < base - TOL {
            let is_below = matches!(got, Loading::BelowBar { minimum } if close(minimum, base));
            prop_assert!(is_below, "{:?}", got);
            return Ok(());
        }
        if target > top + TOL {
            let is_beyond = matches!(got, Loading::BeyondInventory { maximum } if close(maximum, top));
            prop_assert!(is_beyond, "{:?}", got);
            return Ok(());
        }
        let Loading::Loaded { total, per_side } = got else {
            return Err(TestCaseError::fail(format!("not loaded: {got:?}")));
        };
        // (a) the total is the bar, both collars and both sides.
        let side: f64 = per_side.iter().map(|p| to_asked(p.weight, p.unit)).sum();
        prop_assert!(close(total, base + 2.0 * side), "{total} vs {base} + 2 x {side}");
        // Plates heaviest first, each denomination within the pairs on hand (d).
        prop_assert!(per_side.windows(2).all(|w| exact_mass(&w[0]) >= exact_mass(&w[1])));
        for s in &plates {
            let used = per_side.iter().filter(|&&p| p == s.plate).count();
            prop_assert!(used <= s.pairs as usize);
        }
        // (e) no decomposition of this total uses fewer plates.
        let mass: u64 = per_side.iter().map(exact_mass).sum();
        prop_assert_eq!(brute.get(&mass).copied(), Some(per_side.len() as u32));
        // (b), (c) the right total for the rounding, against every achievable one.
        match rounding {
            Rounding::Down => {
                prop_assert!(total <= target + TOL);
                prop_assert!(totals.iter().all(|&t| t <= total + 1e-9 || t > target + TOL));
            }
            Rounding::Up => {
                prop_assert!(total >= target - TOL);
                prop_assert!(totals.iter().all(|&t| t >= total - 1e-9 || t < target - TOL));
            }
            Rounding::Nearest => {
                let d = (total - target).abs();
                prop_assert!(totals.iter().all(|&t| d <= (t - target).abs() + TOL));
            }
        }
    }

    #[test]
    fn change_takes_off_what_differs(
        from in prop::collection::vec(prop::sample::select(KG_PLATES.to_vec()), 0..6),
        to in prop::collection::vec(prop::sample::select(KG_PLATES.to_vec()), 0..6),
    ) {
        let (from, to) = (kg(&from), kg(&to));
        let c = change(&from, &to);
        let kept = from.len() - c.off.len();
        prop_assert_eq!(&from[kept..], &c.off[..]);
        prop_assert_eq!([&from[..kept], &c.on[..]].concat(), to.clone());
        prop_assert!(kept == from.len() || kept == to.len() || from[kept] != to[kept]);
        prop_assert_eq!(c.describe(KG) == "no change", from == to);
    }

    #[test]
    fn never_panics(
        plates in prop::collection::vec((any::<f64>(), any::<u32>(), any::<bool>()), 0..8),
        bar in any::<f64>(),
        collar in any::<f64>(),
        target in any::<f64>(),
        unit in prop::sample::select(vec![KG, LB]),
        rounding in rounding(),
    ) {
        let plates = plates
            .into_iter()
            .map(|(w, pairs, lb)| PlateStock { plate: plate(w, if lb { LB } else { KG }), pairs })
            .collect();
        let loader = Loader::new(&barbell(bar, collar, unit, plates));
        let (lo, hi) = range(&loader, unit);
        prop_assert!(lo.is_finite() && hi.is_finite() && lo <= hi);
        if let Loading::Loaded { total, .. } = loader.load(target, unit, rounding) {
            prop_assert!(total.is_finite() && total >= lo - TOL && total <= hi + TOL);
        }
    }

    #[test]
    fn fixed_step_never_panics(
        step in any::<f64>(), min in any::<f64>(), max in any::<f64>(),
        target in any::<f64>(), rounding in rounding(),
    ) {
        let loader = Loader::new(&Equipment::Fixed(FixedStep { step, min, max, unit: KG }));
        let (lo, hi) = range(&loader, KG);
        prop_assert!(lo.is_finite() && hi.is_finite() && lo <= hi);
        if let Loading::Loaded { total, per_side } = loader.load(target, KG, rounding) {
            prop_assert!(per_side.is_empty() && total >= lo && total <= hi);
        }
    }

    #[test]
    fn fixed_step_rounds_to_the_grid(
        step in prop::sample::select(vec![1.0, 2.0, 2.5, 5.0]),
        min in 0u32..20,
        steps in 0u32..30,
        target in 0.0f64..200.0,
        rounding in rounding(),
    ) {
        let (min, max) = (f64::from(min), f64::from(min) + step * f64::from(steps));
        let eq = Equipment::Fixed(FixedStep { step, min, max, unit: KG });
        let grid: Vec<f64> = (0..=steps).map(|k| min + step * f64::from(k)).collect();
        match load(&eq, target, KG, rounding) {
            Loading::BelowBar { minimum } => prop_assert!(minimum == min && target < min),
            Loading::BeyondInventory { maximum } => prop_assert!(maximum == max && target > max),
            Loading::Loaded { total, .. } => {
                prop_assert!(grid.contains(&total));
                let best = match rounding {
                    Rounding::Down => grid.iter().copied().filter(|&g| g <= target).fold(min, f64::max),
                    Rounding::Up => grid.iter().copied().filter(|&g| g >= target).fold(max, f64::min),
                    Rounding::Nearest => grid.iter().copied().fold(min, |b, g| {
                        if (g - target).abs() < (b - target).abs() { g } else { b }
                    }),
                };
                prop_assert_eq!(total, best);
            }
        }
    }
}

proptest! {
    // Odd sizes in both units overflow the tables and take the slow fallback: fewer cases.
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn never_panics_with_plausible_odd_plates(
        plates in prop::collection::vec((0.01f64..60.0, any::<u32>(), any::<bool>()), 0..12),
        target in -10.0f64..2000.0,
        rounding in rounding(),
    ) {
        let plates = plates
            .into_iter()
            .map(|(w, pairs, lb)| PlateStock { plate: plate(w, if lb { LB } else { KG }), pairs })
            .collect();
        let got = load(&barbell(20.0, 2.5, KG, plates), target, KG, rounding);
        if let Loading::Loaded { total, per_side } = got {
            let side: f64 = per_side.iter().map(|p| Weight::new(p.weight, p.unit).to(KG)).sum();
            prop_assert!((total - 25.0 - 2.0 * side).abs() < 1e-6);
        }
    }
}
