//! Backoff: a phone-first gym calculator.
//!
//! `core` is the pure part (maths, plans, the timer's state machine, URL/storage encoding); it has
//! no browser imports and is tested natively. `app` (Yew components) and `browser` (one small
//! module per browser capability) exist only in the WebAssembly build.

// A panic in wasm kills the page: nothing outside tests may unwrap, expect or panic.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
