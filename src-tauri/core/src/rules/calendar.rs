//! The working-day calendar that every deadline of the contact services is counted on.
//!
//! A **working day** is a Monday to Friday that is neither a bank holiday of the calendar's
//! [`CalendarKind`] nor one of the calendar's own closure days (office closures supplied by the
//! user).
//!
//! # Counting convention
//!
//! Deadlines are counted in whole days and **the day the clock starts is never counted**, whether
//! or not it is itself a working day:
//!
//! - [`WorkingCalendar::add_working_days`]`(d, n)` is the date of the `n`-th working day strictly
//!   after `d`. `n = 0` gives `d` itself. "Accept within 10 working days of receipt" with a
//!   referral received on `r` means "by the end of `add_working_days(r, 10)`"; "report within one
//!   working day" of an incident on `i` means "by the end of `add_working_days(i, 1)`", which is
//!   [`WorkingCalendar::next_working_day`]`(i)`.
//! - [`WorkingCalendar::working_days_between`]`(a, b)` counts the working days `d` with
//!   `a < d <= b` (the start excluded, the end included) and is negative, `-(count of b < d <= a)`,
//!   when `b` is before `a`. So `working_days_between(r, add_working_days(r, n)) == n` for every
//!   `r` and `n`, and a deadline is met when `working_days_between(r, done) <= n`.
//!
//! Dates carry no time of day; a cut-off such as "received after 5 pm counts as the next day"
//! must be applied by the caller before counting.

use std::collections::BTreeSet;
use std::fmt;
use std::ops::Bound;
use std::str::FromStr;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::bank_holidays;

/// Which public holidays a calendar observes.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    specta::Type,
)]
#[serde(rename_all = "snake_case")]
pub enum CalendarKind {
    /// Bank holidays of England and Wales (Cafcass, Cafcass Cymru).
    #[default]
    EnglandWales,
    /// England and Wales plus Liberation Day, 9 May (JFCAS).
    Jersey,
}

impl CalendarKind {
    pub const ALL: [CalendarKind; 2] = [CalendarKind::EnglandWales, CalendarKind::Jersey];

    /// The name for people: "England and Wales", "Jersey".
    pub fn label(self) -> &'static str {
        match self {
            CalendarKind::EnglandWales => "England and Wales",
            CalendarKind::Jersey => "Jersey",
        }
    }

    /// The public holidays of this kind in `year`, in date order, with their names.
    pub fn holidays_in(self, year: i32) -> Vec<(NaiveDate, &'static str)> {
        match self {
            CalendarKind::EnglandWales => bank_holidays::england_wales(year),
            CalendarKind::Jersey => bank_holidays::jersey(year),
        }
    }
}

/// Prints the form [`FromStr`] reads: `england-wales`, `jersey`.
impl fmt::Display for CalendarKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CalendarKind::EnglandWales => "england-wales",
            CalendarKind::Jersey => "jersey",
        })
    }
}

/// A calendar name that is not one we know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown calendar \"{0}\": use \"england-wales\" or \"jersey\"")]
pub struct UnknownCalendarKind(pub String);

/// Reads `england-wales` or `jersey`, ignoring case and surrounding spaces; `england_wales` (the
/// serialised form), `england-and-wales` and `england and wales` are accepted too.
impl FromStr for CalendarKind {
    type Err = UnknownCalendarKind;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let key: String = s
            .trim()
            .to_lowercase()
            .chars()
            .map(|c| if c == '_' || c == ' ' { '-' } else { c })
            .collect();
        match key.as_str() {
            "england-wales" | "england-and-wales" => Ok(CalendarKind::EnglandWales),
            "jersey" => Ok(CalendarKind::Jersey),
            _ => Err(UnknownCalendarKind(s.to_string())),
        }
    }
}

/// A working-day calendar: the public holidays of a [`CalendarKind`] plus the user's own closure
/// days. See the [module documentation](self) for the counting convention.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct WorkingCalendar {
    kind: CalendarKind,
    /// Extra days on which the office is closed; a closure on a weekend or holiday changes nothing.
    #[serde(default)]
    closures: BTreeSet<NaiveDate>,
}

/// Above this many working days still to go, `add_working_days` jumps whole weeks at a time.
const JUMP_ABOVE: u32 = 10;

impl WorkingCalendar {
    /// A calendar of `kind` with no closure days.
    pub fn new(kind: CalendarKind) -> Self {
        WorkingCalendar {
            kind,
            closures: BTreeSet::new(),
        }
    }

    /// The same calendar with `closures` added to its closure days.
    pub fn with_closures(mut self, closures: impl IntoIterator<Item = NaiveDate>) -> Self {
        self.closures.extend(closures);
        self
    }

    /// Adds one closure day; `false` if it was already there.
    pub fn add_closure(&mut self, date: NaiveDate) -> bool {
        self.closures.insert(date)
    }

    /// Removes one closure day; `false` if it was not there.
    pub fn remove_closure(&mut self, date: NaiveDate) -> bool {
        self.closures.remove(&date)
    }

    pub fn kind(&self) -> CalendarKind {
        self.kind
    }

    pub fn closures(&self) -> &BTreeSet<NaiveDate> {
        &self.closures
    }

    /// The public holidays of the calendar's kind in `year`, in date order, with their names.
    /// Closure days are not included (see [`closures`](Self::closures)).
    pub fn holidays_in(&self, year: i32) -> Vec<(NaiveDate, &'static str)> {
        self.kind.holidays_in(year)
    }

