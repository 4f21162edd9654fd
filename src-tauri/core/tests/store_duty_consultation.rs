//! The consultation with the duty FCA/FCSW (Cafcass Cymru Expectation Statement): a referral ordered at the FHDRA without a
//! recorded consultation is flagged for the Practice Manager; recording it clears the flag; it is
//! kept, audited, never changed and carried by bundles.

use crate::common;

use chrono::{TimeZone, Utc};
use common::*;
use contact_records_core::bundle::{export_cases, import_bundle, ImportOptions};
use contact_records_core::model::*;
use contact_records_core::{ErrorCode, Store};

fn ordered(s: &mut Store, f: &Family, basis: Basis) -> i64 {
    let mut input = referral_input(Service::SupervisedContact, vec![f.father, f.sian]);
    input.basis = basis;
    s.create_referral(f.case_id, &input, today())
        .unwrap()
        .referral
        .id
}

fn consulted(on: &str, who: &str) -> DutyConsultationInput {
    DutyConsultationInput {
        consulted_on: on.into(),
        duty_officer: who.into(),
    }
}

#[test]
fn a_court_order_without_a_consultation_is_flagged_until_one_is_recorded() {
    let mut s = Store::open_in_memory().unwrap();
    s.set_actor("Ffion Hughes");
    let f = family(&mut s, "CF1");
    let rid = ordered(&mut s, &f, Basis::OrderedAtFhdra);
    let detail = s.get_referral(rid, today()).unwrap();
    assert!(detail.practice_manager_flag);
    assert_eq!(detail.duty_consultation, None);

    let e = s
        .record_duty_consultation(rid, &consulted("24/11/2026", ""), today())
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    let fields: Vec<&str> = e.fields.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["consulted_on", "duty_officer"]);
    assert!(s.duty_consultation(rid).unwrap().is_none());

    let detail = s
        .record_duty_consultation(
            rid,
            &consulted("02/11/2026", "Rhian Evans, duty FCA"),
            today(),
        )
        .unwrap();
    assert!(!detail.practice_manager_flag);
    let c = detail.duty_consultation.unwrap();
    assert_eq!(c.consulted_on, d(2026, 11, 2));
    assert_eq!(c.duty_officer, "Rhian Evans, duty FCA");
    assert_eq!(c.recorded_by, "Ffion Hughes");
    let history = s.history("duty_consultations", c.id).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].action, "insert");

    // A correction is a later entry; the latest is the referral's.
    let detail = s
        .record_duty_consultation(rid, &consulted("03/11/2026", "Rhian Evans"), today())
        .unwrap();
    assert_eq!(
        detail.duty_consultation.unwrap().consulted_on,
        d(2026, 11, 3)
    );
}

#[test]
fn other_bases_are_neither_flagged_nor_take_a_consultation() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    for basis in [Basis::FcaRecommendation, Basis::SelfReferral] {
        let rid = ordered(&mut s, &f, basis);
        assert!(!s.get_referral(rid, today()).unwrap().practice_manager_flag);
        let e = s
            .record_duty_consultation(rid, &consulted("02/11/2026", "Rhian Evans"), today())
            .unwrap_err();
        assert_eq!(e.code, ErrorCode::RuleBroken);
        assert_eq!(e.msg.unwrap().key, "core.rules.notCourtOrdered");
        assert!(s.duty_consultation(rid).unwrap().is_none());
    }
}

#[test]
fn a_consultation_is_never_changed_and_travels_in_bundles() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cases.db");
    let mut s = create_store(&path);
    s.set_actor("Ffion Hughes");
    let f = family(&mut s, "CF1");
    let rid = ordered(&mut s, &f, Basis::OrderedAtFhdra);
    s.record_duty_consultation(rid, &consulted("02/11/2026", "Rhian Evans"), today())
        .unwrap();
    let at = Utc.with_ymd_and_hms(2026, 11, 23, 14, 0, 0).unwrap();
    let v = serde_json::to_value(export_cases(&s, &[f.case_id], at).unwrap()).unwrap();
    let carried = &v["cases"][0]["referrals"][0]["duty_consultation"];
    assert_eq!(carried["consulted_on"], "2026-11-02");
    assert_eq!(carried["duty_officer"], "Rhian Evans");
    assert_eq!(carried["recorded_by"], "Ffion Hughes");
    drop(s);
    let c = raw(&path);
    let e = c
        .execute("UPDATE duty_consultations SET duty_officer = 'x'", [])
        .unwrap_err();
    assert!(e.to_string().contains("never changed"), "{e}");
    assert!(c.execute("DELETE FROM duty_consultations", []).is_err());

    let mut other = Store::open_in_memory().unwrap();
    let options = ImportOptions {
        as_new: false,
        trust_new_signers: true,
    };
    import_bundle(&mut other, &v.to_string(), options, today()).unwrap();
    let case_id = other.list_cases("").unwrap().cases[0].id;
    let id = other.list_referrals(case_id).unwrap()[0].id;
    let detail = other.get_referral(id, today()).unwrap();
    assert!(!detail.practice_manager_flag);
    assert_eq!(
        detail.duty_consultation.unwrap().recorded_by,
        "Ffion Hughes"
    );
}
