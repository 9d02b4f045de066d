//! Local storage. Private modes, blocked storage and a full quota all turn into `None`/`Err`
//! instead of an exception. Only `app::store` calls this.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The value under `key`, if storage works and holds one.
pub fn read(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

/// [`read`] for a value that may be long (the history): copied into the page by the browser's
/// encoder ([`super::js::long_text`]).
pub fn read_long(key: &str) -> Option<String> {
    let storage = JsValue::from(local()?);
    super::js::long_text(&super::js::call(&storage, "getItem", &[key.into()])?)
}

/// Stores `value`; `false` when storage is missing or full.
pub fn write(key: &str, value: &str) -> bool {
    local().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Removes `key`; `false` when storage is missing or refused.
pub fn remove(key: &str) -> bool {
    local().is_some_and(|s| s.remove_item(key).is_ok())
}

/// Calls `f` with the key and new value (`None`: removed; no key: everything cleared) each time
/// another tab or page of this site changes storage. Dropping the guard stops it.
pub fn on_change(f: impl Fn(Option<String>, Option<String>) + 'static) -> Listener {
    let closure = Closure::<dyn Fn(JsValue)>::new(move |e: JsValue| {
        let text = |name| super::js::get(&e, name).and_then(|v| v.as_string());
        f(text("key"), text("newValue"));
    });
    let window = web_sys::window();
    if let Some(w) = &window {
        let _ = w.add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref());
    }
    Listener { closure, window }
}

/// A storage listener; dropping it removes it.
pub struct Listener {
    closure: Closure<dyn Fn(JsValue)>,
    window: Option<web_sys::Window>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(w) = &self.window {
            let _ = w.remove_event_listener_with_callback(
                "storage",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}
