//! What must be true of a referral before its sessions happen (Cafcass Cymru Expectation Statement): the centre accepted
//! the referral; remote supervised contact was assessed as suitable by an FCA/FCSW; and an
//! incident recorded against a session happened on that session's day.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::model::dates::uk;
use crate::model::{RemoteAssessment, Service, SessionStatus};

/// One session as the checks need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionFact {
    pub number: u32,
    pub date: NaiveDate,
    pub status: SessionStatus,
}

/// A session that took place, or that someone did not attend, happened: only on a referral the
/// centre accepted. A session can be planned before then.
pub fn check_accepted(accepted_on: Option<NaiveDate>, sessions: &[SessionFact]) -> Result<()> {
    if accepted_on.is_some() {
        return Ok(());
    }
    // The latest is named: it is the one just added, in the app and session by session on import.
    let held = sessions
        .iter()
        .filter(|s| {
            matches!(
                s.status,
                SessionStatus::TookPlace | SessionStatus::DidNotAttend
            )
        })
        .max_by_key(|s| s.number);
    match held {
        None => Ok(()),
        Some(s) => Err(Error::rule_said(
            crate::message::Message::new(crate::message_rules_said::NOT_ACCEPTED)
                .text("number", s.number.to_string())
                .text("date", uk(s.date)),
        )),
    }
}

/// Remote supervised contact takes place only where an FCA/FCSW assessed it as suitable
/// (Cafcass Cymru Expectation Statement), having discussed it with the parties so that everyone
/// understands its limitations: no session is planned or held before that assessment is recorded
/// in full (its date, by whom, what was discussed, the limitations explained, the feedback).
pub fn check_remote_assessed(
    service: Service,
    assessment: &RemoteAssessment<'_>,
    sessions: &[SessionFact],
) -> Result<()> {
    if !service.needs_remote_assessment() || assessment.is_complete() {
        return Ok(());
    }
    match sessions
        .iter()
        .filter(|s| s.status.counts())
        .max_by_key(|s| s.number)
    {
        None => Ok(()),
        Some(s) => Err(Error::rule_said(
            crate::message::Message::new(crate::message_rules3::REMOTE_INCOMPLETE)
                .text("number", s.number.to_string())
                .text("date", uk(s.date))
                .key("source", crate::message_rules_said::EXPECTATION_STATEMENT),
        )),
    }
}

/// The referral page's plain word on an assessment recorded with only its date (and name), before
/// the three answers were asked for: they are needed before the next remote session.
pub fn remote_assessment_warning(
    service: Service,
    assessment: &RemoteAssessment<'_>,
) -> Option<crate::message::Said> {
    (service.needs_remote_assessment() && assessment.lacks_discussion()).then(|| {
        crate::message::Message::new(crate::message_rules3::REMOTE_NEEDS_DISCUSSION)
            .key("source", crate::message_rules_said::EXPECTATION_STATEMENT)
            .into()
    })
}

