//! The page coming back: visible again, shown from the back-forward cache, or resumed after the
//! browser froze it. The timer repaints at once on each, without waiting for its next tick.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls `f` whenever the page may have been away; returns a guard that detaches it on drop.
pub fn on_return(f: impl Fn() + 'static) -> Listeners {
    let closure = Closure::<dyn Fn()>::new(f);
    let mut attached = Vec::new();
    let targets: [(Option<web_sys::EventTarget>, &str); 4] = [
        (document(), "visibilitychange"),
        (document(), "resume"),
        (web_sys::window().map(Into::into), "pageshow"),
        (web_sys::window().map(Into::into), "focus"),
    ];
    for (target, event) in targets {
        if let Some(t) = target {
            if t.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref())
                .is_ok()
            {
                attached.push((t, event));
            }
        }
    }
    Listeners { closure, attached }
}

fn document() -> Option<web_sys::EventTarget> {
    web_sys::window()?.document().map(Into::into)
}

/// Whether the page is visible now.
pub fn visible() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| !d.hidden())
}

/// Attached listeners; dropping this removes them.
pub struct Listeners {
    closure: Closure<dyn Fn()>,
    attached: Vec<(web_sys::EventTarget, &'static str)>,
}

impl Drop for Listeners {
    fn drop(&mut self) {
        for (t, event) in &self.attached {
            let _ =
                t.remove_event_listener_with_callback(event, self.closure.as_ref().unchecked_ref());
        }
    }
}

/// Loads the page afresh when the browser shows it again from its back-forward cache: it would
/// hold the state it had when left, and its next save would undo what another page changed
/// meanwhile (a restore, say).
pub fn reload_when_restored() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let reload = Closure::<dyn Fn(wasm_bindgen::JsValue)>::new(|e: wasm_bindgen::JsValue| {
        let persisted = super::js::get(&e, "persisted").and_then(|v| v.as_bool());
        if persisted == Some(true) {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        }
    });
    let _ = window.add_event_listener_with_callback("pageshow", reload.as_ref().unchecked_ref());
    reload.forget();
}
