//! Tests of one session's Record of Observed Contact, read back from the PDF with poppler and
//! lopdf: every section's content, Welsh text, drafts, signatures, fingerprint and outline.

use super::tests_records::*;
use super::*;

pub const SECTIONS_EN: [&str; 11] = [
    "1 Attendance",
    "2 Aim of the session and the referrer’s requirements",
    "3 Arrival and greeting",
    "4 The adult’s engagement",
    "5 The child’s responses",
    "6 Physical contact, gifts, food, photographs and phones",
    "7 Conversation about the case or the other parent",
    "8 Interventions",
    "9 Concerns and safeguarding",
    "10 Ending and handover",
    "11 Summary",
];

fn render_session(s: &ObservedSession, lang: Language, name: &str) -> (Vec<u8>, Option<Read>) {
    let bytes = observed_session_pdf(&header(), s, lang, created(), Vec::new())
        .unwrap()
        .bytes;
    let dir = tempfile::tempdir().unwrap();
    let read = read_checked(&dir, name, &bytes, lang);
    (bytes, read)
}

#[test]
fn finalised_session_prints_every_section_signature_and_fingerprint() {
    let (bytes, read) = render_session(&session(3, true), Language::English, "observed-final.pdf");
    let Some(read) = read else { return };
    let text = read.text();
    let flat = flat(&text);
    for heading in SECTIONS_EN {
        assert!(flat.contains(heading), "{heading:?} missing");
    }
    for marker in [
        "AIMTEXT",
        "ARRIVALTEXT",
        "ENGAGEMENTTEXT",
        "ELISOBS",
        "MALIOBS",
        "PHYSICALTEXT",
        "CONVERSATIONTEXT",
        "INTERVENTIONWHAT",
        "CONCERNSTEXT",
        "ENDINGTEXT",
        "SUMMARYTEXT",
        "REFLECTIONSTEXT",
        "ADDENDUMREASON",
        "ADDENDUMTEXT",
    ] {
        assert!(text.contains(marker), "{marker} missing");
    }
    // Cover block.
    for value in [
        "Record of Observed Contact",
        "Family Court at Cardiff",
        "CF24P00123",
        "Cafcass number IRIS-2024-118734 (Cafcass Cymru (IRIS))",
        "Gwenllïan ap Dafydd",
        "Family Court Adviser",
        "Canolfan Gyswllt Aberystwyth, Ffordd y Môr",
        "Supervised contact (centre)",
        "Session 3 of 6",
        "17/11/2026",
        "10:00–11:00",
        "10:05–11:00",
        "01/10/2026",
        "This is a factual record of what the supervisor saw and heard.",
    ] {
        assert!(flat.contains(value), "{value:?} missing from the cover");
    }
    // Welsh names and letters, exactly.
    for welsh in [
        "Siân Llŷr",
        "Gwenllïan ap Dafydd",
        "Owain Glyndŵr Parry",
        "ŵ ŷ Ŵ Ŷ",
    ] {
        assert!(text.contains(welsh), "{welsh:?} missing");
    }
    // Quotes set apart, in quotation marks, attributed.
    assert!(text.contains("Elis, 7:"));
    assert!(flat.contains("“Dw i eisiau aros gyda Dad am fwy o amser.”"));
    assert!(flat.contains("“Can we come back next week?”"));
    assert!(text.contains("Elis, aged 7") && text.contains("Mali, aged 4"));
    // Attendance, lateness, interventions table, incident.
    assert!(flat.contains("Lateness and non-attendance"));
    assert!(flat.contains("said the bus from Llanfair"));
    assert!(flat.contains("How the adult responded"));
    assert!(flat.contains("Cafcass Cymru duty FCA (by telephone)"));
    // Reported on a day: the date alone, never a made-up "00:00".
    assert!(flat.contains("Date reported 17/11/2026"));
    assert!(!flat.contains("17/11/2026 00:00"));
    assert!(flat.contains("Sent 18/11/2026"));
    // Reflections labelled as such.
    assert!(flat.contains("Worker’s reflections"));
    assert!(flat.contains("The supervisor’s own views, not observations"));
    // Signature block and fingerprint in every footer; no draft marking.
    assert!(flat.contains("Finalised on 17/11/2026 15:30"), "{flat}");
    assert!(flat.contains("Contact supervisor"));
    for (i, page) in read.page_texts.iter().enumerate() {
        assert!(
            page.contains(FINGERPRINT),
            "no fingerprint on page {}",
            i + 1
        );
        assert!(!page.contains("DRAFT"), "DRAFT on page {}", i + 1);
    }
    // Addenda come after the record (after the signature).
    let signature = text.find("Finalised on").unwrap();
    assert!(text.find("ADDENDUMTEXT").unwrap() > signature);

    let titles: Vec<(usize, String)> = outline(&bytes);
    let mut expected = vec!["Record of Observed Contact".to_string()];
    expected.extend(SECTIONS_EN.iter().map(|s| s.to_string()));
    expected.extend(["Worker’s reflections", "Signature", "Addenda"].map(String::from));
    let top: Vec<String> = titles
        .iter()
        .filter(|(d, _)| *d == 1)
        .map(|(_, t)| t.clone())
        .collect();
    assert_eq!(top, expected);
}

