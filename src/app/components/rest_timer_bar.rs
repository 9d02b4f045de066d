//! The rest timer, stuck to the bottom of the screen so it never hides the loads: a large m:ss
//! with a progress ring, the wall-clock time the rest ends, the controls, and quiet
//! announcements for screen readers (start, 10 seconds left, the end; never every second).
//!
//! The remaining time always comes from the stored end time; the tick only repaints.

use std::rc::Rc;

use gloo_timers::callback::{Interval, Timeout};
use yew::prelude::*;

use crate::app::events::{asked, enter_at, left, send_at, typed, Dispatch};
use crate::app::rest_alerts::use_rest_alerts;
use crate::browser::clock::{now_ms, time_of_day};
use crate::core::page::{
    PlanAction, PlanField, Timed, Typed, START_OVER_QUESTION, TIMER_CLOSE_ID, TIMER_PAUSE_ID,
    TIMER_REST_ID, TIMER_RESUME_ID,
};
use crate::core::rest_timer::{format_clock, format_overtime, RestTimer, TimerAction};
use crate::core::session::Alerts;
use crate::core::units::fmt;

/// Props of [`RestTimerBar`].
#[derive(Properties, PartialEq)]
pub struct RestTimerBarProps {
    pub timer: RestTimer,
    pub alerts: Alerts,
    /// What comes after the rest ("Bench press, set 3: 2 reps at 85 kg, 25 + 5 + 2.5 a side").
    #[prop_or_default]
    pub next: Option<String>,
    /// A rest length typed for a manual start, in ms once it is one.
    pub custom: Typed<f64>,
    /// Every set is done: the bar says so instead of offering a rest.
    pub done: bool,
    /// What the live region said at the lifter's last change to the rest.
    pub said: String,
    pub dispatch: Dispatch,
}

/// Preset rests for a manual start, in seconds.
const PRESETS: [u32; 6] = [30, 60, 90, 120, 180, 300];
/// How often the countdown repaints while visible.
const REPAINT_MS: u32 = 100;

