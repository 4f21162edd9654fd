//! Tampered bundles: each way a finalised record can be forged in a bundle is refused, naming the
//! record by its JSON path, and nothing is imported.

use crate::sample_builder;

use chrono::{TimeZone, Utc};
use contact_records_core::bundle::*;
use contact_records_core::model::signing::{canonical, fingerprint, key_fingerprint, KeyPair};
use contact_records_core::model::{AddendumInput, SignedRecord};
use contact_records_core::Store;
use sample_builder::{build_sample, sample_secret_key, sample_today};
use serde_json::{json, Value};

const S0: &str = "cases[0].referrals[0].sessions[0].record";
const S1: &str = "cases[0].referrals[0].sessions[1].record";
const S2: &str = "cases[0].referrals[0].sessions[2].record";

fn export(s: &Store) -> Value {
    let id = s.list_cases("").unwrap().cases[0].id;
    let at = Utc.with_ymd_and_hms(2026, 11, 23, 14, 0, 0).unwrap();
    serde_json::to_value(export_cases(s, &[id], at).unwrap()).unwrap()
}

fn sample_value() -> Value {
    let mut s = Store::open_in_memory().unwrap();
    build_sample(&mut s);
    export(&s)
}

fn import(s: &mut Store, v: &Value, trust: bool) -> Vec<(String, String)> {
    let options = ImportOptions {
        as_new: false,
        trust_new_signers: trust,
    };
    match import_bundle(s, &v.to_string(), options, sample_today()) {
        Ok(_) => Vec::new(),
        Err(e) => e.fields.into_iter().map(|f| (f.field, f.message)).collect(),
    }
}

/// Imports `v` into an empty file trusting new signers: the problems, and that nothing landed.
fn refused(v: &Value) -> Vec<(String, String)> {
    let mut s = Store::open_in_memory().unwrap();
    let p = import(&mut s, v, true);
    assert!(!p.is_empty(), "the tampered bundle was imported");
    assert_eq!(s.list_cases("").unwrap().total, 0);
    p
}

fn has(p: &[(String, String)], path: &str, words: &str) -> bool {
    p.iter().any(|(f, m)| f == path && m.contains(words))
}

fn record(v: &mut Value, session: usize) -> &mut Value {
    &mut v["cases"][0]["referrals"][0]["sessions"][session]["record"]
}

/// Signs `doc` (a JSON document) with `key`, as a forger holding that key would: returns the
/// new fingerprint and signature.
fn resign(doc: &mut Value, key: &KeyPair) -> (String, String) {
    doc["signer"]["public_key"] = json!(key.public_hex());
    let parsed: SignedRecord = serde_json::from_value(doc.clone()).unwrap();
    let text = canonical(&parsed).unwrap();
    (fingerprint(&text), key.sign(&text))
}

fn resign_record(v: &mut Value, session: usize, key: &KeyPair) {
    let rec = record(v, session);
    let (fp, sig) = resign(&mut rec["signed_snapshot"], key);
    rec["fingerprint"] = json!(fp);
    rec["signature_ed25519"] = json!(sig);
}

fn list_signer(v: &mut Value, key: &KeyPair, name: &str) {
    v["signers"].as_array_mut().unwrap().push(json!({
        "name": name, "role": "Contact supervisor", "public_key": key.public_hex(),
        "key_fingerprint": key_fingerprint(&key.public_hex()),
    }));
}

#[test]
fn the_untouched_sample_imports_only_when_its_signers_are_trusted() {
    let v = sample_value();
    let mut s = Store::open_in_memory().unwrap();
    let p = import(&mut s, &v, false);
    let rhys = key_fingerprint(
        &KeyPair::from_secret_hex(&sample_secret_key("Rhys Morgan"))
            .unwrap()
            .public_hex(),
    );
    assert!(
        has(&p, &format!("{S0}.signed_snapshot.signer"), &rhys),
        "{p:?}"
    );
    assert!(
        has(
            &p,
            &format!("{S0}.signed_snapshot.signer"),
            "has not seen before"
        ),
        "{p:?}"
    );
    assert_eq!(s.list_cases("").unwrap().total, 0);
    assert!(import(&mut s, &v, true).is_empty());
    assert!(s.verify().unwrap().is_intact());
}

#[test]
fn content_changed_beside_its_signed_document_is_refused() {
    let mut v = sample_value();
    record(&mut v, 1)["content"]["summary"] = json!("Forged summary.");
    let p = refused(&v);
    assert!(
        has(&p, &format!("{S1}.signed_snapshot"), "the record's content"),
        "{p:?}"
    );
}

#[test]
fn a_signed_document_changed_and_rehashed_is_refused() {
    let mut v = sample_value();
    let rec = record(&mut v, 1);
    rec["signed_snapshot"]["content"]["summary"] = json!("Forged summary.");
    rec["content"]["summary"] = json!("Forged summary.");
    let doc: SignedRecord = serde_json::from_value(rec["signed_snapshot"].clone()).unwrap();
    rec["fingerprint"] = json!(fingerprint(&canonical(&doc).unwrap()));
    let p = refused(&v);
    assert!(
        has(
            &p,
            &format!("{S1}.signed_snapshot"),
            "signature does not verify"
        ),
        "{p:?}"
    );
}