#[test]
fn draft_says_draft_on_every_page_and_has_no_signature_block() {
    let (_, read) = render_session(&session(3, false), Language::English, "observed-draft.pdf");
    let Some(read) = read else { return };
    assert!(read.pages >= 2, "{} pages", read.pages);
    for (i, page) in read.page_texts.iter().enumerate() {
        assert!(page.contains("DRAFT"), "no DRAFT on page {}", i + 1);
        assert!(
            !page.contains(FINGERPRINT),
            "fingerprint on draft page {}",
            i + 1
        );
        assert!(
            !page.contains("Record fingerprint"),
            "fingerprint line on page {}",
            i + 1
        );
    }
    let flat = flat(&read.text());
    assert!(!flat.contains("Finalised on") && !flat.contains("15:30"));
    assert!(!flat.contains("Contact supervisor"));
    assert!(flat.contains("This record is a draft. It has not been signed"));
}

#[test]
fn empty_sections_say_nothing_recorded() {
    let doc = observed_session_document(&header(), &empty_session(), Language::English);
    let laid = layout(&doc).unwrap();
    let runs: Vec<&TextRun> = laid.pages.iter().flat_map(|p| p.texts()).collect();
    for heading in SECTIONS_EN {
        // A long heading wraps: find its first line, then the first run that is not part of it.
        let at = runs
            .iter()
            .position(|r| heading.starts_with(&r.text) && r.font == FontStyle::Bold)
            .unwrap_or_else(|| panic!("{heading}"));
        let next = runs[at..]
            .iter()
            .find(|r| !heading.contains(&r.text))
            .unwrap();
        assert_eq!(next.text, "Nothing recorded", "after {heading}");
    }
    // The reflections box: its label (one or two lines), then the empty text.
    let at = runs
        .iter()
        .position(|r| r.text == "Worker’s reflections")
        .unwrap();
    let next: Vec<&str> = runs[at + 1..at + 4]
        .iter()
        .map(|r| r.text.as_str())
        .collect();
    assert!(next.contains(&"Nothing recorded"), "{next:?}");

    let (_, read) = render_session(&empty_session(), Language::English, "observed-empty.pdf");
    let Some(read) = read else { return };
    assert!(read.text().matches("Nothing recorded").count() >= 12);
    assert!(read.text().contains("Session 1"));
}

#[test]
fn bilingual_puts_welsh_first_and_welsh_is_whole() {
    let s = session(3, true);
    let (bytes, read) = render_session(&s, Language::Bilingual, "observed-bilingual.pdf");
    let titles = outline(&bytes);
    assert_eq!(
        titles[0].1,
        "Cofnod o Gyswllt a Arsylwyd / Record of Observed Contact"
    );
    assert_eq!(titles[1].1, "1 Presenoldeb / 1 Attendance");
    assert!(titles.iter().any(|(_, t)| t == "11 Crynodeb / 11 Summary"));
    let Some(read) = read else { return };
    let text = read.text();
    let cy = text.find("Cofnod o Gyswllt a Arsylwyd").unwrap();
    assert!(cy < text.find("Record of Observed Contact").unwrap());
    for both in [
        "Sesiwn 3 o 6",
        "Session 3 of 6",
        "9 Pryderon a diogelu",
        "9 Concerns and safeguarding",
        "Myfyrdodau’r gweithiwr",
        "Cyfrinachol.",
        "Elis, 7 oed / aged 7",
    ] {
        assert!(text.contains(both), "{both:?} missing");
    }
    assert!(text.find("Sesiwn 3 o 6").unwrap() < text.find("Session 3 of 6").unwrap());
    assert!(titles.contains(&(
        1,
        "Myfyrdodau’r gweithiwr / Worker’s reflections".to_string()
    )));

    let (_, read) = render_session(&s, Language::Welsh, "observed-welsh.pdf");
    let Some(read) = read else { return };
    let text = read.text();
    assert!(text.contains("Sesiwn 3 o 6") && text.contains("Ymatebion y plentyn"));
    assert!(!text.contains("Attendance") && !text.contains("Page 1 of"));
}

