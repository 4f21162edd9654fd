//! Supported contact's pre-contact assessment (Cafcass Cymru Expectation Statement): no supported session is held before it
//! is recorded, on import as in the app; recorded once, audited, never changed.

use crate::common;

use common::*;
use contact_records_core::model::*;
use contact_records_core::{ErrorCode, Store};

fn assessment(on: &str) -> PreContactInput {
    PreContactInput {
        assessed_on: on.into(),
        assessed_by: "Eleri Prys".into(),
        notes: "No risk to any party found.".into(),
    }
}

/// A supported referral sent and accepted on 02/11/2026, without the assessment `accept` records.
fn supported(s: &mut Store, f: &Family) -> i64 {
    let rid = s
        .create_referral(
            f.case_id,
            &referral_input(Service::SupportedContact, vec![f.father, f.sian]),
            today(),
        )
        .unwrap()
        .referral
        .id;
    s.mark_referral_sent(rid, "02/11/2026", today()).unwrap();
    let dates = ReferralDatesInput {
        received_on: "02/11/2026".into(),
        accepted_on: "02/11/2026".into(),
        ..Default::default()
    };
    s.update_referral_dates(rid, &dates, today()).unwrap();
    rid
}

#[test]
fn the_first_supported_session_is_held_only_after_the_assessment() {
    let mut s = Store::open_in_memory().unwrap();
    s.set_actor("Ffion Hughes");
    let f = family(&mut s, "CF1");
    let rid = supported(&mut s, &f);
    let held = session("09/11/2026", "10:00", 60, SessionStatus::TookPlace);
    let e = s.add_session(rid, &held, today()).unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    assert_eq!(e.msg.as_ref().unwrap().key, "core.rules.preContactFirst");
    assert!(
        e.message
            .starts_with("Session 1 on 09/11/2026 is recorded as held, but no pre-contact"),
        "{}",
        e.message
    );
    assert!(s.get_referral(rid, today()).unwrap().sessions.is_empty());
    // Planned first is fine.
    let planned = session("09/11/2026", "10:00", 60, SessionStatus::Scheduled);
    let sid = s.add_session(rid, &planned, today()).unwrap().sessions[0]
        .session
        .id;

    // An assessment dated after the session's day does not let it be held; a correction does
    // (the latest recorded is the referral's).
    s.record_pre_contact(rid, &assessment("10/11/2026"), today())
        .unwrap();
    let e = s.update_session(sid, &held, today()).unwrap_err();
    assert_eq!(e.msg.unwrap().key, "core.rules.preContactFirst");
    let detail = s
        .record_pre_contact(rid, &assessment("05/11/2026"), today())
        .unwrap();
    let a = detail.pre_contact.unwrap();
    assert_eq!(a.assessed_on, d(2026, 11, 5));
    assert_eq!(a.recorded_by, "Ffion Hughes");
    assert_eq!(s.history("pre_contact_assessments", a.id).unwrap().len(), 1);
    // Once a session is held, an assessment after it is refused with nothing saved.
    s.update_session(sid, &held, today()).unwrap();
    let e = s
        .record_pre_contact(rid, &assessment("12/11/2026"), today())
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    let kept = s.get_referral(rid, today()).unwrap().pre_contact.unwrap();
    assert_eq!(kept.assessed_on, d(2026, 11, 5));
}

#[test]
fn other_services_take_no_pre_contact_assessment() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let rid = s
        .create_referral(
            f.case_id,
            &referral_input(Service::SupervisedContact, vec![f.father, f.sian]),
            today(),
        )
        .unwrap()
        .referral
        .id;
    let e = s
        .record_pre_contact(rid, &assessment("05/11/2026"), today())
        .unwrap_err();
    assert_eq!(e.msg.unwrap().key, "core.rules.notSupported");
    let e = s
        .record_pre_contact(
            rid,
            &PreContactInput {
                assessed_on: String::new(),
                assessed_by: String::new(),
                notes: String::new(),
            },
            today(),
        )
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
}
