//! When progress is reviewed and how long a service may run: centre-based contact is reviewed
//! after its initial sessions (Cafcass Cymru Expectation Statement); a CCI runs at most 12 weeks before review (JFCAS: Child contact interventions);
//! the Level 1-3 services have maximum periods of 3, 6 or 12 months (Cafcass: Examples of types of child contact services).

use chrono::{Days, Months, NaiveDate};
use serde::Serialize;

use crate::model::dates::uk;
use crate::model::{MaxPeriod, Service};

/// A referral starts with 3 to 4 sessions, then progress is reviewed (Cafcass Cymru Expectation Statement): the review is
/// due once the third session has taken place.
pub const INITIAL_SESSIONS: u32 = 3;

/// How many days before a period ends the app starts warning.
pub const PERIOD_WARNING_DAYS: u64 = 14;

/// Where a referral is with its review after the initial sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum ReviewStatus {
    /// The service has no review after initial sessions (only centre-based contact does).
    NotApplicable,
    /// Fewer than [`INITIAL_SESSIONS`] sessions have taken place.
    NotYet {
        took_place: u32,
        review_after: u32,
    },
    /// The initial sessions have taken place and no review is recorded: due since that date.
    Due {
        since: NaiveDate,
    },
    Done {
        on: NaiveDate,
    },
}

/// `took_place` are the dates of the sessions that took place, in order.
pub fn initial_review(
    service: Service,
    took_place: &[NaiveDate],
    reviewed_on: Option<NaiveDate>,
) -> ReviewStatus {
    if !service.is_centre_based() {
        return ReviewStatus::NotApplicable;
    }
    if let Some(on) = reviewed_on {
        return ReviewStatus::Done { on };
    }
    match review_due_on(took_place) {
        Some(since) => ReviewStatus::Due { since },
        None => ReviewStatus::NotYet {
            took_place: u32::try_from(took_place.len()).unwrap_or(u32::MAX),
            review_after: INITIAL_SESSIONS,
        },
    }
}

/// The date of the session after which the review is due, once enough have taken place.
pub fn review_due_on(took_place: &[NaiveDate]) -> Option<NaiveDate> {
    took_place.get(INITIAL_SESSIONS as usize - 1).copied()
}

