//! The Separated Parents Information Programme (Cafcass: Child Contact Interventions and SPIP): one 4-hour group session per parent;
//! two separated parents of the same case never in the same session; children never attend.
//!
//! A SPIP session's attendance list doubles as its booking list: recording a parent at a session
//! books them into it.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::model::dates::uk;
use crate::model::{NamedPerson, PersonRef, Service};

/// The one SPIP session lasts four hours, and parents attend all of it.
pub const SPIP_MINUTES: u32 = 4 * 60;

/// Children are never named on a SPIP referral.
pub fn check_no_children(service: Service, people: &[NamedPerson]) -> Result<()> {
    if service != Service::Spip {
        return Ok(());
    }
    let children: Vec<&str> = people
        .iter()
        .filter(|p| matches!(p.person, PersonRef::Child(_)))
        .map(|p| p.full_name.as_str())
        .collect();
    if children.is_empty() {
        return Ok(());
    }
    Err(Error::rule_said(
        crate::message::Message::new(crate::message_rules_said::SPIP_NO_CHILDREN)
            .list("names", &children)
            .key("source", crate::message_rules_said::CCI_AND_SPIP),
    ))
}

/// One person booked into one SPIP session of a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpipBooking {
    pub session_id: i64,
    pub date: NaiveDate,
    /// "10:00"
    pub start_time: String,
    /// The venue folded for comparison ("" when not given).
    pub venue_key: String,
    /// The booking holds no place: the session was cancelled, or this person missed it (the
    /// session was not attended, or they are recorded without an arrival), so they may be
    /// booked into another SPIP session.
    pub cancelled: bool,
    pub person: PersonRef,
    pub full_name: String,
    /// A mother or father of the case: the separated parents the rule keeps apart.
    pub is_parent: bool,
}

impl SpipBooking {
    /// Two session rows at the same date, time and venue are the same group session, even when
    /// they were entered under different referrals.
    fn group(&self) -> (NaiveDate, &str, &str) {
        (self.date, &self.start_time, &self.venue_key)
    }
}

