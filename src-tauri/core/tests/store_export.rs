//! Exporting records from the store to PDF: the typed sections, DRAFT on a draft, the
//! fingerprint of a final record, an addendum, the supported record, and the file name.
//! Text is read back with poppler's `pdftotext`.

use crate::common;

use std::process::Command;

use chrono::{NaiveTime, TimeZone, Utc};
use common::*;
use contact_records_core::model::*;
use contact_records_core::record_reports::export_report;
use contact_records_core::report::{write_atomically, Language, ReportRequest};
use contact_records_core::{ErrorCode, Store};

fn created() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 16, 30, 0).unwrap()
}

fn now() -> chrono::NaiveDateTime {
    today().and_time(NaiveTime::from_hms_opt(16, 30, 0).unwrap())
}

/// The text of a PDF, with runs of whitespace made single spaces.
fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.pdf");
    write_atomically(&path, bytes).unwrap();
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn signer() -> SignerInput {
    SignerInput {
        name: "Rhys Ŵyn Morgan".into(),
        role: "Contact supervisor".into(),
    }
}

/// The session's Record of Observed Contact in English.
fn session_pdf(s: &Store, sid: i64) -> contact_records_core::report::ReportFile {
    export_report(
        s,
        &ReportRequest::ObservedSession { session_id: sid },
        Language::English,
        created(),
    )
    .unwrap()
}

fn observed(s: &mut Store) -> (Family, i64, i64) {
    observed_of(s, Service::SupervisedContact)
}

fn observed_of(s: &mut Store, service: Service) -> (Family, i64, i64) {
    let f = family(s, "CF24P00123");
    let (rid, sid) = held_session(s, &f, service);
    let child_id = sian_id(&f);
    let content = RecordContent {
        actual_start: "10:00".into(),
        actual_end: "11:00".into(),
        aim_and_requirements: "AIMTEXT Observe play.".into(),
        arrival_and_greeting: "ARRIVALTEXT Siân ran in.".into(),
        adult_engagement: "ENGAGEMENTTEXT Gwenllïan's ŵ and ŷ.".into(),
        children: vec![ChildNotes {
            child_id,
            observations: "SIANOBS Siân laughed.".into(),
            quotes: vec!["Dw i eisiau aros.".into()],
        }],
        ending_and_handover: "ENDINGTEXT Calm goodbye.".into(),
        summary: "SUMMARYTEXT A warm session.".into(),
        ..Default::default()
    };
    s.save_record_draft(sid, &content, today()).unwrap();
    (f, rid, sid)
}

#[test]
fn a_draft_prints_draft_and_its_sections_without_a_fingerprint() {
    let mut s = Store::open_in_memory().unwrap();
    let (_, _, sid) = observed(&mut s);
    let file = session_pdf(&s, sid);
    assert_eq!(
        file.file_name,
        "Record-of-Observed-Contact_CF24P00123_2026-11-20.pdf"
    );
    let text = pdf_text(&file.bytes);
    for needle in [
        "DRAFT",
        "AIMTEXT",
        "SIANOBS",
        "Siân Llŷr",
        "ŵ and ŷ",
        "SUMMARYTEXT",
    ] {
        assert!(text.contains(needle), "{needle} missing from {text}");
    }
}

