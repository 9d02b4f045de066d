//! Backoff: a phone-first gym calculator.
//!
//! `core` is the pure part (maths, plans, the timer's state machine, URL/storage encoding); it has
//! no browser imports and is tested natively. `app` (Yew components) and `browser` (one small
//! module per browser capability) exist only in the WebAssembly build.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
