//! 1RM estimates, their inverse and the RTS chart, against the vectors in domain.md §2–3.

use backoff::core::one_rep_max::{
    estimate, load_for, training_max, Estimate, EstimateError, Formula,
};
use backoff::core::rpe::percent_of_max;
use proptest::prelude::*;

fn near(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() < 0.01
}

#[track_caller]
fn assert_near(actual: f64, expected: f64) {
    assert!(near(actual, expected), "got {actual}, expected {expected}");
}

/// e1RM of 100 × 1, × 5, × 10, then the load for a 1RM of 120 at 1, 5, 10 reps.
#[track_caller]
fn check_table_row(formula: Formula, e1rm: [f64; 3], loads: [f64; 3]) {
    for (reps, expected) in [1.0, 5.0, 10.0].into_iter().zip(e1rm) {
        assert_near(formula.raw_estimate(100.0, reps), expected);
    }
    for (reps, expected) in [1.0, 5.0, 10.0].into_iter().zip(loads) {
        assert_near(formula.raw_load_for(120.0, reps), expected);
    }
    // Past the single, the checked functions agree with the bare formulas.
    for (reps, expected) in [5, 10].into_iter().zip(&e1rm[1..]) {
        assert_near(
            estimate(formula, 100.0, reps, None)
                .map(|e| e.max)
                .unwrap_or(0.0),
            *expected,
        );
    }
    for (reps, expected) in [5, 10].into_iter().zip(&loads[1..]) {
        assert_near(
            load_for(formula, 120.0, reps, None).unwrap_or(0.0),
            *expected,
        );
    }
}

#[test]
fn epley_table() {
    check_table_row(
        Formula::Epley,
        [103.33, 116.67, 133.33],
        [116.13, 102.86, 90.00],
    );
}

#[test]
fn brzycki_table() {
    check_table_row(
        Formula::Brzycki,
        [100.00, 112.50, 133.33],
        [120.00, 106.67, 90.00],
    );
}

#[test]
fn lander_table() {
    check_table_row(
        Formula::Lander,
        [101.39, 113.71, 134.07],
        [118.35, 105.53, 89.51],
    );
}

#[test]
fn lombardi_table() {
    check_table_row(
        Formula::Lombardi,
        [100.00, 117.46, 125.89],
        [120.00, 102.16, 95.32],
    );
}

#[test]
fn mayhew_table() {
    check_table_row(
        Formula::Mayhew,
        [108.86, 119.01, 130.93],
        [110.23, 100.83, 91.65],
    );
}

#[test]
fn oconner_table() {
    check_table_row(
        Formula::OConner,
        [102.50, 112.50, 125.00],
        [117.07, 106.67, 96.00],
    );
}

#[test]
fn wathan_table() {
    check_table_row(
        Formula::Wathan,
        [101.30, 116.58, 134.75],
        [118.46, 102.93, 89.06],
    );
}

#[test]
fn brzycki_is_not_its_alternative_form() {
    let ours = Formula::Brzycki.raw_estimate(100.0, 5.0);
    assert_near(ours, 112.50);
    let alternative = 100.0 / (1.0278 - 0.0278 * 5.0);
    assert_near(alternative, 112.51);
    assert!(!near(ours, alternative));
}

#[test]
fn mayhew_225_lb_for_5_is_267_77() {
    let e = estimate(Formula::Mayhew, 225.0, 5, None);
    assert_near(e.map(|e| e.max).unwrap_or(0.0), 267.77);
}

#[test]
fn a_single_is_its_own_max_under_every_formula() {
    for formula in Formula::ALL {
        let e = estimate(formula, 100.0, 1, None);
        assert_eq!(
            e,
            Ok(Estimate {
                max: 100.0,
                low: 100.0,
                high: 100.0,
                high_reps: false
            })
        );
        assert_eq!(load_for(formula, 120.0, 1, None), Ok(120.0));
    }
}

