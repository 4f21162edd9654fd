//! Tests of the Record of Supported Contact: the attendance of every session, totals, incidents
//! where a risk arose, the date contact ceased, the signature, and no observation sections.

use super::tests_records::*;
use super::*;

fn row(person: &str, role: &str, times: Option<((u32, u32), (u32, u32))>) -> AttendanceRow {
    AttendanceRow {
        person: person.into(),
        role: role.into(),
        arrived: times.map(|((h, m), _)| at(h, m)),
        left: times.map(|(_, (h, m))| at(h, m)),
        brought_by: "BROUGHTBY".into(),
        notes: "NOTESTEXT said something about the session".into(),
    }
}

/// Six weekly sessions: four attended (one of two hours), one cancelled, one missed: 6 hours
/// used, the missed session counting as the rule counts it.
fn sessions() -> Vec<SupportedSession> {
    let family = || {
        vec![
            row("Siân Llŷr", "Mother", Some(((9, 55), (10, 2)))),
            row("Owain Glyndŵr Parry", "Father", Some(((10, 0), (11, 0)))),
            row("Elis Llŷr", "Child", Some(((9, 55), (11, 0)))),
        ]
    };
    (1..=6u32)
        .map(|n| {
            let status = match n {
                3 => SupportedStatus::Cancelled {
                    by: "the father".into(),
                },
                5 => SupportedStatus::DidNotAttend {
                    who: "Owain Glyndŵr Parry".into(),
                },
                _ => SupportedStatus::Attended,
            };
            let attendance = match n {
                3 => vec![],
                5 => vec![
                    row("Siân Llŷr", "Mother", Some(((9, 55), (10, 30)))),
                    row("Owain Glyndŵr Parry", "Father", None),
                ],
                _ => family(),
            };
            SupportedSession {
                number: n,
                date: day(11, 3) + chrono::Duration::days(7 * i64::from(n - 1)),
                scheduled_start: Some(at(10, 0)),
                scheduled_end: Some(at(if n == 4 { 12 } else { 11 }, 0)),
                status,
                attendance,
            }
        })
        .collect()
}

fn coordinator() -> Signature {
    Signature {
        name: "Ffion Hughes".into(),
        role: "Centre coordinator".into(),
        signed_at: when(12, 10, 9, 0),
        key_fingerprint: None,
    }
}

fn supported_header() -> RecordHeader {
    RecordHeader {
        service: "Supported contact (centre)".into(),
        supervisor: "Ffion Hughes".into(),
        contact_ceased: Some(day(12, 8)),
        ..header()
    }
}

fn render(signed: bool, incidents: &[IncidentSummary], lang: Language) -> Vec<u8> {
    let sig = coordinator();
    let parts = SupportedParts {
        header: &supported_header(),
        sessions: &sessions(),
        incidents,
        signature: signed.then_some(&sig),
        fingerprint: Some(FINGERPRINT),
    };
    supported_pdf(&parts, lang, created(), Vec::new())
        .unwrap()
        .bytes
}

