//! The rest timer's state machine under every action, with time passed in by hand.

use backoff::core::rest_timer::{
    format_clock, format_overtime, RestTimer, TimerAction, MAX_DURATION_MS,
};
use proptest::prelude::*;

/// Whether the rest is over (finished, or running past its end): what the page shows as
/// "Rest over", from the public state.
fn is_over(t: &RestTimer, now_ms: f64) -> bool {
    matches!(t.settle(now_ms), RestTimer::Finished { .. })
}

use TimerAction::{Add, Pause, Reset, Resume, Skip, Start};

fn started_90s() -> RestTimer {
    RestTimer::Idle.apply(
        Start {
            duration_ms: 90_000.0,
        },
        0.0,
    )
}

#[test]
fn start_counts_down_from_a_stored_end() {
    let t = started_90s();
    assert_eq!(
        t,
        RestTimer::Running {
            ends_at_ms: 90_000.0,
            duration_ms: 90_000.0
        }
    );
    assert_eq!(t.remaining_ms(0.0), 90_000.0);
    assert_eq!(format_clock(t.remaining_ms(0.0)), "1:30");
    assert_eq!(t.remaining_ms(60_000.0), 30_000.0);
    assert_eq!(format_clock(t.remaining_ms(60_000.0)), "0:30");
    assert_eq!(t.progress(0.0), 0.0);
    assert!((t.progress(60_000.0) - 2.0 / 3.0).abs() < 1e-12);
    assert_eq!(t.ends_at_ms(), Some(90_000.0));
    assert!(!is_over(&t, 89_999.0));
    assert!(is_over(&t, 90_000.0));
}

#[test]
fn pause_freezes_and_resume_moves_the_end() {
    let paused = started_90s().apply(Pause, 60_000.0);
    assert_eq!(
        paused,
        RestTimer::Paused {
            remaining_ms: 30_000.0,
            duration_ms: 90_000.0
        }
    );
    assert_eq!(paused.remaining_ms(200_000.0), 30_000.0);
    assert_eq!(paused.ends_at_ms(), None);
    assert!(!is_over(&paused, 1e12));
    let resumed = paused.apply(Resume, 200_000.0);
    assert_eq!(resumed.ends_at_ms(), Some(230_000.0));
    assert_eq!(resumed.remaining_ms(200_000.0), 30_000.0);
}

#[test]
fn pause_and_resume_only_where_they_mean_something() {
    let running = started_90s();
    assert_eq!(running.apply(Resume, 10.0), running);
    assert_eq!(RestTimer::Idle.apply(Pause, 10.0), RestTimer::Idle);
    assert_eq!(RestTimer::Idle.apply(Resume, 10.0), RestTimer::Idle);
    // Pausing after the end is just the end.
    assert_eq!(
        running.apply(Pause, 95_000.0),
        RestTimer::Finished {
            ended_at_ms: 90_000.0,
            duration_ms: 90_000.0
        }
    );
}

#[test]
fn add_time_while_running() {
    let t = started_90s().apply(Add { ms: 15_000.0 }, 60_000.0);
    assert_eq!(t.remaining_ms(60_000.0), 45_000.0);
    assert_eq!(
        t,
        RestTimer::Running {
            ends_at_ms: 105_000.0,
            duration_ms: 105_000.0
        }
    );
    let minus = started_90s().apply(Add { ms: -15_000.0 }, 60_000.0);
    assert_eq!(
        minus,
        RestTimer::Running {
            ends_at_ms: 75_000.0,
            duration_ms: 90_000.0
        }
    );
    let gone = started_90s().apply(Add { ms: -100_000.0 }, 60_000.0);
    assert_eq!(
        gone,
        RestTimer::Finished {
            ended_at_ms: 60_000.0,
            duration_ms: 90_000.0
        }
    );
}

#[test]
fn add_time_while_paused_or_finished() {
    let paused = started_90s().apply(Pause, 60_000.0);
    assert_eq!(
        paused.apply(Add { ms: 15_000.0 }, 70_000.0),
        RestTimer::Paused {
            remaining_ms: 45_000.0,
            duration_ms: 105_000.0
        }
    );
    assert_eq!(
        paused.apply(Add { ms: -100_000.0 }, 70_000.0),
        RestTimer::Paused {
            remaining_ms: 0.0,
            duration_ms: 90_000.0
        }
    );
    let finished = RestTimer::Finished {
        ended_at_ms: 90_000.0,
        duration_ms: 90_000.0,
    };
    assert_eq!(
        finished.apply(Add { ms: 30_000.0 }, 100_000.0),
        RestTimer::Running {
            ends_at_ms: 130_000.0,
            duration_ms: 30_000.0
        }
    );
    assert_eq!(finished.apply(Add { ms: -30_000.0 }, 100_000.0), finished);
    assert_eq!(
        RestTimer::Idle.apply(Add { ms: 30_000.0 }, 0.0),
        RestTimer::Idle
    );
}