#[test]
fn rts_chart_points() {
    let chart = |reps, rpe| percent_of_max(reps, rpe).unwrap_or(f64::NAN) * 100.0;
    assert_near(chart(1, 10.0), 100.0);
    assert_near(chart(5, 10.0), 86.3);
    assert_near(chart(5, 8.0), 81.1);
    assert_near(chart(10, 10.0), 73.9);
    assert_near(chart(12, 6.0), 57.2);
    assert_near(chart(1, 9.5), 97.8);
}

#[test]
fn rts_chart_falls_with_reps_and_with_lower_rpe() {
    for reps in 1..=12 {
        for step in 0..8 {
            let rpe = 10.0 - f64::from(step) * 0.5;
            let here = percent_of_max(reps, rpe).unwrap_or(0.0);
            let easier = percent_of_max(reps, rpe - 0.5).unwrap_or(0.0);
            assert!(here > easier, "{reps}@{rpe}");
            if reps < 12 {
                let more_reps = percent_of_max(reps + 1, rpe).unwrap_or(1.0);
                assert!(here > more_reps, "{reps}@{rpe}");
            }
        }
    }
}

#[test]
fn rts_chart_is_none_off_the_chart() {
    assert_eq!(percent_of_max(0, 8.0), None);
    assert_eq!(percent_of_max(13, 8.0), None);
    assert_eq!(percent_of_max(5, 5.5), None);
    assert_eq!(percent_of_max(5, 10.5), None);
    assert_eq!(percent_of_max(5, 8.25), None);
    assert_eq!(percent_of_max(5, f64::NAN), None);
    assert_eq!(percent_of_max(5, f64::INFINITY), None);
    assert_eq!(percent_of_max(u32::MAX, 8.0), None);
}

#[test]
fn e1rm_from_100_for_5_at_rpe_10_is_115_87() {
    let e = estimate(Formula::Epley, 100.0, 5, Some(10.0));
    assert_near(e.map(|e| e.max).unwrap_or(0.0), 115.87);
}

#[test]
fn e1rm_from_100_for_5_at_rpe_8_is_123_30_whatever_the_formula() {
    for formula in Formula::ALL {
        let e = estimate(formula, 100.0, 5, Some(8.0)).unwrap_or(Estimate {
            max: 0.0,
            low: 0.0,
            high: 0.0,
            high_reps: true,
        });
        assert_near(e.max, 123.30);
        assert_eq!((e.low, e.high, e.high_reps), (e.max, e.max, false));
    }
}

#[test]
fn load_for_120_at_5_at_rpe_8_is_97_32() {
    assert_near(
        load_for(Formula::Brzycki, 120.0, 5, Some(8.0)).unwrap_or(0.0),
        97.32,
    );
}

#[test]
fn spread_for_100_for_5() {
    let e = estimate(Formula::Epley, 100.0, 5, None);
    let e = e.unwrap_or(Estimate {
        max: 0.0,
        low: 0.0,
        high: 0.0,
        high_reps: true,
    });
    assert_near(e.max, 116.67);
    assert_near(e.low, 112.50);
    assert_near(e.high, 119.01);
    assert!(!e.high_reps);
    // Both ends of the spread come from a named formula.
    assert_near(Formula::OConner.raw_estimate(100.0, 5.0), e.low);
    assert_near(Formula::Brzycki.raw_estimate(100.0, 5.0), e.low);
    assert_near(Formula::Mayhew.raw_estimate(100.0, 5.0), e.high);
}

#[test]
fn ten_reps_is_trusted_eleven_warns() {
    assert_eq!(
        estimate(Formula::Epley, 100.0, 10, None).map(|e| e.high_reps),
        Ok(false)
    );
    assert_eq!(
        estimate(Formula::Epley, 100.0, 11, None).map(|e| e.high_reps),
        Ok(true)
    );
    assert_eq!(
        estimate(Formula::Epley, 100.0, 20, None).map(|e| e.high_reps),
        Ok(true)
    );
}

