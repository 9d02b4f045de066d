//! Dates for people and files, from wall-clock ms and the local UTC offset the shell reads:
//! "3 Dec 2026" on the page, "2026-12-03 18:05:00" in an export.

const DAY_MS: f64 = 86_400_000.0;
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The years a date read from a file may be in: a training log starts after 1970.
pub const YEARS: std::ops::RangeInclusive<i64> = 1970..=9999;

/// A local calendar date and time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    pub year: i64,
    /// 1 to 12.
    pub month: u32,
    /// 1 to 31.
    pub day: u32,
    /// Seconds since local midnight.
    pub seconds: u32,
}

impl LocalTime {
    /// The local time `year-month-day` at `seconds` past midnight, when it is a real day of the
    /// calendar within [`YEARS`] (`None` for 31 June, a 25th hour or the year 20000).
    pub fn new(year: i64, month: u32, day: u32, seconds: u32) -> Option<LocalTime> {
        if !YEARS.contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        let t = LocalTime {
            year,
            month,
            day,
            seconds,
        };
        let (y, m, d) = civil(days_from_civil(year, month, day));
        ((y, m, d) == (year, month, day) && seconds < 86_400).then_some(t)
    }

    /// The wall-clock ms of this local time where the clock is `utc_offset_min` minutes east
    /// of UTC: the inverse of [`LocalTime::at`].
    pub fn to_ms(&self, utc_offset_min: f64) -> f64 {
        let days = days_from_civil(self.year, self.month, self.day) as f64;
        days * DAY_MS + f64::from(self.seconds) * 1000.0 - utc_offset_min * 60_000.0
    }

    /// The local time at `at_ms` where the clock is `utc_offset_min` minutes east of UTC.
    pub fn at(at_ms: f64, utc_offset_min: f64) -> LocalTime {
        let local = at_ms + utc_offset_min * 60_000.0;
        let days = (local / DAY_MS).floor();
        let seconds = ((local - days * DAY_MS) / 1000.0).floor() as u32;
        let (year, month, day) = civil(days as i64);
        LocalTime {
            year,
            month,
            day,
            seconds: seconds.min(86_399),
        }
    }

    /// "3 Dec 2026".
    pub fn day_label(&self) -> String {
        let month = MONTHS[(self.month as usize + 11) % 12];
        format!("{} {month} {}", self.day, self.year)
    }

    /// "3 Dec", for a chart's axis.
    pub fn short_label(&self) -> String {
        let month = MONTHS[(self.month as usize + 11) % 12];
        format!("{} {month}", self.day)
    }

    /// "2026-12-03".
    pub fn iso_date(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// "2026-12-03 18:05:00", as Strong's export writes it.
    pub fn iso_date_time(&self) -> String {
        let (h, m, s) = (
            self.seconds / 3600,
            self.seconds / 60 % 60,
            self.seconds % 60,
        );
        format!("{} {h:02}:{m:02}:{s:02}", self.iso_date())
    }
}

/// The local clock's offsets from UTC over the years (summer and winter time), as the shell
/// reads them: a file's times are read and written at the offset of their own date, so a
/// workout at 18:00 in July is 18:00 in a file read or written in December.
#[derive(Clone, Debug, PartialEq)]
pub struct Offsets {
    /// From each change on (wall-clock ms), minutes east of UTC; oldest first, never empty.
    /// The first holds before its start too.
    changes: Vec<(f64, f64)>,
}

impl Offsets {
    /// One offset at every date (a place without summer time, or a test).
    pub fn fixed(utc_offset_min: f64) -> Offsets {
        Offsets {
            changes: vec![(0.0, utc_offset_min)],
        }
    }

    /// From the changes the shell found (`(from_ms, minutes east)`, in any order); with none,
    /// `now_min` at every date.
    pub fn new(now_min: f64, mut changes: Vec<(f64, f64)>) -> Offsets {
        changes.retain(|(from, min)| from.is_finite() && min.is_finite());
        changes.sort_by(|a, b| a.0.total_cmp(&b.0));
        match changes.is_empty() {
            true => Offsets::fixed(now_min),
            false => Offsets { changes },
        }
    }

    /// The offset in force at `ms`.
    pub fn at(&self, ms: f64) -> f64 {
        let after = self.changes.partition_point(|(from, _)| *from <= ms);
        let change = self.changes.get(after.saturating_sub(1));
        change.map_or(0.0, |(_, min)| *min)
    }

    /// The local time at `ms`, at the offset in force then.
    pub fn local(&self, ms: f64) -> LocalTime {
        LocalTime::at(ms, self.at(ms))
    }

    /// The wall-clock ms of the local time `t`, at the offset in force then (in the hour the
    /// clocks go back, which comes twice, the later; in the hour they skip, the hour after).
    pub fn to_ms(&self, t: &LocalTime) -> f64 {
        // The offsets in force within a day of it: a reading is right when its own instant
        // has the offset it was read at.
        let near = t.to_ms(0.0);
        let day = 86_400_000.0;
        let readings = [near - day, near, near + day].map(|ms| t.to_ms(self.at(ms)));
        let right = readings
            .into_iter()
            .filter(|ms| t.to_ms(self.at(*ms)) == *ms)
            .reduce(f64::max);
        // None is right in the hour the clocks skip: read at the offset before, it is the
        // hour after (02:30 is 03:30 summer time), the latest reading.
        right.unwrap_or_else(|| readings.into_iter().fold(f64::MIN, f64::max))
    }
}

/// The month (1 to 12) an English abbreviation names ("Jul"), in any case.
pub fn month_number(abbr: &str) -> Option<u32> {
    let i = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(abbr))?;
    u32::try_from(i + 1).ok()
}

/// A proleptic Gregorian (year, month, day) to days since 1970-01-01: Howard Hinnant's
/// `days_from_civil`, the inverse of [`civil`].
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = year - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Days since 1970-01-01 to a proleptic Gregorian (year, month, day): Howard Hinnant's
/// `civil_from_days`, in whole numbers so every day of any year is exact.
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}
