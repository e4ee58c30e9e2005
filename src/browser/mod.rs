//! Browser services the widget uses besides the host element: storage and the clock.
//! Each one can be missing or refuse; callers get a `Result`, never a panic.

pub mod clock;
pub mod storage;
