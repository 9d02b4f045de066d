//! Timing of the plate loader (no criterion: plain `Instant`). A session plan builds one `Loader`
//! and asks it ~10 times, so both the warm `load` and the cold `new` + `load` matter.
//!
//! Run with `cargo bench --bench plates`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use backoff::core::loading::{Equipment, Loader};
use backoff::core::plates::{standard_plates, Barbell, Plate, PlateStock, Rounding};
use backoff::core::units::{Unit, Weight};

const MODES: [Rounding; 3] = [Rounding::Down, Rounding::Nearest, Rounding::Up];

/// 12 kg denominations, 10 pairs each: the budget case (target: under 50 µs per call).
fn twelve_kg() -> Equipment {
    let weights = [
        25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 2.0, 1.5, 1.25, 1.0, 0.5, 0.25,
    ];
    let plates = weights
        .iter()
        .map(|&weight| PlateStock {
            plate: Plate {
                weight,
                unit: Unit::Kg,
            },
            pairs: 10,
        })
        .collect();
    barbell(Weight::new(20.0, Unit::Kg), plates)
}

fn barbell(bar: Weight, plates: Vec<PlateStock>) -> Equipment {
    Equipment::Barbell(Barbell {
        bar,
        collar: Weight::new(0.0, bar.unit),
        plates,
    })
}

/// Targets 20..=500 kg in 0.5 kg steps.
fn targets() -> Vec<f64> {
    (0..=960).map(|i| 20.0 + f64::from(i) * 0.5).collect()
}

/// Runs `f` for at least `min` wall time (and at least once) and returns the time per call.
fn per_call(min: Duration, calls_per_round: usize, mut f: impl FnMut()) -> Duration {
    f(); // warm caches and the allocator
    let start = Instant::now();
    let mut rounds = 0u32;
    while rounds == 0 || start.elapsed() < min {
        f();
        rounds += 1;
    }
    start.elapsed() / (rounds * calls_per_round as u32)
}

fn show(name: &str, d: Duration) {
    println!("plates/{name}: {:.2} µs per call", d.as_secs_f64() * 1e6);
}

fn bench(label: &str, eq: &Equipment, asked: Unit) {
    let min = Duration::from_millis(500);
    let targets = targets();
    let calls = targets.len() * MODES.len();
    let new = per_call(min, 1, || {
        black_box(Loader::new(black_box(eq)));
    });
    show(&format!("{label}new"), new);
    let loader = Loader::new(eq);
    let warm = per_call(min, calls, || {
        for &t in &targets {
            for mode in MODES {
                black_box(loader.load(black_box(t), asked, mode));
            }
        }
    });
    show(&format!("{label}warm"), warm);
    // Cold: a fresh Loader for every call, on a stride of the targets to keep the run short.
    let sample: Vec<f64> = targets.iter().copied().step_by(16).collect();
    let cold = per_call(min, sample.len() * MODES.len(), || {
        for &t in &sample {
            for mode in MODES {
                black_box(Loader::new(black_box(eq)).load(black_box(t), asked, mode));
            }
        }
    });
    show(&format!("{label}cold"), cold);
}

fn main() {
    println!("12 kg denominations x 10 pairs, 20 kg bar, targets 20-500 kg x 3 modes");
    bench("", &twelve_kg(), Unit::Kg);
    println!("mixed units: 20 kg bar, standard lb plates, targets asked in kg");
    bench(
        "mixed/",
        &barbell(Weight::new(20.0, Unit::Kg), standard_plates(Unit::Lb)),
        Unit::Kg,
    );
    println!("kg and lb plates on one bar (sparse table): standard kg + standard lb plates");
    let mut both = standard_plates(Unit::Kg);
    both.extend(standard_plates(Unit::Lb));
    bench(
        "kg+lb/",
        &barbell(Weight::new(20.0, Unit::Kg), both),
        Unit::Kg,
    );
    println!("absurd inventory: 32 odd sizes x 50 pairs (tables overflow, light plates dropped)");
    let odd = (0..32)
        .map(|i| PlateStock {
            plate: Plate {
                weight: 0.37 + f64::from(i) * 0.618_033_9,
                unit: Unit::Kg,
            },
            pairs: 50,
        })
        .collect();
    bench(
        "absurd/",
        &barbell(Weight::new(20.0, Unit::Kg), odd),
        Unit::Kg,
    );
}