#[test]
fn a_final_record_prints_its_fingerprint_and_addenda_from_the_frozen_snapshot() {
    let mut s = Store::open_in_memory().unwrap();
    let (f, _, sid) = observed(&mut s);
    let v = s.finalise_record(sid, &signer(), now()).unwrap();
    let fingerprint = v.fingerprint.unwrap();
    s.add_addendum(
        v.record_id.unwrap(),
        &AddendumInput {
            reason: "ADDREASON Time corrected".into(),
            text: "ADDTEXT Siân arrived at 10:02.".into(),
            name: "Rhys Ŵyn Morgan".into(),
            role: "Contact supervisor".into(),
        },
        now(),
    )
    .unwrap();
    // The case is renamed after signing: the final record still prints what was signed.
    let mut case = case_input("CF24P00123", "Re: S and E (children)");
    case.case_name = "RENAMED".into();
    s.update_case(f.case_id, &case).unwrap();
    let file = session_pdf(&s, sid);
    let text = pdf_text(&file.bytes);
    assert!(!text.contains("DRAFT"), "{text}");
    assert!(!text.contains("RENAMED"));
    for needle in [
        "SUMMARYTEXT",
        "Rhys Ŵyn Morgan",
        "ADDREASON",
        "ADDTEXT",
        fingerprint.as_str(),
    ] {
        assert!(text.contains(needle), "{needle} missing from {text}");
    }
}

#[test]
fn the_final_record_and_the_supported_record_export() {
    let mut s = Store::open_in_memory().unwrap();
    let (_, rid, _) = observed(&mut s);
    let file = export_report(
        &s,
        &ReportRequest::ObservedFinal { referral_id: rid },
        Language::Bilingual,
        created(),
    )
    .unwrap();
    // A bilingual record is named in Welsh.
    assert_eq!(
        file.file_name,
        "Cofnod-o-Gyswllt-a-Arsylwyd-Terfynol_CF24P00123_2026-11-23.pdf"
    );
    assert!(pdf_text(&file.bytes).contains("SUMMARYTEXT"));

    let f = family(&mut s, "SW1");
    let input = referral_input(Service::SupportedContact, vec![f.father, f.elis]);
    let srid = s
        .create_referral(f.case_id, &input, today())
        .unwrap()
        .referral
        .id;
    s.mark_referral_sent(srid, "02/11/2026", today()).unwrap();
    accept(&mut s, srid);
    let sid = s
        .add_session(
            srid,
            &session("14/11/2026", "10:00", 60, SessionStatus::TookPlace),
            today(),
        )
        .unwrap()
        .sessions[0]
        .session
        .id;
    s.record_attendance(sid, &present(f.elis, "10:00", "11:00"), today())
        .unwrap();
    let dates = ReferralDatesInput {
        received_on: "03/11/2026".into(),
        accepted_on: "04/11/2026".into(),
        ceased_on: "21/11/2026".into(),
        ..Default::default()
    };
    s.update_referral_dates(srid, &dates, today()).unwrap();
    let v = s.finalise_supported_record(srid, &signer(), now()).unwrap();
    let req = ReportRequest::Supported { referral_id: srid };
    let file = export_report(&s, &req, Language::English, created()).unwrap();
    let text = pdf_text(&file.bytes);
    assert!(text.contains("Elis Jones"), "{text}");
    assert!(text.contains(v.fingerprint.as_deref().unwrap()), "{text}");
    assert!(!text.contains("DRAFT"));
}

#[test]
fn a_character_the_font_lacks_is_named() {
    let mut s = Store::open_in_memory().unwrap();
    let (_, _, sid) = observed(&mut s);
    let mut content = s.record_for_session(sid, today()).unwrap().content;
    content.summary = "A happy session 🤖".into();
    s.save_record_draft(sid, &content, today()).unwrap();
    let e = export_report(
        &s,
        &ReportRequest::ObservedSession { session_id: sid },
        Language::English,
        created(),
    )
    .unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert!(e.message.contains("U+1F916"), "{}", e.message);
}

