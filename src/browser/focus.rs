//! Moving the keyboard focus, for when a change removes the element that had it (a removed
//! exercise's button): without this, focus falls back to the top of the page.

use super::js;
use wasm_bindgen::JsValue;

/// Focuses the element with this id, if there is one.
pub fn to_id(id: &str) {
    let element = js::window()
        .and_then(|w| js::get(&w, "document"))
        .and_then(|d| js::call(&d, "getElementById", &[JsValue::from_str(id)]))
        .filter(|e| !e.is_null());
    if let Some(e) = element {
        let _ = js::call(&e, "focus", &[]);
    }
}
