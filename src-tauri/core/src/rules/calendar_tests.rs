//! Tests of the working-day calendar: worked deadlines across Easter, Christmas and Liberation
//! Day, closure days, and properties checked against a day-by-day count.

use std::collections::BTreeSet;

use chrono::{Days, NaiveDate, Weekday};
use proptest::prelude::*;

use super::calendar::{CalendarKind, UnknownCalendarKind, WorkingCalendar};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn ew() -> WorkingCalendar {
    WorkingCalendar::new(CalendarKind::EnglandWales)
}

fn jersey() -> WorkingCalendar {
    WorkingCalendar::new(CalendarKind::Jersey)
}

/// The slow, obviously right count: step day by day.
fn brute_between(cal: &WorkingCalendar, a: NaiveDate, b: NaiveDate) -> i64 {
    let (lo, hi, sign) = if a <= b { (a, b, 1) } else { (b, a, -1) };
    let mut n = 0;
    let mut day = lo;
    while day < hi {
        day = day.succ_opt().unwrap();
        if cal.is_working_day(day) {
            n += 1;
        }
    }
    sign * n
}

fn brute_add(cal: &WorkingCalendar, date: NaiveDate, n: u32) -> NaiveDate {
    let mut day = date;
    let mut left = n;
    while left > 0 {
        day = day.succ_opt().unwrap();
        if cal.is_working_day(day) {
            left -= 1;
        }
    }
    day
}

#[test]
fn weekends_holidays_and_closures_are_not_working_days() {
    let cal = ew().with_closures([d(2026, 12, 24)]);
    assert!(cal.is_working_day(d(2026, 12, 23))); // Wednesday
    assert!(!cal.is_working_day(d(2026, 12, 24))); // closure
    assert!(!cal.is_working_day(d(2026, 12, 25))); // Christmas Day
    assert!(!cal.is_working_day(d(2026, 12, 26))); // Saturday
    assert!(!cal.is_working_day(d(2026, 12, 27))); // Sunday
    assert!(!cal.is_working_day(d(2026, 12, 28))); // Boxing Day (substitute day)
    assert!(cal.is_working_day(d(2026, 12, 29)));
    assert!(
        ew().is_working_day(d(2026, 12, 24)),
        "closures belong to one calendar"
    );
    assert!(
        ew().is_working_day(d(2020, 5, 4)),
        "early May 2020 moved to the 8th"
    );
    assert!(!ew().is_working_day(d(2020, 5, 8)));
}

#[test]
fn add_zero_is_the_date_itself_even_on_a_weekend() {
    assert_eq!(ew().add_working_days(d(2026, 3, 28), 0), d(2026, 3, 28));
    assert_eq!(ew().add_working_days(d(2026, 12, 25), 0), d(2026, 12, 25));
}

#[test]
fn acceptance_within_ten_working_days_across_easter() {
    // Received Friday 27 March 2026; Good Friday 3 April and Easter Monday 6 April are skipped.
    assert_eq!(ew().add_working_days(d(2026, 3, 27), 10), d(2026, 4, 14));
    // Received on the Saturday: the weekend is not counted either, same deadline.
    assert_eq!(ew().add_working_days(d(2026, 3, 28), 10), d(2026, 4, 14));
    assert_eq!(
        ew().working_days_between(d(2026, 3, 27), d(2026, 4, 14)),
        10
    );
    assert_eq!(ew().working_days_between(d(2026, 3, 27), d(2026, 4, 13)), 9);
}

#[test]
fn one_working_day_across_easter_2025() {
    // Thursday 17 April 2025: Good Friday, the weekend and Easter Monday follow.
    assert_eq!(ew().next_working_day(d(2025, 4, 17)), d(2025, 4, 22));
    assert_eq!(ew().add_working_days(d(2025, 4, 17), 2), d(2025, 4, 23));
    assert_eq!(ew().working_days_between(d(2025, 4, 17), d(2025, 4, 22)), 1);
}

