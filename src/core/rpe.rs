//! The RTS RPE chart (Tuchscherer, The Reactive Training Manual, 2008): the share of the one-rep
//! max a lifter moves for a number of reps at a rating of perceived exertion.

use super::units::{parse_number, InputError};

/// The most reps the chart covers.
pub const MAX_REPS: u32 = 12;
/// The lowest RPE the chart covers.
pub const MIN_RPE: f64 = 6.0;
/// The highest RPE: no rep left in the tank.
pub const MAX_RPE: f64 = 10.0;

/// Reads an RPE as typed: 6 to 10 in half steps (`8`, `8.5`, `8,5`). The page's field, the URL
/// and the scheme editor all read it here.
pub fn parse_rpe(text: &str) -> Result<f64, InputError> {
    let value = parse_number(text)?;
    if (MIN_RPE..=MAX_RPE).contains(&value) && (value * 2.0).fract() == 0.0 {
        Ok(value)
    } else {
        Err(InputError::OffChart)
    }
}

// The chart is one diagonal: each extra rep costs the same as a full RPE point (two half steps),
// so a single sequence indexed by 2(reps - 1) + 2(10 - RPE) holds every cell.
const DIAGONAL: [f64; 31] = [
    100.0, 97.8, 95.5, 93.9, 92.2, 90.7, 89.2, 87.8, 86.3, 85.0, 83.7, 82.4, 81.1, 79.9, 78.6,
    77.4, 76.2, 75.1, 73.9, 72.3, 70.7, 69.4, 68.0, 66.7, 65.3, 64.0, 62.6, 61.3, 59.9, 58.6, 57.2,
];

/// The share of the 1RM (1.0 = 100%) for `reps` at `rpe`; `None` outside reps 1–12 and RPE 6–10
/// in half steps.
pub fn percent_of_max(reps: u32, rpe: f64) -> Option<f64> {
    if !(1..=MAX_REPS).contains(&reps) || !(MIN_RPE..=MAX_RPE).contains(&rpe) {
        return None;
    }
    let half_steps = (MAX_RPE - rpe) * 2.0;
    if half_steps.fract() != 0.0 {
        return None;
    }
    // Both terms are small and non-negative here, so the casts are exact.
    let index = 2 * (reps as usize - 1) + half_steps as usize;
    DIAGONAL.get(index).map(|percent| percent / 100.0)
}
