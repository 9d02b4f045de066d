//! Works offline: registers the service worker (`sw.js`, written by the build with exactly its
//! own files), relative to the page so a sub-path such as `/backoff/` works too.

use super::js;
use wasm_bindgen::JsValue;

/// Registers the service worker where the browser has them; quietly nothing elsewhere.
pub fn register() {
    register_from("sw.js");
}

/// [`register`] from a page below the app's root (the history page): `path` leads to `sw.js`,
/// whose scope is the app's root either way.
pub fn register_from(path: &str) {
    let Some(container) = js::navigator().and_then(|n| js::get(&n, "serviceWorker")) else {
        return;
    };
    if let Some(p) = js::call(&container, "register", &[JsValue::from_str(path)]) {
        js::then(p, None);
    }
}
