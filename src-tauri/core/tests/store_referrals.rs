//! Referrals against an in-memory store: drafting, what must be there before sending, remote
//! suitability, progress dates, the people named, and the audit trail.

use crate::common;

use common::*;
use contact_records_core::model::*;
use contact_records_core::{ErrorCode, Store};

fn store() -> (Store, Family) {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF24P00123");
    (s, f)
}

#[test]
fn a_draft_referral_names_its_people_and_is_ready_to_send() {
    let (mut s, f) = store();
    let r = s
        .create_referral(
            f.case_id,
            &referral_input(Service::SupervisedContact, vec![f.father, f.sian, f.elis]),
            today(),
        )
        .unwrap();
    assert_eq!(r.referral.status, ReferralStatus::Draft);
    assert_eq!(r.case_number, "CF24P00123");
    let names: Vec<_> = r
        .permitted_people
        .iter()
        .map(|p| (p.full_name.as_str(), p.description.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("Siân Llŷr", "child"),
            ("Elis Jones", "child"),
            ("Mark Jones", "father")
        ]
    );
    assert!(r.missing_to_send.is_empty());
    assert_eq!(r.hours.allowed_minutes, Some(360));
    let list = s.list_referrals(f.case_id).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].provider_name, "Cardiff Child Contact Centre");
}

#[test]
fn a_referral_missing_the_four_things_cannot_be_sent_and_nothing_changes() {
    let (mut s, f) = store();
    let mut input = referral_input(Service::SupervisedContact, vec![f.father, f.sian]);
    input.risk_assessment.clear();
    input.session_plan.clear();
    input.provider_name.clear();
    let id = s
        .create_referral(f.case_id, &input, today())
        .unwrap()
        .referral
        .id;
    let audit_before = s.history("referrals", id).unwrap().len();
    let e = s.mark_referral_sent(id, "20/11/2026", today()).unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    assert!(e
        .message
        .starts_with("This referral cannot be sent yet. Add: the contact centre"));
    let fields: Vec<_> = e.fields.iter().map(|x| x.field.as_str()).collect();
    assert_eq!(fields, ["provider_name", "risk_assessment", "session_plan"]);
    let r = s.get_referral(id, today()).unwrap();
    assert_eq!(r.referral.sent_on, None);
    assert_eq!(r.referral.status, ReferralStatus::Draft);
    assert_eq!(r.missing_to_send.len(), 3);
    assert_eq!(s.history("referrals", id).unwrap().len(), audit_before);
}

#[test]
fn remote_supervised_contact_needs_the_suitability_assessment_to_be_sent() {
    let (mut s, f) = store();
    let mut input = referral_input(Service::RemoteSupervisedContact, vec![f.father, f.sian]);
    input.remote_assessed_on.clear();
    input.remote_assessed_by.clear();
    let id = s
        .create_referral(f.case_id, &input, today())
        .unwrap()
        .referral
        .id;
    let e = s.mark_referral_sent(id, "20/11/2026", today()).unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    assert!(e
        .message
        .contains("the date an FCA/FCSW assessed remote contact as suitable"));
    assert!(e
        .message
        .contains("the FCA/FCSW who assessed remote contact as suitable"));

    let complete = referral_input(Service::RemoteSupervisedContact, vec![f.father, f.sian]);
    s.update_referral(id, &complete, today()).unwrap();
    let r = s.mark_referral_sent(id, "20/11/2026", today()).unwrap();
    assert_eq!(r.referral.status, ReferralStatus::Sent);
    assert_eq!(r.referral.sent_on, Some(d(2026, 11, 20)));
}

#[test]
fn a_sent_referral_cannot_lose_what_it_had_to_state() {
    let (mut s, f) = store();
    let input = referral_input(Service::SupportedContact, vec![f.father, f.elis]);
    let id = s
        .create_referral(f.case_id, &input, today())
        .unwrap()
        .referral
        .id;
    s.mark_referral_sent(id, "20/11/2026", today()).unwrap();
    let mut edit = input.clone();
    edit.risk_assessment = "  ".into();
    let e = s.update_referral(id, &edit, today()).unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    assert!(e
        .message
        .starts_with("This referral has been sent, so it must still state"));
    let r = s.referral(id).unwrap();
    assert!(!r.risk_assessment.is_empty(), "nothing was saved");
}

