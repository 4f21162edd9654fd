use chrono::NaiveDate;
use proptest::prelude::*;
use serde_json::Value;

use super::*;
use crate::model::signed::*;
use crate::model::{AdultRole, CafcassSystem, Party, Service, SessionStatus};

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A document with every part filled, so every field is a leaf a change can reach.
fn sample(key: &KeyPair) -> SignedRecord {
    let mut d = SignedRecord::new(
        DocumentKind::Observed,
        DocCase {
            court_case_number: "SA26P00417".into(),
            case_name: "Re: Elis (a child)".into(),
            court: "Swansea".into(),
            cafcass_number: "C-1".into(),
            cafcass_system: CafcassSystem::Iris,
            adviser_name: "Ann".into(),
        },
    );
    d.referral = Some(DocReferral {
        service: Service::SupervisedContact,
        provider_name: "Centre".into(),
        planned_sessions: Some(6),
        sent_on: Some(date("2026-10-01")),
        accepted_on: None,
        started_on: None,
        ceased_on: None,
        remote_assessment: None,
    });
    d.session = Some(DocSession {
        number: 2,
        date: date("2026-11-23"),
        start_time: "10:00".into(),
        duration_minutes: 60,
        venue: "Room 1".into(),
        supervisor: "Sam".into(),
        status: SessionStatus::TookPlace,
        cancelled_by: None,
        cancel_reason: String::new(),
        attendance: vec![
            DocAttendance {
                person: DocPerson::Child {
                    full_name: "Elis".into(),
                    date_of_birth: date("2019-05-01"),
                },
                arrived: Some("10:00".into()),
                departed: Some("11:00".into()),
                brought_by: "Mum".into(),
                late_reason: String::new(),
            },
            DocAttendance {
                person: DocPerson::Adult {
                    full_name: "Dad".into(),
                    role: AdultRole::Father,
                    party: Party::Visiting,
                },
                arrived: None,
                departed: None,
                brought_by: String::new(),
                late_reason: "Bus".into(),
            },
        ],
    });
    d.content = Some(DocContent {
        actual_start: "10:02".into(),
        summary: "A warm session".into(),
        children: vec![DocChildNotes {
            full_name: "Elis".into(),
            date_of_birth: date("2019-05-01"),
            observations: "Played".into(),
            quotes: vec!["Hi".into()],
        }],
        ..Default::default()
    });
    d.signer = DocSigner {
        name: "Sam".into(),
        role: "Supervisor".into(),
        public_key: key.public_hex(),
    };
    d.signed_at = "2026-11-23T16:30:00".into();
    d
}

fn leaves(v: &Value, path: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => m
            .iter()
            .for_each(|(k, x)| leaves(x, format!("{path}/{k}"), out)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| leaves(x, format!("{path}/{i}"), out)),
        _ => out.push(path),
    }
}

fn changed(v: &Value, salt: &str) -> Value {
    match v {
        Value::String(s) => Value::String(format!("{s}{salt}")),
        Value::Number(n) => Value::from(n.as_u64().unwrap_or(0) + 1),
        Value::Bool(b) => Value::Bool(!b),
        Value::Null => Value::String(salt.into()),
        other => other.clone(),
    }
}

#[test]
fn a_signed_document_checks_out_and_its_key_prints_in_four_groups() {
    let key = KeyPair::generate().unwrap();
    let text = canonical(&sample(&key)).unwrap();
    let sig = key.sign(&text);
    assert_eq!(check_signed(&text, &sig).unwrap(), sample(&key));
    assert_eq!(fingerprint(&text).len(), 64);
    let fp = key_fingerprint(&key.public_hex());
    assert_eq!(fp.len(), 19);
    assert_eq!(fp.split(' ').count(), 4);
    let again = KeyPair::from_secret_hex(&key.secret_hex()).unwrap();
    assert_eq!(again.public_hex(), key.public_hex());
}

#[test]
fn another_key_or_a_bad_time_is_refused() {
    let key = KeyPair::generate().unwrap();
    let other = KeyPair::generate().unwrap();
    let text = canonical(&sample(&key)).unwrap();
    let e = check_signed(&text, &other.sign(&text)).unwrap_err();
    assert!(e.0.contains("signature does not verify"), "{}", e.0);
    let mut d = sample(&key);
    d.signed_at = "banana".into();
    let text = canonical(&d).unwrap();
    let e = check_signed(&text, &key.sign(&text)).unwrap_err();
    assert!(e.0.contains("not a real date"), "{}", e.0);
    let pretty = serde_json::to_string_pretty(&sample(&key)).unwrap();
    let e = check_signed(&pretty, &key.sign(&pretty)).unwrap_err();
    assert!(e.0.contains("canonical"), "{}", e.0);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    /// Any change to any field of a signed document makes its signature fail.
    #[test]
    fn any_change_to_any_field_breaks_the_signature(pick in any::<prop::sample::Index>(),
                                                    salt in "[a-z0-9 ]{1,4}") {
        let key = KeyPair::from_secret_hex(&"07".repeat(32)).unwrap();
        let doc = sample(&key);
        let text = canonical(&doc).unwrap();
        let sig = key.sign(&text);
        let mut value = serde_json::to_value(&doc).unwrap();
        let mut paths = Vec::new();
        leaves(&value, String::new(), &mut paths);
        prop_assert!(paths.len() > 40);
        let path = pick.get(&paths);
        let target = value.pointer_mut(path).unwrap();
        *target = changed(target, &salt);
        let tampered = serde_json_canonicalizer::to_string(&value).unwrap();
        prop_assert_ne!(&tampered, &text);
        prop_assert!(!signature_verifies(&key.public_hex(), &tampered, &sig));
        prop_assert!(check_signed(&tampered, &sig).is_err());
    }
}

#[test]
fn the_remote_assessment_is_signed_and_absent_from_older_documents() {
    let key = KeyPair::from_secret_hex(&"07".repeat(32)).unwrap();
    let plain = sample(&key);
    let text = canonical(&plain).unwrap();
    // Documents signed before the assessment was carried have no such key: their bytes stand.
    assert!(!text.contains("remote_assessment"), "{text}");
    let mut remote = plain;
    let r = remote.referral.as_mut().unwrap();
    r.service = Service::RemoteSupervisedContact;
    r.remote_assessment = Some(DocRemoteAssessment {
        assessed_on: date("2026-10-02"),
        assessed_by: "Gwenllïan ap Dafydd".into(),
        discussed: "Both parents, by telephone.".into(),
        limitations: "No physical contact; the call ends if the signal fails.".into(),
        feedback: "A call to each parent after every session.".into(),
    });
    let text = canonical(&remote).unwrap();
    let sig = key.sign(&text);
    assert_eq!(check_signed(&text, &sig).unwrap(), remote);
    let tampered = text.replace("No physical contact", "Physical contact");
    assert!(check_signed(&tampered, &sig).is_err());
}