#[test]
fn monitoring_information_attendance_totals_incidents_and_signature() {
    let bytes = render(true, &[incident(2)], Language::English);
    let titles = outline(&bytes);
    let expected = [
        (1, "Record of Supported Contact"),
        (1, "1 Sessions and attendance"),
        (1, "2 Totals"),
        (1, "3 Incidents where a risk arose"),
        (2, "Incident 1"),
        (1, "4 End of contact"),
        (1, "5 Signature"),
    ];
    let expected: Vec<(usize, String)> =
        expected.iter().map(|(d, t)| (*d, t.to_string())).collect();
    assert_eq!(titles, expected);

    let dir = tempfile::tempdir().unwrap();
    let Some(read) = read_checked(&dir, "supported.pdf", &bytes, Language::English) else {
        return;
    };
    let text = read.text();
    let flat = flat(&text);
    for value in [
        "Record of Supported Contact",
        "This record gives monitoring information only",
        "Date",
        "Arrived–left, person",
        "When",
        "Status",
        "03/11/2026",
        "08/12/2026",
        "10:00–12:00",
        "09:55–10:02 Siân Llŷr (Mother)",
        "10:00–11:00 Owain Glyndŵr Parry (Father)",
        "Not present: Owain Glyndŵr Parry (Father)",
        "Cancelled by the father",
        "Did not attend (Owain Glyndŵr Parry)",
        "Sessions offered",
        "Sessions attended",
        "2 (cancelled: 1; did not attend: 1)",
        "6 h of 6 h",
        "Mr Parry raised his voice at the supervisor",
        "Cafcass Cymru duty FCA (by telephone)",
        "Date contact ceased",
        "Ffion Hughes",
        "Centre coordinator",
        "Finalised on",
        "10/12/2026 09:00",
    ] {
        assert!(flat.contains(value), "{value:?} missing:\n{text}");
    }
    assert_eq!(
        flat.matches("Attended").count(),
        4,
        "four sessions attended"
    );
    // What was typed about the session itself is never printed.
    assert!(!text.contains("NOTESTEXT") && !text.contains("BROUGHTBY"));
    for (i, page) in read.page_texts.iter().enumerate() {
        assert!(page.contains(FINGERPRINT), "fingerprint on page {}", i + 1);
        assert!(!page.contains("DRAFT"), "page {}", i + 1);
    }
}

#[test]
fn no_observation_sections_in_any_language() {
    for lang in [Language::English, Language::Welsh, Language::Bilingual] {
        let bytes = render(true, &[], lang);
        let titles: Vec<String> = outline(&bytes).into_iter().map(|(_, t)| t).collect();
        assert_eq!(titles.len(), 6, "{titles:?}");
        let dir = tempfile::tempdir().unwrap();
        let Some(read) = read_checked(&dir, "supported-check.pdf", &bytes, lang) else {
            return;
        };
        let flat = flat(&read.text());
        for observed in [
            "Aim of the session",
            "Arrival and greeting",
            "The adult’s engagement",
            "The child’s responses",
            "Physical contact",
            "Conversation about the case",
            "Interventions",
            "Concerns and safeguarding",
            "Ending and handover",
            "Summary",
            "Worker’s reflections",
            "what the supervisor saw and heard",
            "Nod y sesiwn",
            "Cyrraedd a chyfarch",
            "Ymatebion y plentyn",
            "Ymyriadau",
            "Crynodeb",
            "Myfyrdodau’r gweithiwr",
        ] {
            assert!(
                !flat.contains(observed),
                "{observed:?} in the {lang:?} supported record"
            );
        }
        assert!(flat.contains("Nothing recorded") || flat.contains("Dim wedi’i gofnodi"));
        // What was typed is printed once, even in a bilingual record.
        assert_eq!(flat.matches("(Owain Glyndŵr Parry)").count(), 1, "{lang:?}");
        if lang == Language::Welsh {
            assert!(flat.contains("Canslwyd gan the father"));
        }
        if lang != Language::English {
            assert!(flat.contains("Cofnod o Gyswllt â Chymorth"));
            assert!(flat.contains("Canslwyd gan"));
            assert!(flat.contains("6 awr o 6 awr"));
        }
    }
}

#[test]
fn unsigned_supported_record_is_a_draft() {
    let bytes = render(false, &[], Language::English);
    let dir = tempfile::tempdir().unwrap();
    let Some(read) = read_checked(&dir, "supported-draft.pdf", &bytes, Language::English) else {
        return;
    };
    for (i, page) in read.page_texts.iter().enumerate() {
        assert!(page.contains("DRAFT"), "page {}", i + 1);
        assert!(!page.contains(FINGERPRINT), "page {}", i + 1);
    }
    let flat = flat(&read.text());
    assert!(flat.contains("This record is a draft."));
    assert!(!flat.contains("Centre coordinator") && !flat.contains("10/12/2026 09:00"));
}
