//! Reading dates the way people in the UK type them: 23/11/2026, 23-11-2026, 23 Nov 2026, 2026-11-23.

use chrono::NaiveDate;

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Why a typed date could not be read, so the form can say what to fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    Empty,
    /// Day, month and year are there but the date does not exist (31/02/2026).
    NotReal,
    /// The text is not in a form we read.
    Unreadable,
}

/// Parses a UK-style date. Two-digit years are refused: a birth year must be unambiguous.
pub fn parse_uk_date(text: &str) -> Result<NaiveDate, DateProblem> {
    let t = text.trim();
    if t.is_empty() {
        return Err(DateProblem::Empty);
    }
    let parts: Vec<&str> = t
        .split(|c: char| c == '/' || c == '-' || c == '.' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() != 3 {
        return Err(DateProblem::Unreadable);
    }
    let (d, m, y) = if parts[0].len() == 4 {
        (parts[2], parts[1], parts[0])
    } else {
        (parts[0], parts[1], parts[2])
    };
    let day: u32 = d.parse().map_err(|_| DateProblem::Unreadable)?;
    let month: u32 = match m.parse() {
        Ok(n) => n,
        Err(_) => month_from_name(m).ok_or(DateProblem::Unreadable)?,
    };
    if y.len() != 4 {
        return Err(DateProblem::Unreadable);
    }
    let year: i32 = y.parse().map_err(|_| DateProblem::Unreadable)?;
    NaiveDate::from_ymd_opt(year, month, day).ok_or(DateProblem::NotReal)
}

fn month_from_name(m: &str) -> Option<u32> {
    let m = m.to_lowercase();
    if m.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|name| m.starts_with(name))
        .map(|i| i as u32 + 1)
}

/// 23/11/2026
pub fn uk(date: NaiveDate) -> String {
    date.format("%d/%m/%Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn reads_common_uk_forms() {
        assert_eq!(parse_uk_date("23/11/2026"), Ok(d(2026, 11, 23)));
        assert_eq!(parse_uk_date("3/4/2019"), Ok(d(2019, 4, 3)));
        assert_eq!(parse_uk_date("23 Nov 2026"), Ok(d(2026, 11, 23)));
        assert_eq!(parse_uk_date("23 November 2026"), Ok(d(2026, 11, 23)));
        assert_eq!(parse_uk_date("2026-11-23"), Ok(d(2026, 11, 23)));
        assert_eq!(parse_uk_date("23.11.2026"), Ok(d(2026, 11, 23)));
    }

    #[test]
    fn refuses_impossible_and_ambiguous_dates() {
        assert_eq!(parse_uk_date("31/02/2026"), Err(DateProblem::NotReal));
        assert_eq!(parse_uk_date("23/11/26"), Err(DateProblem::Unreadable));
        assert_eq!(parse_uk_date("11/2026"), Err(DateProblem::Unreadable));
        assert_eq!(parse_uk_date("  "), Err(DateProblem::Empty));
        assert_eq!(parse_uk_date("23 Nu 2026"), Err(DateProblem::Unreadable));
    }

    #[test]
    fn prints_uk_format() {
        assert_eq!(uk(d(2026, 3, 7)), "07/03/2026");
    }

    proptest::proptest! {
        #[test]
        fn every_real_date_round_trips(days in 0i64..80_000) {
            let date = d(1900, 1, 1) + chrono::Duration::days(days);
            proptest::prop_assert_eq!(parse_uk_date(&uk(date)), Ok(date));
        }
    }
}
