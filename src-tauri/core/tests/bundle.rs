//! The case bundle end to end: export, import into another data file, the round trip, the
//! committed sample fixture and signed records (the ways an import is refused as a whole are in
//! `bundle_refused.rs`).

use crate::sample_builder;

use chrono::{DateTime, TimeZone, Utc};
use contact_records_core::bundle::*;
use contact_records_core::model::{CourtReportKind, RecordStatus};
use contact_records_core::Store;
use sample_builder::{build_sample, sample_today, SAMPLE_CASE_NUMBER};
use serde_json::{json, Value};

pub(crate) fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 14, 0, 0).unwrap()
}

pub(crate) fn sample_store() -> (Store, i64) {
    let mut s = Store::open_in_memory().unwrap();
    let sample = build_sample(&mut s);
    (s, sample.case_id)
}

pub(crate) fn sample_value() -> Value {
    let (s, id) = sample_store();
    serde_json::to_value(export_cases(&s, &[id], now()).unwrap()).unwrap()
}

pub(crate) fn import(
    s: &mut Store,
    v: &Value,
    as_new: bool,
) -> contact_records_core::Result<ImportSummary> {
    let options = ImportOptions {
        as_new,
        trust_new_signers: true,
    };
    import_bundle(s, &v.to_string(), options, sample_today())
}

/// The sample is signed with the invented sample keys, which no data file trusts by default.
pub(crate) fn trusting() -> ImportOptions {
    ImportOptions {
        as_new: false,
        trust_new_signers: true,
    }
}

pub(crate) fn fields(e: &contact_records_core::Error) -> Vec<(String, String)> {
    e.fields
        .iter()
        .map(|f| (f.field.clone(), f.message.clone()))
        .collect()
}

/// Everything a data file holds that a bundle can carry, to show an import changed nothing.
pub(crate) fn snapshot(s: &Store) -> String {
    let ids: Vec<i64> = s
        .list_cases("")
        .unwrap()
        .cases
        .iter()
        .map(|c| c.id)
        .collect();
    let mut b = export_cases(s, &ids, now()).unwrap();
    b.cases
        .sort_by(|a, b| a.court_case_number.cmp(&b.court_case_number));
    bundle_to_json(&b).unwrap()
}

#[test]
fn round_trip_gives_the_same_bundle() {
    let (s, id) = sample_store();
    let first = export_cases(&s, &[id], now()).unwrap();
    let mut other = Store::open_in_memory().unwrap();
    let summary = import_bundle(
        &mut other,
        &bundle_to_json(&first).unwrap(),
        trusting(),
        sample_today(),
    )
    .unwrap();
    assert!(summary.settings_applied);
    let c = &summary.cases[0];
    assert_eq!(c.court_case_number, SAMPLE_CASE_NUMBER);
    // Three contact referrals, then the court work: CCI, Level 2, Level 3 and Level 1.
    assert_eq!((c.children, c.adults, c.referrals), (2, 3, 7));
    assert_eq!((c.sessions, c.incidents), (16, 1));
    let later = Utc.with_ymd_and_hms(2026, 11, 24, 9, 30, 0).unwrap();
    let mut second = export_cases(&other, &[c.case_id], later).unwrap();
    assert_eq!(second.exported_at, "2026-11-24T09:30:00Z");
    second.exported_at = first.exported_at.clone();
    assert_eq!(
        bundle_to_json(&second).unwrap(),
        bundle_to_json(&first).unwrap()
    );
}

#[test]
fn export_has_no_database_ids_and_uses_refs() {
    let v = sample_value();
    assert_eq!(v["format"], "contact-records/case-bundle");
    assert_eq!(v["version"], 2);
    assert_eq!(v["exported_at"], "2026-11-23T14:00:00Z");
    let case = &v["cases"][0];
    assert_eq!(case["children"][0]["ref"], "child-1");
    assert_eq!(case["children"][0]["full_name"], "Siân Llŷr-Thompson");
    assert_eq!(case["children"][0]["date_of_birth"], "2019-02-14");
    assert_eq!(case["adults"][2]["full_name"], "Gwenllïan Gŵyn");
    assert_eq!(
        case["referrals"][0]["permitted"],
        json!(["child-1", "child-2", "adult-2"])
    );
    assert_eq!(case["referrals"][0]["sessions"][1]["start_time"], "10:00");
    assert_eq!(case["incidents"][0]["referral"], 0);
    assert_eq!(case["incidents"][0]["session"], 2);
    let text = v.to_string();
    for id_field in ["\"id\"", "case_id", "referral_id", "session_id"] {
        assert!(
            !text.contains(id_field),
            "{id_field} leaked into the bundle"
        );
    }
}

/// Regenerates the committed sample with `UPDATE_FIXTURES=1 cargo test --workspace --features
/// custom-protocol --test core bundle::`; otherwise checks the committed file is what the builder makes today.
#[test]
fn sample_fixture_is_up_to_date() {
    let (s, id) = sample_store();
    let at = Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap();
    let text = bundle_to_json(&export_cases(&s, &[id], at).unwrap()).unwrap();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/sample-case.json"
    );
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(path, &text).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(path).unwrap(),
        text,
        "the sample fixture is stale: run UPDATE_FIXTURES=1 cargo test --workspace --features custom-protocol --test core bundle::"
    );
}

