//! One small module per browser capability. Each reaches its API in exactly one place, degrades
//! quietly where the browser lacks it, and never panics.

pub mod clock;
pub mod dialog;
pub mod download;
pub mod files;
pub mod focus;
mod js;
pub mod lifecycle;
pub mod notify;
pub mod offline;
pub mod persist;
pub mod share;
pub mod shell;
pub mod sound;
pub mod storage;
pub mod url;
pub mod vibrate;
pub mod wake_lock;
