//! Sessions and attendance against an in-memory store: the 6-hour limit, who may attend,
//! attendance times, the review after the initial sessions, and maximum periods.

use crate::common;

use common::*;
use contact_records_core::model::*;
use contact_records_core::rules::{PeriodState, ReviewStatus};
use contact_records_core::{ErrorCode, Store};

fn supervised(s: &mut Store, f: &Family) -> i64 {
    let id = s
        .create_referral(
            f.case_id,
            &referral_input(Service::SupervisedContact, vec![f.father, f.sian, f.elis]),
            today(),
        )
        .unwrap()
        .referral
        .id;
    accept(s, id);
    id
}

#[test]
fn three_two_hour_sessions_fit_and_a_fourth_hour_is_refused_with_nothing_saved() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let id = supervised(&mut s, &f);
    for day in ["05/12/2026", "12/12/2026", "19/12/2026"] {
        s.add_session(
            id,
            &session(day, "10:00", 120, SessionStatus::Scheduled),
            today(),
        )
        .unwrap();
    }
    let audit = s.verify_audit_chain().unwrap().entries;
    let e = s
        .add_session(
            id,
            &session("09/01/2027", "10:00", 60, SessionStatus::Scheduled),
            today(),
        )
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    assert_eq!(
        e.message,
        "This session would bring the total to 7 h of the 6 h allowed for this referral (6 h \
         already planned or used). No time is left on it: ask the referrer for a new referral."
    );
    let r = s.get_referral(id, today()).unwrap();
    assert_eq!(r.sessions.len(), 3, "nothing saved");
    assert_eq!(r.hours.planned_minutes, 360);
    assert_eq!(r.hours.remaining_minutes, Some(0));
    assert_eq!(s.verify_audit_chain().unwrap().entries, audit);
}

#[test]
fn the_seventh_one_hour_session_is_refused_until_one_is_cancelled() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let id = supervised(&mut s, &f);
    for i in 1..=6 {
        s.add_session(
            id,
            &session(
                &format!("{i:02}/12/2026"),
                "10:00",
                60,
                SessionStatus::Scheduled,
            ),
            today(),
        )
        .unwrap();
    }
    let seventh = session("08/12/2026", "10:00", 60, SessionStatus::Scheduled);
    let e = s.add_session(id, &seventh, today()).unwrap_err();
    assert!(e.message.contains("total to 7 h of the 6 h allowed"));

    let first = s.get_referral(id, today()).unwrap().sessions[0].session.id;
    let mut cancel = session("01/12/2026", "10:00", 60, SessionStatus::Cancelled);
    cancel.cancelled_by = Some(CancelledBy::VisitingParty);
    cancel.cancel_reason = "Father unwell".into();
    s.update_session(first, &cancel, today()).unwrap();
    let r = s.add_session(id, &seventh, today()).unwrap();
    assert_eq!(r.sessions.len(), 7);
    assert_eq!(r.sessions.last().unwrap().session.number, 7);
    assert_eq!(r.hours.planned_minutes, 360);
}

#[test]
fn lengthening_a_session_past_six_hours_is_refused() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let id = supervised(&mut s, &f);
    let r = s
        .add_session(
            id,
            &session("05/12/2026", "10:00", 300, SessionStatus::Scheduled),
            today(),
        )
        .unwrap();
    let sid = r.sessions[0].session.id;
    s.add_session(
        id,
        &session("12/12/2026", "10:00", 60, SessionStatus::Scheduled),
        today(),
    )
    .unwrap();
    let e = s
        .update_session(
            sid,
            &session("05/12/2026", "10:00", 330, SessionStatus::Scheduled),
            today(),
        )
        .unwrap_err();
    assert!(e.message.contains("total to 6 h 30 min of the 6 h"));
    assert!(e.message.contains("(1 h already planned or used)"));
    assert!(e.message.contains("Shorten it to 5 h or less"));
}

#[test]
fn switching_a_long_referral_to_centre_contact_is_refused() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let cci = referral_input(Service::ChildContactIntervention, vec![f.father, f.sian]);
    let id = s
        .create_referral(f.case_id, &cci, today())
        .unwrap()
        .referral
        .id;
    for day in ["05/12/2026", "12/12/2026"] {
        s.add_session(
            id,
            &session(day, "10:00", 240, SessionStatus::Scheduled),
            today(),
        )
        .unwrap();
    }
    let mut supported = cci.clone();
    supported.service = Service::SupportedContact;
    let e = s.update_referral(id, &supported, today()).unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    assert!(e
        .message
        .starts_with("The sessions of this referral add up to 8 h"));
    assert_eq!(
        s.referral(id).unwrap().service,
        Service::ChildContactIntervention
    );
}

