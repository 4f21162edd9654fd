//! Records in Welsh, English and both, exported from the store and read back with poppler's
//! `pdftotext` page by page: Welsh headings, Welsh before English on every page of a bilingual
//! record, no English fixed text left in a Welsh one, ŵ ŷ â kept, and one signed document (one
//! fingerprint) behind all three.

use crate::common;

use std::path::Path;
use std::process::Command;

use chrono::{NaiveTime, TimeZone, Utc};
use common::*;
use contact_records_core::model::*;
use contact_records_core::record_reports::{default_language, export_report};
use contact_records_core::report::record_texts::ALL;
use contact_records_core::report::strings::{CONFIDENTIALITY, CONTENTS, NOTHING_RECORDED};
use contact_records_core::report::{verify_pdf, write_atomically, Language, ReportRequest};
use contact_records_core::Store;

fn created() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 16, 30, 0).unwrap()
}

fn pdftotext(path: &Path, page: usize) -> String {
    let page = page.to_string();
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-f", &page, "-l", &page])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// The text of every page, runs of white space made single spaces.
fn pages(dir: &Path, name: &str, bytes: &[u8]) -> Vec<String> {
    let path = dir.join(name);
    write_atomically(&path, bytes).unwrap();
    let count = lopdf::Document::load_mem(bytes).unwrap().get_pages().len();
    (1..=count)
        .map(|n| {
            pdftotext(&path, n)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// A signed session of a case whose children asked for Welsh, with an incident and a quote.
fn signed_session(s: &mut Store) -> (i64, i64, String) {
    let f = family(s, "CF24P00123");
    let (rid, sid) = held_session(s, &f, Service::SupervisedContact);
    s.record_attendance(sid, &present(f.father, "10:05", "11:00"), today())
        .unwrap();
    let child_id = sian_id(&f);
    let content = RecordContent {
        actual_start: "10:00".into(),
        actual_end: "11:00".into(),
        aim_and_requirements: "Arsylwi’r chwarae.".into(),
        arrival_and_greeting: "Rhedodd Siân i mewn at ei thad.".into(),
        adult_engagement: "Darllenodd Mr Jones lyfr am ŵyn bach a’r ŷd.".into(),
        children: vec![ChildNotes {
            child_id,
            observations: "Chwarddodd Siân.".into(),
            quotes: vec!["Dw i eisiau aros gyda Dad.".into()],
        }],
        ending_and_handover: "Ffarwelio’n dawel.".into(),
        summary: "Sesiwn gynnes.".into(),
        ..Default::default()
    };
    s.save_record_draft(sid, &content, today()).unwrap();
    let signer = SignerInput {
        name: "Rhys Ŵyn Morgan".into(),
        role: "Goruchwyliwr cyswllt".into(),
    };
    let now = today().and_time(NaiveTime::from_hms_opt(16, 30, 0).unwrap());
    let v = s.finalise_record(sid, &signer, now).unwrap();
    (rid, sid, v.fingerprint.unwrap())
}

fn export(s: &Store, req: &ReportRequest, lang: Language) -> Vec<u8> {
    export_report(s, req, lang, created()).unwrap().bytes
}

/// What the user typed in the fixture's case, referral and people: printed as typed in every
/// language, so blanked out before looking for English fixed texts.
const TYPED: [&str; 4] = [
    "Family Court at Cardiff",
    "Cardiff Child Contact Centre",
    "Re: S and E (children)",
    "Contact supervisor",
];

fn without_typed(page: &str) -> String {
    TYPED
        .iter()
        .fold(page.to_string(), |p, typed| p.replace(typed, "…"))
}

/// Where `needle` first stands as whole words (so "Session" is not found in "Sessions").
fn find_words(page: &str, needle: &str) -> Option<usize> {
    page.match_indices(needle).map(|(i, _)| i).find(|&i| {
        let before = page[..i].chars().next_back();
        let after = page[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// English fixed texts that may stand in a Welsh record: proper names the two languages share.
fn shared_in_both(en: &str, cy: &str) -> bool {
    cy.contains(en) || en.starts_with("Cafcass")
}

#[test]
fn a_welsh_record_has_welsh_headings_and_no_english_fixed_text() {
    let mut s = Store::open_in_memory().unwrap();
    let (_, sid, _) = signed_session(&mut s);
    let dir = tempfile::tempdir().unwrap();
    let req = ReportRequest::ObservedSession { session_id: sid };
    let welsh = pages(dir.path(), "cy.pdf", &export(&s, &req, Language::Welsh));
    let all = welsh.join(" ");
    for heading in [
        "Cofnod o Gyswllt a Arsylwyd",
        "1 Presenoldeb",
        "3 Cyrraedd a chyfarch",
        "5 Ymatebion y plentyn",
        "11 Crynodeb",
        "Cyswllt dan oruchwyliaeth",
        "Tad (sy’n ymweld)",
    ] {
        assert!(all.contains(heading), "{heading:?} missing: {all}");
    }
    // Welsh letters survive, composed, in what was typed and in the fixed texts.
    for letters in ["ŵyn bach a’r ŷd", "Rhys Ŵyn Morgan", "Siân Llŷr"] {
        assert!(all.contains(letters), "{letters:?} missing");
    }
    let mut checked = 0;
    for text in ALL
        .iter()
        .chain([&CONFIDENTIALITY, &NOTHING_RECORDED, &CONTENTS])
    {
        if shared_in_both(text.en, text.cy) {
            continue;
        }
        checked += 1;
        for (n, page) in welsh.iter().enumerate() {
            let found = find_words(&without_typed(page), text.en);
            assert!(
                found.is_none(),
                "English {:?} on page {} of the Welsh record",
                text.en,
                n + 1
            );
        }
    }
    assert!(checked > 60, "only {checked} fixed texts checked");
    for (n, page) in welsh.iter().enumerate() {
        let footer = format!("Tudalen {} o {}", n + 1, welsh.len());
        assert!(
            page.contains(&footer),
            "{footer:?} missing on page {}",
            n + 1
        );
        assert!(
            !page.contains("Page "),
            "English page number on page {}",
            n + 1
        );
    }
}

#[test]
fn a_bilingual_record_puts_welsh_before_english_on_every_page() {
    let mut s = Store::open_in_memory().unwrap();
    let (rid, sid, _) = signed_session(&mut s);
    let dir = tempfile::tempdir().unwrap();
    for (name, req) in [
        (
            "session",
            ReportRequest::ObservedSession { session_id: sid },
        ),
        ("final", ReportRequest::ObservedFinal { referral_id: rid }),
    ] {
        let both = pages(
            dir.path(),
            &format!("{name}.pdf"),
            &export(&s, &req, Language::Bilingual),
        );
        let mut pairs = 0;
        for (n, page) in both.iter().enumerate() {
            let page = &without_typed(page);
            let (p, total) = (n + 1, both.len());
            let cy = page.find(&format!("Tudalen {p} o {total}"));
            let en = page.find(&format!("Page {p} of {total}"));
            assert!(
                cy.is_some() && cy < en,
                "{name} page {p}: footer {cy:?} {en:?}"
            );
            assert!(page.find("Cyfrinachol.") < page.find("Confidential."));
            for text in ALL {
                if shared_in_both(text.en, text.cy) {
                    continue;
                }
                if let Some(en) = find_words(page, text.en) {
                    let cy = find_words(page, text.cy);
                    assert!(
                        cy.is_some_and(|cy| cy < en),
                        "{name} page {p}: {:?} before {:?} (or missing) in {page}",
                        text.en,
                        text.cy
                    );
                    pairs += 1;
                }
            }
        }
        assert!(pairs > 30, "{name}: only {pairs} pairs seen");
        let all = both.join(" ");
        assert!(
            all.contains("Tad (sy’n ymweld) / Father (visiting)"),
            "{all}"
        );
        assert!(all.contains("Cyswllt dan oruchwyliaeth / Supervised contact"));
    }
}

#[test]
fn one_signed_record_prints_in_three_languages_with_one_fingerprint() {
    let mut s = Store::open_in_memory().unwrap();
    let (_, sid, fingerprint) = signed_session(&mut s);
    let req = ReportRequest::ObservedSession { session_id: sid };
    let dir = tempfile::tempdir().unwrap();
    let mut signed = Vec::new();
    for lang in [Language::English, Language::Welsh, Language::Bilingual] {
        let bytes = export(&s, &req, lang);
        let check = verify_pdf(&bytes);
        assert!(check.is_intact(), "{lang:?}: {check:?}");
        let prints: Vec<_> = check
            .records
            .iter()
            .map(|r| r.fingerprint.clone())
            .collect();
        assert_eq!(prints, std::slice::from_ref(&fingerprint), "{lang:?}");
        let text = pages(dir.path(), "r.pdf", &bytes).join(" ");
        assert!(
            text.contains(&fingerprint),
            "{lang:?}: fingerprint not printed"
        );
        signed.push(prints);
    }
    assert!(signed.windows(2).all(|w| w[0] == w[1]));
}

#[test]
fn the_default_follows_the_peoples_language_preferences() {
    let mut s = Store::open_in_memory().unwrap();
    let (rid, sid, _) = signed_session(&mut s);
    // The children of the family asked for Welsh.
    for req in [
        ReportRequest::ObservedSession { session_id: sid },
        ReportRequest::ObservedFinal { referral_id: rid },
    ] {
        assert_eq!(default_language(&s, &req).unwrap(), Language::Bilingual);
    }
    let case_id = s
        .create_case(&case_input("CF24P00999", "Re: T (a child)"))
        .unwrap()
        .case
        .id;
    let mut c = child("Tom Smith", "01/01/2020");
    c.language = contact_records_core::model::Language::English;
    let detail = s.add_child(case_id, &c, today()).unwrap();
    let tom = PersonRef::Child(detail.children[0].id);
    let input = referral_input(Service::SupervisedContact, vec![tom]);
    let rid = s
        .create_referral(case_id, &input, today())
        .unwrap()
        .referral
        .id;
    let req = ReportRequest::ObservedFinal { referral_id: rid };
    assert_eq!(default_language(&s, &req).unwrap(), Language::English);
}
