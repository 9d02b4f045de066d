//! Reading a file the lifter picked (a backup to restore), whole, as text.

use wasm_bindgen::JsValue;

use super::js;

/// The most a backup can be: far above 20,000 sets and every plan.
pub const MAX_FILE_BYTES: f64 = 20_000_000.0;

/// Why a picked file was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickError {
    /// Nothing was picked, or the browser would not read it.
    Unreadable,
    TooBig,
}

/// Reads the first file picked in the file input `input` and calls `done` with its text.
pub fn read_picked(input: &JsValue, done: impl FnOnce(Result<String, PickError>) + 'static) {
    let file = js::get(input, "files").and_then(|list| js::call(&list, "item", &[0.into()]));
    let Some(file) = file else {
        return done(Err(PickError::Unreadable));
    };
    let size = js::get(&file, "size")
        .and_then(|s| s.as_f64())
        .unwrap_or(0.0);
    if size > MAX_FILE_BYTES {
        return done(Err(PickError::TooBig));
    }
    let Some(text) = js::call(&file, "text", &[]) else {
        return done(Err(PickError::Unreadable));
    };
    js::settled(text, move |v| {
        done(
            v.and_then(|v| js::long_text(&v))
                .ok_or(PickError::Unreadable),
        )
    });
}

/// Empties the file input `input`, so picking the same file again reads it again.
pub fn clear_picked(input: &JsValue) {
    js::set(input, "value", &"".into());
}
