//! Works offline: registers the service worker (`sw.js`, written by the build with exactly its
//! own files), relative to the page so a sub-path such as `/backoff/` works too.

use super::js;
use wasm_bindgen::JsValue;

/// Registers the service worker where the browser has them; quietly nothing elsewhere.
pub fn register() {
    let Some(container) = js::navigator().and_then(|n| js::get(&n, "serviceWorker")) else {
        return;
    };
    if let Some(p) = js::call(&container, "register", &[JsValue::from_str("sw.js")]) {
        js::then(p, None);
    }
}
