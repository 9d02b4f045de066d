//! Mounts the setup page (`setup/`): the plan library and the settings, a separately loaded
//! program, so they cost the plan page's first load nothing.

#[cfg(target_arch = "wasm32")]
fn main() {
    backoff::browser::offline::register_from("../sw.js");
    backoff::browser::lifecycle::reload_when_restored();
    yew::Renderer::<backoff::app::SetupPage>::new().render();
}

/// The same allocator as the plan page (src/main.rs).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Native builds exist only for the core's tests; there is no native program.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
