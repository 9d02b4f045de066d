//! The plan page's shell: the header and a placeholder card written in `index.html`, painted at
//! the first byte, before the wasm. The app takes them away in the same task as its first render,
//! so the frame after shows the app in their place and nothing moves (no layout shift).

use std::cell::RefCell;
use std::rc::Rc;

use super::js;
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The shell's element id in `index.html`.
const SHELL_ID: &str = "shell";

/// Runs `draw` once the shell has been painted (the first contentful paint): a fast start
/// would otherwise draw the app before the browser ever showed the shell, and the first paint
/// would wait for it. At once when there is no shell or the browser cannot tell.
pub fn after_paint(draw: impl FnOnce() + 'static) {
    let draw = Rc::new(RefCell::new(Some(draw)));
    let run = {
        let draw = Rc::clone(&draw);
        move || {
            let d = draw.borrow_mut().take();
            if let Some(d) = d {
                d();
            }
        }
    };
    // Waited for only where it will come: a visible page whose browser reports paints.
    let visible = js::window()
        .and_then(|w| js::get(&w, "document"))
        .and_then(|d| js::get(&d, "visibilityState"))
        .and_then(|v| v.as_string())
        .is_some_and(|v| v == "visible");
    let ctor = js::window()
        .filter(|_| visible && shell().is_some())
        .and_then(|w| js::get(&w, "PerformanceObserver"))
        .filter(|c| {
            js::get(c, "supportedEntryTypes")
                .and_then(|t| js::call(&t, "includes", &[JsValue::from_str("paint")]))
                .is_some_and(|b| b.is_truthy())
        })
        .and_then(|c| c.dyn_into::<Function>().ok());
    let Some(ctor) = ctor else {
        run();
        return;
    };
    // A backstop: the app is drawn within half a second whatever the paint does.
    if let Some(w) = js::window() {
        let later = Closure::once_into_js(run.clone());
        let _ = js::call(&w, "setTimeout", &[later, JsValue::from_f64(500.0)]);
    }
    let seen = {
        let run = run.clone();
        Closure::<dyn FnMut(JsValue, JsValue)>::new(move |list: JsValue, observer: JsValue| {
            let name = JsValue::from_str("first-contentful-paint");
            let painted = js::call(&list, "getEntriesByName", &[name])
                .and_then(|l| js::get(&l, "length"))
                .and_then(|n| n.as_f64())
                .is_some_and(|n| n > 0.0);
            if painted {
                let _ = js::call(&observer, "disconnect", &[]);
                run();
            }
        })
    };
    let options = Object::new();
    let _ = Reflect::set(&options, &"type".into(), &"paint".into());
    let _ = Reflect::set(&options, &"buffered".into(), &true.into());
    let observing = Reflect::construct(&ctor, &Array::of1(seen.as_ref()))
        .ok()
        .and_then(|o| js::call(&o, "observe", &[options.into()]));
    match observing {
        // Called once the paint is seen; the page lives as long as the app.
        Some(_) => seen.forget(),
        None => run(),
    }
}

fn shell() -> Option<JsValue> {
    js::window()
        .and_then(|w| js::get(&w, "document"))
        .and_then(|d| js::call(&d, "getElementById", &[JsValue::from_str(SHELL_ID)]))
        .filter(|e| !e.is_null())
}

/// Removes the shell, if the page has one. Its paint stays the page's largest (the browser
/// keeps a removed element's), so the largest paint comes at the first byte's paint.
pub fn remove() {
    if let Some(e) = shell() {
        let _ = js::call(&e, "remove", &[]);
    }
}