#[test]
fn a_record_re_signed_with_another_key_in_a_known_name_is_refused() {
    // The receiving file already knows Rhys Morgan's key from an earlier bundle.
    let mut s = Store::open_in_memory().unwrap();
    assert!(import(&mut s, &sample_value(), true).is_empty());
    let forger = KeyPair::generate().unwrap();
    let mut v = sample_value();
    let rec = record(&mut v, 1);
    rec["signed_snapshot"]["content"]["summary"] = json!("Forged summary.");
    rec["content"]["summary"] = json!("Forged summary.");
    resign_record(&mut v, 1, &forger);
    list_signer(&mut v, &forger, "Rhys Morgan");
    let options = ImportOptions {
        as_new: true,
        trust_new_signers: false,
    };
    let e = import_bundle(&mut s, &v.to_string(), options, sample_today()).unwrap_err();
    let p: Vec<_> = e.fields.into_iter().map(|f| (f.field, f.message)).collect();
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        has(
            &p,
            &format!("{S1}.signed_snapshot.signer"),
            "knows \"Rhys Morgan\" by another key"
        ),
        "{p:?}"
    );
    assert_eq!(s.list_cases("").unwrap().total, 1);
}

#[test]
fn a_record_moved_to_another_session_is_refused() {
    let mut v = sample_value();
    let moved = record(&mut v, 1).clone();
    *record(&mut v, 2) = moved;
    let p = refused(&v);
    assert!(
        has(
            &p,
            &format!("{S2}.signed_snapshot"),
            "signed for session 2, filed under session 3"
        ),
        "{p:?}"
    );
}

#[test]
fn a_record_moved_to_another_case_is_refused() {
    let mut v = sample_value();
    v["cases"][0]["court_case_number"] = json!("CF26P00999");
    let p = refused(&v);
    assert!(
        has(
            &p,
            &format!("{S1}.signed_snapshot"),
            "signed for SA26P00417, filed under CF26P00999"
        ),
        "{p:?}"
    );
}

#[test]
fn an_addendum_removed_from_the_middle_is_refused() {
    let mut s = Store::open_in_memory().unwrap();
    let sample = build_sample(&mut s);
    let record_id = s
        .record_for_session(sample.supervised_sessions[0], sample_today())
        .unwrap()
        .record_id
        .unwrap();
    for (i, day) in [(2, 23), (3, 24)] {
        let input = AddendumInput {
            reason: format!("Addendum {i}"),
            text: "More.".into(),
            name: "Rhys Morgan".into(),
            role: "Contact supervisor".into(),
        };
        let at = chrono::NaiveDate::from_ymd_opt(2026, 9, day)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        s.add_addendum(record_id, &input, at).unwrap();
    }
    let mut v = export(&s);
    assert_eq!(record(&mut v, 0)["addenda"].as_array().unwrap().len(), 3);
    assert!(import(&mut Store::open_in_memory().unwrap(), &v, true).is_empty());
    record(&mut v, 0)["addenda"]
        .as_array_mut()
        .unwrap()
        .remove(1);
    let p = refused(&v);
    assert!(
        has(&p, &format!("{S0}.addenda[1]"), "does not follow on"),
        "{p:?}"
    );
}

#[test]
fn an_impossible_signing_time_is_refused_even_when_signed() {
    let mut v = sample_value();
    let rhys = KeyPair::from_secret_hex(&sample_secret_key("Rhys Morgan")).unwrap();
    let rec = record(&mut v, 1);
    rec["signed_snapshot"]["signed_at"] = json!("banana");
    rec["signature"]["signed_at"] = json!("banana");
    resign_record(&mut v, 1, &rhys);
    let p = refused(&v);
    assert!(
        has(
            &p,
            &format!("{S1}.signed_snapshot"),
            "not a real date and time"
        ),
        "{p:?}"
    );
}

#[test]
fn every_problem_is_reported_in_one_run() {
    let mut v = sample_value();
    record(&mut v, 0)["content"]["summary"] = json!("Forged.");
    record(&mut v, 1)["signed_snapshot"]["content"]["summary"] = json!("Forged.");
    let p = refused(&v);
    assert!(
        has(&p, &format!("{S0}.signed_snapshot"), "content"),
        "{p:?}"
    );
    assert!(
        has(
            &p,
            &format!("{S1}.signed_snapshot"),
            "signature does not verify"
        ),
        "{p:?}"
    );
}

#[test]
fn a_version_1_bundle_is_refused_saying_what_to_do() {
    let mut v = sample_value();
    v["version"] = json!(1);
    let mut s = Store::open_in_memory().unwrap();
    let e = import_bundle(
        &mut s,
        &v.to_string(),
        ImportOptions::default(),
        sample_today(),
    )
    .unwrap_err();
    assert!(
        e.message.contains("export the cases again"),
        "{}",
        e.message
    );
}
