//! Supported contact starts with the centre's pre-contact assessment session "to assess any risks
//! to parties" (Cafcass Cymru Expectation Statement): no supported session is held before one is recorded, on or before the
//! day of the first session held. A session may be planned before then.

use chrono::NaiveDate;

use super::sessions::SessionFact;
use crate::error::{Error, Result};
use crate::message::Message;
use crate::message_rules::PRE_CONTACT_FIRST;
use crate::model::dates::uk;
use crate::model::{Service, SessionStatus};

/// Whether the service has a pre-contact assessment.
pub fn has_pre_contact(service: Service) -> bool {
    service == Service::SupportedContact
}

/// Refuses a held supported session with no assessment recorded on or before its day; the
/// latest such session is named (the one just added, in the app and on import).
pub fn check_pre_contact(
    service: Service,
    assessed_on: Option<NaiveDate>,
    sessions: &[SessionFact],
) -> Result<()> {
    if !has_pre_contact(service) {
        return Ok(());
    }
    let early = sessions
        .iter()
        .filter(|s| {
            matches!(
                s.status,
                SessionStatus::TookPlace | SessionStatus::DidNotAttend
            )
        })
        .filter(|s| assessed_on.is_none_or(|on| on > s.date))
        .max_by_key(|s| s.number);
    match early {
        None => Ok(()),
        Some(s) => Err(Error::rule_said(
            Message::new(PRE_CONTACT_FIRST)
                .text("number", s.number.to_string())
                .text("date", uk(s.date)),
        )),
    }
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
            date: d(number * 2),
            status,
        }
    }

    #[test]
    fn the_first_supported_session_waits_for_the_assessment() {
        let sup = Service::SupportedContact;
        assert_eq!(check_pre_contact(sup, None, &[s(1, Scheduled)]), Ok(()));
        let e = check_pre_contact(sup, None, &[s(1, TookPlace)]).unwrap_err();
        assert_eq!(e.msg.as_ref().unwrap().key, "core.rules.preContactFirst");
        assert!(
            e.message
                .starts_with("Session 1 on 02/11/2026 is recorded as held, but no pre-contact"),
            "{}",
            e.message
        );
        assert!(check_pre_contact(sup, None, &[s(1, DidNotAttend)]).is_err());
        // On the day of the first session is in time; the day after is not.
        assert_eq!(
            check_pre_contact(sup, Some(d(2)), &[s(1, TookPlace)]),
            Ok(())
        );
        assert!(check_pre_contact(sup, Some(d(3)), &[s(1, TookPlace)]).is_err());
        assert_eq!(
            check_pre_contact(Service::SupervisedContact, None, &[s(1, TookPlace)]),
            Ok(())
        );
    }

    proptest! {
        /// With no assessment, a supported referral is refused exactly when a session was held.
        #[test]
        fn refused_iff_held_without_it(kinds in proptest::collection::vec(0u8..4, 0..8)) {
            let all = [Scheduled, TookPlace, DidNotAttend, Cancelled];
            let sessions: Vec<SessionFact> = kinds
                .iter()
                .enumerate()
                .map(|(i, k)| s(i as u32 + 1, all[*k as usize]))
                .collect();
            let held = kinds.iter().any(|k| *k == 1 || *k == 2);
            prop_assert_eq!(
                check_pre_contact(Service::SupportedContact, None, &sessions).is_err(),
                held
            );
            prop_assert!(check_pre_contact(Service::SupportedContact, Some(d(1)), &sessions).is_ok());
        }
    }
}
