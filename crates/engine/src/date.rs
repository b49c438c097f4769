//! Civil dates without a clock or a time zone: deadlines are whole days.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let ok = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        (ok && (1..=9999).contains(&year)).then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`, the form used in URLs and content.
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        if !(digits(y) && digits(m) && digits(d)) {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, days: i32) -> Date {
        Date::from_days(self.to_days() + i64::from(days))
    }

    /// 和暦: the era name and year, e.g. ("令和", 8) for 2026. `None` before 明治.
    pub fn wareki(self) -> Option<(&'static str, i32)> {
        const ERAS: [(&str, Date); 5] = [
            ("令和", Date { year: 2019, month: 5, day: 1 }),
            ("平成", Date { year: 1989, month: 1, day: 8 }),
            ("昭和", Date { year: 1926, month: 12, day: 25 }),
            ("大正", Date { year: 1912, month: 7, day: 30 }),
            ("明治", Date { year: 1868, month: 1, day: 25 }),
        ];
        ERAS.iter().find(|(_, start)| self >= *start).map(|(name, start)| (*name, self.year - start.year + 1))
    }
}

/// How close a deadline is, seen from `today`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    /// The last day has passed.
    Overdue,
    /// The last day is today or within a week: `n` days left (0 = today).
    Soon(u8),
    Later,
}

impl Date {
    pub fn urgency(self, today: Date) -> Urgency {
        match self.to_days() - today.to_days() {
            n if n < 0 => Urgency::Overdue,
            n @ 0..=7 => Urgency::Soon(n as u8),
            _ => Urgency::Later,
        }
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_across_leap_years() {
        for z in -800_000..800_000i64 {
            assert_eq!(Date::from_days(z).to_days(), z);
        }
        assert_eq!(Date::parse("1970-01-01").unwrap().to_days(), 0);
        assert_eq!(Date::parse("2024-02-28").unwrap().add_days(1).to_string(), "2024-02-29");
        assert_eq!(Date::parse("2026-12-24").unwrap().add_days(14).to_string(), "2027-01-07");
    }

    #[test]
    fn parse_rejects_impossible_and_malformed_dates() {
        for bad in ["2026-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026-01-01x", "", "２０２６-01-01"] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert!(Date::parse("2028-02-29").is_some());
    }

    #[test]
    fn urgency_counts_whole_days() {
        let due = Date::parse("2026-12-04").unwrap();
        assert_eq!(due.urgency(Date::parse("2026-12-05").unwrap()), Urgency::Overdue);
        assert_eq!(due.urgency(Date::parse("2026-12-04").unwrap()), Urgency::Soon(0));
        assert_eq!(due.urgency(Date::parse("2026-11-27").unwrap()), Urgency::Soon(7));
        assert_eq!(due.urgency(Date::parse("2026-11-26").unwrap()), Urgency::Later);
    }

    #[test]
    fn wareki_follows_era_boundaries() {
        assert_eq!(Date::parse("2026-12-07").unwrap().wareki(), Some(("令和", 8)));
        assert_eq!(Date::parse("2019-05-01").unwrap().wareki(), Some(("令和", 1)));
        assert_eq!(Date::parse("2019-04-30").unwrap().wareki(), Some(("平成", 31)));
        assert_eq!(Date::parse("1989-01-07").unwrap().wareki(), Some(("昭和", 64)));
    }
}