#[test]
fn the_committed_sample_imports_into_an_empty_data_file() {
    let mut s = Store::open_in_memory().unwrap();
    let trusting = ImportOptions {
        as_new: false,
        trust_new_signers: true,
    };
    let summary = import_bundle(&mut s, sample_bundle_json(), trusting, sample_today()).unwrap();
    assert_eq!(summary.cases.len(), 1);
    let c = &summary.cases[0];
    assert_eq!(c.case_name, "Re: S and D (children)");
    assert_eq!((c.children, c.adults, c.referrals), (2, 3, 7));
    // The court work adds seven sessions of three people each.
    assert_eq!((c.sessions, c.attendance, c.incidents), (16, 45, 1));
    // Five session records (one a draft), the supported record and the signed final record,
    // then one record for each of the seven court-work sessions.
    assert_eq!((c.records, c.addenda), (14, 1));
    // The CCI, Level 2 and Level 3 reports and the Level 1 log.
    assert_eq!(c.reports, 4);
    let referrals = s.list_referrals(c.case_id).unwrap();
    assert_eq!(referrals.len(), 7);
    let report = s.verify().unwrap();
    assert!(report.is_intact(), "{report:?}");
    // 13 signed records and the four signed reports.
    assert_eq!((report.records_checked, report.addenda_checked), (17, 1));
    for r in &referrals {
        if CourtReportKind::for_service(r.service).is_some() {
            let v = s
                .report(r.id)
                .unwrap()
                .expect("each court-work referral has its report");
            assert_eq!(v.status, RecordStatus::Final);
        }
    }
}

#[test]
fn finalised_records_keep_their_signatures_and_fingerprints() {
    let v = sample_value();
    let sessions = &v["cases"][0]["referrals"][0]["sessions"];
    let first = &sessions[0]["record"];
    assert_eq!(first["status"], "final");
    assert_eq!(first["signature"]["signed_at"], "2026-09-19T16:30:00");
    assert_eq!(first["addenda"][0]["reason"], "Correction of a name");
    assert_eq!(first["content"]["children"][0]["child"], "child-1");
    assert_eq!(sessions[3]["record"]["status"], "draft");
    assert_eq!(sessions[3]["record"]["fingerprint"], Value::Null);
    let supported = &v["cases"][0]["referrals"][1]["supported_record"];
    assert_eq!(supported["kind"], "supported");
    assert_eq!(supported["signature"]["name"], "Catrin Pŵel");

    let mut other = Store::open_in_memory().unwrap();
    import(&mut other, &v, false).unwrap();
    let again = serde_json::to_value(
        export_cases(&other, &[other.list_cases("").unwrap().cases[0].id], now()).unwrap(),
    )
    .unwrap();
    assert_eq!(
        again["cases"][0]["referrals"][0]["sessions"][0]["record"],
        *first
    );
    assert!(other.verify().unwrap().is_intact());
}

#[test]
fn a_tampered_final_record_is_refused_and_named() {
    let mut v = sample_value();
    let rec = &mut v["cases"][0]["referrals"][0]["sessions"][1]["record"];
    rec["signed_snapshot"]["session"]["start_time"] = json!("10:30");
    v["cases"][0]["referrals"][0]["sessions"][0]["record"]["addenda"][0]["text"] =
        json!("Something else entirely.");
    let mut s = Store::open_in_memory().unwrap();
    let e = import(&mut s, &v, false).unwrap_err();
    let f = fields(&e);
    assert!(
        f.iter().any(
            |(p, m)| p == "cases[0].referrals[0].sessions[1].record.signed_snapshot"
                && m.contains("signature does not verify")
        ),
        "{f:?}"
    );
    assert!(
        f.iter().any(
            |(p, m)| p == "cases[0].referrals[0].sessions[0].record.addenda[0]"
                && m.contains("differs from its signed document")
        ),
        "{f:?}"
    );
    assert_eq!(s.list_cases("").unwrap().total, 0);
}

#[test]
fn an_incomplete_final_record_cannot_be_smuggled_in() {
    let mut v = sample_value();
    let rec = &mut v["cases"][0]["referrals"][0]["sessions"][2]["record"];
    rec["content"]["summary"] = json!("");
    let mut s = Store::open_in_memory().unwrap();
    let e = import(&mut s, &v, false).unwrap_err();
    assert_eq!(
        fields(&e),
        [(
            "cases[0].referrals[0].sessions[2].record.summary".to_string(),
            "Write the summary".to_string()
        )]
    );
}

#[test]
fn several_cases_travel_together_and_a_repeat_within_the_bundle_is_caught() {
    let (mut s, first) = sample_store();
    let mut v = sample_value();
    v["cases"][0]["case_name"] = json!("Re: Ŵ (a child)");
    // Imported as new: its records keep naming the number they were signed under.
    import(&mut s, &v, true).unwrap();
    let second = s.find_case_by_number("SA26P00417-2").unwrap().unwrap();
    let both = export_cases(&s, &[second, first], now()).unwrap();
    assert_eq!(both.cases.len(), 2);
    assert_eq!(
        both.cases[0].case_name, "Re: Ŵ (a child)",
        "in the order asked for"
    );

    let mut empty = Store::open_in_memory().unwrap();
    let summary = import_bundle(
        &mut empty,
        &bundle_to_json(&both).unwrap(),
        trusting(),
        sample_today(),
    )
    .unwrap();
    assert_eq!(summary.cases.len(), 2);
    assert_eq!(empty.list_cases("").unwrap().total, 2);

    let mut twice = serde_json::to_value(&both).unwrap();
    twice["cases"][1]["court_case_number"] = json!("sa26 p00417-2");
    let mut empty = Store::open_in_memory().unwrap();
    let e = import(&mut empty, &twice, false).unwrap_err();
    assert_eq!(fields(&e)[0].0, "cases[1].court_case_number");
    assert_eq!(empty.list_cases("").unwrap().total, 0);
}
