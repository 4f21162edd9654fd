//! Tests of the final Record of Observed Contact: cover, contents page numbers checked against
//! where each heading really is, the nested outline, incidents and addenda at the end.

use super::tests_observed::SECTIONS_EN;
use super::tests_pdf::poppler;
use super::tests_records::*;
use super::*;

/// Six weekly sessions from 03/11/2026; only session 3 had an incident. Session `n`'s
/// fingerprint is the digit `n` 64 times.
fn sessions(signed: usize) -> Vec<ObservedSession> {
    (1..=6u32)
        .map(|n| {
            let mut s = session(n, n as usize <= signed);
            s.date = day(11, 3) + chrono::Duration::days(7 * i64::from(n - 1));
            if n != 3 {
                s.incidents.clear();
            }
            if s.fingerprint.is_some() {
                s.fingerprint = Some(n.to_string().repeat(64));
            }
            s
        })
        .collect()
}

fn heading(n: u32) -> String {
    let d = day(11, 3) + chrono::Duration::days(7 * i64::from(n - 1));
    format!("Session {n}: {}", d.format("%d/%m/%Y"))
}

fn final_header() -> RecordHeader {
    RecordHeader {
        contact_ceased: Some(day(12, 8)),
        ..header()
    }
}

fn render_final(sessions: &[ObservedSession]) -> Vec<u8> {
    let incidents = [incident(3)];
    observed_final_pdf(
        &final_header(),
        sessions,
        &incidents,
        Some(6),
        270,
        Language::English,
        created(),
    )
    .unwrap()
    .bytes
}

/// The page number a contents line gives for `entry` (`-layout` keeps it on the entry's line).
fn contents_number(contents: &str, entry: &str) -> usize {
    let line = contents
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with(entry) && l[entry.len()..].starts_with("  "))
        .unwrap_or_else(|| panic!("{entry:?} not in the contents:\n{contents}"));
    line.split_whitespace().last().unwrap().parse().unwrap()
}

#[test]
fn contents_page_numbers_match_the_pages() {
    let bytes = render_final(&sessions(6));
    let dir = tempfile::tempdir().unwrap();
    let Some(read) = read_checked(&dir, "final-6.pdf", &bytes, Language::English) else {
        return;
    };
    eprintln!("final record, 6 sessions: {} pages", read.pages);
    assert!(read.pages >= 2 * 6, "{} pages", read.pages);
    // Where each heading really is: the last page naming it (the contents name it first).
    let page_of = |entry: &str| {
        read.page_texts
            .iter()
            .rposition(|p| p.lines().any(|l| l.trim() == entry))
            .map(|i| i + 1)
            .unwrap_or_else(|| panic!("{entry:?} not found"))
    };
    let first_session = page_of(&heading(1));
    assert!(read.page_texts[1].contains("Contents"));
    let mut contents = String::new();
    for n in 2..first_session {
        let page = n.to_string();
        let args = ["-layout", "-enc", "UTF-8", "-f", &page, "-l", &page];
        contents.push_str(&poppler("pdftotext", &args, &read.path).unwrap());
    }
    let mut entries: Vec<String> = (1..=6).map(heading).collect();
    entries.extend(["Incidents", "Addenda"].map(String::from));
    for entry in &entries {
        assert_eq!(contents_number(&contents, entry), page_of(entry), "{entry}");
    }
    // Each session starts on a new page, in order.
    let starts: Vec<usize> = (1..=6).map(|n| page_of(&heading(n))).collect();
    assert!(starts.windows(2).all(|w| w[0] < w[1]), "{starts:?}");
    // Sections are in the outline, not the contents: one page of contents for six sessions.
    assert!(!contents.contains("11 Summary"), "{contents}");
    assert_eq!(first_session, 3);
}