/// Checks every SPIP booking of one case together, so the answer does not depend on the order
/// the bookings were made in. Cancelled sessions hold no bookings.
pub fn check_spip_bookings(bookings: &[SpipBooking]) -> Result<()> {
    if let Some(child) = bookings
        .iter()
        .find(|b| matches!(b.person, PersonRef::Child(_)))
    {
        return Err(Error::rule_said(
            crate::message::Message::new(crate::message_rules_said::SPIP_CHILD_NOT_BOOKED)
                .text("name", &child.full_name)
                .key("source", crate::message_rules_said::CCI_AND_SPIP),
        ));
    }
    let live: Vec<&SpipBooking> = bookings.iter().filter(|b| !b.cancelled).collect();
    let mut by_person: BTreeMap<PersonRef, Vec<&SpipBooking>> = BTreeMap::new();
    for b in &live {
        by_person.entry(b.person).or_default().push(b);
    }
    for sessions in by_person.values() {
        let first = sessions[0];
        if let Some(second) = sessions.iter().find(|b| b.session_id != first.session_id) {
            let (a, b) = if first.date <= second.date {
                (first.date, second.date)
            } else {
                (second.date, first.date)
            };
            return Err(Error::rule_said(
                crate::message::Message::new(crate::message_rules_said::SPIP_TWICE)
                    .text("name", &first.full_name)
                    .text("first", uk(a))
                    .text("second", uk(b))
                    .key("source", crate::message_rules_said::CCI_AND_SPIP),
            ));
        }
    }
    let parents: Vec<&&SpipBooking> = live.iter().filter(|b| b.is_parent).collect();
    for (i, a) in parents.iter().enumerate() {
        for b in &parents[i + 1..] {
            let together = a.session_id == b.session_id || a.group() == b.group();
            if together && a.person != b.person {
                return Err(Error::rule_said(
                    crate::message::Message::new(crate::message_rules_said::SPIP_APART)
                        .text("first", &a.full_name)
                        .text("second", &b.full_name)
                        .key("source", crate::message_rules_said::CCI_AND_SPIP),
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn booking(session_id: i64, day: u32, person: PersonRef, name: &str) -> SpipBooking {
        SpipBooking {
            session_id,
            date: NaiveDate::from_ymd_opt(2026, 12, day).unwrap(),
            start_time: "10:00".into(),
            venue_key: "swansea".into(),
            cancelled: false,
            person,
            full_name: name.into(),
            is_parent: matches!(person, PersonRef::Adult(_)),
        }
    }

    const MOTHER: PersonRef = PersonRef::Adult(1);
    const FATHER: PersonRef = PersonRef::Adult(2);

    #[test]
    fn parents_in_different_sessions_are_fine() {
        let b = [
            booking(1, 5, MOTHER, "Gwen"),
            booking(2, 12, FATHER, "Mark"),
        ];
        assert_eq!(check_spip_bookings(&b), Ok(()));
    }

    #[test]
    fn separated_parents_are_never_in_the_same_session() {
        let b = [booking(1, 5, MOTHER, "Gwen"), booking(1, 5, FATHER, "Mark")];
        let e = check_spip_bookings(&b).unwrap_err();
        assert!(e
            .message
            .starts_with("Gwen and Mark are separated parents in the same case"));
    }

    #[test]
    fn the_same_group_entered_twice_is_still_the_same_session() {
        let b = [booking(1, 5, MOTHER, "Gwen"), booking(7, 5, FATHER, "Mark")];
        assert!(check_spip_bookings(&b).is_err());
        let mut elsewhere = booking(7, 5, FATHER, "Mark");
        elsewhere.venue_key = "cardiff".into();
        assert_eq!(
            check_spip_bookings(&[booking(1, 5, MOTHER, "Gwen"), elsewhere]),
            Ok(())
        );
    }

    #[test]
    fn one_session_per_parent_unless_one_was_cancelled() {
        let mut b = vec![
            booking(1, 5, MOTHER, "Gwen"),
            booking(2, 12, MOTHER, "Gwen"),
        ];
        let e = check_spip_bookings(&b).unwrap_err();
        assert_eq!(
            e.message,
            "Gwen would be booked into two SPIP sessions (05/12/2026 and 12/12/2026). Each parent \
             attends one 4-hour SPIP session (Cafcass: Child Contact Interventions and the Separated Parents Information Programme): cancel one of the two first."
        );
        b[0].cancelled = true;
        assert_eq!(check_spip_bookings(&b), Ok(()));
    }

    #[test]
    fn children_never_attend() {
        let b = [booking(1, 5, PersonRef::Child(3), "Elis")];
        assert!(check_spip_bookings(&b)
            .unwrap_err()
            .message
            .starts_with("Children never attend SPIP"));
        let named = [NamedPerson {
            person: PersonRef::Child(3),
            full_name: "Elis".into(),
            description: "child".into(),
        }];
        assert!(check_no_children(Service::Spip, &named).is_err());
        assert!(check_no_children(Service::SupervisedContact, &named).is_ok());
    }

    #[test]
    fn a_parent_who_missed_their_session_can_be_booked_into_another() {
        let mut missed = booking(1, 5, MOTHER, "Gwen");
        missed.cancelled = true;
        let b = [missed, booking(2, 12, MOTHER, "Gwen")];
        assert_eq!(check_spip_bookings(&b), Ok(()));
    }

    proptest! {
        /// Whatever the bookings, accepted ones never put two parents together or one parent twice.
        #[test]
        fn accepted_bookings_keep_parents_apart(
            raw in proptest::collection::vec((1i64..4, 1i64..4, any::<bool>()), 0..8)
        ) {
            let b: Vec<_> = raw.iter().map(|&(session, adult, cancelled)| {
                let mut x = booking(session, session as u32, PersonRef::Adult(adult), "P");
                x.cancelled = cancelled;
                x
            }).collect();
            let live: Vec<_> = b.iter().filter(|x| !x.cancelled).collect();
            let clash = live.iter().any(|x| live.iter().any(|y| {
                (x.session_id == y.session_id && x.person != y.person)
                    || (x.person == y.person && x.session_id != y.session_id)
            }));
            prop_assert_eq!(check_spip_bookings(&b).is_ok(), !clash);
        }
    }
}
