//! Sharing the plan's link: the Web Share sheet where the browser has one, else the clipboard.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// How the link left the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    Sheet,
    Copied,
    Unavailable,
}

/// Offers `url` to the share sheet, or copies it. Failures (a dismissed sheet, a refused
/// clipboard) are swallowed so they never surface as errors.
pub fn share(title: &str, url: &str) -> Shared {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Shared::Unavailable;
    };
    let nav: &JsValue = navigator.as_ref();
    if let Ok(f) = Reflect::get(nav, &"share".into()).and_then(|f| f.dyn_into::<Function>()) {
        let data = Object::new();
        let _ = Reflect::set(&data, &"title".into(), &title.into());
        let _ = Reflect::set(&data, &"url".into(), &url.into());
        if let Ok(p) = f.call1(nav, &data).and_then(|p| p.dyn_into::<Promise>()) {
            swallow(p);
            return Shared::Sheet;
        }
    }
    let clipboard = Reflect::get(nav, &"clipboard".into())
        .ok()
        .filter(|c| !c.is_undefined());
    let write = clipboard
        .as_ref()
        .and_then(|c| Reflect::get(c, &"writeText".into()).ok())
        .and_then(|f| f.dyn_into::<Function>().ok());
    match (clipboard, write) {
        (Some(c), Some(f)) => match f
            .call1(&c, &url.into())
            .and_then(|p| p.dyn_into::<Promise>())
        {
            Ok(p) => {
                swallow(p);
                Shared::Copied
            }
            Err(_) => Shared::Unavailable,
        },
        _ => Shared::Unavailable,
    }
}

/// Attaches a no-op rejection handler, so a refused share is not an "uncaught" error.
fn swallow(p: Promise) {
    let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
    let _ = p.catch(&ignore);
    // Sharing happens a few times a session: leaking the tiny handler is simpler than owning it.
    ignore.forget();
}
