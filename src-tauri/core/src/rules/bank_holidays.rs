//! Bank holidays of England and Wales (and Jersey's Liberation Day), computed for any year from the
//! standing rules, with the one-off changes made by royal proclamation kept in a table.
//!
//! The standing rules are those in force since 1978, when the early May bank holiday began: New
//! Year's Day, Good Friday, Easter Monday, the first and last Mondays of May, the last Monday of
//! August, Christmas Day and Boxing Day. A fixed-date holiday that falls on a Saturday or Sunday
//! is replaced by the next weekday that is not already a holiday. For years before 1978 the list
//! is what today's rules would give, not the historical calendar.

use std::collections::BTreeSet;

use chrono::{Datelike, Days, NaiveDate, Weekday};

pub const NEW_YEARS_DAY: &str = "New Year's Day";
pub const NEW_YEARS_DAY_SUBSTITUTE: &str = "New Year's Day (substitute day)";
pub const GOOD_FRIDAY: &str = "Good Friday";
pub const EASTER_MONDAY: &str = "Easter Monday";
pub const EARLY_MAY: &str = "Early May bank holiday";
pub const SPRING: &str = "Spring bank holiday";
pub const SUMMER: &str = "Summer bank holiday";
pub const CHRISTMAS_DAY: &str = "Christmas Day";
pub const CHRISTMAS_DAY_SUBSTITUTE: &str = "Christmas Day (substitute day)";
pub const BOXING_DAY: &str = "Boxing Day";
pub const BOXING_DAY_SUBSTITUTE: &str = "Boxing Day (substitute day)";
pub const LIBERATION_DAY: &str = "Liberation Day";

/// A calendar date written as numbers, so the table below can be a `const`. A triple that is not
/// a real date is skipped (a unit test checks that every entry of the table is real).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ymd {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Ymd {
    pub const fn new(year: i32, month: u32, day: u32) -> Self {
        Ymd { year, month, day }
    }

    pub fn date(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month, self.day)
    }
}

/// A one-off change to the England and Wales bank holidays, made by proclamation for one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OneOffChange {
    /// The standing holiday that falls on `from` is held on `to` instead, under `name`.
    Moved {
        from: Ymd,
        to: Ymd,
        name: &'static str,
    },
    /// An extra holiday on `on`. Extra holidays are proclaimed for a weekday and never substituted.
    Extra { on: Ymd, name: &'static str },
}

impl OneOffChange {
    /// The year the change applies to.
    pub fn year(&self) -> i32 {
        match self {
            OneOffChange::Moved { to, .. } => to.year,
            OneOffChange::Extra { on, .. } => on.year,
        }
    }
}

/// Every one-off change since the standing rules began (1978). Add new proclamations here; they
/// are data, not rules, and must not be derived.
pub const ONE_OFF_CHANGES: &[OneOffChange] = &[
    OneOffChange::Extra {
        on: Ymd::new(1981, 7, 29),
        name: "Royal wedding",
    },
    OneOffChange::Moved {
        from: Ymd::new(1995, 5, 1),
        to: Ymd::new(1995, 5, 8),
        name: "Early May bank holiday (VE day 50th anniversary)",
    },
    OneOffChange::Extra {
        on: Ymd::new(1999, 12, 31),
        name: "Millennium celebrations",
    },
    OneOffChange::Moved {
        from: Ymd::new(2002, 5, 27),
        to: Ymd::new(2002, 6, 4),
        name: SPRING,
    },
    OneOffChange::Extra {
        on: Ymd::new(2002, 6, 3),
        name: "Queen's Golden Jubilee",
    },
    OneOffChange::Extra {
        on: Ymd::new(2011, 4, 29),
        name: "Royal wedding",
    },
    OneOffChange::Moved {
        from: Ymd::new(2012, 5, 28),
        to: Ymd::new(2012, 6, 4),
        name: SPRING,
    },
    OneOffChange::Extra {
        on: Ymd::new(2012, 6, 5),
        name: "Queen's Diamond Jubilee",
    },
    OneOffChange::Moved {
        from: Ymd::new(2020, 5, 4),
        to: Ymd::new(2020, 5, 8),
        name: "Early May bank holiday (VE day)",
    },
    OneOffChange::Moved {
        from: Ymd::new(2022, 5, 30),
        to: Ymd::new(2022, 6, 2),
        name: SPRING,
    },
    OneOffChange::Extra {
        on: Ymd::new(2022, 6, 3),
        name: "Platinum Jubilee bank holiday",
    },
    OneOffChange::Extra {
        on: Ymd::new(2022, 9, 19),
        name: "Bank holiday for the State Funeral of Queen Elizabeth II",
    },
    OneOffChange::Extra {
        on: Ymd::new(2023, 5, 8),
        name: "Bank holiday for the coronation of King Charles III",
    },
];

/// Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
/// `None` only where the date is outside what `NaiveDate` can hold.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let y = i64::from(year);
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// One holiday while the year's list is being built.
struct Entry {
    date: NaiveDate,
    name: &'static str,
    /// The name it takes when moved off a weekend; `None` for holidays that are never substituted.
    substitute: Option<&'static str>,
}

fn fixed(year: i32, month: u32, day: u32, name: &'static str, sub: &'static str) -> Option<Entry> {
    NaiveDate::from_ymd_opt(year, month, day).map(|date| Entry {
        date,
        name,
        substitute: Some(sub),
    })
}

fn plain(date: Option<NaiveDate>, name: &'static str) -> Option<Entry> {
    date.map(|date| Entry {
        date,
        name,
        substitute: None,
    })
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The first Monday of a month.
fn first_monday(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, 1)
}

/// The last Monday of a month.
fn last_monday(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, 5)
        .or_else(|| NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, 4))
}

/// The bank holidays of England and Wales in `year`, in date order, each with its name as gov.uk
/// publishes it (a substitute day is named "… (substitute day)"). Includes the one-off changes of
/// [`ONE_OFF_CHANGES`]. Empty or short only for years at the edge of what `NaiveDate` can hold.
pub fn england_wales(year: i32) -> Vec<(NaiveDate, &'static str)> {
    let easter = easter_sunday(year);
    let mut entries: Vec<Entry> = [
        fixed(year, 1, 1, NEW_YEARS_DAY, NEW_YEARS_DAY_SUBSTITUTE),
        plain(
            easter.and_then(|e| e.checked_sub_days(Days::new(2))),
            GOOD_FRIDAY,
        ),
        plain(
            easter.and_then(|e| e.checked_add_days(Days::new(1))),
            EASTER_MONDAY,
        ),
        plain(first_monday(year, 5), EARLY_MAY),
        plain(last_monday(year, 5), SPRING),
        plain(last_monday(year, 8), SUMMER),
        fixed(year, 12, 25, CHRISTMAS_DAY, CHRISTMAS_DAY_SUBSTITUTE),
        fixed(year, 12, 26, BOXING_DAY, BOXING_DAY_SUBSTITUTE),
    ]
    .into_iter()
    .flatten()
    .collect();

    for change in ONE_OFF_CHANGES.iter().filter(|c| c.year() == year) {
        match *change {
            OneOffChange::Moved { from, to, name } => {
                let (Some(from), Some(to)) = (from.date(), to.date()) else {
                    continue;
                };
                if let Some(entry) = entries.iter_mut().find(|e| e.date == from) {
                    entry.date = to;
                    entry.name = name;
                    entry.substitute = None;
                }
            }
            OneOffChange::Extra { on, name } => {
                if let Some(entry) = plain(on.date(), name) {
                    entries.push(entry);
                }
            }
        }
    }

    substitute_weekends(&mut entries);
    entries.sort_by_key(|e| e.date);
    entries.into_iter().map(|e| (e.date, e.name)).collect()
}

