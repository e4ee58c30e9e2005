//! Calendar days as plain numbers, so the frequency rules are simple arithmetic and the
//! log can store readable ISO dates.

use crate::content::{fill, language, Lang};

/// Days since 1970-01-01 in the reader's own calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i32);

impl Day {
    /// From a civil date (proleptic Gregorian), after Howard Hinnant's `days_from_civil`.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Day {
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = month as i32;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Day(era * 146_097 + doe - 719_468)
    }

    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i32::from(month <= 2);
        (year, month, day)
    }

    /// The date as the reader's language writes it: `language.date` of its text file.
    pub fn written(self, lang: Lang) -> String {
        let (year, month, day) = self.ymd();
        let months = language::MONTHS.get(lang);
        let name = months.split(' ').nth(month as usize - 1).unwrap_or_default();
        let values = [
            ("d", day.to_string()),
            ("dd", format!("{day:02}")),
            ("mm", format!("{month:02}")),
            ("mon", name.to_owned()),
            ("yyyy", year.to_string()),
        ];
        let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        fill(language::DATE.get(lang), &values)
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}-{m:02}-{d:02}")
    }

    pub fn parse_iso(text: &str) -> Option<Day> {
        let mut parts = text.split('-');
        let (y, m, d) =
            (parts.next()?.parse().ok()?, parts.next()?.parse().ok()?, parts.next()?.parse().ok()?);
        if parts.next().is_some() || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        let day = Day::from_ymd(y, m, d);
        (day.ymd() == (y, m, d)).then_some(day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_the_date_its_own_way() {
        let day = Day::from_ymd(2026, 11, 2);
        assert_eq!(day.written(Lang::En), "2 Nov 2026");
        assert_eq!(day.written(Lang::Ru), "02.11.2026");
        assert_eq!(day.written(Lang::Uk), "02.11.2026");
        for lang in Lang::ALL {
            assert_eq!(language::MONTHS.get(lang).split(' ').count(), 12, "{lang:?} names twelve months");
        }
    }

    #[test]
    fn days_round_trip_through_iso_dates() {
        assert_eq!(Day::from_ymd(1970, 1, 1), Day(0));
        assert_eq!(Day::parse_iso("2026-11-22").map(Day::iso).as_deref(), Some("2026-11-22"));
        assert_eq!(
            Day::parse_iso("2024-03-01").unwrap().0 - Day::parse_iso("2024-02-28").unwrap().0,
            2,
            "leap year"
        );
        for bad in ["2026-02-30", "2026-13-01", "20261122", "2026-1-1-1", "x-y-z", ""] {
            assert_eq!(Day::parse_iso(bad), None, "{bad}");
        }
    }
}
