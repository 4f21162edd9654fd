//! SPIP through the store: one 4-hour session per parent, separated parents never together,
//! children never attending.

use crate::common;

use common::*;
use contact_records_core::model::*;
use contact_records_core::{ErrorCode, Store};

fn spip(s: &mut Store, f: &Family) -> i64 {
    s.create_referral(
        f.case_id,
        &referral_input(Service::Spip, vec![f.mother, f.father]),
        today(),
    )
    .unwrap()
    .referral
    .id
}

fn four_hours(date: &str, venue: &str) -> SessionInput {
    let mut s = session(date, "10:00", 240, SessionStatus::Scheduled);
    s.venue = venue.into();
    s
}

fn booking(person: PersonRef) -> AttendanceInput {
    present(person, "", "")
}

#[test]
fn separated_parents_are_never_booked_into_the_same_session() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let id = spip(&mut s, &f);
    let r = s
        .add_session(id, &four_hours("05/12/2026", "Swansea"), today())
        .unwrap();
    let first = r.sessions[0].session.id;
    s.record_attendance(first, &booking(f.mother), today())
        .unwrap();
    let e = s
        .record_attendance(first, &booking(f.father), today())
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    assert_eq!(
        e.message,
        "Gwenllïan Llŷr and Mark Jones are separated parents in the same case, so they are never \
         booked into the same SPIP session (Cafcass: Child Contact Interventions and the Separated Parents Information Programme). Book them into different sessions."
    );
    let r = s
        .add_session(id, &four_hours("12/12/2026", "Swansea"), today())
        .unwrap();
    let second = r.sessions[1].session.id;
    let r = s
        .record_attendance(second, &booking(f.father), today())
        .unwrap();
    assert_eq!(r.sessions[0].attendance.len(), 1);
    assert_eq!(r.sessions[1].attendance.len(), 1);
}

#[test]
fn the_same_group_under_two_referrals_is_still_one_session() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let mums = s
        .create_referral(
            f.case_id,
            &referral_input(Service::Spip, vec![f.mother]),
            today(),
        )
        .unwrap()
        .referral
        .id;
    let dads = s
        .create_referral(
            f.case_id,
            &referral_input(Service::Spip, vec![f.father]),
            today(),
        )
        .unwrap()
        .referral
        .id;
    let a = s
        .add_session(mums, &four_hours("05/12/2026", "Swansea"), today())
        .unwrap()
        .sessions[0]
        .session
        .id;
    let b = s
        .add_session(dads, &four_hours("05/12/2026", " swansea "), today())
        .unwrap()
        .sessions[0]
        .session
        .id;
    s.record_attendance(a, &booking(f.mother), today()).unwrap();
    let e = s
        .record_attendance(b, &booking(f.father), today())
        .unwrap_err();
    assert!(e.message.contains("separated parents in the same case"));
}

#[test]
fn each_parent_attends_one_session_only() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let id = spip(&mut s, &f);
    s.add_session(id, &four_hours("05/12/2026", "Swansea"), today())
        .unwrap();
    let r = s
        .add_session(id, &four_hours("12/12/2026", "Swansea"), today())
        .unwrap();
    let (a, b) = (r.sessions[0].session.id, r.sessions[1].session.id);
    s.record_attendance(a, &booking(f.mother), today()).unwrap();
    let e = s
        .record_attendance(b, &booking(f.mother), today())
        .unwrap_err();
    assert!(e
        .message
        .starts_with("Gwenllïan Llŷr would be booked into two SPIP sessions"));
}

#[test]
fn a_spip_session_of_other_than_four_hours_is_saved_with_a_warning() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let id = spip(&mut s, &f);
    let d = s
        .add_session(
            id,
            &session("05/12/2026", "10:00", 120, SessionStatus::Scheduled),
            today(),
        )
        .unwrap();
    assert_eq!(d.sessions.len(), 1);
    assert!(
        d.warnings.iter().any(|w| w.contains("usually lasts 4 h")),
        "{:?}",
        d.warnings
    );
}

#[test]
fn children_are_never_named_on_a_spip_referral() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let e = s
        .create_referral(
            f.case_id,
            &referral_input(Service::Spip, vec![f.mother, f.elis]),
            today(),
        )
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    assert_eq!(
        e.message,
        "Children never attend SPIP (Cafcass: Child Contact Interventions and the Separated Parents Information Programme): remove Elis Jones from the people named on this \
         referral."
    );
    assert!(s.list_referrals(f.case_id).unwrap().is_empty());
}

#[test]
fn un_cancelling_a_session_cannot_double_book_a_parent() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let id = spip(&mut s, &f);
    let a = s
        .add_session(id, &four_hours("05/12/2026", "Swansea"), today())
        .unwrap()
        .sessions[0]
        .session
        .id;
    s.record_attendance(a, &booking(f.mother), today()).unwrap();
    let mut cancelled = four_hours("05/12/2026", "Swansea");
    cancelled.status = SessionStatus::Cancelled;
    cancelled.cancelled_by = Some(CancelledBy::Provider);
    cancelled.cancel_reason = "Too few parents booked".into();
    s.update_session(a, &cancelled, today()).unwrap();
    let b = s
        .add_session(id, &four_hours("12/12/2026", "Swansea"), today())
        .unwrap()
        .sessions[1]
        .session
        .id;
    s.record_attendance(b, &booking(f.mother), today()).unwrap();
    let e = s
        .update_session(a, &four_hours("05/12/2026", "Swansea"), today())
        .unwrap_err();
    assert!(e.message.contains("would be booked into two SPIP sessions"));
}
