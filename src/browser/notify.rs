//! A notification when rest is over and the page is hidden, through the service worker
//! registration (`new Notification()` throws on Android Chrome). Only when the lifter switched it
//! on; permission is asked from that tap.

use super::js;
use wasm_bindgen::JsValue;

/// Whether notifications can work here at all (API present and a service worker).
pub fn available() -> bool {
    let has_api = js::window()
        .and_then(|w| js::get(&w, "Notification"))
        .is_some();
    has_api
        && js::navigator()
            .and_then(|n| js::get(&n, "serviceWorker"))
            .is_some()
}

/// `granted`, `denied`, `default`, or `unavailable`.
pub fn permission() -> String {
    js::window()
        .and_then(|w| js::get(&w, "Notification"))
        .and_then(|n| js::get(&n, "permission"))
        .and_then(|p| p.as_string())
        .unwrap_or_else(|| "unavailable".into())
}

/// Asks for permission; call it from the tap that switched notifications on.
pub fn ask() {
    let Some(n) = js::window().and_then(|w| js::get(&w, "Notification")) else {
        return;
    };
    if let Some(p) = js::call(&n, "requestPermission", &[]) {
        js::then(p, None);
    }
}

/// Shows "Rest over" through the service worker, replacing an earlier one (same tag), so they
/// never pile up.
pub fn rest_over(body: &str) {
    if permission() != "granted" {
        return;
    }
    let Some(sw) = js::navigator().and_then(|n| js::get(&n, "serviceWorker")) else {
        return;
    };
    let Some(ready) = js::get(&sw, "ready") else {
        return;
    };
    let body = body.to_string();
    js::then(
        ready,
        Some(Box::new(move |reg| {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"body".into(), &body.into());
            let _ = js_sys::Reflect::set(&options, &"tag".into(), &"rest".into());
            let _ = js_sys::Reflect::set(&options, &"renotify".into(), &true.into());
            if let Some(p) = js::call(
                &reg,
                "showNotification",
                &[JsValue::from_str("Rest over"), options.into()],
            ) {
                js::then(p, None);
            }
        })),
    );
}
