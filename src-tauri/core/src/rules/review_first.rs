//! The review before more sessions: a centre-based referral starts with 3 to 4 sessions, then
//! progress is reviewed (Cafcass Cymru Expectation Statement); a CCI runs at most 12 weeks before it is reviewed (JFCAS: Child contact interventions).
//! Both documents word this as what "should" or "generally" happens, so the adviser may go ahead
//! without the review, with a written reason that is recorded (an override); without one, holding
//! a session past that point is refused.

use chrono::NaiveDate;

use super::deadline_rules::cci_reviewed;
use super::review::period_end;
use super::sessions::SessionFact;
use super::warnings::SESSIONS_BEFORE_REVIEW;
use crate::error::{Error, Result};
use crate::message::Message;
use crate::message_rules::{CCI_REVIEW_FIRST, REVIEW_FIRST};
use crate::model::dates::uk;
use crate::model::{Service, SessionStatus};

/// What the check needs to know of a referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewFacts<'a> {
    pub service: Service,
    pub reviewed_on: Option<NaiveDate>,
    /// The adviser recorded a reason to go ahead without the review.
    pub overridden: bool,
    /// The date contact started, as recorded on the referral (a CCI's 12 weeks run from it, or
    /// from its first session that took place).
    pub started_on: Option<NaiveDate>,
    pub sessions: &'a [SessionFact],
}

/// Whether the service has a review that sessions wait for.
pub fn has_review(service: Service) -> bool {
    service.is_centre_based() || service == Service::ChildContactIntervention
}

fn held(s: &SessionFact) -> bool {
    matches!(
        s.status,
        SessionStatus::TookPlace | SessionStatus::DidNotAttend
    )
}

