//! Browser services the widget uses besides the host element: storage, the clipboard and the date.
//! Each one can be missing or refuse; callers get a `Result`, never a panic.

pub mod clipboard;
pub mod clock;
pub mod storage;