#[test]
fn only_people_named_on_the_referral_can_be_recorded_as_attending() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let id = supervised(&mut s, &f);
    let r = s
        .add_session(
            id,
            &session("21/11/2026", "10:00", 60, SessionStatus::TookPlace),
            today(),
        )
        .unwrap();
    let sid = r.sessions[0].session.id;
    let r = s
        .record_attendance(sid, &present(f.father, "09:58", "11:00"), today())
        .unwrap();
    assert_eq!(r.sessions[0].attendance[0].full_name, "Mark Jones");
    assert_eq!(
        r.sessions[0].attendance[0].arrived.as_deref(),
        Some("09:58")
    );

    let e = s
        .record_attendance(sid, &present(f.grandfather, "10:00", "11:00"), today())
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    assert!(e.message.contains("Gareth Jones is not named on it"));
    assert!(e
        .message
        .contains("The people who may attend are: Siân Llŷr, Elis Jones and Mark Jones."));
    let r = s.get_referral(id, today()).unwrap();
    assert_eq!(r.sessions[0].attendance.len(), 1, "nothing saved");
}

#[test]
fn recording_again_updates_the_times_and_departure_must_follow_arrival() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let id = supervised(&mut s, &f);
    let sid = s
        .add_session(
            id,
            &session("21/11/2026", "10:00", 60, SessionStatus::TookPlace),
            today(),
        )
        .unwrap()
        .sessions[0]
        .session
        .id;
    let e = s
        .record_attendance(sid, &present(f.sian, "10:30", "10:00"), today())
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert_eq!(e.fields[0].field, "departed");
    let mut child = present(f.sian, "10:05", "11:00");
    child.brought_by = "Gwenllïan Llŷr (mother)".into();
    child.late_reason = "Traffic on the A470".into();
    s.record_attendance(sid, &child, today()).unwrap();
    let r = s
        .record_attendance(sid, &present(f.sian, "10:05", "10:55"), today())
        .unwrap();
    let rows = &r.sessions[0].attendance;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].departed.as_deref(), Some("10:55"));
    assert_eq!(s.history("attendance", rows[0].id).unwrap().len(), 2);
}

#[test]
fn nobody_attends_a_cancelled_session_and_an_attended_one_cannot_be_cancelled() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let id = supervised(&mut s, &f);
    let mut cancelled = session("21/11/2026", "10:00", 60, SessionStatus::Cancelled);
    cancelled.cancelled_by = Some(CancelledBy::Provider);
    cancelled.cancel_reason = "Centre closed: heating failed".into();
    let sid = s.add_session(id, &cancelled, today()).unwrap().sessions[0]
        .session
        .id;
    let e = s
        .record_attendance(sid, &present(f.father, "10:00", "11:00"), today())
        .unwrap_err();
    assert!(e.message.starts_with("This session was cancelled"));

    let took = session("21/11/2026", "10:00", 60, SessionStatus::TookPlace);
    s.update_session(sid, &took, today()).unwrap();
    s.record_attendance(sid, &present(f.father, "10:00", "11:00"), today())
        .unwrap();
    let e = s.update_session(sid, &cancelled, today()).unwrap_err();
    assert!(e.message.contains("cannot be marked as cancelled"));
}

#[test]
fn a_person_recorded_at_a_session_must_stay_named_on_the_referral() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let id = supervised(&mut s, &f);
    let sid = s
        .add_session(
            id,
            &session("21/11/2026", "10:00", 60, SessionStatus::TookPlace),
            today(),
        )
        .unwrap()
        .sessions[0]
        .session
        .id;
    s.record_attendance(sid, &present(f.elis, "10:00", "11:00"), today())
        .unwrap();
    let without_elis = referral_input(Service::SupervisedContact, vec![f.father, f.sian]);
    let e = s.update_referral(id, &without_elis, today()).unwrap_err();
    assert_eq!(
        e.message,
        "Elis Jones is recorded at sessions of this referral, so they must stay named on it."
    );
}

#[test]
fn review_is_due_after_the_third_session_that_took_place() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let id = supervised(&mut s, &f);
    for day in ["07/11/2026", "14/11/2026"] {
        s.add_session(
            id,
            &session(day, "10:00", 60, SessionStatus::TookPlace),
            today(),
        )
        .unwrap();
    }
    let r = s.get_referral(id, today()).unwrap();
    assert_eq!(
        r.review,
        ReviewStatus::NotYet {
            took_place: 2,
            review_after: 3
        }
    );
    let r = s
        .add_session(
            id,
            &session("21/11/2026", "10:00", 60, SessionStatus::TookPlace),
            today(),
        )
        .unwrap();
    assert_eq!(
        r.review,
        ReviewStatus::Due {
            since: d(2026, 11, 21)
        }
    );
}

#[test]
fn a_level_one_service_warns_before_its_period_ends() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let input = referral_input(Service::Level1EscortedContact, vec![f.father, f.sian]);
    let id = s
        .create_referral(f.case_id, &input, today())
        .unwrap()
        .referral
        .id;
    accept(&mut s, id);
    s.add_session(
        id,
        &session("01/09/2026", "10:00", 120, SessionStatus::TookPlace),
        today(),
    )
    .unwrap();
    let r = s.get_referral(id, today()).unwrap();
    let p = r.period.unwrap();
    assert_eq!(p.ends_on, d(2026, 12, 1));
    assert_eq!(p.state, PeriodState::EndingSoon);
    assert!(p.message.contains("01/12/2026, in 8 days"));
    assert_eq!(
        r.hours.allowed_minutes, None,
        "no hour limit outside centres"
    );
}