/// The date a period of `max` that starts on `start` is complete; `None` only past year 262142.
pub fn period_end(max: MaxPeriod, start: NaiveDate) -> Option<NaiveDate> {
    match max {
        MaxPeriod::Weeks(n) => start.checked_add_days(Days::new(u64::from(n) * 7)),
        // chrono clamps to the month's end: 31 August + 6 months is the end of February.
        MaxPeriod::Months(n) => start.checked_add_months(Months::new(n)),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum PeriodState {
    Running,
    /// Within [`PERIOD_WARNING_DAYS`] of the end.
    EndingSoon,
    /// The end date has passed and contact has not ceased.
    Ended,
    /// Contact has ceased.
    Finished,
}

/// A service's maximum period, as the referral page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct PeriodStatus {
    pub max: MaxPeriod,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub state: PeriodState,
    /// Plain words for the referral page, e.g. "The 12 weeks end on 15/02/2027, in 10 days: …".
    pub message: String,
}

/// The period of a service that has one, once it has started. `start` is the referral's start
/// date or, failing that, its first session that took place.
pub fn period_status(
    service: Service,
    start: Option<NaiveDate>,
    ceased_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<PeriodStatus> {
    let max = service.max_period()?;
    let starts_on = start?;
    let ends_on = period_end(max, starts_on)?;
    let what = if service == Service::ChildContactIntervention {
        "review the intervention with the court or the referrer"
    } else {
        "end the service, or agree next steps with the referrer"
    };
    let days_left = (ends_on - today).num_days();
    let (state, message) = if let Some(ceased) = ceased_on {
        (
            PeriodState::Finished,
            format!("Contact ceased on {}.", uk(ceased)),
        )
    } else if days_left < 0 {
        (
            PeriodState::Ended,
            format!(
                "The {} ended on {}: {what} now.",
                max.describe(),
                uk(ends_on)
            ),
        )
    } else if days_left <= PERIOD_WARNING_DAYS as i64 {
        let when = match days_left {
            0 => "today".to_string(),
            1 => "tomorrow".to_string(),
            n => format!("in {n} days"),
        };
        (
            PeriodState::EndingSoon,
            format!(
                "The {} end on {}, {when}: {what} before then.",
                max.describe(),
                uk(ends_on)
            ),
        )
    } else {
        (
            PeriodState::Running,
            format!("The {} end on {}.", max.describe(), uk(ends_on)),
        )
    };
    Some(PeriodStatus {
        max,
        starts_on,
        ends_on,
        state,
        message,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn review_is_due_after_the_third_session_that_took_place() {
        let s = Service::SupervisedContact;
        let dates = [d(2026, 11, 2), d(2026, 11, 9), d(2026, 11, 16)];
        assert_eq!(
            initial_review(s, &dates[..2], None),
            ReviewStatus::NotYet {
                took_place: 2,
                review_after: 3
            }
        );
        assert_eq!(
            initial_review(s, &dates, None),
            ReviewStatus::Due {
                since: d(2026, 11, 16)
            }
        );
        assert_eq!(
            initial_review(s, &dates, Some(d(2026, 11, 18))),
            ReviewStatus::Done {
                on: d(2026, 11, 18)
            }
        );
        assert_eq!(
            initial_review(Service::Spip, &dates, None),
            ReviewStatus::NotApplicable
        );
    }

    #[test]
    fn periods_of_each_service() {
        let start = d(2026, 1, 5);
        let end = |s: Service| period_end(s.max_period().unwrap(), start).unwrap();
        assert_eq!(end(Service::ChildContactIntervention), d(2026, 3, 30));
        assert_eq!(end(Service::Level1IndirectContactSupport), d(2027, 1, 5));
        assert_eq!(
            end(Service::Level1IndividualWorkWithChildren),
            d(2026, 7, 5)
        );
        assert_eq!(end(Service::Level1EscortedContact), d(2026, 4, 5));
        assert_eq!(end(Service::Level2ContactIntervention), d(2026, 7, 5));
        assert_eq!(end(Service::Level3ContactSupervision), d(2026, 7, 5));
    }

    #[test]
    fn months_clamp_to_the_end_of_a_short_month() {
        assert_eq!(
            period_end(MaxPeriod::Months(6), d(2026, 8, 31)),
            Some(d(2027, 2, 28))
        );
    }

    #[test]
    fn warns_in_the_last_fourteen_days_then_says_it_ended() {
        let s = Service::Level1EscortedContact;
        let start = Some(d(2026, 1, 5)); // ends 05/04/2026
        let at = |today| period_status(s, start, None, today).unwrap();
        assert_eq!(at(d(2026, 3, 21)).state, PeriodState::Running);
        let soon = at(d(2026, 3, 22));
        assert_eq!(soon.state, PeriodState::EndingSoon);
        assert_eq!(
            soon.message,
            "The 3 months end on 05/04/2026, in 14 days: end the service, or agree next steps \
             with the referrer before then."
        );
        assert_eq!(at(d(2026, 4, 5)).state, PeriodState::EndingSoon);
        assert_eq!(at(d(2026, 4, 6)).state, PeriodState::Ended);
        let ceased = period_status(s, start, Some(d(2026, 3, 1)), d(2026, 4, 6)).unwrap();
        assert_eq!(ceased.state, PeriodState::Finished);
    }

    #[test]
    fn no_period_before_the_start_or_for_centre_contact() {
        let today = d(2026, 1, 5);
        assert_eq!(
            period_status(Service::ChildContactIntervention, None, None, today),
            None
        );
        assert_eq!(
            period_status(Service::SupervisedContact, Some(today), None, today),
            None
        );
    }

    proptest! {
        #[test]
        fn a_period_always_ends_after_it_starts_and_warns_before_it_ends(
            days in 0i64..20_000, service in 3usize..9, offset in -400i64..400
        ) {
            let service = Service::ALL[service];
            let start = d(2000, 1, 1) + chrono::Duration::days(days);
            let today = start + chrono::Duration::days(offset);
            let p = period_status(service, Some(start), None, today).unwrap();
            prop_assert!(p.ends_on > start);
            let left = (p.ends_on - today).num_days();
            let expected = if left < 0 {
                PeriodState::Ended
            } else if left <= 14 {
                PeriodState::EndingSoon
            } else {
                PeriodState::Running
            };
            prop_assert_eq!(p.state, expected);
        }
    }
}
