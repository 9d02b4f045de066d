//! The rest timer as a pure state machine. It owns no clock: every call that needs the time takes
//! `now_ms`, wall-clock milliseconds (`Date.now()`), because a locked phone freezes ticks and
//! `performance.now()` but not the wall clock. The state stores an end time, never a count of
//! ticks, so a page that slept shows the right time the moment it wakes.

use super::scheme::MAX_REST_S;
use super::units::InputError;

/// The longest rest the timer takes: a day; anything longer is a typo.
pub const MAX_DURATION_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;

/// Where the rest timer is.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub enum RestTimer {
    /// Not resting.
    #[default]
    Idle,
    /// Counting down to a wall-clock end; `duration_ms` is the whole rest (for the progress ring).
    Running { ends_at_ms: f64, duration_ms: f64 },
    /// Stopped with `remaining_ms` left of a rest of `duration_ms`.
    Paused { remaining_ms: f64, duration_ms: f64 },
    /// Rest is over; overtime counts from `ended_at_ms`.
    Finished { ended_at_ms: f64, duration_ms: f64 },
}

/// Something the lifter does to the timer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TimerAction {
    /// Start a new rest of `duration_ms` (from any state).
    Start { duration_ms: f64 },
    /// Stop the countdown, keeping what is left.
    Pause,
    /// Carry on after a pause.
    Resume,
    /// Add `ms` to the rest; negative takes time off.
    Add { ms: f64 },
    /// End the rest now.
    Skip,
    /// Back to idle.
    Reset,
}

impl RestTimer {
    /// The state after `action` at `now_ms`. A non-finite time or amount leaves it unchanged.
    pub fn apply(self, action: TimerAction, now_ms: f64) -> RestTimer {
        if !now_ms.is_finite() {
            return self;
        }
        // Settling first makes an unticked Running-past-its-end behave like the Finished state
        // the page would have shown, whatever the tick timing was.
        let state = self.repaired().settle(now_ms);
        match action {
            TimerAction::Start { duration_ms } if duration_ms.is_finite() => {
                let duration_ms = duration_ms.clamp(0.0, MAX_DURATION_MS);
                if duration_ms == 0.0 {
                    RestTimer::Finished {
                        ended_at_ms: now_ms,
                        duration_ms,
                    }
                } else {
                    RestTimer::Running {
                        ends_at_ms: now_ms + duration_ms,
                        duration_ms,
                    }
                }
            }
            TimerAction::Pause => match state {
                RestTimer::Running {
                    ends_at_ms,
                    duration_ms,
                } => {
                    let remaining_ms = (ends_at_ms - now_ms).min(MAX_DURATION_MS);
                    RestTimer::Paused {
                        remaining_ms,
                        duration_ms: duration_ms.max(remaining_ms),
                    }
                }
                other => other,
            },
            TimerAction::Resume => match state {
                RestTimer::Paused {
                    remaining_ms,
                    duration_ms,
                } if remaining_ms > 0.0 => RestTimer::Running {
                    ends_at_ms: now_ms + remaining_ms,
                    duration_ms,
                },
                RestTimer::Paused { duration_ms, .. } => RestTimer::Finished {
                    ended_at_ms: now_ms,
                    duration_ms,
                },
                other => other,
            },
            TimerAction::Add { ms } if ms.is_finite() => state.add(ms, now_ms),
            TimerAction::Skip => match state {
                RestTimer::Running { duration_ms, .. } | RestTimer::Paused { duration_ms, .. } => {
                    RestTimer::Finished {
                        ended_at_ms: now_ms,
                        duration_ms,
                    }
                }
                other => other,
            },
            TimerAction::Reset => RestTimer::Idle,
            TimerAction::Start { .. } | TimerAction::Add { .. } => self,
        }
    }

