//! Going ahead without the review (Cafcass Cymru Expectation Statement's 3 to 4 sessions, JFCAS: Child contact interventions's 12 weeks): a session
//! held past that point is refused with nothing saved, until the review or the adviser's written
//! reason is recorded; the reason is kept, audited, never changed, shown on the referral and
//! carried by bundles.

use crate::common;

use chrono::{TimeZone, Utc};
use common::*;
use contact_records_core::bundle::{export_cases, import_bundle, ImportOptions};
use contact_records_core::model::*;
use contact_records_core::{ErrorCode, Store};

fn referral(s: &mut Store, f: &Family, service: Service) -> i64 {
    let rid = s
        .create_referral(
            f.case_id,
            &referral_input(service, vec![f.father, f.sian]),
            today(),
        )
        .unwrap()
        .referral
        .id;
    accept(s, rid);
    rid
}

/// Four sessions held on 2, 9, 16 and 19 November 2026.
fn four_held(s: &mut Store, rid: i64) {
    for day in ["02", "09", "16", "19"] {
        s.add_session(
            rid,
            &session(
                &format!("{day}/11/2026"),
                "10:00",
                60,
                SessionStatus::TookPlace,
            ),
            today(),
        )
        .unwrap();
    }
}

fn reason(text: &str) -> ReviewOverrideInput {
    ReviewOverrideInput {
        reason: text.into(),
    }
}

const REASON: &str = "The review meeting is booked for 30/11/2026; the children asked to keep \
    seeing their father weekly until then.";

#[test]
fn a_fifth_held_session_is_refused_until_a_reason_is_recorded() {
    let mut s = Store::open_in_memory().unwrap();
    s.set_actor("Ffion Hughes");
    let f = family(&mut s, "CF1");
    let rid = referral(&mut s, &f, Service::SupervisedContact);
    four_held(&mut s, rid);
    let fifth = session("20/11/2026", "10:00", 60, SessionStatus::TookPlace);
    let e = s.add_session(rid, &fifth, today()).unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    assert_eq!(e.msg.as_ref().unwrap().key, "core.rules.reviewFirst");
    assert!(
        e.message.starts_with(
            "Session 5 on 20/11/2026 is recorded as held, but it comes after the first 4 sessions"
        ),
        "{}",
        e.message
    );
    assert!(e.message.contains("or go ahead with a written reason"));
    assert_eq!(s.get_referral(rid, today()).unwrap().sessions.len(), 4);

    // Planning the fifth is allowed (the referral page warns); holding it is what is refused.
    let planned = session("20/11/2026", "10:00", 60, SessionStatus::Scheduled);
    let sid = s.add_session(rid, &planned, today()).unwrap().sessions[4]
        .session
        .id;
    assert!(s.update_session(sid, &fifth, today()).is_err());
    let review_warnings = |s: &Store| -> usize {
        s.get_referral(rid, today())
            .unwrap()
            .warnings
            .iter()
            .filter(|w| w.contains("review"))
            .count()
    };
    assert!(
        review_warnings(&s) > 0,
        "the 5th planned session is warned about"
    );

    // An empty reason is refused on its field, with nothing saved.
    let e = s
        .record_review_override(rid, &reason("  "), today())
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert_eq!(e.fields[0].field, "reason");
    assert!(s.review_overrides(rid).unwrap().is_empty());

    let d = s
        .record_review_override(rid, &reason(REASON), today())
        .unwrap();
    assert_eq!(d.review_overrides.len(), 1);
    // The reason answers the review's warnings: the page shows the reason instead.
    assert_eq!(review_warnings(&s), 0, "{:?}", d.warnings);
    let o = &d.review_overrides[0];
    assert_eq!(o.reason, REASON);
    assert_eq!(o.decided_on, today());
    assert_eq!(o.decided_by, "Ffion Hughes");
    let d = s.update_session(sid, &fifth, today()).unwrap();
    assert_eq!(d.sessions[4].session.status, SessionStatus::TookPlace);
    // The sixth is allowed by the same decision; the seventh is still past the 6 sessions.
    s.add_session(
        rid,
        &session("21/11/2026", "10:00", 60, SessionStatus::DidNotAttend),
        today(),
    )
    .unwrap();
    let history = s.history("review_overrides", o.id).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].action, "insert");
    assert_eq!(history[0].actor, "Ffion Hughes");
}

#[test]
fn a_recorded_review_lets_the_fifth_session_be_held_without_a_reason() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let rid = referral(&mut s, &f, Service::SupportedContact);
    four_held(&mut s, rid);
    let dates = ReferralDatesInput {
        received_on: "02/11/2026".into(),
        accepted_on: "02/11/2026".into(),
        reviewed_on: "19/11/2026".into(),
        ..Default::default()
    };
    s.update_referral_dates(rid, &dates, today()).unwrap();
    s.add_session(
        rid,
        &session("20/11/2026", "10:00", 60, SessionStatus::TookPlace),
        today(),
    )
    .unwrap();
    // Taking the review away again would leave the fifth session held without one: refused.
    let without = ReferralDatesInput {
        reviewed_on: String::new(),
        ..dates
    };
    let e = s.update_referral_dates(rid, &without, today()).unwrap_err();
    assert_eq!(e.msg.unwrap().key, "core.rules.reviewFirst");
}

