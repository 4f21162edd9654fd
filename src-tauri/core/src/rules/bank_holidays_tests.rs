//! The computed bank holidays checked against the lists published on gov.uk
//! (<https://www.gov.uk/bank-holidays>), written out literally: these are data, not a second
//! copy of the rules. Years after gov.uk's published range follow the standing rules.

use chrono::{Datelike, NaiveDate, Weekday};

use super::bank_holidays::{self, *};
use super::calendar::CalendarKind;

/// (month, day) pairs of one year.
type Published = (i32, &'static [(u32, u32)]);

/// One year a line, as on gov.uk.
#[rustfmt::skip]
const ENGLAND_WALES_PUBLISHED: &[Published] = &[
    (2011, &[(1, 3), (4, 22), (4, 25), (4, 29), (5, 2), (5, 30), (8, 29), (12, 26), (12, 27)]),
    (2012, &[(1, 2), (4, 6), (4, 9), (5, 7), (6, 4), (6, 5), (8, 27), (12, 25), (12, 26)]),
    (2013, &[(1, 1), (3, 29), (4, 1), (5, 6), (5, 27), (8, 26), (12, 25), (12, 26)]),
    (2014, &[(1, 1), (4, 18), (4, 21), (5, 5), (5, 26), (8, 25), (12, 25), (12, 26)]),
    (2015, &[(1, 1), (4, 3), (4, 6), (5, 4), (5, 25), (8, 31), (12, 25), (12, 28)]),
    (2016, &[(1, 1), (3, 25), (3, 28), (5, 2), (5, 30), (8, 29), (12, 26), (12, 27)]),
    (2017, &[(1, 2), (4, 14), (4, 17), (5, 1), (5, 29), (8, 28), (12, 25), (12, 26)]),
    (2018, &[(1, 1), (3, 30), (4, 2), (5, 7), (5, 28), (8, 27), (12, 25), (12, 26)]),
    (2019, &[(1, 1), (4, 19), (4, 22), (5, 6), (5, 27), (8, 26), (12, 25), (12, 26)]),
    (2020, &[(1, 1), (4, 10), (4, 13), (5, 8), (5, 25), (8, 31), (12, 25), (12, 28)]),
    (2021, &[(1, 1), (4, 2), (4, 5), (5, 3), (5, 31), (8, 30), (12, 27), (12, 28)]),
    (2022, &[(1, 3), (4, 15), (4, 18), (5, 2), (6, 2), (6, 3), (8, 29), (9, 19), (12, 26), (12, 27)]),
    (2023, &[(1, 2), (4, 7), (4, 10), (5, 1), (5, 8), (5, 29), (8, 28), (12, 25), (12, 26)]),
    (2024, &[(1, 1), (3, 29), (4, 1), (5, 6), (5, 27), (8, 26), (12, 25), (12, 26)]),
    (2025, &[(1, 1), (4, 18), (4, 21), (5, 5), (5, 26), (8, 25), (12, 25), (12, 26)]),
    (2026, &[(1, 1), (4, 3), (4, 6), (5, 4), (5, 25), (8, 31), (12, 25), (12, 28)]),
    (2027, &[(1, 1), (3, 26), (3, 29), (5, 3), (5, 31), (8, 30), (12, 27), (12, 28)]),
    (2028, &[(1, 3), (4, 14), (4, 17), (5, 1), (5, 29), (8, 28), (12, 25), (12, 26)]),
    (2029, &[(1, 1), (3, 30), (4, 2), (5, 7), (5, 28), (8, 27), (12, 25), (12, 26)]),
    (2030, &[(1, 1), (4, 19), (4, 22), (5, 6), (5, 27), (8, 26), (12, 25), (12, 26)]),
];

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn dates(list: &[(NaiveDate, &'static str)]) -> Vec<NaiveDate> {
    list.iter().map(|(d, _)| *d).collect()
}

fn name_on(list: &[(NaiveDate, &'static str)], date: NaiveDate) -> &'static str {
    list.iter()
        .find(|(d, _)| *d == date)
        .map(|(_, n)| *n)
        .unwrap_or_else(|| panic!("no holiday on {date}"))
}

#[test]
fn england_and_wales_matches_the_published_lists_2011_to_2030() {
    let years: Vec<i32> = ENGLAND_WALES_PUBLISHED.iter().map(|(y, _)| *y).collect();
    assert_eq!(
        years,
        (2011..=2030).collect::<Vec<_>>(),
        "every year is listed once"
    );
    for (year, published) in ENGLAND_WALES_PUBLISHED {
        let expected: Vec<NaiveDate> = published
            .iter()
            .map(|(m, day)| d(*year, *m, *day))
            .collect();
        assert_eq!(
            dates(&bank_holidays::england_wales(*year)),
            expected,
            "{year}"
        );
    }
}

#[test]
fn published_lists_have_eight_days_except_the_one_off_years() {
    for (year, published) in ENGLAND_WALES_PUBLISHED {
        let expected = match year {
            2011 | 2012 | 2023 => 9,
            2022 => 10,
            _ => 8,
        };
        assert_eq!(published.len(), expected, "{year}");
    }
}

#[test]
fn substitute_days_are_named_as_on_gov_uk() {
    let y2020 = bank_holidays::england_wales(2020);
    assert_eq!(name_on(&y2020, d(2020, 12, 25)), CHRISTMAS_DAY);
    assert_eq!(name_on(&y2020, d(2020, 12, 28)), BOXING_DAY_SUBSTITUTE);

    // Christmas on a Saturday, Boxing Day on a Sunday.
    let y2021 = bank_holidays::england_wales(2021);
    assert_eq!(name_on(&y2021, d(2021, 12, 27)), CHRISTMAS_DAY_SUBSTITUTE);
    assert_eq!(name_on(&y2021, d(2021, 12, 28)), BOXING_DAY_SUBSTITUTE);

    // Christmas on a Sunday: Boxing Day keeps Monday, Christmas moves to Tuesday.
    let y2022 = bank_holidays::england_wales(2022);
    assert_eq!(name_on(&y2022, d(2022, 1, 3)), NEW_YEARS_DAY_SUBSTITUTE);
    assert_eq!(name_on(&y2022, d(2022, 12, 26)), BOXING_DAY);
    assert_eq!(name_on(&y2022, d(2022, 12, 27)), CHRISTMAS_DAY_SUBSTITUTE);

    let y2027 = bank_holidays::england_wales(2027);
    assert_eq!(name_on(&y2027, d(2027, 12, 27)), CHRISTMAS_DAY_SUBSTITUTE);
    assert_eq!(name_on(&y2027, d(2027, 12, 28)), BOXING_DAY_SUBSTITUTE);

    let y2023 = bank_holidays::england_wales(2023);
    assert_eq!(name_on(&y2023, d(2023, 1, 2)), NEW_YEARS_DAY_SUBSTITUTE);
}

#[test]
fn one_off_changes_carry_their_names() {
    let y2020 = bank_holidays::england_wales(2020);
    assert_eq!(
        name_on(&y2020, d(2020, 5, 8)),
        "Early May bank holiday (VE day)"
    );
    assert!(
        !dates(&y2020).contains(&d(2020, 5, 4)),
        "4 May 2020 was a working day"
    );

    let y2022 = bank_holidays::england_wales(2022);
    assert_eq!(name_on(&y2022, d(2022, 6, 2)), SPRING);
    assert_eq!(
        name_on(&y2022, d(2022, 6, 3)),
        "Platinum Jubilee bank holiday"
    );
    assert!(name_on(&y2022, d(2022, 9, 19)).contains("State Funeral"));
    assert!(
        !dates(&y2022).contains(&d(2022, 5, 30)),
        "30 May 2022 was a working day"
    );

    let y2023 = bank_holidays::england_wales(2023);
    assert!(name_on(&y2023, d(2023, 5, 8)).contains("coronation"));

    let y2012 = bank_holidays::england_wales(2012);
    assert_eq!(name_on(&y2012, d(2012, 6, 4)), SPRING);
    assert_eq!(name_on(&y2012, d(2012, 6, 5)), "Queen's Diamond Jubilee");
    assert!(!dates(&y2012).contains(&d(2012, 5, 28)));

    let y2011 = bank_holidays::england_wales(2011);
    assert_eq!(name_on(&y2011, d(2011, 4, 29)), "Royal wedding");
}

#[test]
fn standing_holidays_carry_their_names() {
    let y2025 = bank_holidays::england_wales(2025);
    let names: Vec<&str> = y2025.iter().map(|(_, n)| *n).collect();
    assert_eq!(
        names,
        [
            NEW_YEARS_DAY,
            GOOD_FRIDAY,
            EASTER_MONDAY,
            EARLY_MAY,
            SPRING,
            SUMMER,
            CHRISTMAS_DAY,
            BOXING_DAY
        ]
    );
}

#[test]
fn jersey_adds_liberation_day_on_9_may() {
    for (year, _) in ENGLAND_WALES_PUBLISHED {
        let ew = dates(&CalendarKind::EnglandWales.holidays_in(*year));
        let je = CalendarKind::Jersey.holidays_in(*year);
        let mut expected = ew.clone();
        expected.push(d(*year, 5, 9));
        expected.sort();
        assert_eq!(dates(&je), expected, "{year}");
        assert_eq!(name_on(&je, d(*year, 5, 9)), LIBERATION_DAY);
        assert!(!ew.contains(&d(*year, 5, 9)), "{year}");
    }
}

#[test]
fn jersey_gives_no_substitute_when_liberation_day_is_a_weekend() {
    // 9 May 2026 is a Saturday and 9 May 2021 a Sunday: nothing is added on the Monday.
    assert_eq!(d(2026, 5, 9).weekday(), Weekday::Sat);
    assert_eq!(d(2021, 5, 9).weekday(), Weekday::Sun);
    for year in [2021, 2026] {
        let ew = CalendarKind::EnglandWales.holidays_in(year);
        let je = CalendarKind::Jersey.holidays_in(year);
        assert_eq!(je.len(), ew.len() + 1, "{year}");
        assert!(!dates(&je).contains(&d(year, 5, 10)));
        assert!(!dates(&je).contains(&d(year, 5, 11)));
    }
}
