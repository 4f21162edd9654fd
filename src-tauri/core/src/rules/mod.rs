//! The rules of the contact services that the app enforces or warns about: the working-day
//! calendar their deadlines are counted on, what a referral needs before it is sent, the hour
//! limit, reviews and maximum periods, who may attend, SPIP, and the deadlines themselves.
//! Every function here is pure: the store gathers the facts and enforces the answers.

pub mod attendance;
pub mod bank_holidays;
pub mod calendar;
pub mod clashes;
pub mod deadline_rules;
pub mod deadlines;
pub mod duty;
pub mod hours;
pub mod pre_contact;
pub mod review;
pub mod review_first;
pub mod sending;
pub mod sessions;
pub mod spip;
pub mod warnings;

pub use calendar::{CalendarKind, UnknownCalendarKind, WorkingCalendar};
pub use deadlines::{Dashboard, Deadline, DeadlineKind, DeadlineState};
pub use hours::HoursSummary;
pub use review::{PeriodState, PeriodStatus, ReviewStatus};

#[cfg(test)]
mod bank_holidays_tests;
#[cfg(test)]
mod calendar_tests;
#[cfg(test)]
mod deadline_rules_tests;
#[cfg(test)]
mod office_deadlines_tests;
