//! Vibration at the end of a rest, where the browser has it (not iOS Safari).

use super::js;
use wasm_bindgen::JsValue;

/// Whether this browser can vibrate at all.
pub fn available() -> bool {
    js::navigator()
        .and_then(|n| js::get(&n, "vibrate"))
        .is_some()
}

/// Buzz, buzz: long enough to feel through a pocket.
pub fn rest_over() {
    let Some(nav) = js::navigator() else { return };
    let pattern = js_sys::Array::of3(&400.into(), &150.into(), &400.into());
    let _ = js::call(&nav, "vibrate", &[JsValue::from(pattern)]);
}
