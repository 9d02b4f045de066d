//! What the rest timer does besides drawing itself: the beep scheduled ahead on the audio clock
//! (again whenever the rest changes or the page comes back), the screen kept on while resting
//! and a minute after, and vibration and a notification once at each end.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::browser::clock::now_ms;
use crate::browser::{lifecycle, notify, sound, vibrate, wake_lock};
use crate::core::rest_timer::RestTimer;
use crate::core::session::Alerts;

/// The screen stays on this long after the end, so the lifter sees "rest over".
const KEEP_AWAKE_AFTER_MS: f64 = 60_000.0;
/// An end further back than this (a tab reopened much later) is not announced again.
const ALERT_WINDOW_MS: f64 = 60_000.0;

/// Drives the alerts for `timer` with the lifter's settings; `next` names the set that follows.
/// `repaint` runs too whenever the page comes back, so one set of page listeners serves both.
#[hook]
pub fn use_rest_alerts(
    timer: RestTimer,
    settings: Alerts,
    next_now: Option<String>,
    repaint: Rc<dyn Fn()>,
) {
    // What the listeners and effects below need from the latest render.
    let latest = use_mut_ref(|| (timer, settings, None::<String>));
    *latest.borrow_mut() = (timer, settings, next_now);
    // An end that happened before this page saw it (a reload) does not alert again.
    let alerted = use_mut_ref(|| end_of(&timer.settle(now_ms())));

    {
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let guard = lifecycle::on_return(move || {
                repaint();
                on_return(&latest);
            });
            move || drop(guard)
        });
    }

    let s = settings;
    use_effect_with(
        (timer, s.sound, s.countdown_beeps, s.keep_awake),
        move |(t, sound_on, beeps, awake)| {
            let n = now_ms();
            match t {
                RestTimer::Running { .. } if *sound_on => {
                    sound::schedule(t.remaining_ms(n), *beeps)
                }
                // At the end itself the beep is playing: leave it be (unless the rest was
                // skipped or cut short, when a beep still scheduled for later must go).
                RestTimer::Finished { ended_at_ms, .. } if *sound_on => {
                    sound::keep_if_ending_at(*ended_at_ms)
                }
                _ => sound::cancel(),
            }
            let awake_for = match t {
                RestTimer::Running { .. } | RestTimer::Paused { .. } => Some(None),
                RestTimer::Finished { .. } => Some(Some(KEEP_AWAKE_AFTER_MS - t.overtime_ms(n))),
                RestTimer::Idle => None,
            };
            let release_later = match awake_for {
                Some(left) if *awake && left.is_none_or(|ms| ms > 0.0) => {
                    wake_lock::hold();
                    left.map(|ms| {
                        Timeout::new(
                            ms.clamp(0.0, KEEP_AWAKE_AFTER_MS) as u32,
                            wake_lock::release,
                        )
                    })
                }
                _ => {
                    wake_lock::release();
                    None
                }
            };
            let (_, s, next) = &*latest.borrow();
            alert_once(t, s, &alerted, n, next.as_deref());
            move || drop(release_later)
        },
    );
}

fn alert_once(
    t: &RestTimer,
    s: &Alerts,
    alerted: &Rc<RefCell<Option<u64>>>,
    now: f64,
    next: Option<&str>,
) {
    let end = end_of(t);
    if end.is_none() || *alerted.borrow() == end {
        return;
    }
    *alerted.borrow_mut() = end;
    if t.overtime_ms(now) > ALERT_WINDOW_MS {
        return;
    }
    if s.vibrate {
        vibrate::rest_over();
    }
    if s.notify && !lifecycle::visible() {
        notify::rest_over(next.unwrap_or("Time for your next set."));
    }
}

/// Back on the page: the browser dropped the wake lock, and the audio clock may have drifted.
fn on_return(latest: &Rc<RefCell<(RestTimer, Alerts, Option<String>)>>) {
    let (t, s, _) = &*latest.borrow();
    // The page has not redrawn yet: a rest that ended while away is over, not running.
    let t = t.settle(now_ms());
    if let RestTimer::Running { .. } = t {
        if s.sound {
            sound::schedule(t.remaining_ms(now_ms()), s.countdown_beeps);
        }
    }
    if lifecycle::visible() && wake_lock::wanted() {
        wake_lock::hold();
    }
}

/// Which end an alert belongs to, so each end alerts once.
fn end_of(t: &RestTimer) -> Option<u64> {
    match t {
        RestTimer::Finished { ended_at_ms, .. } => Some(*ended_at_ms as u64),
        _ => None,
    }
}
