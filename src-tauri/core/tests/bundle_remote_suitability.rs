//! Remote suitability in bundles: the three answers travel (optional, so older version 2 bundles
//! still import), and a hand-made bundle is held to the same rule as the app.

use crate::sample_builder;

use chrono::{TimeZone, Utc};
use contact_records_core::bundle::*;
use contact_records_core::{ErrorCode, Store};
use sample_builder::{build_sample, sample_today};
use serde_json::{json, Value};

/// The sample case cut down to its supported referral (sessions without records, one cancelled),
/// made into remote supervised contact assessed on 01/10/2026 with the three answers given.
fn remote_bundle() -> Value {
    let mut s = Store::open_in_memory().unwrap();
    let id = build_sample(&mut s).case_id;
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 14, 0, 0).unwrap();
    let mut v = serde_json::to_value(export_cases(&s, &[id], now).unwrap()).unwrap();
    let case = &mut v["cases"][0];
    let mut r = case["referrals"][1].clone();
    r["service"] = json!("remote_supervised_contact");
    r["remote_assessed_on"] = json!("2026-10-01");
    r["remote_assessed_by"] = json!("Ffion Hughes");
    r["remote_discussed"] = json!("Both parents and the court: how the video calls will run.");
    r["remote_limitations"] = json!("The supervisor can end a call but cannot step in.");
    r["remote_feedback"] = json!("The supervisor emails both parents after each call.");
    r["pre_contact"] = Value::Null;
    r["supported_record"] = Value::Null;
    case["referrals"] = json!([r]);
    case["incidents"] = json!([]);
    v
}

fn import(v: &Value) -> (Store, contact_records_core::Result<ImportSummary>) {
    let mut s = Store::open_in_memory().unwrap();
    let options = ImportOptions {
        as_new: false,
        trust_new_signers: true,
    };
    let res = import_bundle(&mut s, &v.to_string(), options, sample_today());
    (s, res)
}

#[test]
fn a_complete_assessment_travels_and_comes_back_the_same() {
    let v = remote_bundle();
    let (s, res) = import(&v);
    let summary = res.unwrap_or_else(|e| panic!("{e:?}"));
    let id = summary.cases[0].case_id;
    let again = serde_json::to_value(
        export_cases(
            &s,
            &[id],
            Utc.with_ymd_and_hms(2026, 11, 23, 14, 0, 0).unwrap(),
        )
        .unwrap(),
    )
    .unwrap();
    let r = &again["cases"][0]["referrals"][0];
    for field in ["remote_discussed", "remote_limitations", "remote_feedback"] {
        assert_eq!(r[field], v["cases"][0]["referrals"][0][field], "{field}");
    }
}

#[test]
fn a_dated_assessment_without_the_three_answers_is_refused_and_nothing_imported() {
    let mut v = remote_bundle();
    let r = &mut v["cases"][0]["referrals"][0];
    // A bundle written before the answers existed has no such keys at all.
    for field in ["remote_discussed", "remote_limitations", "remote_feedback"] {
        r.as_object_mut().unwrap().remove(field);
    }
    let (s, res) = import(&v);
    let e = res.unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    let paths: Vec<&str> = e.fields.iter().map(|f| f.field.as_str()).collect();
    for field in ["remote_discussed", "remote_limitations", "remote_feedback"] {
        let path = format!("cases[0].referrals[0].{field}");
        assert!(paths.contains(&path.as_str()), "{path} not in {paths:?}");
    }
    assert!(e
        .fields
        .iter()
        .any(|f| f.message == "Enter the feedback arrangements agreed with the parties"));
    assert_eq!(s.list_cases("").unwrap().total, 0);
}

#[test]
fn a_remote_session_on_an_unassessed_referral_is_refused_with_the_rule() {
    let mut v = remote_bundle();
    let r = &mut v["cases"][0]["referrals"][0];
    // A draft, never assessed, with one session planned on it.
    for date in [
        "remote_assessed_on",
        "sent_on",
        "received_on",
        "accepted_on",
        "started_on",
        "ceased_on",
        "reviewed_on",
    ] {
        r[date] = Value::Null;
    }
    r["remote_assessed_by"] = json!("");
    let mut planned = r["sessions"][0].clone();
    planned["status"] = json!("scheduled");
    planned["attendance"] = json!([]);
    r["sessions"] = json!([planned]);
    r.as_object_mut().unwrap().remove("sending");
    let (s, res) = import(&v);
    let e = res.unwrap_err();
    let f: Vec<_> = e
        .fields
        .iter()
        .map(|f| (f.field.as_str(), f.message.as_str()))
        .collect();
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "cases[0].referrals[0].sessions[0]");
    assert!(
        f[0].1
            .contains("Complete the assessment on the referral first"),
        "{}",
        f[0].1
    );
    assert_eq!(s.list_cases("").unwrap().total, 0);
}