#[test]
fn one_working_day_across_christmas() {
    // 2026: Christmas Friday, Boxing Day substituted on Monday 28.
    assert_eq!(ew().next_working_day(d(2026, 12, 24)), d(2026, 12, 29));
    // 2027: Christmas Saturday and Boxing Day Sunday, substituted on 27 and 28.
    assert_eq!(ew().next_working_day(d(2027, 12, 24)), d(2027, 12, 29));
    // New Year's Day 2028 is a Saturday, substituted on Monday 3 January.
    assert_eq!(ew().next_working_day(d(2027, 12, 31)), d(2028, 1, 4));
    assert_eq!(ew().add_working_days(d(2027, 12, 29), 3), d(2028, 1, 4));
    // 2022: Christmas Sunday, Boxing Day Monday 26, Christmas substituted on Tuesday 27.
    assert_eq!(ew().next_working_day(d(2022, 12, 23)), d(2022, 12, 28));
}

#[test]
fn jersey_liberation_day() {
    // 9 May 2025 is a Friday: a working day in England and Wales, not in Jersey.
    assert!(ew().is_working_day(d(2025, 5, 9)));
    assert!(!jersey().is_working_day(d(2025, 5, 9)));
    assert_eq!(ew().next_working_day(d(2025, 5, 8)), d(2025, 5, 9));
    assert_eq!(jersey().next_working_day(d(2025, 5, 8)), d(2025, 5, 12));
    assert_eq!(jersey().holiday_name(d(2025, 5, 9)), Some("Liberation Day"));
    // 2023: Coronation Monday 8 May then Liberation Day Tuesday 9 May.
    assert_eq!(jersey().next_working_day(d(2023, 5, 5)), d(2023, 5, 10));
    // 9 May 2026 is a Saturday and no substitute is given.
    assert!(jersey().is_working_day(d(2026, 5, 11)));
    assert_eq!(jersey().next_working_day(d(2026, 5, 8)), d(2026, 5, 11));
}

#[test]
fn closures_push_deadlines_back_and_are_counted_once() {
    let closures = [
        d(2026, 12, 24),
        d(2026, 12, 29),
        d(2026, 12, 30),
        d(2026, 12, 31),
    ];
    let cal = ew().with_closures(closures);
    assert_eq!(cal.next_working_day(d(2026, 12, 23)), d(2027, 1, 4));
    assert_eq!(cal.working_days_between(d(2026, 12, 23), d(2027, 1, 4)), 1);
    // A closure on a holiday or a weekend changes nothing and is not subtracted twice.
    let cal = ew().with_closures([d(2026, 12, 25), d(2026, 12, 26)]);
    assert_eq!(
        cal.working_days_between(d(2026, 12, 24), d(2026, 12, 29)),
        1
    );
    assert_eq!(cal.working_days_between(d(2026, 12, 18), d(2027, 1, 1)), 7);
}

#[test]
fn closures_can_be_added_and_removed() {
    let mut cal = jersey();
    assert!(cal.add_closure(d(2026, 8, 3)));
    assert!(!cal.add_closure(d(2026, 8, 3)));
    assert!(!cal.is_working_day(d(2026, 8, 3)));
    assert_eq!(cal.closures().len(), 1);
    assert!(cal.remove_closure(d(2026, 8, 3)));
    assert!(!cal.remove_closure(d(2026, 8, 3)));
    assert!(cal.is_working_day(d(2026, 8, 3)));
    assert_eq!(cal.kind(), CalendarKind::Jersey);
}

#[test]
fn between_counts_the_end_not_the_start() {
    let cal = ew();
    assert_eq!(cal.working_days_between(d(2026, 6, 1), d(2026, 6, 1)), 0);
    assert_eq!(cal.working_days_between(d(2026, 6, 1), d(2026, 6, 2)), 1); // Mon -> Tue
    assert_eq!(cal.working_days_between(d(2026, 6, 5), d(2026, 6, 6)), 0); // Fri -> Sat
    assert_eq!(cal.working_days_between(d(2026, 6, 5), d(2026, 6, 8)), 1); // Fri -> Mon
    assert_eq!(cal.working_days_between(d(2026, 6, 6), d(2026, 6, 7)), 0); // Sat -> Sun
                                                                           // Christmas fortnight 2026: 21-24 Dec and 29-31 Dec.
    assert_eq!(cal.working_days_between(d(2026, 12, 18), d(2027, 1, 1)), 7);
    // A whole ordinary year: 261 weekdays in 2026 less 8 bank holidays.
    assert_eq!(
        cal.working_days_between(d(2025, 12, 31), d(2026, 12, 31)),
        253
    );
}

