//! Browser services besides the host element: storage and the clock, and the `Device`
//! that hands them to the widget's state, so that the state's changes can be tested on
//! the host with a device of the tests' own. Each service can be missing or refuse;
//! callers get a `Result`, never a panic.

pub mod clock;
pub mod storage;

use crate::engine::calendar::Day;
use storage::Area;

/// What the widget's state reads and keeps on the reader's device.
pub trait Device {
    /// Milliseconds since the epoch, as the countdowns measure time.
    fn now(&self) -> f64;
    /// The reader's calendar day.
    fn today(&self) -> Day;
    /// The stored value; `Err` when the storage cannot be used at all.
    fn read(&self, area: Area, key: &str) -> Result<Option<String>, ()>;
    fn write(&self, area: Area, key: &str, value: &str) -> Result<(), ()>;
    fn remove(&self, area: Area, key: &str) -> Result<(), ()>;
}

/// The reader's browser.
pub struct Browser;

impl Device for Browser {
    fn now(&self) -> f64 {
        clock::now()
    }

    fn today(&self) -> Day {
        clock::today()
    }

    fn read(&self, area: Area, key: &str) -> Result<Option<String>, ()> {
        storage::read(area, key)
    }

    fn write(&self, area: Area, key: &str, value: &str) -> Result<(), ()> {
        storage::write(area, key, value)
    }

    fn remove(&self, area: Area, key: &str) -> Result<(), ()> {
        storage::remove(area, key)
    }
}
