//! "On this device": which of sound, vibration, keep-awake and notifications work here, so the
//! lifter knows what to expect from the timer before relying on it.

use yew::prelude::*;

use crate::browser::{notify, sound, vibrate, wake_lock};

/// The capability list. A plain function, not a component: it has no state, and each
/// component costs the page its own lifecycle code.
pub fn device_check() -> Html {
    let notifications = match (notify::available(), notify::permission().as_str()) {
        (false, _) => (false, "not in this browser; keep the page open"),
        (true, "granted") => (true, "allowed, when the page is hidden"),
        (true, "denied") => (false, "blocked in the browser's site settings"),
        (true, _) => (true, "available: switch them on above to be asked"),
    };
    let sound = sound::available();
    let vibration = vibrate::available();
    let awake = wake_lock::available();
    let rows = [
        (
            "Sound",
            sound,
            if sound {
                "beeps after your first tap on the page"
            } else {
                "no Web Audio here"
            },
        ),
        (
            "Vibration",
            vibration,
            if vibration {
                "yes"
            } else {
                "not in this browser (iPhones do not vibrate for web pages)"
            },
        ),
        (
            "Keep screen on",
            awake,
            if awake {
                "while resting and a minute after"
            } else {
                "not in this browser: raise the auto-lock time"
            },
        ),
        ("Notifications", notifications.0, notifications.1),
    ];
    html! {
        <div class="device-check" data-testid="device-check">
            <p class="device-title"><strong>{ "On this device" }</strong></p>
            <ul>
                { for rows.into_iter().map(|(name, ok, detail)| html! {
                    <li data-ok={if ok { "yes" } else { "no" }}>
                        <span aria-hidden="true">{ if ok { "✓ " } else { "✗ " } }</span>
                        <strong>{ name }</strong>{ ": " }{ detail }
                    </li>
                }) }
            </ul>
            <p class="muted">{ "A locked phone pauses web pages: the timer is right again the moment you look, and the lock screen's clock can tell you when rest ends (\"Next set at\")." }</p>
        </div>
    }
}
