//! Mounts the page. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    backoff::browser::offline::register();
    backoff::browser::lifecycle::reload_when_restored();
    // Once the shell is on screen; taken away in the task that draws the app, so no frame is
    // painted between the two.
    backoff::browser::shell::after_paint(|| {
        backoff::browser::shell::remove();
        yew::Renderer::<backoff::app::App>::new().render();
    });
}

/// Talc in place of the standard dlmalloc: 3.3 kB less gzip for the page, and faster.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Native builds exist only for the core's tests; there is no native program.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
