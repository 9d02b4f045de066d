//! Wall-clock time. `Date.now()`, not `performance.now()`: the latter stops while a phone sleeps.

use crate::core::calendar::Offsets;

/// Milliseconds since the epoch, as the core's `now_ms` arguments expect.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Minutes the local time is ahead of UTC (negative west of Greenwich), for the core's
/// calendar days.
pub fn utc_offset_min() -> f64 {
    -js_sys::Date::new_0().get_timezone_offset()
}

/// The local clock's offsets from UTC from 1970 to a year ahead: each change (summer time,
/// a new zone rule) found week by week, then to the second. About 3,000 dates asked, once for
/// each file read or written.
pub fn offsets() -> Offsets {
    const WEEK_MS: f64 = 7.0 * 86_400_000.0;
    let at = |ms: f64| -js_sys::Date::new(&ms.into()).get_timezone_offset();
    let end = now_ms() + 53.0 * WEEK_MS;
    let mut changes = vec![(0.0, at(0.0))];
    let (mut t, mut now) = (0.0, at(0.0));
    while t < end {
        let next = t + WEEK_MS;
        let then = at(next);
        if then != now {
            let (mut before, mut after) = (t, next);
            while after - before > 1000.0 {
                let mid = ((before + after) / 2.0).floor();
                match at(mid) == now {
                    true => before = mid,
                    false => after = mid,
                }
            }
            changes.push((after, then));
            now = then;
        }
        t = next;
    }
    Offsets::new(utc_offset_min(), changes)
}

/// The local time of day `ms` falls on, as `14:32`.
pub fn time_of_day(ms: f64) -> String {
    let d = js_sys::Date::new(&ms.into());
    format!("{}:{:02}", d.get_hours(), d.get_minutes())
}

/// A short local date such as `20 Nov`.
pub fn short_date(ms: f64) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let d = js_sys::Date::new(&ms.into());
    let month = MONTHS.get(d.get_month() as usize).copied().unwrap_or("");
    format!("{} {}", d.get_date(), month)
}