/// Refuses a session held past the review point with no review and no recorded reason to go
/// ahead; the latest such session is named (the one just added, in the app and on import).
pub fn check_review_first(f: &ReviewFacts<'_>) -> Result<()> {
    if f.overridden {
        return Ok(());
    }
    let mut counting: Vec<&SessionFact> = f.sessions.iter().filter(|s| s.status.counts()).collect();
    counting.sort_by_key(|s| s.number);
    if f.service.is_centre_based() && f.reviewed_on.is_none() {
        let past = counting
            .iter()
            .skip(SESSIONS_BEFORE_REVIEW as usize)
            .filter(|s| held(s))
            .max_by_key(|s| s.number);
        if let Some(s) = past {
            return Err(Error::rule_said(
                Message::new(REVIEW_FIRST)
                    .text("number", s.number.to_string())
                    .text("date", uk(s.date)),
            ));
        }
    }
    if f.service == Service::ChildContactIntervention {
        let first_took_place = counting
            .iter()
            .filter(|s| s.status == SessionStatus::TookPlace)
            .map(|s| s.date)
            .min();
        let Some(max) = f.service.max_period() else {
            return Ok(());
        };
        let Some(end) = f
            .started_on
            .or(first_took_place)
            .and_then(|start| period_end(max, start))
        else {
            return Ok(());
        };
        if cci_reviewed(f.reviewed_on, end) {
            return Ok(());
        }
        let late = counting
            .iter()
            .filter(|s| held(s) && s.date > end)
            .max_by_key(|s| s.number);
        if let Some(s) = late {
            return Err(Error::rule_said(
                Message::new(CCI_REVIEW_FIRST)
                    .text("number", s.number.to_string())
                    .text("date", uk(s.date))
                    .text("end", uk(end)),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SessionStatus::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn weekly(statuses: &[SessionStatus]) -> Vec<SessionFact> {
        statuses
            .iter()
            .enumerate()
            .map(|(i, status)| SessionFact {
                number: i as u32 + 1,
                date: d(2026, 1, 5) + chrono::Duration::weeks(i as i64),
                status: *status,
            })
            .collect()
    }

    fn facts(service: Service, sessions: &[SessionFact]) -> ReviewFacts<'_> {
        ReviewFacts {
            service,
            reviewed_on: None,
            overridden: false,
            started_on: None,
            sessions,
        }
    }

    #[test]
    fn a_fifth_held_session_needs_the_review_or_a_reason() {
        let four = weekly(&[TookPlace, DidNotAttend, TookPlace, TookPlace]);
        assert_eq!(
            check_review_first(&facts(Service::SupervisedContact, &four)),
            Ok(())
        );
        let five = weekly(&[TookPlace, DidNotAttend, TookPlace, TookPlace, TookPlace]);
        let e = check_review_first(&facts(Service::SupervisedContact, &five)).unwrap_err();
        assert_eq!(e.code, crate::ErrorCode::RuleBroken);
        assert_eq!(e.msg.as_ref().unwrap().key, "core.rules.reviewFirst");
        assert!(
            e.message
                .starts_with("Session 5 on 02/02/2026 is recorded as held, but it comes after"),
            "{}",
            e.message
        );
        let mut f = facts(Service::SupportedContact, &five);
        f.overridden = true;
        assert_eq!(
            check_review_first(&f),
            Ok(()),
            "a recorded reason lets it go ahead"
        );
        f.overridden = false;
        f.reviewed_on = Some(d(2026, 1, 30));
        assert_eq!(
            check_review_first(&f),
            Ok(()),
            "a recorded review lets it go ahead"
        );
    }

    #[test]
    fn a_fifth_session_may_be_planned_and_cancelled_ones_do_not_count() {
        let planned = weekly(&[TookPlace, TookPlace, TookPlace, TookPlace, Scheduled]);
        assert_eq!(
            check_review_first(&facts(Service::RemoteSupervisedContact, &planned)),
            Ok(())
        );
        let with_cancelled = weekly(&[TookPlace, Cancelled, TookPlace, TookPlace, TookPlace]);
        assert_eq!(
            check_review_first(&facts(Service::SupervisedContact, &with_cancelled)),
            Ok(())
        );
        let six = weekly(&[
            TookPlace,
            TookPlace,
            TookPlace,
            TookPlace,
            Scheduled,
            DidNotAttend,
        ]);
        let e = check_review_first(&facts(Service::SupervisedContact, &six)).unwrap_err();
        assert!(
            e.message.starts_with("Session 6 on 09/02/2026"),
            "{}",
            e.message
        );
    }

    #[test]
    fn a_cci_session_after_twelve_weeks_needs_the_twelve_week_review() {
        // Thirteen weekly sessions from 05/01/2026: the 12 weeks end on 30/03/2026, the 13th is
        // on that day, a 14th would be after it.
        let mut s = weekly(&[TookPlace; 13]);
        let cci = Service::ChildContactIntervention;
        assert_eq!(check_review_first(&facts(cci, &s)), Ok(()));
        s.push(SessionFact {
            number: 14,
            date: d(2026, 4, 6),
            status: TookPlace,
        });
        let e = check_review_first(&facts(cci, &s)).unwrap_err();
        assert_eq!(e.msg.as_ref().unwrap().key, "core.rules.cciReviewFirst");
        assert!(
            e.message.contains("12 weeks ended on 30/03/2026"),
            "{}",
            e.message
        );
        let mut f = facts(cci, &s);
        f.reviewed_on = Some(d(2026, 1, 30));
        assert!(
            check_review_first(&f).is_err(),
            "a review at 4 weeks is not the 12-week review"
        );
        f.reviewed_on = Some(d(2026, 3, 27));
        assert_eq!(check_review_first(&f), Ok(()));
        f.reviewed_on = None;
        f.overridden = true;
        assert_eq!(check_review_first(&f), Ok(()));
        f.overridden = false;
        f.started_on = Some(d(2026, 1, 19));
        assert_eq!(
            check_review_first(&f),
            Ok(()),
            "the weeks run from the recorded start"
        );
    }

    #[test]
    fn services_without_a_review_are_never_refused() {
        let many = weekly(&[TookPlace; 8]);
        for s in [Service::Spip, Service::Level3ContactSupervision] {
            assert!(!has_review(s));
            assert_eq!(check_review_first(&facts(s, &many)), Ok(()));
        }
        assert!(has_review(Service::ChildContactIntervention));
    }

    proptest! {
        /// A centre referral with no review and no reason is refused exactly when a held
        /// session comes after its 4th session that counts.
        #[test]
        fn refused_iff_held_past_the_fourth(kinds in proptest::collection::vec(0u8..4, 0..10)) {
            let all = [Scheduled, TookPlace, DidNotAttend, Cancelled];
            let statuses: Vec<SessionStatus> = kinds.iter().map(|k| all[*k as usize]).collect();
            let s = weekly(&statuses);
            let counting: Vec<_> = statuses.iter().filter(|s| s.counts()).collect();
            let expected = counting
                .iter()
                .skip(4)
                .any(|s| matches!(s, TookPlace | DidNotAttend));
            let f = facts(Service::SupervisedContact, &s);
            prop_assert_eq!(check_review_first(&f).is_err(), expected);
            let mut f = f;
            f.overridden = true;
            prop_assert!(check_review_first(&f).is_ok());
        }
    }
}