/// The sticky timer bar.
#[function_component(RestTimerBar)]
pub fn rest_timer_bar(p: &RestTimerBarProps) -> Html {
    let now = use_state(now_ms);
    let timer = p.timer;
    let running_or_over = matches!(
        timer,
        RestTimer::Running { .. } | RestTimer::Finished { .. }
    );

    // One repaint for every cause: the clock, the end of the rest, the page coming back.
    let repaint: Rc<dyn Fn()> = {
        let now = now.clone();
        let d = p.dispatch.clone();
        Rc::new(move || {
            let n = now_ms();
            now.set(n);
            d.emit(PlanAction::Tick(n).into());
        })
    };

    // Repaint while counting; a single timeout lands exactly on the end so "rest over" is not
    // late by a tick (and still fires, throttled, in a hidden page).
    {
        let now = now.clone();
        let repaint = repaint.clone();
        use_effect_with(timer, move |t| {
            let t = *t;
            // Paint the new state against the clock now, not against the last tick.
            now.set(now_ms());
            // Overtime only needs whole seconds.
            let every = if matches!(t, RestTimer::Finished { .. }) {
                1000
            } else {
                REPAINT_MS
            };
            let ticking = running_or_over.then(|| {
                let repaint = repaint.clone();
                Interval::new(every, move || repaint())
            });
            let at_end = t.ends_at_ms().map(|end| {
                let wait = (end - now_ms()).clamp(0.0, f64::from(u32::MAX)) as u32;
                Timeout::new(wait, move || repaint())
            });
            move || {
                drop(ticking);
                drop(at_end);
            }
        });
    }
    // Coming back to the page: repaint at once, and the alerts re-anchor themselves.
    use_rest_alerts(timer, p.alerts, p.next.clone(), repaint);

    let d = &p.dispatch;
    let send = |a: TimerAction| send_at(d, Timed::Timer(a));
    let start = |ms: f64| send(TimerAction::Start { duration_ms: ms });
    let n = (*now).max(0.0);
    let status = match (timer, p.custom.message_shown()) {
        (RestTimer::Idle, _) if p.done => "Session done.".to_string(),
        (RestTimer::Idle, Some(error)) => error,
        _ => announcement(&timer, n, &p.said),
    };

    let body = match timer {
        RestTimer::Idle if p.done => html! {
            <div class="timer-done" data-testid="session-done">
                <span class="timer-title">{ "Session done: every set is ticked." }</span>
                <button type="button" onclick={asked(d, Some(START_OVER_QUESTION), PlanAction::StartOver)}>{ "Start over" }</button>
            </div>
        },
        RestTimer::Idle => {
            let error = p.custom.message_shown();
            html! {
                <div class="timer-idle">
                    if let Some(e) = &error {
                        <span class="timer-title timer-error" id="custom-rest-error">{ e.clone() }</span>
                    } else {
                        <span class="timer-title" aria-hidden="true">{ "Rest" }</span>
                    }
                    <div class="chips" role="group" aria-label="Start a rest">
                        { for PRESETS.iter().enumerate().map(|(i, s)| {
                            let clock = format_clock(f64::from(*s) * 1000.0);
                            html! {
                                <button type="button" class="chip" id={(i == 0).then_some(TIMER_REST_ID)} aria-label={format!("Start a {clock} rest")}
                                    onclick={start(f64::from(*s) * 1000.0)}>{ clock }</button>
                            }
                        }) }
                        <input type="text" inputmode="numeric" class="chip-input" aria-label="Custom rest, seconds or m:ss"
                            enterkeyhint="go" placeholder="m:ss" value={p.custom.text.clone()}
                            aria-invalid={error.is_some().then_some("true")}
                            aria-describedby={error.is_some().then_some("custom-rest-error")}
                            oninput={typed(d, PlanField::CustomRest)} onchange={left(d, PlanField::CustomRest)}
                            onkeydown={enter_at(d, Timed::StartCustomRest)} />
                        <button type="button" class="chip" aria-label="Start the custom rest" disabled={p.custom.text.trim().is_empty()}
                            onclick={send_at(d, Timed::StartCustomRest)}>{ "Start" }</button>
                    </div>
                </div>
            }
        }
        _ => {
            let over = matches!(timer, RestTimer::Finished { .. });
            let paused = matches!(timer, RestTimer::Paused { .. });
            let clock = if over {
                format_overtime(timer.overtime_ms(n))
            } else {
                format_clock(timer.remaining_ms(n))
            };
            html! {
                <div class="timer-active" data-state={match (over, paused) { (true, _) => "over", (_, true) => "paused", _ => "running" }}>
                    { ring(timer.progress(n)) }
                    <span class="timer-clock" data-testid="timer-clock">{ clock }</span>
                    <div class="timer-readout">
                        <span class="timer-sub" data-testid="timer-sub">{ subline(&timer) }</span>
                        if let Some(next) = &p.next {
                            <span class="timer-next" data-testid="timer-next">{ next.clone() }</span>
                        }
                    </div>
                    <div class="timer-buttons">
                        if !over {
                            <button type="button" class="icon" aria-label="15 seconds less" onclick={send(TimerAction::Add { ms: -15_000.0 })}>{ "−15" }</button>
                            if paused {
                                <button type="button" class="icon" id={TIMER_RESUME_ID} aria-label="Resume" onclick={send(TimerAction::Resume)}>{ "▶" }</button>
                            } else {
                                <button type="button" class="icon" id={TIMER_PAUSE_ID} aria-label="Pause" onclick={send(TimerAction::Pause)}>{ "❚❚" }</button>
                            }
                        }
                        <button type="button" class="icon" aria-label="15 seconds more" onclick={send(TimerAction::Add { ms: 15_000.0 })}>{ "+15" }</button>
                        if !over {
                            <button type="button" class="icon" aria-label="Skip the rest" onclick={send(TimerAction::Skip)}>{ "Skip" }</button>
                        }
                        <button type="button" class="icon" id={TIMER_CLOSE_ID} aria-label="Close the timer" onclick={send(TimerAction::Reset)}>{ "✕" }</button>
                    </div>
                </div>
            }
        }
    };
    html! {
        <section class="timer" aria-label="Rest timer" data-testid="timer">
            { body }
            <p class="visually-hidden" aria-live="polite" data-testid="timer-announce">{ status }</p>
        </section>
    }
}

fn subline(t: &RestTimer) -> String {
    match t {
        RestTimer::Running { ends_at_ms, .. } => {
            format!("Next set at {}", time_of_day(*ends_at_ms))
        }
        RestTimer::Paused { .. } => "Paused".into(),
        RestTimer::Finished { .. } => "Rest over".into(),
        RestTimer::Idle => String::new(),
    }
}

/// What the live region says: each change the lifter made, once (from the core), then only
/// 10 seconds left and the end; never every second.
fn announcement(t: &RestTimer, now: f64, said: &str) -> String {
    match t {
        RestTimer::Running { .. } if t.remaining_ms(now) <= 10_000.0 => "10 seconds left.".into(),
        RestTimer::Finished { .. } => "Rest over.".into(),
        RestTimer::Idle => String::new(),
        RestTimer::Running { .. } | RestTimer::Paused { .. } => said.into(),
    }
}

fn ring(progress: f64) -> Html {
    // Circumference of r = 20 is 125.66; the dash shows what is left.
    let left = fmt((1.0 - progress.clamp(0.0, 1.0)) * 125.66);
    html! {
        <svg class="ring" viewBox="0 0 48 48" aria-hidden="true">
            <circle cx="24" cy="24" r="20" class="ring-track" />
            <circle cx="24" cy="24" r="20" class="ring-left" stroke-dasharray={format!("{left} 126")} transform="rotate(-90 24 24)" />
        </svg>
    }
}
