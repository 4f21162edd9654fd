//! Who may be recorded at a session and how: only the people named on the referral (Cafcass Cymru Expectation Statement),
//! never at a cancelled session, and leaving after arriving.

use chrono::NaiveTime;

use crate::error::{Error, Result};
use crate::model::{NamedPerson, PersonRef, SessionStatus};

/// False only when both times are known and the departure is not after the arrival.
pub fn departs_after_arriving(arrived: Option<NaiveTime>, departed: Option<NaiveTime>) -> bool {
    match (arrived, departed) {
        (Some(a), Some(d)) => d > a,
        _ => true,
    }
}

/// "A", "A and B", "A, B and C".
pub fn name_list<S: AsRef<str>>(names: &[S]) -> String {
    match names {
        [] => String::new(),
        [only] => only.as_ref().to_string(),
        [init @ .., last] => format!(
            "{} and {}",
            init.iter()
                .map(AsRef::as_ref)
                .collect::<Vec<_>>()
                .join(", "),
            last.as_ref()
        ),
    }
}

/// Refuses anyone not named on the referral, naming who may attend. `name` is the person's name
/// as the case knows it.
pub fn check_permitted(person: PersonRef, name: &str, permitted: &[NamedPerson]) -> Result<()> {
    if permitted.iter().any(|p| p.person == person) {
        return Ok(());
    }
    let names: Vec<&str> = permitted.iter().map(|p| p.full_name.as_str()).collect();
    let m = if names.is_empty() {
        crate::message::Message::new(crate::message_rules_said::NOT_PERMITTED_NONE)
    } else {
        crate::message::Message::new(crate::message_rules_said::NOT_PERMITTED).list("names", &names)
    };
    let m = m
        .text("name", name)
        .key("source", crate::message_rules_said::EXPECTATION_STATEMENT);
    Err(Error::rule_said(m))
}

/// Nobody is recorded at a session that was cancelled.
pub fn check_session_open(status: SessionStatus) -> Result<()> {
    if status == SessionStatus::Cancelled {
        return Err(Error::rule_said(crate::message::Message::new(
            crate::message_rules_said::CANCELLED_NO_ATTENDANCE,
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn named(person: PersonRef, name: &str) -> NamedPerson {
        NamedPerson {
            person,
            full_name: name.into(),
            description: String::new(),
        }
    }

    #[test]
    fn someone_not_named_is_refused_with_who_may_attend() {
        let permitted = [
            named(PersonRef::Child(1), "Siân Llŷr"),
            named(PersonRef::Adult(2), "Mark Jones"),
        ];
        assert_eq!(
            check_permitted(PersonRef::Adult(2), "Mark Jones", &permitted),
            Ok(())
        );
        let e = check_permitted(PersonRef::Adult(3), "Gareth Jones", &permitted).unwrap_err();
        assert_eq!(e.code, crate::ErrorCode::RuleBroken);
        assert_eq!(
            e.message,
            "Only the people named on the referral may attend its sessions (Cafcass Cymru Expectation Statement: Child Contact Services), and Gareth \
             Jones is not named on it. The people who may attend are: Siân Llŷr and Mark Jones. To \
             record Gareth Jones, add them to the referral first."
        );
    }

    #[test]
    fn a_child_and_an_adult_with_the_same_id_are_different_people() {
        let permitted = [named(PersonRef::Adult(1), "Mark Jones")];
        assert!(check_permitted(PersonRef::Child(1), "Elis", &permitted).is_err());
    }

    #[test]
    fn nobody_named_says_so() {
        let e = check_permitted(PersonRef::Child(1), "Elis", &[]).unwrap_err();
        assert!(e.message.contains("No one is named on this referral yet."));
    }

    #[test]
    fn lists_read_naturally() {
        assert_eq!(name_list::<&str>(&[]), "");
        assert_eq!(name_list(&["A"]), "A");
        assert_eq!(name_list(&["A", "B", "C"]), "A, B and C");
    }

    #[test]
    fn cancelled_sessions_have_no_attendance() {
        assert!(check_session_open(SessionStatus::Cancelled).is_err());
        assert!(check_session_open(SessionStatus::DidNotAttend).is_ok());
    }

    proptest! {
        #[test]
        fn departure_is_accepted_exactly_when_after_arrival(a in 0u32..1440, d in 0u32..1440) {
            let t = |m: u32| NaiveTime::from_hms_opt(m / 60, m % 60, 0).unwrap();
            prop_assert_eq!(departs_after_arriving(Some(t(a)), Some(t(d))), d > a);
            prop_assert!(departs_after_arriving(None, Some(t(d))));
            prop_assert!(departs_after_arriving(Some(t(a)), None));
        }

        #[test]
        fn only_named_people_pass(ids in proptest::collection::btree_set(1i64..20, 0..6), who in 1i64..20) {
            let permitted: Vec<_> = ids.iter().map(|&i| named(PersonRef::Adult(i), "x")).collect();
            prop_assert_eq!(
                check_permitted(PersonRef::Adult(who), "y", &permitted).is_ok(),
                ids.contains(&who)
            );
        }
    }
}