#[test]
fn between_is_antisymmetric() {
    let cal = ew();
    let pairs = [
        (d(2026, 3, 27), d(2026, 4, 14)),
        (d(2026, 12, 24), d(2027, 1, 5)),
        (d(2026, 6, 6), d(2026, 6, 7)),
    ];
    for (a, b) in pairs {
        let forward = cal.working_days_between(a, b);
        assert!(forward >= 0);
        assert_eq!(cal.working_days_between(b, a), -forward, "{a} {b}");
    }
    assert_eq!(
        cal.working_days_between(d(2026, 4, 14), d(2026, 3, 27)),
        -10
    );
}

#[test]
fn on_or_after_rolls_forward_only_from_non_working_days() {
    let cal = ew();
    assert_eq!(cal.working_day_on_or_after(d(2026, 6, 3)), d(2026, 6, 3));
    assert_eq!(cal.working_day_on_or_after(d(2026, 6, 6)), d(2026, 6, 8));
    assert_eq!(cal.working_day_on_or_after(d(2026, 4, 3)), d(2026, 4, 7));
}

#[test]
fn holiday_names_and_lists() {
    let cal = ew().with_closures([d(2026, 7, 1)]);
    assert_eq!(cal.holiday_name(d(2026, 4, 3)), Some("Good Friday"));
    assert_eq!(
        cal.holiday_name(d(2026, 7, 1)),
        None,
        "a closure is not a holiday"
    );
    assert_eq!(cal.holidays_in(2026).len(), 8);
    assert_eq!(jersey().holidays_in(2026).len(), 9);
}

#[test]
fn large_counts_match_stepping_day_by_day() {
    let cal = ew().with_closures([d(2027, 3, 3), d(2030, 7, 1), d(2031, 2, 28)]);
    for n in [11, 12, 50, 253, 1000, 2600] {
        let start = d(2026, 1, 3);
        assert_eq!(
            cal.add_working_days(start, n),
            brute_add(&cal, start, n),
            "{n}"
        );
    }
    let (a, b) = (d(2001, 2, 3), d(2039, 9, 30));
    assert_eq!(cal.working_days_between(a, b), brute_between(&cal, a, b));
}

#[test]
fn the_end_of_the_date_range_saturates_instead_of_panicking() {
    let cal = ew();
    assert_eq!(cal.checked_add_working_days(NaiveDate::MAX, 1), None);
    assert_eq!(cal.add_working_days(NaiveDate::MAX, 1), NaiveDate::MAX);
    assert_eq!(
        cal.add_working_days(d(2026, 1, 1), u32::MAX),
        NaiveDate::MAX
    );
    assert_eq!(cal.add_working_days(NaiveDate::MIN, 0), NaiveDate::MIN);
    let far = cal.add_working_days(NaiveDate::MIN, 100);
    assert_eq!(cal.working_days_between(NaiveDate::MIN, far), 100);
}

#[test]
fn kind_reads_and_writes_its_names() {
    assert_eq!("england-wales".parse(), Ok(CalendarKind::EnglandWales));
    assert_eq!(" England_Wales ".parse(), Ok(CalendarKind::EnglandWales));
    assert_eq!("england and wales".parse(), Ok(CalendarKind::EnglandWales));
    assert_eq!("jersey".parse(), Ok(CalendarKind::Jersey));
    assert_eq!("JERSEY".parse(), Ok(CalendarKind::Jersey));
    assert_eq!(
        "scotland".parse::<CalendarKind>(),
        Err(UnknownCalendarKind("scotland".to_string()))
    );
    for kind in CalendarKind::ALL {
        assert_eq!(kind.to_string().parse(), Ok(kind));
    }
    assert_eq!(CalendarKind::default(), CalendarKind::EnglandWales);
    assert_eq!(CalendarKind::EnglandWales.label(), "England and Wales");
}