#[test]
fn a_cci_session_after_its_twelve_weeks_needs_the_review_or_a_reason() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let mut input = referral_input(Service::ChildContactIntervention, vec![f.father, f.sian]);
    input.risk_assessed_on = "31/07/2026".into();
    let rid = s
        .create_referral(f.case_id, &input, today())
        .unwrap()
        .referral
        .id;
    s.mark_referral_sent(rid, "01/08/2026", today()).unwrap();
    let dates = ReferralDatesInput {
        received_on: "03/08/2026".into(),
        accepted_on: "04/08/2026".into(),
        started_on: "10/08/2026".into(),
        ..Default::default()
    };
    s.update_referral_dates(rid, &dates, today()).unwrap();
    // 10/08/2026 + 12 weeks = 02/11/2026.
    s.add_session(
        rid,
        &session("02/11/2026", "10:00", 60, SessionStatus::TookPlace),
        today(),
    )
    .unwrap();
    let late = session("09/11/2026", "10:00", 60, SessionStatus::TookPlace);
    let e = s.add_session(rid, &late, today()).unwrap_err();
    assert_eq!(e.msg.as_ref().unwrap().key, "core.rules.cciReviewFirst");
    assert!(
        e.message
            .contains("the intervention's 12 weeks ended on 02/11/2026"),
        "{}",
        e.message
    );
    s.record_review_override(rid, &reason(REASON), today())
        .unwrap();
    s.add_session(rid, &late, today()).unwrap();
}

#[test]
fn a_service_without_a_review_has_nothing_to_go_ahead_without() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let mut input = referral_input(Service::Level3ContactSupervision, vec![f.father, f.sian]);
    input.cci_kinds = Vec::new();
    let rid = s
        .create_referral(f.case_id, &input, today())
        .unwrap()
        .referral
        .id;
    let e = s
        .record_review_override(rid, &reason(REASON), today())
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    assert_eq!(e.msg.unwrap().key, "core.rules.noReviewToOverride");
    assert!(s.review_overrides(rid).unwrap().is_empty());
}

#[test]
fn a_reason_is_never_changed_or_removed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cases.db");
    let mut s = create_store(&path);
    let f = family(&mut s, "CF1");
    let rid = referral(&mut s, &f, Service::SupervisedContact);
    s.record_review_override(rid, &reason(REASON), today())
        .unwrap();
    drop(s);
    let c = raw(&path);
    let e = c
        .execute("UPDATE review_overrides SET reason = 'changed'", [])
        .unwrap_err();
    assert!(e.to_string().contains("never changed"), "{e}");
    let e = c.execute("DELETE FROM review_overrides", []).unwrap_err();
    assert!(e.to_string().contains("never removed"), "{e}");
}

#[test]
fn bundles_carry_the_reason_and_import_the_sessions_it_allows() {
    let mut s = Store::open_in_memory().unwrap();
    s.set_actor("Ffion Hughes");
    let f = family(&mut s, "CF1");
    let rid = referral(&mut s, &f, Service::SupervisedContact);
    four_held(&mut s, rid);
    s.record_review_override(rid, &reason(REASON), today())
        .unwrap();
    s.add_session(
        rid,
        &session("20/11/2026", "10:00", 60, SessionStatus::TookPlace),
        today(),
    )
    .unwrap();
    let at = Utc.with_ymd_and_hms(2026, 11, 23, 14, 0, 0).unwrap();
    let mut v = serde_json::to_value(export_cases(&s, &[f.case_id], at).unwrap()).unwrap();
    let carried = &v["cases"][0]["referrals"][0]["review_overrides"];
    assert_eq!(carried[0]["reason"], REASON);
    assert_eq!(carried[0]["decided_by"], "Ffion Hughes");
    assert_eq!(carried[0]["decided_on"], "2026-11-23");

    let options = || ImportOptions {
        as_new: false,
        trust_new_signers: true,
    };
    let mut other = Store::open_in_memory().unwrap();
    other.set_actor("someone else");
    import_bundle(&mut other, &v.to_string(), options(), today()).unwrap();
    let id = other
        .list_referrals(other.list_cases("").unwrap().cases[0].id)
        .unwrap()[0]
        .id;
    let d = other.get_referral(id, today()).unwrap();
    assert_eq!(d.sessions.len(), 5);
    assert_eq!(
        d.review_overrides[0].decided_by, "Ffion Hughes",
        "kept as decided"
    );

    // Without the reason, the fifth held session is refused on import, saying where.
    v["cases"][0]["referrals"][0]
        .as_object_mut()
        .unwrap()
        .remove("review_overrides");
    let mut third = Store::open_in_memory().unwrap();
    let e = import_bundle(&mut third, &v.to_string(), options(), today()).unwrap_err();
    assert!(
        e.fields
            .iter()
            .any(|p| p.field == "cases[0].referrals[0].sessions[4]"
                && p.message
                    .starts_with("Session 5 on 20/11/2026 is recorded as held")),
        "{:?}",
        e.fields
    );
    assert!(third.list_cases("").unwrap().cases.is_empty());
}
