//! The rules of the contact services that the app enforces or warns about, starting with the
//! working-day calendar that their deadlines are counted on.

pub mod bank_holidays;
pub mod calendar;

pub use calendar::{CalendarKind, UnknownCalendarKind, WorkingCalendar};

#[cfg(test)]
mod bank_holidays_tests;
#[cfg(test)]
mod calendar_tests;
