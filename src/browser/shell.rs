//! The plan page's shell: the header and a placeholder card written in `index.html`, painted at
//! the first byte, before the wasm. The app takes them away in the same task as its first render,
//! so the frame after shows the app in their place and nothing moves (no layout shift).

use super::js;
use wasm_bindgen::JsValue;

/// The shell's element id in `index.html`.
const SHELL_ID: &str = "shell";

/// Removes the shell, if the page has one.
pub fn remove() {
    let shell = js::window()
        .and_then(|w| js::get(&w, "document"))
        .and_then(|d| js::call(&d, "getElementById", &[JsValue::from_str(SHELL_ID)]))
        .filter(|e| !e.is_null());
    if let Some(e) = shell {
        let _ = js::call(&e, "remove", &[]);
    }
}
