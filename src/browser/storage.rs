//! The widget's own keys in the page's storage. Access can throw (blocked cookies,
//! sandboxed frames, full quota), so every call reports failure instead.

use web_sys::Storage;

/// The session storage key of the page's first widget: the checker's answers. Another
/// widget of the page adds its id or its place (see [`session_key`]).
pub const SESSION_KEY: &str = "clearback:checker:v1";

/// The key of the widget `instance` (`#id`, a place, or empty for the first).
pub fn session_key(instance: &str) -> String {
    if instance.is_empty() {
        SESSION_KEY.to_owned()
    } else {
        format!("{SESSION_KEY}:{instance}")
    }
}
/// In local storage: the guide's frequency log. No key but these is read or written.
pub const LOG_KEY: &str = "clearback:log:v1";
/// In local storage: the guide's countdowns with the sound switch.
pub const TIMERS_KEY: &str = "clearback:timers:v1";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    Session,
    Local,
}

/// The storage area, through web-sys rather than gloo-storage, whose access throws into
/// the page where storage is blocked.
fn storage(area: Area) -> Option<Storage> {
    let window = gloo_utils::window();
    match area {
        Area::Session => window.session_storage().ok().flatten(),
        Area::Local => window.local_storage().ok().flatten(),
    }
}

/// The stored value; `Err` when the storage cannot be used at all.
pub fn read(area: Area, key: &str) -> Result<Option<String>, ()> {
    storage(area).ok_or(())?.get_item(key).map_err(|_| ())
}

pub fn write(area: Area, key: &str, value: &str) -> Result<(), ()> {
    storage(area).ok_or(())?.set_item(key, value).map_err(|_| ())
}

pub fn remove(area: Area, key: &str) -> Result<(), ()> {
    storage(area).ok_or(())?.remove_item(key).map_err(|_| ())
}
