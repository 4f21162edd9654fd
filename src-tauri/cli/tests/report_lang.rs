//! `report --lang en|cy|both` (and the first spellings english, welsh, bilingual), and the
//! default when it is left out: bilingual when anyone on the case asked for Welsh.

use crate::common;

use std::path::Path;
use std::process::{Command, Output};

use chrono::NaiveDate;
use contact_records_core::model::*;
use contact_records_core::Store;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// Case `number` with one child (speaking `language`) and one supervised session that took place.
fn seed(s: &mut Store, number: &str, language: Language) {
    let case_id = s
        .create_case(&CaseInput {
            court: "Family Court at Cardiff".into(),
            court_case_number: number.into(),
            cafcass_number: "IRIS-1".into(),
            cafcass_system: CafcassSystem::Iris,
            adviser_name: "Ffion Hughes".into(),
            case_name: "Re: Gwenllïan (a child)".into(),
            status: CaseStatus::Open,
            notes: String::new(),
        })
        .unwrap()
        .case
        .id;
    let child = s
        .add_child(
            case_id,
            &ChildInput {
                full_name: "Gwenllïan Ŵyn".into(),
                date_of_birth: "27/03/2019".into(),
                language,
                needs: String::new(),
            },
            today(),
        )
        .unwrap()
        .children[0]
        .id;
    let input = ReferralInput {
        service: Service::SupervisedContact,
        cci_kinds: vec![],
        basis: Basis::OrderedAtFhdra,
        provider_name: "Canolfan Gyswllt Caerdydd".into(),
        provider_address: String::new(),
        provider_naccc_accredited: true,
        provider_email: String::new(),
        risk_assessment: "Dim pryderon.".into(),
        risk_assessed_on: "02/11/2026".into(),
        risk_assessed_by: "Ffion Hughes".into(),
        session_plan: "Tair sesiwn.".into(),
        planned_sessions: Some(3),
        remote_assessed_on: String::new(),
        remote_assessed_by: String::new(),
        remote_discussed: String::new(),
        remote_limitations: String::new(),
        remote_feedback: String::new(),
        permitted: vec![PersonRef::Child(child)],
    };
    let rid = s
        .create_referral(case_id, &input, today())
        .unwrap()
        .referral
        .id;
    s.mark_referral_sent(rid, "06/11/2026", today()).unwrap();
    // Sessions are held only on a referral the centre accepted.
    let accepted = ReferralDatesInput {
        received_on: "06/11/2026".into(),
        accepted_on: "09/11/2026".into(),
        ..Default::default()
    };
    s.update_referral_dates(rid, &accepted, today()).unwrap();
    let session = SessionInput {
        date: "20/11/2026".into(),
        start_time: "10:00".into(),
        duration_minutes: 60,
        venue: "Caerdydd".into(),
        supervisor: "Rhys Morgan".into(),
        status: SessionStatus::TookPlace,
        cancelled_by: None,
        cancel_reason: String::new(),
    };
    s.add_session(rid, &session, today()).unwrap();
}

fn report(db: &Path, case: &str, out: &Path, lang: &[&str]) -> Output {
    let mut c = common::contact_records();
    c.args([
        "--db",
        db.to_str().unwrap(),
        "report",
        "observed",
        "--case",
        case,
    ])
    .args(["--session", "1", "--out", out.to_str().unwrap()])
    .args(lang);
    c.output().expect("run contact-records")
}

fn pdftotext(path: &Path) -> String {
    let o = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext");
    assert!(o.status.success());
    let text = String::from_utf8(o.stdout).unwrap();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_spelling_of_the_language_and_the_case_default() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("data.db");
    let mut s = Store::create(&db, &common::key()).unwrap();
    seed(&mut s, "CF24P00123", Language::Welsh);
    seed(&mut s, "CF24P00456", Language::English);
    drop(s);
    let pdf = dir.path().join("r.pdf");
    // (the --lang words, what must be printed, what must not)
    let cases: [(&[&str], &str, &str); 7] = [
        (&["--lang", "en"], "Page 1 of", "Tudalen"),
        (&["--lang", "english"], "Page 1 of", "Tudalen"),
        (&["--lang", "cy"], "Tudalen 1 o", "Page 1 of"),
        (&["--lang", "welsh"], "Tudalen 1 o", "Page 1 of"),
        (&["--lang", "both"], "Tudalen 1 o", "\u{0}"),
        (&["--lang", "bilingual"], "Tudalen 1 o", "\u{0}"),
        // Left out: the child asked for Welsh, so the record is bilingual.
        (&[], "Tudalen 1 o", "\u{0}"),
    ];
    for (lang, printed, absent) in cases {
        let o = report(&db, "CF24P00123", &pdf, lang);
        assert!(o.status.success(), "{lang:?}: {o:?}");
        let text = pdftotext(&pdf);
        assert!(
            text.contains(printed),
            "{lang:?}: {printed:?} missing: {text}"
        );
        assert!(!text.contains(absent), "{lang:?}: {absent:?} printed");
        if absent == "\u{0}" {
            let (cy, en) = (text.find("Tudalen 1 o"), text.find("Page 1 of"));
            assert!(
                cy.is_some() && cy < en,
                "{lang:?}: Welsh first: {cy:?} {en:?}"
            );
        }
        assert!(
            text.contains("Re: Gwenllïan"),
            "{lang:?}: the name lost its accents: {text}"
        );
    }
    // Nobody on this case asked for Welsh: English.
    let o = report(&db, "CF24P00456", &pdf, &[]);
    assert!(o.status.success(), "{o:?}");
    let text = pdftotext(&pdf);
    assert!(
        text.contains("Page 1 of") && !text.contains("Tudalen"),
        "{text}"
    );

    let o = report(&db, "CF24P00123", &pdf, &["--lang", "fr"]);
    assert!(!o.status.success());
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.contains("en") && err.contains("cy") && err.contains("both"),
        "{err}"
    );
}