#[test]
fn cover_outline_incidents_addenda_and_fingerprint() {
    let bytes = render_final(&sessions(6));
    let titles = outline(&bytes);
    let top: Vec<&str> = titles
        .iter()
        .filter(|(d, _)| *d == 1)
        .map(|(_, t)| t.as_str())
        .collect();
    let mut expected = vec!["Record of Observed Contact".to_string(), "Contents".into()];
    expected.extend((1..=6).map(heading));
    expected.extend(["Incidents", "Addenda"].map(String::from));
    assert_eq!(top, expected);
    // Under each session: its eleven sections, the reflections and the signature.
    let at = titles.iter().position(|(_, t)| *t == heading(4)).unwrap();
    let under: Vec<&str> = titles[at + 1..]
        .iter()
        .take_while(|(d, _)| *d == 2)
        .map(|(_, t)| t.as_str())
        .collect();
    let mut sections = SECTIONS_EN.to_vec();
    sections.extend(["Worker’s reflections", "Signature"]);
    assert_eq!(under, sections);
    assert!(titles.contains(&(2, "Incident 1".to_string())));
    assert!(titles.contains(&(2, "Addendum 6 to session 6".to_string())));

    let dir = tempfile::tempdir().unwrap();
    let Some(read) = read_checked(&dir, "final-cover.pdf", &bytes, Language::English) else {
        return;
    };
    let cover = flat(&read.page_texts[0]);
    for value in [
        "Final record: every session of the referral",
        "Sessions held 6 of 6 planned",
        "Hours used 4 h 30 min",
        "Date contact ceased 08/12/2026",
        "Referral accepted 08/10/2026",
        "Rhodri Ŵyn Jones",
    ] {
        assert!(
            cover.contains(value),
            "{value:?} not on the cover:\n{cover}"
        );
    }
    let text = read.text();
    let flat = flat(&text);
    // Session 3 refers to the incident told in full at the end.
    assert!(
        flat.contains("Incident 1 (17/11/2026 10:40): see “Incidents” at the end of this record.")
    );
    assert_eq!(
        flat.matches("Mr Parry raised his voice at the supervisor")
            .count(),
        1
    );
    let incidents_page = text.rfind("\nIncidents\n").unwrap();
    assert!(text.rfind("Mr Parry raised his voice").unwrap() > incidents_page);
    // Addenda after the incidents, one per session.
    assert_eq!(text.matches("ADDENDUMTEXT").count(), 6);
    assert!(text.find("ADDENDUMTEXT").unwrap() > incidents_page);
    // The last session's fingerprint on every page; each session's in its signature block.
    let last = "6".repeat(64);
    for (i, page) in read.page_texts.iter().enumerate() {
        assert!(page.contains(&last), "no fingerprint on page {}", i + 1);
        assert!(!page.contains("DRAFT"), "page {}", i + 1);
    }
    assert!(flat.contains(&"3".repeat(30)), "session 3's fingerprint");
}

#[test]
fn one_unsigned_session_makes_the_final_record_a_draft() {
    let bytes = render_final(&sessions(5));
    let dir = tempfile::tempdir().unwrap();
    let Some(read) = read_checked(&dir, "final-draft.pdf", &bytes, Language::English) else {
        return;
    };
    for (i, page) in read.page_texts.iter().enumerate() {
        assert!(page.contains("DRAFT"), "no DRAFT on page {}", i + 1);
        assert!(
            !page.contains(&"5".repeat(64)),
            "footer fingerprint on page {}",
            i + 1
        );
    }
    let flat = flat(&read.text());
    assert_eq!(flat.matches("This record is a draft.").count(), 1);
    assert_eq!(flat.matches("Finalised on").count(), 5);
}

#[test]
fn a_remote_referrals_assessment_is_told_once_on_the_cover() {
    let header = RecordHeader {
        remote_assessment: Some(crate::model::DocRemoteAssessment {
            assessed_on: day(10, 2),
            assessed_by: "Gwenllïan ap Dafydd".into(),
            discussed: "DISCUSSED by telephone.".into(),
            limitations: "LIMITS of a video call.".into(),
            feedback: "FEEDBACK after each call.".into(),
        }),
        ..final_header()
    };
    let sessions: Vec<_> = sessions(6)
        .into_iter()
        .map(|mut s| {
            s.remote = true;
            s
        })
        .collect();
    let laid = layout(&observed_final_document(
        &header,
        &sessions,
        &[incident(3)],
        Some(6),
        270,
        Language::English,
    ))
    .unwrap();
    let page = |i: usize| -> String {
        let texts: Vec<&str> = laid.pages[i].texts().map(|t| t.text.as_str()).collect();
        texts.join(" ")
    };
    let cover = page(0);
    for needle in [
        "Remote contact assessed as suitable",
        "DISCUSSED",
        "LIMITS",
        "FEEDBACK",
    ] {
        assert!(
            cover.contains(needle),
            "{needle} missing from the cover: {cover}"
        );
    }
    let rest: String = (1..laid.pages.len()).map(page).collect();
    assert!(!rest.contains("DISCUSSED"), "the assessment is told once");
}

#[test]
fn bilingual_final_record_lists_sessions_in_both_languages() {
    let bytes = observed_final_pdf(
        &final_header(),
        &sessions(6)[..2],
        &[],
        Some(6),
        120,
        Language::Bilingual,
        created(),
    )
    .unwrap()
    .bytes;
    let titles = outline(&bytes);
    assert!(titles.contains(&(
        1,
        "Sesiwn 2: 10/11/2026 / Session 2: 10/11/2026".to_string()
    )));
    assert!(titles.contains(&(1, "Cynnwys / Contents".to_string())));
    let dir = tempfile::tempdir().unwrap();
    let Some(read) = read_checked(&dir, "final-bilingual.pdf", &bytes, Language::Bilingual) else {
        return;
    };
    let cover = flat(&read.page_texts[0]);
    assert!(cover.contains("Hours used 2 awr / 2 h"), "{cover}");
    assert!(
        cover.contains("2 o’r 6 a gynlluniwyd / 2 of 6 planned"),
        "{cover}"
    );
}
