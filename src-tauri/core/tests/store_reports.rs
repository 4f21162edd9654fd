//! The adviser's reports to court and the Level 1 log, end to end on the sample case: drafted,
//! signed, amended by addenda, checked by `verify`, exported as PDFs in English, Welsh and both
//! (read back with pdftotext) that `verify-pdf` accepts.

use crate::common;
use crate::sample_builder;

use chrono::{TimeZone, Utc};
use contact_records_core::court_reports::{export_court_report, report_referral};
use contact_records_core::model::*;
use contact_records_core::report::{verify_pdf, Language};
use contact_records_core::{ErrorCode, Store};
use sample_builder::{build_sample, sample_today, Sample};

fn sample() -> (Store, Sample) {
    let mut s = Store::open_in_memory().unwrap();
    let sample = build_sample(&mut s);
    (s, sample)
}

/// The text of a PDF as pdftotext reads it (lines joined as laid out), or None without poppler.
fn pdf_text(bytes: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .ok()?;
    assert!(out.status.success());
    if let Some(keep) = std::env::var_os("KEEP_REPORT_PDFS") {
        let name = format!("{}.pdf", blake(bytes));
        std::fs::copy(&path, std::path::Path::new(&keep).join(name)).unwrap();
    }
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn blake(bytes: &[u8]) -> String {
    contact_records_core::model::signing::fingerprint(&String::from_utf8_lossy(bytes))[..12]
        .to_string()
}

fn created() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap()
}

fn export(s: &Store, referral: i64, lang: Language) -> (String, Vec<u8>) {
    let f = export_court_report(s, referral, lang, created()).unwrap();
    let check = verify_pdf(&f.bytes);
    assert!(check.is_intact(), "{check:?}");
    (f.file_name, f.bytes)
}

/// Whitespace-insensitive containment: wrapped lines are joined.
fn has(text: &str, words: &str) -> bool {
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    flat(text).contains(&flat(words))
}

#[test]
fn the_cci_report_has_its_six_sections_with_citations_in_every_language() {
    let (s, sample) = sample();
    let (name, bytes) = export(&s, sample.court.cci, Language::English);
    assert_eq!(name, "CCI-Report_SA26P00417_2026-11-23.pdf");
    let Some(text) = pdf_text(&bytes) else { return };
    for heading in [
        "Report to the court: Child Contact Intervention",
        "1 Work done",
        "2 Sessions",
        "3 How contact went",
        "4 The children’s views",
        "5 The parents",
        "6 Recommendations",
    ] {
        assert!(has(&text, heading), "{heading:?} missing:\n{text}");
    }
    assert!(has(&text, "Work with children to prepare for contact"));
    assert!(has(&text, "Intervention and observation of contact"));
    assert!(has(&text, "3 of 3 sessions took place"));
    assert!(has(&text, "06/10/2026"));
    assert!(has(&text, "Dylan, 4, Session 2, 13/10/2026:"), "{text}");
    assert!(has(&text, "Again! Again!"));
    assert!(has(&text, "(Session 1, 06/10/2026)"));
    assert!(has(&text, "Moving to an independent arrangement"));
    assert!(!text.contains("DRAFT"));

    let (_, bytes) = export(&s, sample.court.cci, Language::Welsh);
    let text = pdf_text(&bytes).unwrap();
    assert!(has(&text, "Adroddiad i’r llys: Ymyriad Cyswllt Plant"));
    assert!(has(&text, "4 Barn y plant"));
    assert!(has(&text, "Sesiwn 2, 13/10/2026"));
    assert!(!has(&text, "The children’s views"));

    let (_, bytes) = export(&s, sample.court.cci, Language::Bilingual);
    let text = pdf_text(&bytes).unwrap();
    let cy = text.find("Barn y plant").unwrap();
    let en = text.find("The children’s views").unwrap();
    assert!(cy < en, "Welsh first");
    // What the adviser typed appears once, as typed.
    assert_eq!(text.matches("Again! Again!").count(), 1);
}

#[test]
fn the_welfare_report_heads_each_checklist_item_in_the_statutes_words() {
    let (s, sample) = sample();
    let (_, bytes) = export(&s, sample.court.level3, Language::English);
    let Some(text) = pdf_text(&bytes) else { return };
    for words in [
        "(a) the ascertainable wishes and feelings of the child concerned (considered in the \
         light of his age and understanding)",
        "(b) his physical, emotional and educational needs",
        "(c) the likely effect on him of any change in his circumstances",
        "(d) his age, sex, background and any characteristics of his which the court considers \
         relevant",
        "(e) any harm which he has suffered or is at risk of suffering",
        "(f) how capable each of his parents, and any other person in relation to whom the \
         court considers the question to be relevant, is of meeting his needs",
        "(g) the range of powers available to the court under this Act in the proceedings in \
         question",
        "Papers read",
        "People spoken to",
        "Meetings held",
        "Viability of the proposals",
        "Recommendations",
        "Incident 26/09/2026",
    ] {
        assert!(has(&text, words), "{words:?} missing:\n{text}");
    }
    let (_, bytes) = export(&s, sample.court.level3, Language::Welsh);
    let text = pdf_text(&bytes).unwrap();
    assert!(has(
        &text,
        "(b) ei anghenion corfforol, emosiynol ac addysgol"
    ));
    // The Act has no Welsh text: a Welsh report quotes its English words under each heading.
    assert!(has(&text, "his physical, emotional and educational needs"));
}

