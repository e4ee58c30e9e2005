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

/// A device with nothing stored and nothing refused, whose clock stands still: for drawing
/// a screen no reader uses (the first screen the build writes out, the screens warmed while
/// the page is idle) without reading or keeping anything of the reader's.
pub struct Blank;

impl Device for Blank {
    fn now(&self) -> f64 {
        0.0
    }

    fn today(&self) -> Day {
        Day::from_ymd(2000, 1, 1)
    }

    fn read(&self, _: Area, _: &str) -> Result<Option<String>, ()> {
        Ok(None)
    }

    fn write(&self, _: Area, _: &str, _: &str) -> Result<(), ()> {
        Ok(())
    }

    fn remove(&self, _: Area, _: &str) -> Result<(), ()> {
        Ok(())
    }
}