#[test]
fn refusals() {
    let f = Formula::Epley;
    assert_eq!(
        estimate(f, 100.0, 21, None),
        Err(EstimateError::TooManyReps)
    );
    assert_eq!(estimate(f, 100.0, 0, None), Err(EstimateError::BadReps));
    assert_eq!(estimate(f, 0.0, 5, None), Err(EstimateError::BadLoad));
    assert_eq!(estimate(f, -100.0, 5, None), Err(EstimateError::BadLoad));
    assert_eq!(estimate(f, f64::NAN, 5, None), Err(EstimateError::BadLoad));
    assert_eq!(
        estimate(f, f64::INFINITY, 5, None),
        Err(EstimateError::BadLoad)
    );
    assert_eq!(estimate(f, f64::MAX, 5, None), Err(EstimateError::BadLoad));
    assert_eq!(
        estimate(f, 100.0, 13, Some(8.0)),
        Err(EstimateError::BadRpe)
    );
    assert_eq!(
        estimate(f, 100.0, 5, Some(8.25)),
        Err(EstimateError::BadRpe)
    );
    assert_eq!(estimate(f, 100.0, 5, Some(5.5)), Err(EstimateError::BadRpe));
    assert_eq!(
        estimate(f, 100.0, 5, Some(f64::NAN)),
        Err(EstimateError::BadRpe)
    );
    assert_eq!(
        load_for(f, 120.0, 21, None),
        Err(EstimateError::TooManyReps)
    );
    assert_eq!(load_for(f, 120.0, 0, None), Err(EstimateError::BadReps));
    assert_eq!(
        load_for(f, f64::NEG_INFINITY, 5, None),
        Err(EstimateError::BadLoad)
    );
    assert_eq!(
        load_for(f, 120.0, 5, Some(11.0)),
        Err(EstimateError::BadRpe)
    );
}

#[test]
fn no_panic_where_formulas_break_down() {
    for formula in Formula::ALL {
        for reps in [36, 37, 38, 100, u32::MAX] {
            assert_eq!(
                estimate(formula, 100.0, reps, None),
                Err(EstimateError::TooManyReps)
            );
            assert_eq!(
                load_for(formula, 100.0, reps, None),
                Err(EstimateError::TooManyReps)
            );
            // The bare formulas may give nonsense there, but never panic.
            let _ = formula.raw_estimate(100.0, f64::from(reps));
            let _ = formula.raw_load_for(100.0, f64::from(reps));
        }
    }
}

#[test]
fn formula_names_and_keys() {
    assert_eq!(Formula::default(), Formula::Epley);
    assert_eq!(Formula::OConner.name(), "O'Conner");
    assert_eq!(Formula::OConner.key(), "oconner");
    for formula in Formula::ALL {
        assert_eq!(Formula::from_key(formula.key()), Some(formula));
        assert_eq!(formula.key(), formula.key().to_ascii_lowercase());
    }
    assert_eq!(Formula::from_key(" Mayhew "), Some(Formula::Mayhew));
    assert_eq!(Formula::from_key("o'conner"), None);
    assert_eq!(Formula::from_key(""), None);
}

#[test]
fn training_max_is_ninety_percent() {
    assert_near(training_max(100.0), 90.0);
    assert_near(training_max(142.5), 128.25);
}

#[test]
fn every_error_has_a_message() {
    for e in [
        EstimateError::BadLoad,
        EstimateError::BadReps,
        EstimateError::TooManyReps,
        EstimateError::BadRpe,
    ] {
        assert!(!e.message().is_empty());
    }
}

fn formula() -> impl Strategy<Value = Formula> {
    prop::sample::select(Formula::ALL.to_vec())
}

fn rpe() -> impl Strategy<Value = f64> {
    (0..=8u32).prop_map(|step| 6.0 + f64::from(step) * 0.5)
}

