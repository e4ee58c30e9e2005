//! Browser services the widget uses besides the host element: storage and the clipboard.
//! Each one can be missing or refuse; callers get a `Result`, never a panic.

pub mod clipboard;
pub mod storage;