#[test]
fn overtime_counts_up_from_the_end() {
    let t = started_90s().apply(Add { ms: -100_000.0 }, 60_000.0);
    assert_eq!(t.overtime_ms(72_000.0), 12_000.0);
    assert_eq!(format_overtime(t.overtime_ms(72_000.0)), "+0:12");
    assert_eq!(t.remaining_ms(72_000.0), 0.0);
    assert_eq!(t.progress(72_000.0), 1.0);
    assert!(is_over(&t, 72_000.0));
    // An unsettled running timer already reports its overtime.
    assert_eq!(started_90s().overtime_ms(102_500.0), 12_500.0);
    assert_eq!(started_90s().overtime_ms(50_000.0), 0.0);
}

#[test]
fn settle_finishes_at_the_real_end() {
    let t = started_90s();
    assert_eq!(t.settle(89_999.0), t);
    assert_eq!(
        t.settle(120_000.0),
        RestTimer::Finished {
            ended_at_ms: 90_000.0,
            duration_ms: 90_000.0
        }
    );
    assert_eq!(RestTimer::Idle.settle(1.0), RestTimer::Idle);
    let paused = t.apply(Pause, 1.0);
    assert_eq!(paused.settle(1e9), paused);
}

#[test]
fn skip_and_reset() {
    let skipped = started_90s().apply(Skip, 40_000.0);
    assert_eq!(
        skipped,
        RestTimer::Finished {
            ended_at_ms: 40_000.0,
            duration_ms: 90_000.0
        }
    );
    let paused_skip = started_90s().apply(Pause, 10.0).apply(Skip, 50.0);
    assert_eq!(
        paused_skip,
        RestTimer::Finished {
            ended_at_ms: 50.0,
            duration_ms: 90_000.0
        }
    );
    assert_eq!(RestTimer::Idle.apply(Skip, 5.0), RestTimer::Idle);
    assert_eq!(skipped.apply(Skip, 99.0), skipped);
    assert_eq!(started_90s().apply(Reset, 10.0), RestTimer::Idle);
    assert_eq!(skipped.apply(Reset, 10.0), RestTimer::Idle);
}

#[test]
fn start_clamps_and_restarts_from_any_state() {
    assert_eq!(
        RestTimer::Idle.apply(Start { duration_ms: 0.0 }, 5.0),
        RestTimer::Finished {
            ended_at_ms: 5.0,
            duration_ms: 0.0
        }
    );
    assert_eq!(
        RestTimer::Idle.apply(Start { duration_ms: -3.0 }, 5.0),
        RestTimer::Finished {
            ended_at_ms: 5.0,
            duration_ms: 0.0
        }
    );
    let long = RestTimer::Idle.apply(Start { duration_ms: 1e15 }, 0.0);
    assert_eq!(long.remaining_ms(0.0), MAX_DURATION_MS);
    let again = started_90s().apply(Pause, 3.0).apply(
        Start {
            duration_ms: 30_000.0,
        },
        10.0,
    );
    assert_eq!(
        again,
        RestTimer::Running {
            ends_at_ms: 30_010.0,
            duration_ms: 30_000.0
        }
    );
}

#[test]
fn non_finite_input_changes_nothing() {
    let t = started_90s();
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        assert_eq!(t.apply(Pause, bad), t);
        assert_eq!(t.apply(Reset, bad), t);
        assert_eq!(t.apply(Add { ms: bad }, 10.0), t);
        assert_eq!(
            RestTimer::Idle.apply(Start { duration_ms: bad }, 10.0),
            RestTimer::Idle
        );
    }
}

#[test]
fn damaged_stored_states_are_harmless() {
    let damaged = [
        RestTimer::Running {
            ends_at_ms: f64::NAN,
            duration_ms: -5.0,
        },
        RestTimer::Running {
            ends_at_ms: 1e308,
            duration_ms: f64::INFINITY,
        },
        RestTimer::Running {
            ends_at_ms: 100.0,
            duration_ms: 0.0,
        },
        RestTimer::Paused {
            remaining_ms: -10.0,
            duration_ms: f64::NAN,
        },
        RestTimer::Paused {
            remaining_ms: f64::INFINITY,
            duration_ms: 10.0,
        },
        RestTimer::Finished {
            ended_at_ms: f64::NEG_INFINITY,
            duration_ms: -1.0,
        },
    ];
    for state in damaged {
        for now in [0.0, 50.0, 1e13, f64::NAN] {
            check_outputs(state, now);
            for action in [
                Pause,
                Resume,
                Skip,
                Add { ms: 5_000.0 },
                Add { ms: -5_000.0 },
            ] {
                let next = state.apply(action, now);
                if now.is_finite() {
                    check_fields(next);
                }
                check_outputs(next, now);
            }
        }
        check_fields(state.repaired());
    }
}

#[test]
fn clock_formats() {
    assert_eq!(format_clock(90_000.0), "1:30");
    assert_eq!(format_clock(5_000.0), "0:05");
    assert_eq!(format_clock(720_000.0), "12:00");
    assert_eq!(format_clock(29_001.0), "0:30");
    assert_eq!(format_clock(0.4), "0:01");
    assert_eq!(format_clock(0.0), "0:00");
    assert_eq!(format_clock(-5.0), "0:00");
    assert_eq!(format_clock(f64::NAN), "0:00");
    assert_eq!(format_overtime(12_000.0), "+0:12");
    assert_eq!(format_overtime(12_999.0), "+0:12");
    assert_eq!(format_overtime(65_000.0), "+1:05");
    assert_eq!(format_overtime(f64::INFINITY), "+0:00");
    // Absurd values must not panic.
    let _ = format_clock(f64::MAX);
    let _ = format_overtime(1e300);
}

