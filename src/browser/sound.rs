//! The end-of-rest beep through Web Audio. Browsers only let audio start from a tap, so the
//! context is created or resumed in one (`unlock`); the beeps are then scheduled ahead on the
//! audio clock, so they play on time even when timers in a hidden page are throttled, and are
//! scheduled again whenever the rest changes (pause, +/-15 s, return to the page).

use std::cell::RefCell;

use web_sys::{AudioContext, AudioContextState, OscillatorNode};

thread_local! {
    static CONTEXT: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
    static PENDING: RefCell<Vec<OscillatorNode>> = const { RefCell::new(Vec::new()) };
    /// The wall-clock end the beeps belong to, so a context unlocked later (the first tap after
    /// a reload) can still schedule them.
    static WANTED_END: RefCell<Option<(f64, bool)>> = const { RefCell::new(None) };
}

/// Whether this browser has Web Audio.
pub fn available() -> bool {
    super::js::window()
        .and_then(|w| super::js::get(&w, "AudioContext"))
        .is_some()
}

/// Creates or resumes the audio context; call it from a tap.
pub fn unlock() {
    CONTEXT.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_none() {
            *c = AudioContext::new().ok();
        }
        if let Some(ctx) = c.as_ref() {
            if ctx.state() == AudioContextState::Suspended {
                if let Ok(p) = ctx.resume() {
                    super::js::then(p.into(), None);
                }
            }
        }
    });
    let nothing_scheduled = PENDING.with(|p| p.borrow().is_empty());
    if let Some((end, countdown)) = WANTED_END.with(|w| *w.borrow()) {
        let left = end - js_sys::Date::now();
        if nothing_scheduled && left > 0.0 {
            schedule(left, countdown);
        }
    }
}

/// Schedules the end beep `remaining_ms` from now (and 3-2-1 beeps before it), replacing any
/// beeps scheduled before.
pub fn schedule(remaining_ms: f64, countdown: bool) {
    cancel();
    WANTED_END.with(|w| *w.borrow_mut() = Some((js_sys::Date::now() + remaining_ms, countdown)));
    CONTEXT.with(|c| {
        let c = c.borrow();
        let Some(ctx) = c.as_ref() else { return };
        let now = ctx.current_time();
        let end = now + (remaining_ms / 1000.0).max(0.0);
        let mut nodes = Vec::new();
        if countdown {
            for k in 1..=3 {
                let at = end - f64::from(k);
                if at > now {
                    nodes.extend(beep(ctx, at, 660.0, 0.12));
                }
            }
        }
        nodes.extend(beep(ctx, end, 880.0, 0.6));
        PENDING.with(|p| *p.borrow_mut() = nodes);
    });
}

/// At the end of a rest: lets the beep already playing for this end be, and silences beeps
/// scheduled for another end (a skipped rest, or one cut short, must not beep later).
pub fn keep_if_ending_at(end_ms: f64) {
    let matches = WANTED_END.with(|w| {
        w.borrow()
            .is_some_and(|(wanted, _)| (wanted - end_ms).abs() < 500.0)
    });
    if !matches {
        cancel();
    }
}

/// Silences every scheduled beep.
pub fn cancel() {
    WANTED_END.with(|w| *w.borrow_mut() = None);
    PENDING.with(|p| {
        for osc in p.borrow_mut().drain(..) {
            let _ = osc.stop();
            osc.disconnect().ok();
        }
    });
}

fn beep(ctx: &AudioContext, at: f64, hz: f32, seconds: f64) -> Option<OscillatorNode> {
    let osc = ctx.create_oscillator().ok()?;
    let gain = ctx.create_gain().ok()?;
    osc.frequency().set_value(hz);
    let g = gain.gain();
    // A short ramp in and out: a clean tone with no click.
    g.set_value_at_time(0.0, at).ok()?;
    g.linear_ramp_to_value_at_time(0.7, at + 0.01).ok()?;
    g.linear_ramp_to_value_at_time(0.0, at + seconds).ok()?;
    osc.connect_with_audio_node(&gain).ok()?;
    gain.connect_with_audio_node(&ctx.destination()).ok()?;
    osc.start_with_when(at).ok()?;
    osc.stop_with_when(at + seconds + 0.05).ok()?;
    Some(osc)
}