#[test]
fn remote_sessions_name_the_platform() {
    let mut s = session(2, true);
    s.remote = true;
    s.venue = "Microsoft Teams".into();
    let laid = layout(&observed_session_document(&header(), &s, Language::English)).unwrap();
    let texts: Vec<&str> = laid.pages[0].texts().map(|t| t.text.as_str()).collect();
    assert!(texts.contains(&"Remote platform") && texts.contains(&"Microsoft Teams"));
    assert!(!texts.contains(&"Venue"));
    // No assessment in the header (as for any service but remote supervised contact): no part.
    assert!(!texts.contains(&"Remote contact assessed as suitable"));
}

#[test]
fn the_remote_assessment_is_printed_before_the_sections_in_every_language() {
    let mut h = header();
    h.remote_assessment = Some(crate::model::DocRemoteAssessment {
        assessed_on: day(10, 2),
        assessed_by: "Gwenllïan ap Dafydd".into(),
        discussed: "Both parents, by telephone.".into(),
        limitations: "No physical contact; the call ends if the signal fails.".into(),
        feedback: String::new(),
    });
    let mut s = session(2, true);
    s.remote = true;
    let page_one = |lang| {
        let laid = layout(&observed_session_document(&h, &s, lang)).unwrap();
        let texts: Vec<String> = laid.pages[0].texts().map(|t| t.text.clone()).collect();
        texts.join(" ")
    };
    let en = page_one(Language::English);
    for needle in [
        "Remote contact assessed as suitable",
        "Gwenllïan ap Dafydd",
        "02/10/2026",
        "Both parents, by telephone.",
        "The limitations explained",
        "The feedback arrangements Nothing recorded",
    ] {
        assert!(en.contains(needle), "{needle} missing from {en}");
    }
    let assessed = en.find("Remote contact assessed").unwrap();
    assert!(assessed < en.find("1 Attendance").unwrap_or(usize::MAX));
    let cy = page_one(Language::Welsh);
    assert!(cy.contains("Asesiad bod cyswllt o bell yn addas"), "{cy}");
    assert!(!cy.contains("assessed as suitable"), "{cy}");
}

#[test]
fn an_incident_told_at_the_end_is_referred_to() {
    let c = compose::Composer::new(Language::English);
    let s = session(3, true);
    let blocks = observed::session_sections(&c, &s, Level::Two, &[incident(1), incident(3)]);
    let refers = blocks.iter().any(|b| {
        matches!(b, Block::Paragraph(p)
            if p == "Incident 2 (17/11/2026 10:40): see “Incidents” at the end of this record.")
    });
    assert!(refers, "{blocks:#?}");
    assert!(!blocks.iter().any(|b| matches!(b, Block::KeyValues(rows)
        if rows.iter().any(|(l, _)| l == "What happened"))));
}

#[test]
fn an_empty_value_on_the_cover_says_not_recorded() {
    let mut h = header();
    h.cafcass_number = String::new();
    h.referring_adviser = String::new();
    h.referring_adviser_role = None;
    let c = compose::Composer::new(Language::English);
    let rows = c.cover_rows(&h, record_texts::SUPERVISOR);
    let value = |label: &str| rows.iter().find(|(l, _)| l == label).unwrap().1.clone();
    assert_eq!(value("Cafcass number"), "Not recorded");
    assert_eq!(value("Referring FCA/FCSW"), "Not recorded");
    assert_eq!(value("Court"), "Family Court at Cardiff");
    assert!(rows.iter().all(|(_, v)| !v.trim().is_empty()), "{rows:?}");
}