    /// A Running state whose end has passed becomes Finished at that end; anything else is kept.
    pub fn settle(self, now_ms: f64) -> RestTimer {
        match self {
            RestTimer::Running {
                ends_at_ms,
                duration_ms,
            } if ends_at_ms <= now_ms => RestTimer::Finished {
                ended_at_ms: ends_at_ms,
                duration_ms,
            },
            other => other,
        }
    }

    /// The same state with whatever storage could not have meant made safe: a missing or
    /// infinite time makes it Idle, a negative or missing length becomes 0, and a pause never
    /// holds more than its whole rest.
    pub fn repaired(self) -> RestTimer {
        let length = |ms: f64| if ms.is_finite() && ms > 0.0 { ms } else { 0.0 };
        match self {
            RestTimer::Running {
                ends_at_ms,
                duration_ms,
            } if ends_at_ms.is_finite() => RestTimer::Running {
                ends_at_ms,
                duration_ms: length(duration_ms),
            },
            RestTimer::Paused {
                remaining_ms,
                duration_ms,
            } if remaining_ms.is_finite() => {
                let remaining_ms = length(remaining_ms).min(MAX_DURATION_MS);
                RestTimer::Paused {
                    remaining_ms,
                    duration_ms: length(duration_ms).max(remaining_ms),
                }
            }
            RestTimer::Finished {
                ended_at_ms,
                duration_ms,
            } if ended_at_ms.is_finite() => RestTimer::Finished {
                ended_at_ms,
                duration_ms: length(duration_ms),
            },
            _ => RestTimer::Idle,
        }
    }

    /// Time left in the rest: never negative, 0 when idle or finished.
    pub fn remaining_ms(&self, now_ms: f64) -> f64 {
        match *self {
            RestTimer::Running { ends_at_ms, .. } => non_negative(ends_at_ms - now_ms),
            RestTimer::Paused { remaining_ms, .. } => non_negative(remaining_ms),
            RestTimer::Idle | RestTimer::Finished { .. } => 0.0,
        }
    }

    /// Time past the end of the rest: never negative, 0 until the rest is over.
    pub fn overtime_ms(&self, now_ms: f64) -> f64 {
        match *self {
            RestTimer::Running {
                ends_at_ms: end, ..
            }
            | RestTimer::Finished {
                ended_at_ms: end, ..
            } => non_negative(now_ms - end),
            RestTimer::Idle | RestTimer::Paused { .. } => 0.0,
        }
    }

    /// The share of the rest elapsed, 0 to 1: 0 when idle, 1 when finished.
    pub fn progress(&self, now_ms: f64) -> f64 {
        let duration_ms = match *self {
            RestTimer::Idle => return 0.0,
            RestTimer::Finished { .. } => return 1.0,
            RestTimer::Running { duration_ms, .. } | RestTimer::Paused { duration_ms, .. } => {
                duration_ms
            }
        };
        let remaining_ms = self.remaining_ms(now_ms);
        if !(duration_ms.is_finite() && duration_ms > 0.0) {
            // Only a damaged stored state gets here; show it as done only if nothing is left.
            return if remaining_ms > 0.0 { 0.0 } else { 1.0 };
        }
        (1.0 - remaining_ms / duration_ms).clamp(0.0, 1.0)
    }

    /// The wall-clock end while running (for "next set at 14:32"); `None` otherwise.
    pub fn ends_at_ms(&self) -> Option<f64> {
        match *self {
            RestTimer::Running { ends_at_ms, .. } if ends_at_ms.is_finite() => Some(ends_at_ms),
            _ => None,
        }
    }

