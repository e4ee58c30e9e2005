//! The frequency log: on which days the reader did each recipe (dates only), and
//! whether doing one again now would pass the article's limit.

use crate::content::{Recipe, RECIPES};

use super::calendar::Day;

/// Recipe id to the days it was done, oldest first, in the order first recorded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Log(Vec<(&'static str, Vec<Day>)>);

/// Doing it again today would make `count` times within the limit's window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Overuse {
    pub count: u32,
}

const VERSION: &str = "1";

impl Log {
    pub fn days(&self, recipe: &str) -> &[Day] {
        self.0.iter().find(|(r, _)| *r == recipe).map(|(_, d)| d.as_slice()).unwrap_or_default()
    }

    pub fn last_done(&self, recipe: &str) -> Option<Day> {
        self.days(recipe).iter().max().copied()
    }

    pub fn record(&mut self, recipe: &'static Recipe, day: Day) {
        let at = match self.0.iter().position(|(r, _)| *r == recipe.id) {
            Some(at) => at,
            None => {
                self.0.push((recipe.id, Vec::new()));
                self.0.len() - 1
            }
        };
        let days = &mut self.0[at].1;
        days.insert(days.partition_point(|d| *d <= day), day);
    }

    /// Whether one more time `today` would pass the recipe's limit: more than `times`
    /// within the `days` days ending today.
    pub fn overuse(&self, recipe: &Recipe, today: Day) -> Option<Overuse> {
        let limit = recipe.limit.as_ref()?;
        let window_start = today.0 - limit.days as i32 + 1;
        let recent =
            self.days(recipe.id).iter().filter(|d| (window_start..=today.0).contains(&d.0)).count() as u32;
        (recent + 1 > limit.times).then_some(Overuse { count: recent + 1 })
    }

    /// `1|soda-mask=2026-11-20+2026-11-22;…`
    pub fn encode(&self) -> String {
        let entries: Vec<String> = self
            .0
            .iter()
            .map(|(id, days)| format!("{id}={}", days.iter().map(|d| d.iso()).collect::<Vec<_>>().join("+")))
            .collect();
        format!("{VERSION}|{}", entries.join(";"))
    }

    /// `None` when the text is not a log this version wrote: the caller then says the
    /// log is unreadable instead of guessing.
    pub fn decode(text: &str) -> Option<Log> {
        let body = text.strip_prefix(VERSION)?.strip_prefix('|')?;
        let mut log = Log::default();
        for entry in body.split(';').filter(|e| !e.is_empty()) {
            let (id, days) = entry.split_once('=')?;
            let recipe = RECIPES.iter().find(|r| r.id == id)?;
            for day in days.split('+') {
                log.record(recipe, Day::parse_iso(day)?);
            }
        }
        Some(log)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recipe(id: &str) -> &'static Recipe {
        RECIPES.iter().find(|r| r.id == id).unwrap()
    }

    fn day(iso: &str) -> Day {
        Day::parse_iso(iso).unwrap()
    }

    #[test]
    fn the_soda_mask_is_limited_to_twice_in_any_seven_days_across_a_week_boundary() {
        let soda = recipe("soda-mask");
        let mut log = Log::default();
        // Sunday and Wednesday of one week.
        log.record(soda, day("2026-11-15"));
        log.record(soda, day("2026-11-18"));
        assert_eq!(
            log.overuse(soda, day("2026-11-21")),
            Some(Overuse { count: 3 }),
            "Saturday: a third time"
        );
        assert_eq!(
            log.overuse(soda, day("2026-11-22")),
            None,
            "the next Sunday: the first one left the window"
        );
        assert_eq!(
            log.overuse(soda, day("2026-11-18")),
            Some(Overuse { count: 3 }),
            "again on the second day"
        );
        assert_eq!(log.overuse(soda, day("2026-11-15")), None, "later entries do not count back in time");
    }

    #[test]
    fn the_fruit_acid_peel_is_once_a_week_and_calendula_twice_a_day() {
        let peel = recipe("fruit-acid-peel");
        let mut log = Log::default();
        log.record(peel, day("2026-11-16"));
        assert!(log.overuse(peel, day("2026-11-22")).is_some(), "six days later");
        assert!(log.overuse(peel, day("2026-11-23")).is_none(), "seven days later");
        let calendula = recipe("calendula-wipe");
        log.record(calendula, day("2026-11-22"));
        assert!(log.overuse(calendula, day("2026-11-22")).is_none());
        log.record(calendula, day("2026-11-22"));
        assert!(log.overuse(calendula, day("2026-11-22")).is_some());
        assert!(log.overuse(calendula, day("2026-11-23")).is_none());
    }

    #[test]
    fn recipes_without_a_limit_never_warn() {
        let bath = recipe("herbal-bath");
        let mut log = Log::default();
        for _ in 0..5 {
            log.record(bath, day("2026-11-22"));
        }
        assert_eq!(log.overuse(bath, day("2026-11-22")), None);
        assert_eq!(log.last_done("herbal-bath"), Some(day("2026-11-22")));
    }

    #[test]
    fn the_log_round_trips_and_refuses_what_it_did_not_write() {
        let mut log = Log::default();
        log.record(recipe("soda-mask"), day("2026-11-20"));
        log.record(recipe("salt-scrub"), day("2026-11-21"));
        assert_eq!(Log::decode(&log.encode()), Some(log.clone()));
        let mut later_first = Log::default();
        later_first.record(recipe("soda-mask"), day("2026-11-22"));
        later_first.record(recipe("soda-mask"), day("2026-11-20"));
        assert_eq!(
            later_first.days("soda-mask"),
            [day("2026-11-20"), day("2026-11-22")],
            "kept in date order"
        );
        assert_eq!(Log::decode("1|"), Some(Log::default()));
        for bad in
            ["", "{\"a\":1}", "2|soda-mask=2026-11-20", "1|soda-mask=yesterday", "1|moon-mask=2026-11-20"]
        {
            assert_eq!(Log::decode(bad), None, "{bad}");
        }
    }
}