/// The PDF of a finalised record carries its signed documents: it verifies on its own, prints
/// the signer's key fingerprint, and one byte changed in an embedded document is caught.
#[test]
fn a_final_pdf_verifies_on_its_own_and_a_changed_byte_is_caught() {
    use contact_records_core::report::verify_pdf;
    let mut s = Store::open_in_memory().unwrap();
    let (_, _, sid) = observed(&mut s);
    let v = s.finalise_record(sid, &signer(), now()).unwrap();
    let record_id = v.record_id.unwrap();
    let addendum = AddendumInput {
        reason: "Time corrected".into(),
        text: "Siân arrived at 10:02.".into(),
        name: "Rhys Ŵyn Morgan".into(),
        role: "Contact supervisor".into(),
    };
    s.add_addendum(record_id, &addendum, now()).unwrap();
    let req = ReportRequest::ObservedSession { session_id: sid };
    let file = export_report(&s, &req, Language::English, created()).unwrap();
    let key = s.signer_identity().unwrap().unwrap().key_fingerprint;
    assert!(
        pdf_text(&file.bytes).contains(&key),
        "the key fingerprint is printed"
    );

    let check = verify_pdf(&file.bytes);
    assert!(check.is_intact(), "{check:?}");
    assert_eq!(check.records.len(), 2, "the record and its addendum");
    let r = check
        .records
        .iter()
        .find(|r| r.file == "record-CF24P00123-session-1.json")
        .unwrap();
    assert_eq!(
        (r.case_number.as_str(), r.session_number),
        ("CF24P00123", Some(1))
    );
    assert_eq!(
        (r.signer.as_str(), r.key_fingerprint.as_str()),
        ("Rhys Ŵyn Morgan", key.as_str())
    );
    assert_eq!(Some(&r.fingerprint), v.fingerprint.as_ref());

    // One byte of the embedded document (stored uncompressed) changed: "Siân" becomes "Siâm".
    let mut bytes = file.bytes.clone();
    let needle = b"\"summary\":\"SUMMARYTEXT";
    let at = bytes
        .windows(needle.len())
        .position(|w| w == needle)
        .expect("the signed document is embedded as it is");
    bytes[at + needle.len()] ^= 0x01;
    let check = verify_pdf(&bytes);
    assert!(!check.is_intact());
    let failed = check.records.iter().find(|r| r.problem.is_some()).unwrap();
    assert!(failed.file.ends_with("session-1.json"), "{failed:?}");
    assert!(
        failed
            .problem
            .as_deref()
            .unwrap()
            .contains("signature does not verify"),
        "{failed:?}"
    );
    // The footer's fingerprint no longer matches any embedded document either.
    assert_eq!(check.unmatched_fingerprints, [v.fingerprint.unwrap()]);
}

#[test]
fn a_remote_session_record_prints_the_suitability_assessment_it_was_signed_with() {
    let mut s = Store::open_in_memory().unwrap();
    let (f, rid, sid) = observed_of(&mut s, Service::RemoteSupervisedContact);
    let export = |s: &Store| {
        let file = session_pdf(s, sid);
        pdf_text(&file.bytes)
    };
    let draft = export(&s);
    for needle in [
        "Remote contact assessed as suitable",
        "Date assessed",
        "02/11/2026",
        "Assessed by Ffion Hughes",
        "What was discussed with the parties Both parents, by telephone",
        "The limitations explained The supervisor can end a call",
        "The feedback arrangements The supervisor emails both parents",
    ] {
        assert!(draft.contains(needle), "{needle} missing from {draft}");
    }
    s.finalise_record(sid, &signer(), now()).unwrap();
    // The referral's assessment is changed after signing: the record prints what was signed.
    let mut input = referral_input(Service::RemoteSupervisedContact, vec![f.father, f.sian]);
    input.remote_assessed_by = "CHANGED LATER".into();
    s.update_referral(rid, &input, today()).unwrap();
    let signed = export(&s);
    assert!(signed.contains("Assessed by Ffion Hughes"), "{signed}");
    assert!(!signed.contains("CHANGED LATER"), "{signed}");
}

#[test]
fn a_centre_session_record_prints_no_remote_assessment() {
    let mut s = Store::open_in_memory().unwrap();
    let (_, _, sid) = observed(&mut s);
    let file = session_pdf(&s, sid);
    let text = pdf_text(&file.bytes);
    assert!(text.contains("Venue"), "{text}");
    assert!(!text.contains("assessed as suitable"), "{text}");
}