/// Moves each substitutable holiday that falls on a weekend to the next weekday that is not
/// already a holiday, taking the weekend holidays in date order (so when Christmas Day is a
/// Saturday it moves to Monday 27 and Boxing Day, a Sunday, to Tuesday 28).
fn substitute_weekends(entries: &mut [Entry]) {
    entries.sort_by_key(|e| e.date);
    let mut taken: BTreeSet<NaiveDate> = entries
        .iter()
        .map(|e| e.date)
        .filter(|d| !is_weekend(*d))
        .collect();
    for entry in entries.iter_mut() {
        let Some(sub_name) = entry.substitute else {
            continue;
        };
        if !is_weekend(entry.date) {
            continue;
        }
        let mut day = entry.date;
        let found = loop {
            match day.succ_opt() {
                Some(next) => day = next,
                None => break None,
            }
            if !is_weekend(day) && !taken.contains(&day) {
                break Some(day);
            }
        };
        if let Some(day) = found {
            taken.insert(day);
            entry.date = day;
            entry.name = sub_name;
        }
    }
}

/// Jersey's Liberation Day, 9 May, in `year`.
///
/// Choice: when 9 May falls on a Saturday or Sunday no substitute weekday is given. We know of no
/// standing rule in Jersey's public holiday legislation that moves it, and a missed closure day
/// only makes a deadline one day earlier (the safe side). If the States of Jersey proclaim a
/// substitute for a year, add it as a closure day or extend this function with a table.
pub fn liberation_day(year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, 5, 9)
}

/// The public holidays of Jersey in `year`: those of England and Wales plus Liberation Day, in
/// date order. (Jersey has in practice followed the UK one-off changes listed above.)
pub fn jersey(year: i32) -> Vec<(NaiveDate, &'static str)> {
    let mut days = england_wales(year);
    if let Some(day) = liberation_day(year) {
        days.push((day, LIBERATION_DAY));
        days.sort_by_key(|(d, _)| *d);
    }
    days
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn easter_matches_known_dates() {
        let known = [
            (1961, 4, 2),
            (1981, 4, 19),
            (2000, 4, 23),
            (2008, 3, 23),
            (2011, 4, 24),
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (2038, 4, 25),
            (2285, 3, 22),
        ];
        for (y, m, day) in known {
            assert_eq!(easter_sunday(y), Some(d(y, m, day)), "Easter {y}");
        }
    }

    #[test]
    fn easter_is_a_sunday_between_22_march_and_25_april() {
        for y in 1583..3000 {
            let e = easter_sunday(y).unwrap();
            assert_eq!(e.weekday(), Weekday::Sun, "{y}");
            assert!(e >= d(y, 3, 22) && e <= d(y, 4, 25), "{y}: {e}");
        }
    }

    #[test]
    fn every_table_entry_is_a_real_weekday_and_moves_a_standing_holiday() {
        for change in ONE_OFF_CHANGES {
            match *change {
                OneOffChange::Moved { from, to, .. } => {
                    let from = from.date().unwrap();
                    let to = to.date().unwrap();
                    assert_eq!(from.year(), to.year());
                    assert!(!is_weekend(to), "{to}");
                    // `from` must be a standing holiday of that year before the table applies.
                    let standing = [
                        first_monday(from.year(), 5),
                        last_monday(from.year(), 5),
                        last_monday(from.year(), 8),
                    ];
                    assert!(
                        standing.contains(&Some(from)),
                        "{from} is not a standing holiday"
                    );
                }
                OneOffChange::Extra { on, .. } => {
                    assert!(!is_weekend(on.date().unwrap()), "{on:?}");
                }
            }
        }
    }

    #[test]
    fn never_panics_at_the_edges_of_the_date_range() {
        for year in [i32::MIN, -262_144, -1, 0, 1, 262_142, 262_143, i32::MAX] {
            let _ = england_wales(year);
            let _ = jersey(year);
        }
        assert!(england_wales(i32::MAX).is_empty());
    }

    #[test]
    fn every_holiday_lies_in_its_year_and_on_a_weekday_for_a_long_run() {
        for year in 1900..2300 {
            let days = england_wales(year);
            assert!(days.len() >= 8, "{year}");
            for (date, name) in &days {
                assert_eq!(date.year(), year, "{name}");
                assert!(!is_weekend(*date), "{year}: {name} on {date}");
            }
            let distinct: BTreeSet<_> = days.iter().map(|(d, _)| *d).collect();
            assert_eq!(
                distinct.len(),
                days.len(),
                "{year}: two holidays share a date"
            );
        }
    }
}
