//! Mounts the page. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<backoff::app::App>::new().render();
}

/// Native builds exist only for the core's tests; there is no native program.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
