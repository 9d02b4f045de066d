//! The automatic warm-up ramp: never at or above the work set, never a load twice, steps far
//! enough apart, loadable on the implement, in both units, on a barbell, dumbbells and a stack.

use backoff::core::loading::{Equipment, FixedStep, Loader, Loading};
use backoff::core::plates::{standard_plates, Barbell, Plate};
use backoff::core::units::{Unit, Weight};
use backoff::core::warm_ups::{ramp, RampSet, EMPTY_BAR_REPS, MIN_STEP};
use proptest::prelude::*;

fn bar(unit: Unit, plates: bool) -> Loader {
    let weight = if unit == Unit::Kg { 20.0 } else { 45.0 };
    let mut stock = standard_plates(unit);
    if !plates {
        stock.retain(|p| !is_change(p.plate));
    }
    Loader::new(&Equipment::Barbell(Barbell {
        bar: Weight::new(weight, unit),
        collar: Weight::new(0.0, unit),
        plates: stock,
    }))
}

fn is_change(p: Plate) -> bool {
    p.weight < if p.unit == Unit::Kg { 5.0 } else { 10.0 }
}

fn loads(r: &[RampSet]) -> Vec<f64> {
    r.iter()
        .filter_map(|s| match s.loading {
            Loading::Loaded { total, .. } => Some(total),
            _ => None,
        })
        .collect()
}

#[test]
fn a_100_kg_work_set_ramps_from_the_empty_bar() {
    let r = ramp(100.0, Unit::Kg, &bar(Unit::Kg, true), true, false);
    assert_eq!(loads(&r), [20.0, 40.0, 60.0, 80.0]);
    let reps: Vec<u32> = r.iter().map(|s| s.reps).collect();
    assert_eq!(reps, [EMPTY_BAR_REPS, 5, 3, 2]);
}

#[test]
fn a_light_work_set_skips_steps_too_close_or_at_the_bar() {
    // 40 kg: 16 and 24 round down to the bar (20), 32 is 30: bar, 30.
    let r = ramp(40.0, Unit::Kg, &bar(Unit::Kg, true), true, false);
    assert_eq!(loads(&r), [20.0, 30.0]);
    // At the bar itself there is nothing to warm up with.
    assert!(ramp(20.0, Unit::Kg, &bar(Unit::Kg, true), true, false).is_empty());
}

#[test]
fn in_lb_and_without_change_plates() {
    let r = ramp(225.0, Unit::Lb, &bar(Unit::Lb, false), true, false);
    assert_eq!(loads(&r), [45.0, 85.0, 135.0, 175.0]);
    for s in &r {
        if let Loading::Loaded { per_side, .. } = &s.loading {
            assert!(per_side.iter().all(|p| !is_change(*p)));
        }
    }
}

#[test]
fn dumbbells_and_a_stack_ramp_with_no_empty_bar() {
    let rack = Loader::new(&Equipment::Rack {
        loads: (1..=25).map(|i| f64::from(i) * 2.0).collect(),
        unit: Unit::Kg,
    });
    assert_eq!(
        loads(&ramp(30.0, Unit::Kg, &rack, false, false)),
        [12.0, 18.0, 24.0]
    );
    let stack = Loader::new(&Equipment::Fixed(FixedStep {
        step: 5.0,
        min: 5.0,
        max: 100.0,
        unit: Unit::Kg,
    }));
    assert_eq!(
        loads(&ramp(70.0, Unit::Kg, &stack, false, false)),
        [25.0, 40.0, 55.0]
    );
}

#[test]
fn nothing_for_a_work_set_that_cannot_be_worked_out() {
    for w in [0.0, -5.0, f64::NAN, f64::INFINITY] {
        assert!(ramp(w, Unit::Kg, &bar(Unit::Kg, true), true, false).is_empty());
    }
}

proptest! {
    #[test]
    fn never_at_or_above_the_work_set_never_twice_never_too_close(
        work in 20.0f64..400.0,
        lb in any::<bool>(),
        plates in any::<bool>(),
        big_only in any::<bool>(),
    ) {
        let unit = if lb { Unit::Lb } else { Unit::Kg };
        let r = ramp(work, unit, &bar(unit, plates), true, big_only);
        let l = loads(&r);
        prop_assert!(l.iter().all(|&x| x < work));
        prop_assert!(l.windows(2).all(|w| w[1] - w[0] >= work * MIN_STEP - 1e-9));
        prop_assert!(l.windows(2).all(|w| w[1] > w[0]));
        // Asked for big plates only, no step carries a change plate.
        if big_only {
            for s in &r {
                if let Loading::Loaded { per_side, .. } = &s.loading {
                    prop_assert!(per_side.iter().all(|p| !is_change(*p)));
                }
            }
        }
    }
}
