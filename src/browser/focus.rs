//! Moving the keyboard focus and the view: focus for when a change removes the element that had
//! it (a removed exercise's button), without which it falls back to the top of the page; and
//! bringing an element into view (the set up next, after a tick).

use super::js;
use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;

fn element(id: &str) -> Option<JsValue> {
    js::window()
        .and_then(|w| js::get(&w, "document"))
        .and_then(|d| js::call(&d, "getElementById", &[JsValue::from_str(id)]))
        .filter(|e| !e.is_null())
}

/// Focuses the element with this id, if there is one.
pub fn to_id(id: &str) {
    if let Some(e) = element(id) {
        let _ = js::call(&e, "focus", &[]);
    }
}

/// Scrolls the element with this id fully into view, only as far as needed, smoothly unless the
/// lifter prefers reduced motion. The page's `scroll-padding` keeps it clear of the timer bar.
pub fn reveal(id: &str) {
    let Some(e) = element(id) else {
        return;
    };
    let reduced = js::window()
        .and_then(|w| {
            let query = JsValue::from_str("(prefers-reduced-motion: reduce)");
            js::call(&w, "matchMedia", &[query])
        })
        .and_then(|m| js::get(&m, "matches"))
        .is_some_and(|m| m.is_truthy());
    let options = Object::new();
    let behavior = if reduced { "auto" } else { "smooth" };
    let _ = Reflect::set(&options, &"block".into(), &"nearest".into());
    let _ = Reflect::set(&options, &"behavior".into(), &behavior.into());
    let _ = js::call(&e, "scrollIntoView", &[options.into()]);
}
