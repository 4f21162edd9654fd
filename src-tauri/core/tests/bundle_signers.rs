//! Signers a bundle brings: who is new is listed (name and a fingerprint worked out from the key)
//! before the import and in its summary; a new key in a name this file already knows by another
//! key is a warning naming both keys, even when the user agreed to new signers; and a record
//! refused for its signer is reported once, without a knock-on problem on the final record.

use crate::sample_builder;

use chrono::{TimeZone, Utc};
use contact_records_core::bundle::*;
use contact_records_core::model::signing::{canonical, fingerprint, key_fingerprint, KeyPair};
use contact_records_core::model::{SignedRecord, SignerInput};
use contact_records_core::Store;
use sample_builder::{build_sample, sample_secret_key, sample_today};
use serde_json::{json, Value};

fn sample_json() -> String {
    let mut s = Store::open_in_memory().unwrap();
    build_sample(&mut s);
    let id = s.list_cases("").unwrap().cases[0].id;
    let at = Utc.with_ymd_and_hms(2026, 11, 23, 14, 0, 0).unwrap();
    bundle_to_json(&export_cases(&s, &[id], at).unwrap()).unwrap()
}

fn options(trust: bool) -> ImportOptions {
    ImportOptions {
        as_new: true,
        trust_new_signers: trust,
    }
}

fn sample_key(name: &str) -> String {
    KeyPair::from_secret_hex(&sample_secret_key(name))
        .unwrap()
        .public_hex()
}

#[test]
fn new_signers_are_named_with_their_key_fingerprints_before_and_after_the_import() {
    let json = sample_json();
    let mut s = Store::open_in_memory().unwrap();
    let before = bundle_new_signers(&s, &json).unwrap();
    let named: Vec<_> = before
        .iter()
        .map(|n| (n.name.as_str(), n.key_fingerprint.clone()))
        .collect();
    assert_eq!(
        named,
        vec![
            ("Rhys Morgan", key_fingerprint(&sample_key("Rhys Morgan"))),
            ("Catrin Pŵel", key_fingerprint(&sample_key("Catrin Pŵel"))),
        ]
    );
    assert!(before.iter().all(|n| !n.claims_known_name()));

    let summary = import_bundle(&mut s, &json, options(true), sample_today()).unwrap();
    assert_eq!(summary.new_signers, before);
    // Known now: nothing new to agree to, and a second import trusts no one.
    assert!(bundle_new_signers(&s, &json).unwrap().is_empty());
    let again = import_bundle(&mut s, &json, options(false), sample_today()).unwrap();
    assert!(again.new_signers.is_empty());
}

#[test]
fn a_new_key_claiming_a_known_name_is_a_warning_naming_both_keys() {
    let json = sample_json();
    let mut s = Store::open_in_memory().unwrap();
    // This file's own signer is also called Rhys Morgan, with a key of their own.
    let own = s
        .set_signer_identity(&SignerInput {
            name: "Rhys Morgan".into(),
            role: "Family court adviser".into(),
        })
        .unwrap();
    let theirs = key_fingerprint(&sample_key("Rhys Morgan"));

    let listed = bundle_new_signers(&s, &json).unwrap();
    let rhys = listed.iter().find(|n| n.name == "Rhys Morgan").unwrap();
    assert_eq!(rhys.key_fingerprint, theirs);
    assert_eq!(rhys.name_known_with_keys, vec![own.key_fingerprint.clone()]);
    let warning = rhys.warning().unwrap();
    assert!(
        warning.contains(&theirs) && warning.contains(&own.key_fingerprint),
        "{warning}"
    );
    let catrin = listed.iter().find(|n| n.name == "Catrin Pŵel").unwrap();
    assert!(catrin.warning().is_none());

    // Refused without the user's agreement, naming both keys ...
    let e = import_bundle(&mut s, &json, options(false), sample_today()).unwrap_err();
    assert!(
        e.fields
            .iter()
            .any(|f| f.message.contains(&theirs) && f.message.contains(&own.key_fingerprint)),
        "{e:?}"
    );
    assert_eq!(s.list_cases("").unwrap().total, 0);
    // ... and with it, taken in but still carrying the warning in the summary.
    let summary = import_bundle(&mut s, &json, options(true), sample_today()).unwrap();
    let warned: Vec<_> = summary
        .new_signers
        .iter()
        .filter_map(|n| n.warning())
        .collect();
    assert_eq!(warned.len(), 1, "{summary:?}");
    assert!(warned[0].contains(&theirs) && warned[0].contains(&own.key_fingerprint));
}

#[test]
fn the_fingerprint_shown_is_worked_out_from_the_key_not_taken_from_the_bundle() {
    let mut v: Value = serde_json::from_str(&sample_json()).unwrap();
    for s in v["signers"].as_array_mut().unwrap() {
        s["key_fingerprint"] = json!("0000 0000 0000 0000");
    }
    let json = v.to_string();
    let s = Store::open_in_memory().unwrap();
    let real = key_fingerprint(&sample_key("Rhys Morgan"));
    let preview = preview_bundle(&json).unwrap();
    assert_eq!(preview.signers[0].key_fingerprint, real);
    assert_eq!(
        bundle_new_signers(&s, &json).unwrap()[0].key_fingerprint,
        real
    );
}

#[test]
fn an_unknown_signer_is_reported_once_without_a_knock_on_problem_on_the_final_record() {
    let json = sample_json();
    let mut s = Store::open_in_memory().unwrap();
    let e = import_bundle(&mut s, &json, options(false), sample_today()).unwrap_err();
    assert!(
        e.fields
            .iter()
            .all(|f| !f.message.contains("cites a record")),
        "{:#?}",
        e.fields
    );
    let at = "cases[0].referrals[2].sessions[0].record.signed_snapshot.signer";
    assert!(e.fields.iter().any(|f| f.field == at), "{:#?}", e.fields);
}

#[test]
fn a_final_record_citing_another_record_is_still_refused() {
    let mut v: Value = serde_json::from_str(&sample_json()).unwrap();
    let fin = &mut v["cases"][0]["referrals"][2]["final_record"];
    fin["signed_document"]["cites"][0]["fingerprint"] = json!("0".repeat(64));
    let doc: SignedRecord = serde_json::from_value(fin["signed_document"].clone()).unwrap();
    let text = canonical(&doc).unwrap();
    let key = KeyPair::from_secret_hex(&sample_secret_key("Rhys Morgan")).unwrap();
    fin["fingerprint"] = json!(fingerprint(&text));
    fin["signature_ed25519"] = json!(key.sign(&text));
    let mut s = Store::open_in_memory().unwrap();
    let e = import_bundle(&mut s, &v.to_string(), options(true), sample_today()).unwrap_err();
    assert!(
        e.fields.iter().any(
            |f| f.field == "cases[0].referrals[2].final_record.signed_document"
                && f.message.contains("cites a record of session 1")
        ),
        "{:#?}",
        e.fields
    );
    assert_eq!(s.list_cases("").unwrap().total, 0);
}