proptest! {
    #[test]
    fn raw_formulas_rise_with_reps(f in formula(), load in 1.0..1000.0f64, reps in 1..20u32) {
        let r = f64::from(reps);
        prop_assert!(f.raw_estimate(load, r + 1.0) > f.raw_estimate(load, r));
        prop_assert!(f.raw_load_for(load, r + 1.0) < f.raw_load_for(load, r));
    }

    #[test]
    fn estimate_rises_with_reps(f in formula(), load in 1.0..1000.0f64, reps in 1..20u32) {
        let lower = estimate(f, load, reps, None).map(|e| e.max);
        let higher = estimate(f, load, reps + 1, None).map(|e| e.max);
        prop_assert!(matches!((lower, higher), (Ok(a), Ok(b)) if a <= b));
    }

    #[test]
    fn estimate_rises_with_load(
        f in formula(), a in 0.5..2200.0f64, b in 0.5..2200.0f64, reps in 1..=20u32,
    ) {
        let (light, heavy) = if a <= b { (a, b) } else { (b, a) };
        let lower = estimate(f, light, reps, None).map(|e| e.max);
        let higher = estimate(f, heavy, reps, None).map(|e| e.max);
        prop_assert!(matches!((lower, higher), (Ok(x), Ok(y)) if x <= y));
    }

    #[test]
    fn estimate_at_rpe_rises_with_load(
        a in 0.5..2200.0f64, b in 0.5..2200.0f64, reps in 1..=12u32, rpe in rpe(),
    ) {
        let (light, heavy) = if a <= b { (a, b) } else { (b, a) };
        let lower = estimate(Formula::Epley, light, reps, Some(rpe)).map(|e| e.max);
        let higher = estimate(Formula::Epley, heavy, reps, Some(rpe)).map(|e| e.max);
        prop_assert!(matches!((lower, higher), (Ok(x), Ok(y)) if x <= y));
    }

    #[test]
    fn spread_holds_the_estimate(f in formula(), load in 0.5..2200.0f64, reps in 1..=20u32) {
        let e = estimate(f, load, reps, None);
        prop_assert!(matches!(e, Ok(e) if e.low <= e.max && e.max <= e.high));
    }

    #[test]
    fn inverse_round_trips(f in formula(), load in 0.5..2200.0f64, reps in 1..=20u32) {
        let back = estimate(f, load, reps, None).and_then(|e| load_for(f, e.max, reps, None));
        prop_assert!(matches!(back, Ok(w) if near(w, load)), "{back:?} vs {load}");
    }

    #[test]
    fn inverse_round_trips_at_rpe(load in 0.5..2200.0f64, reps in 1..=12u32, rpe in rpe()) {
        let f = Formula::Wathan;
        let back = estimate(f, load, reps, Some(rpe)).and_then(|e| load_for(f, e.max, reps, Some(rpe)));
        prop_assert!(matches!(back, Ok(w) if near(w, load)), "{back:?} vs {load}");
    }

    #[test]
    fn any_input_is_an_error_or_finite(
        f in formula(),
        load in proptest::num::f64::ANY,
        reps in any::<u32>(),
        rpe in proptest::option::of(proptest::num::f64::ANY),
    ) {
        if let Ok(e) = estimate(f, load, reps, rpe) {
            for x in [e.max, e.low, e.high] {
                prop_assert!(x.is_finite() && x > 0.0);
            }
        }
        if let Ok(w) = load_for(f, load, reps, rpe) {
            prop_assert!(w.is_finite() && w > 0.0);
        }
    }

    #[test]
    fn small_reps_and_chart_rpes_are_never_refused_for_sane_loads(
        f in formula(), load in 0.5..2200.0f64, reps in 1..=12u32, rpe in proptest::option::of(rpe()),
    ) {
        prop_assert!(estimate(f, load, reps, rpe).is_ok());
        prop_assert!(load_for(f, load, reps, rpe).is_ok());
    }
}

#[test]
fn counts_group_their_thousands() {
    use backoff::core::units::thousands;
    assert_eq!(thousands(0), "0");
    assert_eq!(thousands(999), "999");
    assert_eq!(thousands(1_234), "1,234");
    assert_eq!(thousands(20_000), "20,000");
    assert_eq!(thousands(1_234_567), "1,234,567");
}
