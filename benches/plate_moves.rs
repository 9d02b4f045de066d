//! Timing of "fewest changes": a 12-exercise session planned with kg and lb plates on one bar,
//! every exercise's plates chosen together (target: median under 5 ms natively).
//!
//! Run with `cargo bench --bench plate_moves`.

use std::hint::black_box;
use std::time::Instant;

use backoff::core::plate_moves::{fewest_changes, LoadingGoal};
use backoff::core::plates::standard_plates;
use backoff::core::plates::Plate;
use backoff::core::scheme::Builtin;
use backoff::core::session::{Exercise, Settings};
use backoff::core::units::Unit;
use backoff::core::warm_ups::WarmUpChoice;

fn session() -> Vec<Exercise> {
    let schemes = [
        Builtin::StrengthBackOff,
        Builtin::Goto,
        Builtin::TopSetDownSets,
        Builtin::FiveThreeOneWeek3,
    ];
    (0..12)
        .map(|i| {
            let mut e = Exercise::new(
                &format!("Lift {i}"),
                60.0 + 12.5 * f64::from(i),
                schemes[i as usize % 4],
            );
            e.warm_up = WarmUpChoice::Ramp;
            e
        })
        .collect()
}

fn median_ms(settings: &Settings, exercises: &[Exercise]) -> f64 {
    let mut times: Vec<f64> = (0..41)
        .map(|_| {
            let start = Instant::now();
            for e in exercises {
                black_box(e.plan(black_box(settings)).ok());
            }
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let mut plates = standard_plates(Unit::Kg);
    plates.extend(standard_plates(Unit::Lb));
    let plain = Settings {
        plates,
        ..Settings::default()
    };
    let changes = Settings {
        goal: LoadingGoal::FewestChanges,
        ..plain.clone()
    };
    let exercises = session();
    println!("12 exercises with ramps, standard kg + lb plates on a 20 kg bar, median of 41");
    println!(
        "plate_moves/fewest plates: {:.2} ms a session",
        median_ms(&plain, &exercises)
    );
    println!(
        "plate_moves/fewest changes: {:.2} ms a session",
        median_ms(&changes, &exercises)
    );
    // The search alone, on the sets fewest plates planned.
    let loaded: Vec<Vec<Option<Vec<Plate>>>> = exercises
        .iter()
        .map(|e| {
            let sets = e.plan(&plain).map(|p| p.1).unwrap_or_default();
            sets.iter()
                .map(|s| s.load().map(|_| s.plates().to_vec()))
                .collect()
        })
        .collect();
    let mut times: Vec<f64> = (0..41)
        .map(|_| {
            let start = Instant::now();
            for sets in &loaded {
                black_box(fewest_changes(&plain.plates, 1, black_box(sets)));
            }
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "plate_moves/the search alone: {:.2} ms a session",
        times[times.len() / 2]
    );
}
