//! `working-days`: counting working days on the bank-holiday calendars, with no data file.

use chrono::NaiveDate;
use contact_records_core::rules::{CalendarKind, WorkingCalendar};
use contact_records_core::Error;

/// Prints the date `n` working days after `from` (the start day is never counted).
pub fn add(from: NaiveDate, n: u32, kind: CalendarKind) -> Result<(), Error> {
    let cal = WorkingCalendar::new(kind);
    let date = cal.checked_add_working_days(from, n).ok_or_else(|| {
        Error::invalid(vec![contact_records_core::FieldError {
            msg: None,
            field: "n".into(),
            message: "That is too many working days: the answer is past the last date a calendar \
                      can hold."
                .into(),
        }])
    })?;
    println!("{}", date.format("%Y-%m-%d"));
    Ok(())
}

/// Prints the number of working days after `a` up to and including `b` (negative if `b` is first).
pub fn between(a: NaiveDate, b: NaiveDate, kind: CalendarKind) -> Result<(), Error> {
    println!("{}", WorkingCalendar::new(kind).working_days_between(a, b));
    Ok(())
}
