//! Persistent storage: asking the browser to keep this site's data instead of clearing it when
//! space runs low or the site goes unused (iOS Safari clears it after 7 days without a visit
//! unless the page was added to the home screen).

use super::js;

fn storage_manager() -> Option<wasm_bindgen::JsValue> {
    js::get(&js::navigator()?, "storage")
}

/// Asks for persistent storage (quietly; some browsers grant it only to an installed app).
pub fn request() {
    if let Some(p) = storage_manager().and_then(|s| js::call(&s, "persist", &[])) {
        js::then(p, None);
    }
}

/// Calls `done` with whether storage is persistent here (`None`: the browser cannot say).
pub fn check(done: impl FnOnce(Option<bool>) + 'static) {
    let Some(p) = storage_manager().and_then(|s| js::call(&s, "persisted", &[])) else {
        return done(None);
    };
    js::settled(p, move |v| done(v.and_then(|v| v.as_bool())));
}