/// An incident linked to a session happened at that session, so on its date.
pub fn check_incident_on_session_day(
    occurred_on: NaiveDate,
    session_number: u32,
    session_date: NaiveDate,
) -> Result<()> {
    if occurred_on == session_date {
        return Ok(());
    }
    Err(Error::rule_said(
        crate::message::Message::new(crate::message_rules_said::INCIDENT_NOT_ON_SESSION_DAY)
            .text("date", uk(occurred_on))
            .text("number", session_number.to_string())
            .text("sessionDate", uk(session_date)),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SessionStatus::*;
    use proptest::prelude::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
    }

    fn s(number: u32, status: SessionStatus) -> SessionFact {
        SessionFact {
            number,
            date: d(number),
            status,
        }
    }

    #[test]
    fn a_held_session_needs_an_accepted_referral() {
        let e = check_accepted(None, &[s(1, Scheduled), s(2, DidNotAttend)]).unwrap_err();
        assert_eq!(e.code, crate::ErrorCode::RuleBroken);
        assert!(
            e.message
                .starts_with("Session 2 on 02/11/2026 is recorded as held"),
            "{}",
            e.message
        );
        assert_eq!(
            check_accepted(None, &[s(1, Scheduled), s(2, Cancelled)]),
            Ok(())
        );
        assert_eq!(check_accepted(Some(d(1)), &[s(1, TookPlace)]), Ok(()));
    }

    fn full(on: Option<NaiveDate>) -> RemoteAssessment<'static> {
        RemoteAssessment {
            on,
            by: "A. Adviser",
            discussed: "Both parents, by telephone.",
            limitations: "The supervisor cannot step in on the call.",
            feedback: "By email after each session.",
        }
    }

    #[test]
    fn remote_sessions_need_the_whole_suitability_assessment() {
        let r = Service::RemoteSupervisedContact;
        let e = check_remote_assessed(r, &full(None), &[s(1, Scheduled)]).unwrap_err();
        assert_eq!(e.code, crate::ErrorCode::RuleBroken);
        assert!(e
            .message
            .contains("Complete the assessment on the referral first"));
        assert!(
            e.message.starts_with("Session 1 on 01/11/2026"),
            "{}",
            e.message
        );
        let nameless = RemoteAssessment {
            by: "",
            ..full(Some(d(1)))
        };
        assert!(check_remote_assessed(r, &nameless, &[s(1, Scheduled)]).is_err());
        // An assessment recorded with only a date and a name, before the three were asked for.
        for blank in 0..3 {
            let mut a = full(Some(d(1)));
            match blank {
                0 => a.discussed = "",
                1 => a.limitations = " ",
                _ => a.feedback = "",
            }
            assert!(a.lacks_discussion());
            let e = check_remote_assessed(r, &a, &[s(1, Scheduled), s(2, TookPlace)]).unwrap_err();
            assert!(
                e.message.starts_with("Session 2 on 02/11/2026"),
                "{}",
                e.message
            );
        }
        assert_eq!(
            check_remote_assessed(r, &full(Some(d(1))), &[s(1, TookPlace)]),
            Ok(())
        );
        assert!(!full(Some(d(1))).lacks_discussion());
        assert!(remote_assessment_warning(r, &full(Some(d(1)))).is_none());
        let old = RemoteAssessment {
            discussed: "",
            ..full(Some(d(1)))
        };
        let w = remote_assessment_warning(r, &old).unwrap();
        assert!(
            w.english.contains("before the next remote session"),
            "{}",
            w.english
        );
        assert!(remote_assessment_warning(Service::SupervisedContact, &old).is_none());
        assert_eq!(
            check_remote_assessed(r, &full(None), &[s(1, Cancelled)]),
            Ok(())
        );
        assert_eq!(
            check_remote_assessed(Service::SupervisedContact, &full(None), &[s(1, TookPlace)]),
            Ok(())
        );
    }

    #[test]
    fn an_incident_at_a_session_is_on_its_day() {
        let e = check_incident_on_session_day(d(3), 2, d(2)).unwrap_err();
        assert!(e
            .message
            .contains("dated 03/11/2026 but is linked to session 2, which was on 02/11/2026"));
        assert_eq!(check_incident_on_session_day(d(2), 2, d(2)), Ok(()));
    }

    proptest! {
        /// Without acceptance, a referral is refused exactly when one of its sessions was held.
        #[test]
        fn unaccepted_refused_iff_a_session_was_held(kinds in proptest::collection::vec(0u8..4, 0..8)) {
            let all = [Scheduled, TookPlace, DidNotAttend, Cancelled];
            let sessions: Vec<SessionFact> = kinds
                .iter()
                .enumerate()
                .map(|(i, k)| s(i as u32 + 1, all[*k as usize]))
                .collect();
            let held = kinds.iter().any(|k| *k == 1 || *k == 2);
            prop_assert_eq!(check_accepted(None, &sessions).is_err(), held);
            prop_assert!(check_accepted(Some(d(1)), &sessions).is_ok());
        }
    }
}
