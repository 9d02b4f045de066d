//! Wall-clock time. `Date.now()`, not `performance.now()`: the latter stops while a phone sleeps.

/// Milliseconds since the epoch, as the core's `now_ms` arguments expect.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Minutes the local time is ahead of UTC (negative west of Greenwich), for the core's
/// calendar days.
pub fn utc_offset_min() -> f64 {
    -js_sys::Date::new_0().get_timezone_offset()
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
