//! The reader's calendar day, from the browser's clock (which tests may fake).

use crate::engine::calendar::Day;

/// Today in the reader's own time zone.
pub fn today() -> Day {
    let now = js_sys::Date::new_0();
    Day::from_ymd(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
}

/// Milliseconds since the epoch, as the countdowns measure time.
pub fn now() -> f64 {
    js_sys::Date::now()
}
