//! A lift's chart as geometry: the estimated max of each session (left axis) and the back-off
//! reps (right axis) over time, with records marked. The page only draws what this returns, so
//! the scales are tested natively and a chart of years costs one pass over its sessions.

use super::calendar::LocalTime;
use super::progress::Lift;
use super::units::{fmt, Unit};

/// The drawing's size, in SVG user units (it scales to the width of the screen).
pub const WIDTH: f64 = 320.0;
pub const HEIGHT: f64 = 170.0;
const LEFT: f64 = 34.0;
const RIGHT: f64 = 26.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 22.0;

/// A point of a series, and whether it is a record.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
    pub record: bool,
}

/// A label on an axis, at its position along that axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub at: f64,
    pub text: String,
}

/// Everything the page draws.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// Estimated max per session, oldest first, and its polyline ("M x y L x y ...").
    pub max_points: Vec<Point>,
    pub max_path: String,
    /// Back-off reps per session that logged them, and their polyline.
    pub rep_points: Vec<Point>,
    pub rep_path: String,
    /// Left (max, in `unit`), right (reps) and bottom (date) labels.
    pub max_ticks: Vec<Tick>,
    pub rep_ticks: Vec<Tick>,
    pub date_ticks: Vec<Tick>,
}

/// The chart of `lift` in `unit`, or `None` with nothing to draw.
pub fn chart(lift: &Lift, unit: Unit, utc_offset_min: f64) -> Option<Chart> {
    // Oldest first: the lift keeps its sessions newest first.
    let sessions: Vec<_> = lift.sessions.iter().rev().collect();
    let first = sessions.first()?.at_ms;
    let last = sessions.last()?.at_ms;
    let maxes: Vec<(f64, f64, bool)> = sessions
        .iter()
        .filter_map(|s| Some((s.at_ms, s.best?.max_in(unit), s.record)))
        .collect();
    let reps: Vec<(f64, f64, bool)> = sessions
        .iter()
        .filter_map(|s| Some((s.at_ms, f64::from(s.back_off.as_ref()?.reps), false)))
        .collect();
    // Years of sessions: one point a week, or a month, so the line stays readable.
    let bucket = match (maxes.len().max(reps.len()), last - first) {
        (n, _) if n <= MAX_POINTS => 0.0,
        (_, span) if span / WEEK_MS <= MAX_POINTS as f64 => WEEK_MS,
        _ => MONTH_MS,
    };
    let (maxes, reps) = (thin(maxes, first, bucket), thin(reps, first, bucket));
    if maxes.is_empty() && reps.is_empty() {
        return None;
    }
    let span = (last - first).max(1.0);
    let x = |at: f64| match last > first {
        true => LEFT + (at - first) / span * (WIDTH - LEFT - RIGHT),
        false => (LEFT + WIDTH - RIGHT) / 2.0,
    };
    let (low, high) = nice_range(maxes.iter().map(|m| m.1));
    let top_reps = reps.iter().map(|r| r.1).fold(0.0, f64::max).max(5.0);
    let top_reps = (top_reps / 5.0).ceil() * 5.0;
    let plot = HEIGHT - TOP - BOTTOM;
    let y_max = |v: f64| TOP + (high - v) / (high - low) * plot;
    let y_reps = |v: f64| TOP + (top_reps - v) / top_reps * plot;
    let max_points: Vec<Point> = maxes
        .iter()
        .map(|&(at, v, record)| Point {
            x: x(at),
            y: y_max(v),
            record,
        })
        .collect();
    let rep_points: Vec<Point> = reps
        .iter()
        .map(|&(at, v, _)| Point {
            x: x(at),
            y: y_reps(v),
            record: false,
        })
        .collect();
    let steps = |from: f64, to: f64| [0.0, 0.5, 1.0].map(|f| from + (to - from) * f);
    let max_ticks = match maxes.is_empty() {
        true => Vec::new(),
        false => steps(low, high)
            .into_iter()
            .map(|v| Tick {
                at: y_max(v),
                // Bounds are whole fives, so the middle is at worst a half: "102.5".
                text: fmt(v),
            })
            .collect(),
    };
    let rep_ticks = match reps.is_empty() {
        true => Vec::new(),
        false => steps(0.0, top_reps)
            .into_iter()
            .map(|v| Tick {
                at: y_reps(v),
                text: fmt(v),
            })
            .collect(),
    };
    let date = |at: f64| Tick {
        at: x(at),
        text: LocalTime::at(at, utc_offset_min).short_label(),
    };
    let date_ticks = match last > first {
        true => vec![date(first), date(last)],
        false => vec![date(first)],
    };
    Some(Chart {
        max_path: path(&max_points),
        rep_path: path(&rep_points),
        max_points,
        rep_points,
        max_ticks,
        rep_ticks,
        date_ticks,
    })
}

/// The most points a series draws one per session; past it, one per week or month.
pub const MAX_POINTS: usize = 120;
const WEEK_MS: f64 = 7.0 * 86_400_000.0;
const MONTH_MS: f64 = 30.44 * 86_400_000.0;

/// `points` (oldest first) as one per `bucket` of time from `first` (each the best of its
/// bucket, at its last session, a record if any was); as they are with no bucket.
fn thin(points: Vec<(f64, f64, bool)>, first: f64, bucket: f64) -> Vec<(f64, f64, bool)> {
    if bucket <= 0.0 {
        return points;
    }
    let mut out: Vec<(f64, f64, bool)> = Vec::new();
    let mut last_bucket = f64::NAN;
    for (at, v, record) in points {
        let b = ((at - first) / bucket).floor();
        match out.last_mut() {
            Some(p) if b == last_bucket => *p = (at, p.1.max(v), p.2 || record),
            _ => out.push((at, v, record)),
        }
        last_bucket = b;
    }
    out
}

/// A low and high bound around the values, on whole steps of 5 with a little room, so a flat
/// line sits in the middle rather than on an edge.
fn nice_range(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (lo, hi) = values.fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    if lo > hi {
        return (0.0, 100.0);
    }
    let pad = ((hi - lo) * 0.1).max(2.5);
    let low = ((lo - pad) / 5.0).floor() * 5.0;
    let high = ((hi + pad) / 5.0).ceil() * 5.0;
    (low.max(0.0), high.max(low.max(0.0) + 5.0))
}

/// "M 34.0 80.5 L 60.2 70.1": one decimal is finer than a pixel at any phone width.
fn path(points: &[Point]) -> String {
    let mut d = String::new();
    for (i, p) in points.iter().enumerate() {
        d.push_str(if i == 0 { "M" } else { " L" });
        d.push_str(&format!(" {} {}", fmt1(p.x), fmt1(p.y)));
    }
    d
}

/// One decimal, by integer arithmetic.
pub fn fmt1(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let abs = tenths.unsigned_abs();
    format!("{sign}{}.{}", abs / 10, abs % 10)
}
