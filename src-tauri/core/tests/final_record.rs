//! The final Record of Observed Contact of a referral with a missed session: its own signed
//! document, no DRAFT marking, the missed session listed, and a PDF that verifies on its own.

use crate::sample_builder;

use std::process::Command;

use chrono::{TimeZone, Utc};
use contact_records_core::record_reports::export_report;
use contact_records_core::report::{verify_pdf, Language, ReportRequest};
use contact_records_core::Store;
use sample_builder::build_sample;

fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("final.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_referral_with_a_missed_session_gets_a_signed_final_record_without_draft() {
    let mut s = Store::open_in_memory().unwrap();
    let sample = build_sample(&mut s);
    let fingerprint = s.final_record_fingerprint(sample.ceased).unwrap().unwrap();
    let req = ReportRequest::ObservedFinal {
        referral_id: sample.ceased,
    };
    let created = Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap();
    let file = export_report(&s, &req, Language::English, created).unwrap();
    let text = pdf_text(&file.bytes);
    assert!(!text.contains("DRAFT"), "{text}");
    assert!(text.contains("Sessions not held"), "{text}");
    assert!(text.contains("Did not attend (Mark Thompson)"), "{text}");
    assert!(text.contains(&fingerprint), "{text}");
    let check = verify_pdf(&file.bytes);
    assert!(check.is_intact(), "{check:?}");
    assert!(check.records.iter().any(|r| r.fingerprint == fingerprint));
    assert!(s.verify().unwrap().is_intact());
    // Signed once: a second signature is refused.
    let signer = contact_records_core::model::SignerInput {
        name: "Rhys Morgan".into(),
        role: "Contact supervisor".into(),
    };
    let now = created.naive_utc();
    let e = s
        .finalise_final_record(sample.ceased, &signer, now)
        .unwrap_err();
    assert!(e.message.contains("already signed"), "{}", e.message);
}