    /// The name of the public holiday on `date`, if it is one (closure days are not holidays).
    pub fn holiday_name(&self, date: NaiveDate) -> Option<&'static str> {
        self.holidays_in(date.year())
            .into_iter()
            .find(|(d, _)| *d == date)
            .map(|(_, name)| name)
    }

    /// `true` for a Monday to Friday that is neither a public holiday nor a closure day.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        YearCache::new(self).is_working_day(date)
    }

    /// The first working day strictly after `date` (the same as `add_working_days(date, 1)`):
    /// the deadline for something due "within one working day" of `date`.
    pub fn next_working_day(&self, date: NaiveDate) -> NaiveDate {
        self.add_working_days(date, 1)
    }

    /// `date` itself if it is a working day, otherwise the first working day after it: where a
    /// deadline that falls on a non-working day rolls forward to.
    pub fn working_day_on_or_after(&self, date: NaiveDate) -> NaiveDate {
        if self.is_working_day(date) {
            date
        } else {
            self.next_working_day(date)
        }
    }

    /// The date of the `n`-th working day strictly after `date`; `date` itself when `n` is 0.
    /// The start day is never counted, even when it is a working day, and when `n >= 1` the
    /// result is always a working day. `None` only if the answer lies beyond the last date
    /// `NaiveDate` can hold.
    pub fn checked_add_working_days(&self, date: NaiveDate, n: u32) -> Option<NaiveDate> {
        let mut cache = YearCache::new(self);
        let mut current = date;
        let mut remaining = n;
        // Whole weeks hold at most 5 working days, so jumping (remaining - 1) / 5 weeks can never
        // pass the answer; each jump leaves at least one working day to find day by day.
        while remaining > JUMP_ABOVE {
            let weeks = u64::from((remaining - 1) / 5);
            let next = current.checked_add_days(Days::new(weeks * 7))?;
            let counted = self.count_forward(current, next);
            remaining = remaining.saturating_sub(u32::try_from(counted).unwrap_or(u32::MAX));
            current = next;
        }
        while remaining > 0 {
            current = current.succ_opt()?;
            if cache.is_working_day(current) {
                remaining -= 1;
            }
        }
        Some(current)
    }

    /// As [`checked_add_working_days`](Self::checked_add_working_days), but an answer beyond the
    /// last date `NaiveDate` can hold (year 262142, never a real deadline) gives `NaiveDate::MAX`.
    pub fn add_working_days(&self, date: NaiveDate, n: u32) -> NaiveDate {
        self.checked_add_working_days(date, n)
            .unwrap_or(NaiveDate::MAX)
    }

    /// The number of working days `d` with `a < d <= b`: `a` is not counted, `b` is. When `b` is
    /// before `a` the result is negative: `-(number of working days d with b < d <= a)`, so
    /// `working_days_between(a, b) == -working_days_between(b, a)`, and
    /// `working_days_between(a, add_working_days(a, n)) == n`.
    pub fn working_days_between(&self, a: NaiveDate, b: NaiveDate) -> i64 {
        if a <= b {
            self.count_forward(a, b)
        } else {
            -self.count_forward(b, a)
        }
    }

    /// Working days in `(a, b]`, for `a <= b`: weekdays counted by arithmetic, less the holidays
    /// and closure days on weekdays in the span (each date counted once).
    fn count_forward(&self, a: NaiveDate, b: NaiveDate) -> i64 {
        let weekdays = weekdays_in(a, b);
        let range = (Bound::Excluded(a), Bound::Included(b));
        let mut off: BTreeSet<NaiveDate> = self
            .closures
            .range(range)
            .copied()
            .filter(|d| !is_weekend(*d))
            .collect();
        for year in a.year()..=b.year() {
            off.extend(
                self.holidays_in(year)
                    .into_iter()
                    .map(|(d, _)| d)
                    .filter(|d| *d > a && *d <= b && !is_weekend(*d)),
            );
        }
        weekdays - i64::try_from(off.len()).unwrap_or(i64::MAX)
    }
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Mondays to Fridays `d` with `a < d <= b`, for `a <= b`.
fn weekdays_in(a: NaiveDate, b: NaiveDate) -> i64 {
    let days = (b - a).num_days();
    let full_weeks = days / 7;
    let start = i64::from(a.weekday().num_days_from_monday());
    let rest = (1..=days % 7).filter(|i| (start + i) % 7 < 5).count();
    full_weeks * 5 + i64::try_from(rest).unwrap_or(0)
}

/// Checks days one by one, computing each year's holidays once.
struct YearCache<'a> {
    calendar: &'a WorkingCalendar,
    year: Option<i32>,
    holidays: Vec<NaiveDate>,
}

impl<'a> YearCache<'a> {
    fn new(calendar: &'a WorkingCalendar) -> Self {
        YearCache {
            calendar,
            year: None,
            holidays: Vec::new(),
        }
    }

    fn is_working_day(&mut self, date: NaiveDate) -> bool {
        if is_weekend(date) || self.calendar.closures.contains(&date) {
            return false;
        }
        if self.year != Some(date.year()) {
            self.year = Some(date.year());
            self.holidays = self
                .calendar
                .holidays_in(date.year())
                .into_iter()
                .map(|(d, _)| d)
                .collect();
        }
        !self.holidays.contains(&date)
    }
}
