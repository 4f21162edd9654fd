//! The built `contact-records` binary on records: `report` (choosing the referral and session, the
//! PDF's text read back with `pdftotext`), and the data the `verify` tests (records_verify.rs) share.

use crate::common;

use std::path::Path;
use std::process::{Command, Output};

use chrono::{NaiveDate, NaiveTime};
use contact_records_core::model::*;
use contact_records_core::Store;

pub(crate) fn run(args: &[&str]) -> Output {
    common::contact_records()
        .args(args)
        .output()
        .expect("run contact-records")
}

pub(crate) fn out(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

pub(crate) fn err(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

pub(crate) fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

pub(crate) fn referral(service: Service, permitted: Vec<PersonRef>) -> ReferralInput {
    ReferralInput {
        service,
        cci_kinds: vec![],
        basis: Basis::OrderedAtFhdra,
        provider_name: "Canolfan Gyswllt Caerdydd".into(),
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
        permitted,
    }
}

pub(crate) fn took_place(date: &str) -> SessionInput {
    SessionInput {
        date: date.into(),
        start_time: "10:00".into(),
        duration_minutes: 60,
        venue: "Caerdydd".into(),
        supervisor: "Rhys Morgan".into(),
        status: SessionStatus::TookPlace,
        cancelled_by: None,
        cancel_reason: String::new(),
    }
}

/// Case CF24P00123 with Dafydd Llŷr (a child) and two supervised referrals: session 1 of the
/// first has a finalised record. Returns the record's id.
pub(crate) fn seed(path: &Path, second_referral: bool) -> i64 {
    let mut s = Store::create(path, &common::key()).unwrap();
    let case_id = s
        .create_case(&CaseInput {
            court: "Family Court at Cardiff".into(),
            court_case_number: "CF24P00123".into(),
            cafcass_number: "IRIS-1".into(),
            cafcass_system: CafcassSystem::Iris,
            adviser_name: "Ffion Hughes".into(),
            case_name: "Re: Dafydd Llŷr (a child)".into(),
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
                full_name: "Dafydd Llŷr".into(),
                date_of_birth: "27/03/2019".into(),
                language: Language::Welsh,
                needs: String::new(),
            },
            today(),
        )
        .unwrap();
    let child_id = d.children[0].id;
    let child = PersonRef::Child(child_id);
    let rid = s
        .create_referral(
            case_id,
            &referral(Service::SupervisedContact, vec![child]),
            today(),
        )
        .unwrap()
        .referral
        .id;
    // Sessions are held only on a referral the centre accepted.
    s.mark_referral_sent(rid, "06/11/2026", today()).unwrap();
    let accepted = ReferralDatesInput {
        received_on: "06/11/2026".into(),
        accepted_on: "09/11/2026".into(),
        ..Default::default()
    };
    s.update_referral_dates(rid, &accepted, today()).unwrap();
    if second_referral {
        s.create_referral(
            case_id,
            &referral(Service::Level2ContactIntervention, vec![child]),
            today(),
        )
        .unwrap();
    }
    let sid = s
        .add_session(rid, &took_place("20/11/2026"), today())
        .unwrap()
        .sessions[0]
        .session
        .id;
    s.record_attendance(
        sid,
        &AttendanceInput {
            person: child,
            arrived: "10:00".into(),
            departed: "11:00".into(),
            brought_by: "Gwenllïan Llŷr".into(),
            late_reason: String::new(),
        },
        today(),
    )
    .unwrap();
    let content = RecordContent {
        actual_start: "10:00".into(),
        actual_end: "11:00".into(),
        aim_and_requirements: "AIMTEXT Observe play.".into(),
        arrival_and_greeting: "ARRIVALTEXT Dafydd smiled.".into(),
        adult_engagement: "ENGAGEMENTTEXT Warm; the letters ŵ and ŷ.".into(),
        children: vec![ChildNotes {
            child_id,
            observations: "CHILDOBS Played with the train.".into(),
            quotes: vec![],
        }],
        ending_and_handover: "ENDINGTEXT Calm.".into(),
        summary: "SUMMARYTEXT A good session.".into(),
        ..Default::default()
    };
    s.save_record_draft(sid, &content, today()).unwrap();
    let signer = SignerInput {
        name: "Rhys Ŵyn Morgan".into(),
        role: "Contact supervisor".into(),
    };
    let now = today().and_time(NaiveTime::from_hms_opt(16, 0, 0).unwrap());
    s.finalise_record(sid, &signer, now)
        .unwrap()
        .record_id
        .unwrap()
}

pub(crate) fn pdftotext(path: &Path) -> String {
    let o = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext");
    assert!(o.status.success());
    out(&o).split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn report_writes_a_session_record_with_welsh_letters() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("data.db");
    seed(&db, false);
    let pdf = dir.path().join("s1.pdf");
    let o = run(&[
        "--db",
        db.to_str().unwrap(),
        "report",
        "observed",
        "--case",
        "CF24P00123",
        "--session",
        "1",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{o:?}");
    assert_eq!(out(&o).trim(), pdf.to_str().unwrap());
    let text = pdftotext(&pdf);
    for needle in [
        "Dafydd Llŷr",
        "Rhys Ŵyn Morgan",
        "ŵ and ŷ",
        "SUMMARYTEXT",
        "CHILDOBS",
    ] {
        assert!(text.contains(needle), "{needle} missing: {text}");
    }
    assert!(!text.contains("DRAFT"));

    let final_pdf = dir.path().join("final.pdf");
    let o = run(&[
        "--db",
        db.to_str().unwrap(),
        "report",
        "observed",
        "--case",
        "cf24p00123",
        "--final",
        "--out",
        final_pdf.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{o:?}");
    assert!(pdftotext(&final_pdf).contains("SUMMARYTEXT"));
}

#[test]
fn report_asks_which_referral_when_there_are_several() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("data.db");
    seed(&db, true);
    let pdf = dir.path().join("s1.pdf");
    let args = |extra: &[&'static str]| {
        let mut a = vec![
            "--db".to_string(),
            db.to_str().unwrap().to_string(),
            "report".into(),
            "observed".into(),
            "--case".into(),
            "CF24P00123".into(),
            "--session".into(),
            "1".into(),
            "--out".into(),
            pdf.to_str().unwrap().to_string(),
        ];
        a.extend(extra.iter().map(|s| s.to_string()));
        a
    };
    let a = args(&[]);
    let o = run(&a.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    let e = err(&o);
    assert!(e.contains("choose one with --referral N"), "{e}");
    assert!(e.contains("--referral 1: Supervised contact"), "{e}");
    assert!(!pdf.exists());

    let a = args(&["--referral", "1"]);
    let o = run(&a.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(o.status.success(), "{o:?}");
    assert!(pdf.exists());

    let a = args(&["--referral", "9"]);
    let o = run(&a.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("there is no referral 9"), "{}", err(&o));
}

#[test]
fn report_refuses_an_unknown_case_and_a_supported_record_that_does_not_exist() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("data.db");
    seed(&db, false);
    let pdf = dir.path().join("x.pdf");
    let base = ["--db", db.to_str().unwrap(), "report"];
    let o = run(&[
        &base[..],
        &[
            "observed",
            "--case",
            "NOPE",
            "--final",
            "--out",
            pdf.to_str().unwrap(),
        ],
    ]
    .concat());
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("No case has the court case number NOPE"));
    let o = run(&[
        &base[..],
        &[
            "supported",
            "--case",
            "CF24P00123",
            "--out",
            pdf.to_str().unwrap(),
        ],
    ]
    .concat());
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("no referral with a supported record"),
        "{}",
        err(&o)
    );
}
