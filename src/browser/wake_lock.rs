//! Keeps the screen on while resting (Screen Wake Lock). The browser drops the lock whenever the
//! page is hidden, so the page asks again when it becomes visible.

use std::cell::RefCell;

use super::js;
use wasm_bindgen::JsValue;

thread_local! {
    static SENTINEL: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    static WANTED: RefCell<bool> = const { RefCell::new(false) };
    /// A request is on its way: coming back to the page fires several events, and each must
    /// not ask again (an extra lock could never be released).
    static REQUESTING: RefCell<bool> = const { RefCell::new(false) };
}

/// Whether this browser has a screen wake lock.
pub fn available() -> bool {
    js::navigator()
        .and_then(|n| js::get(&n, "wakeLock"))
        .is_some()
}

/// Asks for the lock (again, if the browser dropped it); quietly does nothing where refused.
pub fn hold() {
    WANTED.with(|w| *w.borrow_mut() = true);
    let held = SENTINEL.with(|s| {
        s.borrow()
            .as_ref()
            .is_some_and(|s| js::get(s, "released").and_then(|r| r.as_bool()) == Some(false))
    });
    if held || REQUESTING.with(|r| *r.borrow()) {
        return;
    }
    let Some(lock) = js::navigator().and_then(|n| js::get(&n, "wakeLock")) else {
        return;
    };
    let Some(p) = js::call(&lock, "request", &[JsValue::from_str("screen")]) else {
        return;
    };
    REQUESTING.with(|r| *r.borrow_mut() = true);
    js::then_or_else(
        p,
        || REQUESTING.with(|r| *r.borrow_mut() = false),
        Box::new(|sentinel| {
            REQUESTING.with(|r| *r.borrow_mut() = false);
            if WANTED.with(|w| *w.borrow()) {
                SENTINEL.with(|s| *s.borrow_mut() = Some(sentinel));
            } else if let Some(p) = js::call(&sentinel, "release", &[]) {
                js::then(p, None);
            }
        }),
    );
}

/// Lets the screen sleep again.
pub fn release() {
    WANTED.with(|w| *w.borrow_mut() = false);
    if let Some(sentinel) = SENTINEL.with(|s| s.borrow_mut().take()) {
        if let Some(p) = js::call(&sentinel, "release", &[]) {
            js::then(p, None);
        }
    }
}

/// Whether the page wants the lock (so it can be taken again on return).
pub fn wanted() -> bool {
    WANTED.with(|w| *w.borrow())
}