    // `self` is repaired and settled at `now_ms`, and `ms` is finite.
    fn add(self, ms: f64, now_ms: f64) -> RestTimer {
        match self {
            RestTimer::Running {
                ends_at_ms,
                duration_ms,
            } => {
                let before = ends_at_ms - now_ms;
                let after = (before + ms).min(MAX_DURATION_MS);
                if after <= 0.0 {
                    RestTimer::Finished {
                        ended_at_ms: now_ms,
                        duration_ms,
                    }
                } else {
                    RestTimer::Running {
                        ends_at_ms: now_ms + after,
                        duration_ms: grow(duration_ms, after - before),
                    }
                }
            }
            RestTimer::Paused {
                remaining_ms,
                duration_ms,
            } => {
                let after = (remaining_ms + ms).clamp(0.0, MAX_DURATION_MS);
                // `max` because rounding in the sum could leave the whole a hair under the part.
                let duration_ms = grow(duration_ms, after - remaining_ms).max(after);
                RestTimer::Paused {
                    remaining_ms: after,
                    duration_ms,
                }
            }
            RestTimer::Finished { .. } if ms > 0.0 => {
                let duration_ms = ms.min(MAX_DURATION_MS);
                RestTimer::Running {
                    ends_at_ms: now_ms + duration_ms,
                    duration_ms,
                }
            }
            other => other,
        }
    }
}

/// What a screen reader is told when the lifter changes the rest: said once, at the change, and
/// never every second. After +/-15 s it says what is left now, not the length it started with.
pub fn words(action: TimerAction, after: &RestTimer, now_ms: f64) -> String {
    let left = || format!("{} left.", format_clock(after.remaining_ms(now_ms)));
    match (action, after) {
        (_, RestTimer::Idle) => String::new(),
        (_, RestTimer::Finished { .. }) => "Rest over.".into(),
        (_, RestTimer::Paused { .. }) => format!("Rest paused, {}", left()),
        (TimerAction::Start { duration_ms }, _) => {
            format!("Rest of {} started.", format_clock(duration_ms))
        }
        (
            TimerAction::Add { .. }
            | TimerAction::Resume
            | TimerAction::Pause
            | TimerAction::Skip
            | TimerAction::Reset,
            _,
        ) => left(),
    }
}

/// Shows the countdown as m:ss ("1:30", "0:05", "12:00"), rounding up to the whole second so
/// "0:00" appears only at the very end.
pub fn format_clock(ms: f64) -> String {
    clock((non_negative(ms) / 1000.0).ceil())
}

/// Shows time past the end as "+m:ss" ("+0:12"), rounding down to the whole second.
pub fn format_overtime(ms: f64) -> String {
    format!("+{}", clock((non_negative(ms) / 1000.0).floor()))
}

/// Reads a rest the lifter typed: `90` (seconds) or `1:30` (m:ss), from 1 s to
/// [`MAX_REST_S`], in ms.
pub fn parse_duration(text: &str) -> Result<f64, InputError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(InputError::Empty);
    }
    let number = |n: &str| n.parse::<u32>().map_err(|_| InputError::NotANumber);
    let seconds = match t.split_once(':') {
        Some((m, s)) if s.len() == 2 => {
            let s = number(s)
                .ok()
                .filter(|s| *s < 60)
                .ok_or(InputError::NotANumber)?;
            number(m)?.saturating_mul(60).saturating_add(s)
        }
        Some(_) => return Err(InputError::NotANumber),
        None => number(t)?,
    };
    if (1..=MAX_REST_S).contains(&seconds) {
        Ok(f64::from(seconds) * 1000.0)
    } else {
        Err(InputError::OutOfRange {
            min: 1.0,
            max: f64::from(MAX_REST_S),
        })
    }
}

fn clock(seconds: f64) -> String {
    // `as` saturates, so even an absurd value cannot panic here.
    let seconds = seconds as u64;
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

// The ring counts only added time as part of the rest; time taken off leaves the whole alone.
fn grow(duration_ms: f64, added_ms: f64) -> f64 {
    (duration_ms + non_negative(added_ms)).min(f64::MAX)
}

fn non_negative(ms: f64) -> f64 {
    if ms.is_finite() && ms > 0.0 {
        ms
    } else {
        0.0
    }
}