#[test]
fn serialises_in_snake_case() {
    let json = serde_json::to_string(&CalendarKind::EnglandWales).unwrap();
    assert_eq!(json, "\"england_wales\"");
    assert_eq!(
        serde_json::to_string(&CalendarKind::Jersey).unwrap(),
        "\"jersey\""
    );
    let cal = jersey().with_closures([d(2026, 12, 24)]);
    let json = serde_json::to_string(&cal).unwrap();
    assert_eq!(json, r#"{"kind":"jersey","closures":["2026-12-24"]}"#);
    assert_eq!(serde_json::from_str::<WorkingCalendar>(&json).unwrap(), cal);
    let bare: WorkingCalendar = serde_json::from_str(r#"{"kind":"england_wales"}"#).unwrap();
    assert_eq!(bare, ew());
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (0u64..25_000).prop_map(|offset| d(1985, 1, 1) + Days::new(offset))
}

fn any_calendar() -> impl Strategy<Value = WorkingCalendar> {
    let kind = prop_oneof![Just(CalendarKind::EnglandWales), Just(CalendarKind::Jersey)];
    let closure = (0u64..3_000).prop_map(|offset| d(2020, 1, 1) + Days::new(offset));
    let closures = prop::collection::btree_set(closure, 0..40);
    (kind, closures).prop_map(|(kind, closures): (CalendarKind, BTreeSet<NaiveDate>)| {
        WorkingCalendar::new(kind).with_closures(closures)
    })
}

proptest! {
    #[test]
    fn add_then_between_round_trips(cal in any_calendar(), date in any_date(), n in 0u32..3_000) {
        let end = cal.add_working_days(date, n);
        prop_assert_eq!(cal.working_days_between(date, end), i64::from(n));
        prop_assert_eq!(cal.working_days_between(end, date), -i64::from(n));
    }

    #[test]
    fn add_lands_on_a_working_day(cal in any_calendar(), date in any_date(), n in 1u32..3_000) {
        let end = cal.add_working_days(date, n);
        prop_assert!(end > date);
        prop_assert!(cal.is_working_day(end));
        // The day before the answer is at most n - 1 working days on.
        let before = end.pred_opt().unwrap();
        prop_assert_eq!(cal.working_days_between(date, before), i64::from(n - 1));
    }

    #[test]
    fn add_matches_stepping(cal in any_calendar(), date in any_date(), n in 0u32..400) {
        prop_assert_eq!(cal.add_working_days(date, n), brute_add(&cal, date, n));
    }

    #[test]
    fn add_is_strictly_increasing(cal in any_calendar(), date in any_date(), n in 0u32..500) {
        prop_assert!(cal.add_working_days(date, n + 1) > cal.add_working_days(date, n));
    }

    #[test]
    fn between_matches_stepping(cal in any_calendar(), a in any_date(), span in -1_500i64..1_500) {
        let b = if span >= 0 {
            a + Days::new(span.unsigned_abs())
        } else {
            a - Days::new(span.unsigned_abs())
        };
        prop_assert_eq!(cal.working_days_between(a, b), brute_between(&cal, a, b));
    }

    #[test]
    fn between_is_antisymmetric_and_additive(
        cal in any_calendar(),
        a in any_date(),
        b in any_date(),
        c in any_date(),
    ) {
        let ab = cal.working_days_between(a, b);
        prop_assert_eq!(cal.working_days_between(b, a), -ab);
        prop_assert_eq!(ab + cal.working_days_between(b, c), cal.working_days_between(a, c));
    }

    #[test]
    fn next_working_day_skips_nothing(cal in any_calendar(), date in any_date()) {
        let next = cal.next_working_day(date);
        prop_assert!(cal.is_working_day(next));
        let mut day = date.succ_opt().unwrap();
        while day < next {
            prop_assert!(!cal.is_working_day(day), "{} was a working day", day);
            day = day.succ_opt().unwrap();
        }
        prop_assert_eq!(cal.working_day_on_or_after(date.succ_opt().unwrap()), next);
    }

    #[test]
    fn weekends_are_never_working_days(cal in any_calendar(), date in any_date()) {
        use chrono::Datelike;
        if matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
            prop_assert!(!cal.is_working_day(date));
        }
    }
}
