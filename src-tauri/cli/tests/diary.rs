//! `contact-records diary`: the sessions of every case between two dates, and the clashes named
//! by court case number, as a table and as JSON.

use crate::common;

use std::path::Path;
use std::process::Output;

use chrono::NaiveDate;
use contact_records_core::model::*;
use contact_records_core::Store;

fn run(args: &[&str]) -> Output {
    common::contact_records()
        .args(args)
        .output()
        .expect("run contact-records")
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// Two cases, each with a referral and a session on 08/12/2026 with the same supervisor, the
/// second starting before the first ends.
fn seed(path: &Path) {
    let mut s = Store::create(path, &common::key()).unwrap();
    for (number, start) in [("CF26P00001", "10:00"), ("SA26P00002", "11:00")] {
        let case_id = s
            .create_case(&CaseInput {
                court: "Family Court at Cardiff".into(),
                court_case_number: number.into(),
                cafcass_number: String::new(),
                cafcass_system: CafcassSystem::Iris,
                adviser_name: String::new(),
                case_name: format!("Re: {number}"),
                status: CaseStatus::Open,
                notes: String::new(),
            })
            .unwrap()
            .case
            .id;
        let d = s
            .add_child(
                case_id,
                &ChildInput {
                    full_name: "Wil".into(),
                    date_of_birth: "01/02/2018".into(),
                    language: Language::English,
                    needs: String::new(),
                },
                today(),
            )
            .unwrap();
        let rid = s
            .create_referral(
                case_id,
                &ReferralInput {
                    service: Service::SupervisedContact,
                    cci_kinds: vec![],
                    basis: Basis::OrderedAtFhdra,
                    provider_name: "Centre".into(),
                    provider_address: String::new(),
                    provider_naccc_accredited: true,
                    provider_email: String::new(),
                    risk_assessment: "None.".into(),
                    risk_assessed_on: "02/11/2026".into(),
                    risk_assessed_by: "Ffion".into(),
                    session_plan: "Weekly.".into(),
                    planned_sessions: Some(3),
                    remote_assessed_on: String::new(),
                    remote_assessed_by: String::new(),
                    remote_discussed: String::new(),
                    remote_limitations: String::new(),
                    remote_feedback: String::new(),
                    permitted: vec![PersonRef::Child(d.children[0].id)],
                },
                today(),
            )
            .unwrap()
            .referral
            .id;
        s.add_session(
            rid,
            &SessionInput {
                date: "08/12/2026".into(),
                start_time: start.into(),
                duration_minutes: 90,
                venue: format!("Room {number}"),
                supervisor: "Rhys Morgan".into(),
                status: SessionStatus::Scheduled,
                cancelled_by: None,
                cancel_reason: String::new(),
            },
            today(),
        )
        .unwrap();
    }
}

#[test]
fn diary_as_json_names_the_clash_by_court_case_number() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("data.db");
    seed(&db);
    let o = run(&[
        "--db",
        db.to_str().unwrap(),
        "diary",
        "--from",
        "2026-12-07",
        "--to",
        "2026-12-13",
        "--json",
    ]);
    assert!(o.status.success(), "{o:?}");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["sessions"].as_array().map(Vec::len), Some(2));
    assert_eq!(v["sessions"][0]["end_time"], "11:30");
    let clashes = v["clashes"].as_array().unwrap();
    assert_eq!(clashes.len(), 1, "{v}");
    assert_eq!(clashes[0]["kind"], "supervisor");
    assert_eq!(clashes[0]["shared"], "Rhys Morgan");
    assert_eq!(clashes[0]["sessions"][0]["case_number"], "CF26P00001");
    assert_eq!(clashes[0]["sessions"][1]["case_number"], "SA26P00002");
}

#[test]
fn diary_as_a_table_says_who_clashes_where() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("data.db");
    seed(&db);
    let o = run(&[
        "--db",
        db.to_str().unwrap(),
        "diary",
        "--from",
        "2026-12-08",
        "--to",
        "2026-12-08",
    ]);
    assert!(o.status.success(), "{o:?}");
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.contains("Clashes (1)"), "{text}");
    assert!(
        text.contains(
            "Supervisor Rhys Morgan is in CF26P00001 session 1 (08/12/2026 10:00–11:30) and \
             SA26P00002 session 1 (08/12/2026 11:00–12:30) at once."
        ),
        "{text}"
    );
}

#[test]
fn diary_refuses_a_period_that_ends_before_it_starts() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("data.db");
    seed(&db);
    let o = run(&[
        "--db",
        db.to_str().unwrap(),
        "diary",
        "--from",
        "2026-12-08",
        "--to",
        "2026-12-01",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("end date is before its start date"), "{err}");
}