#[track_caller]
fn check_fields(state: RestTimer) {
    let fields = match state {
        RestTimer::Idle => return,
        RestTimer::Running {
            ends_at_ms: a,
            duration_ms: b,
        }
        | RestTimer::Paused {
            remaining_ms: a,
            duration_ms: b,
        }
        | RestTimer::Finished {
            ended_at_ms: a,
            duration_ms: b,
        } => [a, b],
    };
    assert!(fields.iter().all(|x| x.is_finite()), "{state:?}");
    assert!(fields[1] >= 0.0, "{state:?}");
    if let RestTimer::Paused {
        remaining_ms,
        duration_ms,
    } = state
    {
        assert!((0.0..=MAX_DURATION_MS).contains(&remaining_ms), "{state:?}");
        assert!(remaining_ms <= duration_ms, "{state:?}");
    }
}

#[track_caller]
fn check_outputs(state: RestTimer, now: f64) {
    let remaining = state.remaining_ms(now);
    let overtime = state.overtime_ms(now);
    let progress = state.progress(now);
    assert!(
        remaining.is_finite() && remaining >= 0.0,
        "{state:?} at {now}"
    );
    assert!(
        overtime.is_finite() && overtime >= 0.0,
        "{state:?} at {now}"
    );
    assert!((0.0..=1.0).contains(&progress), "{state:?} at {now}");
    let _ = is_over(&state, now);
    assert!(state.ends_at_ms().is_none_or(f64::is_finite));
}

fn amount() -> impl Strategy<Value = f64> {
    prop_oneof![
        8 => -200_000.0..200_000.0f64,
        1 => Just(0.0),
        1 => proptest::num::f64::ANY,
    ]
}

fn action() -> impl Strategy<Value = TimerAction> {
    prop_oneof![
        amount().prop_map(|duration_ms| Start { duration_ms }),
        Just(Pause),
        Just(Resume),
        amount().prop_map(|ms| Add { ms }),
        Just(Skip),
        Just(Reset),
    ]
}

proptest! {
    #[test]
    fn random_sessions_stay_sane(
        start in -1e13..1e13f64,
        steps in prop::collection::vec((action(), 0.0..400_000.0f64), 0..40),
    ) {
        let mut now = start;
        let mut state = RestTimer::Idle;
        for (action, wait) in steps {
            now += wait;
            let before = state;
            state = state.apply(action, now);
            check_fields(state);
            check_outputs(state, now);
            check_outputs(state, now + 1_000.0);
            // A running timer never holds more than the whole rest (up to rounding of the end).
            if let RestTimer::Running { duration_ms, .. } = state {
                let slack = 1e-9 * now.abs() + 1e-6;
                prop_assert!(
                    state.remaining_ms(now) <= duration_ms + slack,
                    "{before:?} {action:?} {state:?}"
                );
            }
            // Left alone, the countdown only falls and the ring only fills.
            prop_assert!(state.remaining_ms(now + 1.0) <= state.remaining_ms(now));
            prop_assert!(state.progress(now + 1.0) >= state.progress(now));
        }
    }

    #[test]
    fn any_stored_state_is_harmless(
        kind in 0..4u8,
        a in proptest::num::f64::ANY,
        b in proptest::num::f64::ANY,
        now in proptest::num::f64::ANY,
        action in action(),
    ) {
        let state = match kind {
            0 => RestTimer::Idle,
            1 => RestTimer::Running { ends_at_ms: a, duration_ms: b },
            2 => RestTimer::Paused { remaining_ms: a, duration_ms: b },
            _ => RestTimer::Finished { ended_at_ms: a, duration_ms: b },
        };
        check_outputs(state, now);
        let next = state.apply(action, now);
        check_outputs(next, now);
        let _ = format_clock(next.remaining_ms(now));
        let _ = format_overtime(next.overtime_ms(now));
        check_fields(state.repaired());
    }
}

#[test]
fn typed_durations() {
    use backoff::core::rest_timer::parse_duration;
    let parse_duration_ms = |t: &str| parse_duration(t).ok();
    assert_eq!(parse_duration_ms("90"), Some(90_000.0));
    assert_eq!(parse_duration_ms(" 1:30 "), Some(90_000.0));
    assert_eq!(parse_duration_ms("0:05"), Some(5_000.0));
    assert_eq!(parse_duration_ms("1:5"), None);
    assert_eq!(parse_duration_ms("1:60"), None);
    assert_eq!(parse_duration_ms("0"), None);
    assert_eq!(parse_duration_ms("61:00"), None);
    assert_eq!(parse_duration_ms("abc"), None);
    assert_eq!(parse_duration_ms("99999999999:00"), None);
}
