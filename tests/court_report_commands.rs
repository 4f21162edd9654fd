//! The report commands through Tauri's mock runtime, on the sample case: the report as the
//! writing screen reads it, a draft refused when signed, and export in Welsh.

use crate::common;

use std::path::PathBuf;

use common::{app_with, call, with_dialogs};
use serde_json::json;

#[test]
fn the_sample_cci_report_reads_refuses_edits_and_exports_in_welsh() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_with(with_dialogs(dir.path(), None));
    let loaded = call(&app, "load_sample_case", json!({})).unwrap();
    let case_id = loaded["cases"][0]["case_id"].as_i64().unwrap();
    let referrals = call(&app, "list_referrals", json!({ "caseId": case_id })).unwrap();
    let cci = referrals
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["service"] == "child_contact_intervention")
        .expect("the sample has a CCI referral")["id"]
        .as_i64()
        .unwrap();
    let report = call(&app, "get_court_report", json!({ "referralId": cci })).unwrap();
    assert_eq!(report["kind"], "cci");
    assert_eq!(report["status"], "final");
    assert_eq!(
        report["body"]["recommendations"][0],
        "independent_arrangement"
    );
    assert_eq!(
        report["body"]["sections"][1]["entries"][1]["date"],
        "2026-10-13"
    );
    let err = call(
        &app,
        "save_court_report",
        json!({ "referralId": cci, "body": report["body"] }),
    )
    .unwrap_err();
    assert_eq!(err["code"], "Finalised");
    let out = call(
        &app,
        "export_court_report",
        json!({ "referralId": cci, "language": "welsh" }),
    )
    .unwrap();
    let path = PathBuf::from(out["path"].as_str().unwrap());
    assert!(path
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .starts_with("CCI-Report_SA26P00417"));
    let bytes = std::fs::read(&path).unwrap();
    assert!(contact_records_core::report::verify_pdf(&bytes).is_intact());
    assert!(out["pages"].as_u64().unwrap() >= 3);
}
