//! Local storage. Private modes, blocked storage and a full quota all turn into `None`/`Err`
//! instead of an exception.

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The value under `key`, if storage works and holds one.
pub fn read(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

/// Stores `value`; `false` when storage is missing or full.
pub fn write(key: &str, value: &str) -> bool {
    local().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Removes `key`; `false` when storage is missing or refused.
pub fn remove(key: &str) -> bool {
    local().is_some_and(|s| s.remove_item(key).is_ok())
}