#[test]
fn the_level2_report_and_the_level1_log() {
    let (s, sample) = sample();
    let (_, bytes) = export(&s, sample.court.level2, Language::English);
    let Some(text) = pdf_text(&bytes) else { return };
    assert!(has(
        &text,
        "Level 2 report: contact intervention, observed and reported"
    ));
    assert!(has(&text, "1 Summary"));
    assert!(has(&text, "Direct contact"));

    let (name, bytes) = export(&s, sample.court.level1, Language::English);
    assert!(name.starts_with("Level-1-Contact-Log_SA26P00417"));
    let text = pdf_text(&bytes).unwrap();
    for words in [
        "Level 1 contact log",
        "Indirect contact support",
        "02/10/2026 – 30/10/2026",
        "Withheld 16/10/2026",
        "It discussed the court proceedings",
        "Delivered 05/10/2026",
        "Siân read it twice and drew a picture in reply.",
    ] {
        assert!(has(&text, words), "{words:?} missing:\n{text}");
    }
    let (_, bytes) = export(&s, sample.court.level1, Language::Bilingual);
    let text = pdf_text(&bytes).unwrap();
    assert!(has(&text, "Log cyswllt Lefel 1"));
    assert!(has(&text, "Ataliwyd"));
}

#[test]
fn verify_checks_signed_reports_and_catches_a_changed_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cases.db");
    let mut s = common::create_store(&path);
    let sample = build_sample(&mut s);
    let before = s.verify().unwrap();
    assert!(before.is_intact(), "{before:?}");
    let view = s
        .add_report_addendum(
            sample.court.cci,
            &AddendumInput {
                reason: "A date corrected".into(),
                text: "The preparation visit was on 01/10/2026.".into(),
                name: "Rhys Morgan".into(),
                role: "Contact supervisor".into(),
            },
            sample_today().and_hms_opt(9, 0, 0).unwrap(),
        )
        .unwrap();
    assert_eq!(view.addenda.len(), 1);
    let after = s.verify().unwrap();
    assert!(after.is_intact(), "{after:?}");
    assert_eq!(after.addenda_checked, before.addenda_checked + 1);
    let (_, bytes) = export(&s, sample.court.cci, Language::English);
    if let Some(text) = pdf_text(&bytes) {
        assert!(has(&text, "Addendum 1"));
        assert!(has(&text, "The preparation visit was on 01/10/2026."));
    }

    // The triggers refuse a change to a signed report; with them dropped, verify sees it.
    let raw = common::raw(&path);
    let refused = raw.execute(
        "UPDATE reports SET body_json = replace(body_json, 'Again', 'Never') WHERE kind = 'cci'",
        [],
    );
    assert!(refused.is_err());
    raw.execute_batch(
        "DROP TRIGGER reports_final_no_update;
         UPDATE reports SET body_json = replace(body_json, 'Again', 'Never') WHERE kind = 'cci';",
    )
    .unwrap();
    drop(raw);
    let r = common::open_store(&path).verify().unwrap();
    assert!(r.tampered.iter().any(|t| t
        .what
        .contains("report's text in the data file no longer matches")));
    assert!(r
        .missing_triggers
        .contains(&"reports_final_no_update".to_string()));

    // So is an addendum to the report changed behind the triggers.
    let raw = common::raw(&path);
    raw.execute_batch(
        "DROP TRIGGER report_addenda_no_update;
         UPDATE report_addenda SET text = 'The preparation visit never happened.';",
    )
    .unwrap();
    drop(raw);
    let r = common::open_store(&path).verify().unwrap();
    assert!(
        r.tampered.iter().any(|t| t
            .what
            .contains("Addendum 1 to the report's text no longer matches what was signed.")),
        "{r:?}"
    );
}