#[test]
fn sending_in_the_future_is_refused_on_its_field() {
    let (mut s, f) = store();
    let id = s
        .create_referral(
            f.case_id,
            &referral_input(Service::SupervisedContact, vec![f.father]),
            today(),
        )
        .unwrap()
        .referral
        .id;
    let e = s.mark_referral_sent(id, "24/11/2026", today()).unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert_eq!(e.fields[0].field, "sent_on");
}

#[test]
fn people_of_another_case_cannot_be_named() {
    let (mut s, f) = store();
    let other = family(&mut s, "SA25P00999");
    let e = s
        .create_referral(
            f.case_id,
            &referral_input(Service::SupervisedContact, vec![f.sian, other.father]),
            today(),
        )
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert_eq!(e.fields[0].field, "permitted");
    assert!(s.list_referrals(f.case_id).unwrap().is_empty());
}

#[test]
fn progress_dates_follow_the_referral_through_its_life() {
    let (mut s, f) = store();
    let id = s
        .create_referral(
            f.case_id,
            &referral_input(Service::SupervisedContact, vec![f.father, f.sian]),
            today(),
        )
        .unwrap()
        .referral
        .id;
    let early = ReferralDatesInput {
        received_on: "03/11/2026".into(),
        ..Default::default()
    };
    let e = s.update_referral_dates(id, &early, today()).unwrap_err();
    assert_eq!(e.fields[0].field, "received_on", "not before it is sent");

    s.mark_referral_sent(id, "02/11/2026", today()).unwrap();
    let r = s.update_referral_dates(id, &early, today()).unwrap();
    assert_eq!(r.referral.status, ReferralStatus::Sent);
    let accepted = ReferralDatesInput {
        accepted_on: "10/11/2026".into(),
        started_on: "14/11/2026".into(),
        ..early.clone()
    };
    let r = s.update_referral_dates(id, &accepted, today()).unwrap();
    assert_eq!(r.referral.status, ReferralStatus::Active);
    assert_eq!(r.referral.dates.received_on, Some(d(2026, 11, 3)));
    let e = s.mark_referral_sent(id, "05/11/2026", today()).unwrap_err();
    assert_eq!(
        e.fields[0].field, "sent_on",
        "not after the provider had it"
    );
    let h = s.history("referrals", id).unwrap();
    assert_eq!(h.len(), 4, "created, sent, received, accepted and started");
    assert!(h[3].after_json.as_deref().unwrap().contains("2026-11-10"));
}

#[test]
fn changing_service_drops_answers_that_no_longer_apply() {
    let (mut s, f) = store();
    let remote = referral_input(Service::RemoteSupervisedContact, vec![f.father]);
    let id = s
        .create_referral(f.case_id, &remote, today())
        .unwrap()
        .referral
        .id;
    let mut cci = remote.clone();
    cci.service = Service::ChildContactIntervention;
    let r = s.update_referral(id, &cci, today()).unwrap();
    assert_eq!(r.referral.remote_assessed_on, None);
    assert_eq!(r.referral.cci_kinds, [CciKind::ObserveContact]);
    assert_eq!(r.hours.allowed_minutes, None);
}

#[test]
fn a_named_person_cannot_be_removed_from_the_case() {
    let (mut s, f) = store();
    s.create_referral(
        f.case_id,
        &referral_input(Service::SupervisedContact, vec![f.father, f.sian]),
        today(),
    )
    .unwrap();
    let PersonRef::Adult(father) = f.father else {
        unreachable!()
    };
    let e = s.remove_adult(father).unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    assert!(e.message.starts_with("Mark Jones is named on a referral"));
    let PersonRef::Adult(grandfather) = f.grandfather else {
        unreachable!()
    };
    assert!(s.remove_adult(grandfather).is_ok());
}

#[test]
fn a_missing_referral_is_not_found() {
    let (mut s, _) = store();
    assert_eq!(
        s.get_referral(99, today()).unwrap_err().code,
        ErrorCode::NotFound
    );
    assert_eq!(
        s.mark_referral_sent(99, "20/11/2026", today())
            .unwrap_err()
            .code,
        ErrorCode::NotFound
    );
}
