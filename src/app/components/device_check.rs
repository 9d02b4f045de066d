//! "On this device", on the history page: which of sound, vibration, keep-awake and
//! notifications work here, so the lifter knows what to expect from the timer before relying
//! on it, and whether the browser keeps Backoff's data.

use yew::prelude::*;

use crate::browser::{notify, sound, vibrate, wake_lock};

/// The capability list; `persisted` is whether storage is persistent (`None`: unknown).
/// A plain function, not a component: it has no state of its own.
pub fn device_check(persisted: Option<bool>) -> Html {
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
            "sound",
            "Sound",
            sound,
            if sound {
                "beeps after your first tap on the page"
            } else {
                "no Web Audio here"
            },
        ),
        (
            "vibration",
            "Vibration",
            vibration,
            if vibration {
                "yes"
            } else {
                "not in this browser (iPhones do not vibrate for web pages)"
            },
        ),
        (
            "awake",
            "Keep screen on",
            awake,
            if awake {
                "while resting and a minute after"
            } else {
                "not in this browser: raise the auto-lock time"
            },
        ),
        ("notifications", "Notifications", notifications.0, notifications.1),
        (
            "storage",
            "Storage",
            persisted == Some(true),
            match persisted {
                Some(true) => "kept until you clear it",
                Some(false) => "may be cleared when space runs low or after weeks unused (iPhones: 7 days, unless Backoff is on the home screen); keep a backup",
                None => "the browser does not say whether it keeps it; keep a backup",
            },
        ),
    ];
    html! {
        <div class="device-check" id="device" data-testid="device-check">
            <h2>{ "On this device" }</h2>
            <ul>
                { for rows.into_iter().map(|(id, name, ok, detail)| html! {
                    <li data-ok={if ok { "yes" } else { "no" }} data-testid={id}>
                        <span aria-hidden="true">{ if ok { "✓ " } else { "✗ " } }</span>
                        <strong>{ name }</strong>{ ": " }{ detail }
                    </li>
                }) }
            </ul>
            <p class="muted">{ "A locked phone pauses web pages: the timer is right again the moment you look, and the lock screen's clock can tell you when rest ends (\"Next set at\")." }</p>
        </div>
    }
}