#[test]
fn drafts_cite_only_sessions_that_took_place_and_signed_reports_stay_signed() {
    let (mut s, sample) = sample();
    let body = s.report(sample.court.cci).unwrap().unwrap().body;
    let e = s.save_report(sample.court.cci, &body).unwrap_err();
    assert_eq!(e.code, ErrorCode::Finalised);

    // A supervised referral makes no report of its own.
    let e = s.save_report(sample.supervised, &body).unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);

    // A new CCI referral: a draft citing a session it does not have is refused, plainly.
    let case = s.get_case(sample.case_id).unwrap();
    let child = PersonRef::Child(case.children[0].id);
    let mut input = ReferralInput {
        service: Service::ChildContactIntervention,
        cci_kinds: vec![CciKind::PrepareChildren],
        basis: Basis::FcaRecommendation,
        provider_name: "Tŷ Cyswllt".into(),
        provider_address: "Abertawe".into(),
        provider_naccc_accredited: true,
        provider_email: "a@example.org".into(),
        risk_assessment: "None known.".into(),
        risk_assessed_on: "01/11/2026".into(),
        risk_assessed_by: "Ffion Hughes".into(),
        session_plan: "One session.".into(),
        planned_sessions: Some(1),
        remote_assessed_on: String::new(),
        remote_assessed_by: String::new(),
        remote_discussed: String::new(),
        remote_limitations: String::new(),
        remote_feedback: String::new(),
        permitted: vec![child],
    };
    input.permitted.push(PersonRef::Adult(case.adults[1].id));
    let id = s
        .create_referral(sample.case_id, &input, sample_today())
        .unwrap()
        .referral
        .id;
    let mut draft = ReportBody {
        sections: vec![ReportSection {
            code: SectionCode::HowContactWent,
            entries: vec![ReportEntry {
                text: "Words".into(),
                source: EntrySource::Quote,
                session: Some(4),
                ..ReportEntry::default()
            }],
        }],
        ..ReportBody::default()
    };
    let e = s.save_report(id, &draft).unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert!(e.message.contains("session 4"), "{}", e.message);
    draft.sections[0].entries[0].session = None;
    draft.sections[0].entries[0].source = EntrySource::Own;
    let saved = s.save_report(id, &draft).unwrap();
    assert_eq!(saved.status, RecordStatus::Draft);
    // A draft exports, marked DRAFT, and carries no signed document.
    let f = export_court_report(&s, id, Language::English, created()).unwrap();
    assert!(!verify_pdf(&f.bytes).is_intact());
    if let Some(text) = pdf_text(&f.bytes) {
        assert!(text.contains("DRAFT"));
    }
    // Signing needs the kinds of work and a recommendation.
    let e = s
        .finalise_report(
            id,
            &SignerInput {
                name: "Rhys Morgan".into(),
                role: "Contact supervisor".into(),
            },
            sample_today().and_hms_opt(9, 0, 0).unwrap(),
        )
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    // With two CCI referrals the case needs --referral to say which.
    let e = report_referral(&s, "SA26P00417", CourtReportKind::Cci, None).unwrap_err();
    assert!(e.message.contains("--referral"), "{}", e.message);
}

#[test]
fn the_sample_has_one_report_of_each_kind_found_without_a_referral_number() {
    let (s, sample) = sample();
    for (kind, id) in [
        (CourtReportKind::Cci, sample.court.cci),
        (CourtReportKind::Level2, sample.court.level2),
        (CourtReportKind::Welfare, sample.court.level3),
        (CourtReportKind::ContactLog, sample.court.level1),
    ] {
        assert_eq!(report_referral(&s, "SA26P00417", kind, None).unwrap(), id);
        let v = s.report(id).unwrap().unwrap();
        assert_eq!((v.kind, v.status), (kind, RecordStatus::Final));
    }
}

/// The outline the writing screen opens with: each kind's sections in printed order, the number
/// of children, and a plain refusal for a service that makes no report.
#[test]
fn each_report_kind_has_its_sections_in_printed_order() {
    let (s, sample) = sample();
    let c = &sample.court;
    let cci = s.report_outline(c.cci).unwrap();
    assert_eq!(cci.kind, CourtReportKind::Cci);
    assert_eq!(cci.sections.first(), Some(&SectionCode::WorkDone));
    assert_eq!(cci.sections.last(), Some(&SectionCode::Recommendations));
    assert_eq!(cci.children, 2);
    let welfare = s.report_outline(c.level3).unwrap();
    assert_eq!(welfare.kind, CourtReportKind::Welfare);
    assert_eq!(welfare.sections.len(), 9);
    assert_eq!(welfare.sections[0], SectionCode::WishesAndFeelings);
    assert_eq!(welfare.sections[6], SectionCode::RangeOfPowers);
    assert_eq!(
        s.report_outline(c.level1).unwrap().kind,
        CourtReportKind::ContactLog
    );
    assert_eq!(
        s.report_outline(c.level2).unwrap().sections[0],
        SectionCode::Summary
    );
    let refused = s.report_outline(sample.supervised).unwrap_err();
    assert_eq!(refused.code, ErrorCode::RuleBroken);
}
