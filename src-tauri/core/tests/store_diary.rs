//! The diary against an in-memory store: sessions of every case between two dates, the children
//! expected at each, and the clashes named by session and court case number.

use crate::common;

use common::*;
use contact_records_core::model::diary::ClashKind;
use contact_records_core::model::*;
use contact_records_core::{ErrorCode, Store};

fn referral(s: &mut Store, f: &Family) -> i64 {
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

fn at(date: &str, start: &str, minutes: u32, venue: &str, supervisor: &str) -> SessionInput {
    SessionInput {
        venue: venue.into(),
        supervisor: supervisor.into(),
        ..session(date, start, minutes, SessionStatus::Scheduled)
    }
}

#[test]
fn lists_every_cases_sessions_in_time_order_with_the_children_expected() {
    let mut s = Store::open_in_memory().unwrap();
    let (a, b) = (family(&mut s, "CF26P00001"), family(&mut s, "SA26P00002"));
    let (ra, rb) = (referral(&mut s, &a), referral(&mut s, &b));
    s.add_session(
        rb,
        &at("08/12/2026", "14:00", 60, "Swansea", "Rhys"),
        today(),
    )
    .unwrap();
    s.add_session(
        ra,
        &at("08/12/2026", "10:00", 90, "Cardiff", "Ffion"),
        today(),
    )
    .unwrap();
    s.add_session(
        ra,
        &at("20/12/2026", "10:00", 60, "Cardiff", "Ffion"),
        today(),
    )
    .unwrap();

    let diary = s.diary(d(2026, 12, 7), d(2026, 12, 13)).unwrap();
    let listed: Vec<_> = diary
        .sessions
        .iter()
        .map(|x| {
            (
                x.case_number.as_str(),
                x.start_time.as_str(),
                x.end_time.as_str(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        vec![
            ("CF26P00001", "10:00", "11:30"),
            ("SA26P00002", "14:00", "15:00")
        ]
    );
    let names: Vec<_> = diary.sessions[0]
        .children
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(names, vec!["Siân Llŷr", "Elis Jones"]);
    assert!(diary.clashes.is_empty());
}

#[test]
fn names_a_supervisor_booked_into_two_cases_at_once_by_court_case_number() {
    let mut s = Store::open_in_memory().unwrap();
    let (a, b) = (family(&mut s, "CF26P00001"), family(&mut s, "SA26P00002"));
    let (ra, rb) = (referral(&mut s, &a), referral(&mut s, &b));
    s.add_session(
        ra,
        &at("08/12/2026", "10:00", 120, "Cardiff", "Rhys Morgan"),
        today(),
    )
    .unwrap();
    s.add_session(
        rb,
        &at("08/12/2026", "11:00", 60, "Swansea", "rhys morgan"),
        today(),
    )
    .unwrap();

    let diary = s.diary(d(2026, 12, 8), d(2026, 12, 8)).unwrap();
    assert_eq!(diary.clashes.len(), 1);
    let clash = &diary.clashes[0];
    assert_eq!(clash.kind, ClashKind::Supervisor);
    assert_eq!(clash.shared, "Rhys Morgan");
    let cases: Vec<_> = clash
        .sessions
        .iter()
        .map(|x| x.case_number.as_str())
        .collect();
    assert_eq!(cases, vec!["CF26P00001", "SA26P00002"]);
    let ids: Vec<_> = diary.sessions.iter().map(|x| x.session_id).collect();
    assert_eq!(diary.sessions[0].clashes_with, vec![ids[1]]);
    assert_eq!(diary.sessions[1].clashes_with, vec![ids[0]]);
}

#[test]
fn a_child_recorded_at_one_session_is_not_counted_at_another_they_missed() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF26P00001");
    let (r1, r2) = (referral(&mut s, &f), referral(&mut s, &f));
    let took_place = SessionInput {
        status: SessionStatus::TookPlace,
        ..at("16/11/2026", "10:00", 120, "Cardiff", "Ffion")
    };
    let one = s.add_session(r1, &took_place, today()).unwrap().sessions[0]
        .session
        .id;
    s.add_session(
        r2,
        &at("16/11/2026", "11:00", 60, "Newport", "Rhys"),
        today(),
    )
    .unwrap();
    // Both referrals permit both children, so before attendance the children clash.
    let before = s.diary(d(2026, 11, 16), d(2026, 11, 16)).unwrap();
    assert_eq!(
        before
            .clashes
            .iter()
            .filter(|c| c.kind == ClashKind::Child)
            .count(),
        2
    );
    // Only Siân came to the first: Elis is free for the second, Siân still clashes.
    s.record_attendance(one, &present(f.sian, "10:00", "12:00"), today())
        .unwrap();
    let after = s.diary(d(2026, 11, 16), d(2026, 11, 16)).unwrap();
    let shared: Vec<_> = after.clashes.iter().map(|c| c.shared.as_str()).collect();
    assert_eq!(shared, vec!["Siân Llŷr"]);
}

#[test]
fn refuses_a_period_backwards_or_longer_than_a_year() {
    let s = Store::open_in_memory().unwrap();
    let e = s.diary(d(2026, 12, 8), d(2026, 12, 1)).unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    assert!(e.message.contains("before its start date"), "{}", e.message);
    let e = s.diary(d(2026, 1, 1), d(2027, 1, 2)).unwrap_err();
    assert!(e.message.contains("at most 366 days"), "{}", e.message);
    assert!(s
        .diary(d(2026, 1, 1), d(2026, 12, 31))
        .unwrap()
        .sessions
        .is_empty());
}
