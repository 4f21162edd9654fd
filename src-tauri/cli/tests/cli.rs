//! The built `contact-records` binary on a temporary data file: cases, deadlines, working days,
//! and its exit codes.

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

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// One case with a sent supervised referral and a session that took place on Friday 20/11/2026.
fn seed(path: &Path) {
    let mut s = Store::create(path, &common::key()).unwrap();
    let case = s
        .create_case(&CaseInput {
            court: "Family Court at Cardiff".into(),
            court_case_number: "CF24P00123".into(),
            cafcass_number: "IRIS-1".into(),
            cafcass_system: CafcassSystem::Iris,
            adviser_name: "Ffion Hughes".into(),
            case_name: "Re: S (a child)".into(),
            status: CaseStatus::Open,
            notes: String::new(),
        })
        .unwrap();
    let case_id = case.case.id;
    let d = s
        .add_child(
            case_id,
            &ChildInput {
                full_name: "Siân Llŷr".into(),
                date_of_birth: "27/03/2019".into(),
                language: Language::Welsh,
                needs: String::new(),
            },
            today(),
        )
        .unwrap();
    let child = PersonRef::Child(d.children[0].id);
    let r = s
        .create_referral(
            case_id,
            &ReferralInput {
                service: Service::SupervisedContact,
                cci_kinds: vec![],
                basis: Basis::OrderedAtFhdra,
                provider_name: "Cardiff Child Contact Centre".into(),
                provider_address: String::new(),
                provider_naccc_accredited: true,
                provider_email: String::new(),
                risk_assessment: "No current concerns.".into(),
                risk_assessed_on: "02/11/2026".into(),
                risk_assessed_by: "Ffion Hughes".into(),
                session_plan: "Three one-hour sessions.".into(),
                planned_sessions: Some(3),
                remote_assessed_on: String::new(),
                remote_assessed_by: String::new(),
                remote_discussed: String::new(),
                remote_limitations: String::new(),
                remote_feedback: String::new(),
                permitted: vec![child],
            },
            today(),
        )
        .unwrap();
    let rid = r.referral.id;
    s.mark_referral_sent(rid, "06/11/2026", today()).unwrap();
    // Sessions are held only on a referral the centre accepted.
    let accepted = ReferralDatesInput {
        received_on: "06/11/2026".into(),
        accepted_on: "09/11/2026".into(),
        ..Default::default()
    };
    s.update_referral_dates(rid, &accepted, today()).unwrap();
    s.add_session(
        rid,
        &SessionInput {
            date: "20/11/2026".into(),
            start_time: "10:00".into(),
            duration_minutes: 60,
            venue: "Cardiff".into(),
            supervisor: "Rhys Morgan".into(),
            status: SessionStatus::TookPlace,
            cancelled_by: None,
            cancel_reason: String::new(),
        },
        today(),
    )
    .unwrap();
}

#[test]
fn cases_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("data.db");
    seed(&db);
    let o = run(&["--db", db.to_str().unwrap(), "cases", "--json"]);
    assert!(o.status.success(), "{o:?}");
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["total"], 1);
    assert_eq!(v["cases"][0]["court_case_number"], "CF24P00123");
}

#[test]
fn deadlines_as_json_for_a_given_day() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("data.db");
    seed(&db);
    let o = run(&[
        "--db",
        db.to_str().unwrap(),
        "deadlines",
        "--today",
        "2026-11-23",
        "--json",
    ]);
    assert!(o.status.success(), "{o:?}");
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let list = v.as_array().unwrap();
    let row = |kind: &str| {
        list.iter()
            .find(|d| d["kind"] == kind)
            .unwrap_or_else(|| panic!("no {kind} in {v}"))
    };
    // The centre accepted the referral (sessions are held only then), so only the record is due.
    let roc = row("observed_contact_record");
    assert_eq!(roc["due"], "2026-11-23");
    assert_eq!(roc["state"], "due_today");
    assert_eq!(roc["case_number"], "CF24P00123");
    assert_eq!(
        roc["sendings"],
        serde_json::json!([]),
        "the log of sending comes with it"
    );
    assert_eq!(roc["signed_not_sent"], false);
    assert_eq!(list.len(), 1);
}

#[test]
fn deadlines_as_tables_grouped_like_the_dashboard() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("data.db");
    seed(&db);
    let o = run(&[
        "--db",
        db.to_str().unwrap(),
        "deadlines",
        "--today",
        "2026-11-23",
    ]);
    assert!(o.status.success(), "{o:?}");
    let text = stdout(&o);
    assert!(!text.contains("Overdue"), "{text}");
    assert!(text.contains("Due today (1)"), "{text}");
    assert!(text.contains("Send the Record of Observed Contact for session 1 (20/11/2026)"));
}

#[test]
fn working_days_add_across_easter_2026_needs_no_data_file() {
    let o = run(&[
        "--db",
        "/nonexistent/dir/x.db",
        "working-days",
        "add",
        "2026-04-02",
        "1",
    ]);
    assert!(o.status.success(), "{o:?}");
    assert_eq!(stdout(&o), "2026-04-07\n");
    let o = run(&["working-days", "add", "2026-03-31", "10"]);
    assert_eq!(stdout(&o), "2026-04-16\n");
}

#[test]
fn working_days_between_and_the_jersey_calendar() {
    let o = run(&["working-days", "between", "2026-04-02", "2026-04-07"]);
    assert!(o.status.success(), "{o:?}");
    assert_eq!(stdout(&o), "1\n");
    let o = run(&["working-days", "between", "2026-04-07", "2026-04-02"]);
    assert_eq!(stdout(&o), "-1\n");
    let o = run(&[
        "working-days",
        "add",
        "2025-05-08",
        "1",
        "--calendar",
        "jersey",
    ]);
    assert_eq!(stdout(&o), "2025-05-12\n");
}

#[test]
fn usage_errors_exit_with_two() {
    for args in [
        &["working-days", "add", "02/04/2026", "1"][..],
        &[
            "working-days",
            "add",
            "2026-04-02",
            "1",
            "--calendar",
            "scotland",
        ],
        &["deadlines", "--today", "tomorrow"],
        &["no-such-command"],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {o:?}");
    }
}

#[test]
fn a_foreign_data_file_exits_with_three() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("notes.db");
    std::fs::write(&db, "not a database ".repeat(100)).unwrap();
    let o = run(&["--db", db.to_str().unwrap(), "deadlines"]);
    assert_eq!(o.status.code(), Some(3), "{o:?}");
}

#[test]
fn every_subcommand_has_help_with_an_example() {
    for args in [
        &["deadlines", "--help"][..],
        &["working-days", "--help"],
        &["working-days", "add", "--help"],
        &["working-days", "between", "--help"],
    ] {
        let o = run(args);
        assert!(o.status.success());
        assert!(stdout(&o).contains("Example"), "{args:?}");
    }
}
