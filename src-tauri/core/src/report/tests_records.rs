//! Shared fixtures and PDF checks for the record tests: a Welsh case, full and empty sessions,
//! and the checks every exported record must pass (A4, fonts, "Page X of Y", outline).

use std::path::PathBuf;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

use super::tests_pdf::{poppler, write};
use super::*;

pub fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

pub fn at(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

pub fn when(m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    day(m, d).and_time(at(h, min))
}

pub fn created() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 16, 30, 0).unwrap()
}

pub const FINGERPRINT: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

pub fn header() -> RecordHeader {
    RecordHeader {
        case_name: "Re: Elis Llŷr (a child)".into(),
        court: "Family Court at Cardiff".into(),
        court_case_number: "CF24P00123".into(),
        cafcass_number: "IRIS-2024-118734".into(),
        cafcass_system: "Cafcass Cymru (IRIS)".into(),
        referring_adviser: "Gwenllïan ap Dafydd".into(),
        referring_adviser_role: Some(AdviserRole::Fca),
        provider: "Canolfan Gyswllt Aberystwyth, Ffordd y Môr".into(),
        service: "Supervised contact (centre)".into(),
        referral_sent: Some(day(10, 1)),
        referral_accepted: Some(day(10, 8)),
        contact_started: Some(day(10, 20)),
        contact_ceased: None,
        supervisor: "Rhodri Ŵyn Jones".into(),
        remote_assessment: None,
    }
}

pub fn incident(session: u32) -> IncidentSummary {
    IncidentSummary {
        when: when(11, 17, 10, 40),
        session_number: Some(session),
        what_happened: "Mr Parry raised his voice at the supervisor in the corridor.".into(),
        action_taken: "Session paused for five minutes; Elis stayed with a volunteer.".into(),
        reported_to: "Cafcass Cymru duty FCA (by telephone)".into(),
        reported_on: Some(when(11, 17, 14, 5).date()),
        written_follow_up_sent: Some(day(11, 18)),
    }
}

/// A signed (or draft) session with every section filled in; each text names its section.
pub fn session(number: u32, signed: bool) -> ObservedSession {
    let person = |person: &str, role: &str, arrived, left, by: &str, notes: &str| AttendanceRow {
        person: person.into(),
        role: role.into(),
        arrived,
        left,
        brought_by: by.into(),
        notes: notes.into(),
    };
    ObservedSession {
        number,
        of_planned: Some(6),
        date: day(11, 17),
        scheduled_start: Some(at(10, 0)),
        scheduled_end: Some(at(11, 0)),
        actual_start: Some(at(10, 5)),
        actual_end: Some(at(11, 0)),
        venue: "Ystafell Deulu, Canolfan Gyswllt Aberystwyth".into(),
        remote: false,
        attendance: vec![
            person(
                "Siân Llŷr",
                "Mother (resident)",
                Some(at(9, 55)),
                Some(at(10, 5)),
                "",
                "",
            ),
            person(
                "Elis Llŷr",
                "Child, 7",
                Some(at(9, 55)),
                Some(at(11, 0)),
                "Siân Llŷr",
                "",
            ),
            person(
                "Mali Llŷr",
                "Child, 4",
                Some(at(9, 55)),
                Some(at(11, 0)),
                "Siân Llŷr",
                "",
            ),
            person(
                "Owain Glyndŵr Parry",
                "Father (visiting)",
                Some(at(10, 5)),
                Some(at(11, 0)),
                "",
                "Five minutes late; said the bus from Llanfair-ym-Muallt was delayed.",
            ),
            person(
                "Gwenllïan ap Dafydd",
                "Grandmother",
                None,
                None,
                "",
                "Did not attend.",
            ),
        ],
        aim_and_requirements: "AIMTEXT Observe whether Mr Parry follows Elis’s lead in play."
            .into(),
        arrival_and_greeting: "ARRIVALTEXT Elis ran to his father and hugged him.".into(),
        adult_engagement: "ENGAGEMENTTEXT Mr Parry played on the floor, warm and patient; \
                           Welsh letters ŵ ŷ Ŵ Ŷ were typed here."
            .into(),
        children: vec![
            ChildResponse {
                child_name: "Elis".into(),
                child_age: Some(7),
                observations: "ELISOBS Elis laughed often and showed his father a drawing.".into(),
                quotes: vec![
                    "Dw i eisiau aros gyda Dad am fwy o amser.".into(),
                    "Can we come back next week?".into(),
                ],
            },
            ChildResponse {
                child_name: "Mali".into(),
                child_age: Some(4),
                observations: "MALIOBS Mali stayed close to the door at first.".into(),
                quotes: vec![],
            },
        ],
        physical_contact_gifts_food_photos_phones: "PHYSICALTEXT A hug at the start; father \
                                                    brought grapes."
            .into(),
        conversation_about_case: "CONVERSATIONTEXT Mr Parry asked where Elis wanted to live."
            .into(),
        interventions: vec![Intervention {
            time: Some(at(10, 20)),
            what: "INTERVENTIONWHAT Reminded Mr Parry not to discuss the case.".into(),
            why: "He asked Elis where he wanted to live.".into(),
            response: "He apologised and went back to the game.".into(),
        }],
        concerns_and_safeguarding: "CONCERNSTEXT Raised voice in the corridor, see incident."
            .into(),
        incidents: vec![incident(number)],
        ending_and_handover: "ENDINGTEXT Elis said goodbye calmly; handed to Siân Llŷr.".into(),
        summary: "SUMMARYTEXT A warm session with one reminder.".into(),
        worker_reflections: "REFLECTIONSTEXT I felt the pause helped everyone settle.".into(),
        signature: signed.then(|| Signature {
            name: "Rhodri Ŵyn Jones".into(),
            role: "Contact supervisor".into(),
            signed_at: when(11, 17, 15, 30),
            key_fingerprint: Some("3F2A 91C0 7B44 E2D1".into()),
        }),
        addenda: if signed {
            vec![Addendum {
                signed_at: when(11, 20, 9, 15),
                name: "Rhodri Ŵyn Jones".into(),
                role: "Contact supervisor".into(),
                reason: "ADDENDUMREASON Time of arrival corrected".into(),
                text: "ADDENDUMTEXT Mr Parry arrived at 10:05, not 10:10.".into(),
            }]
        } else {
            vec![]
        },
        fingerprint: signed.then(|| FINGERPRINT.to_string()),
    }
}

/// A session in which nothing was recorded at all.
pub fn empty_session() -> ObservedSession {
    ObservedSession {
        number: 1,
        date: day(11, 3),
        ..ObservedSession::default()
    }
}

/// What poppler read back from a PDF that passed the common checks.
pub struct Read {
    pub path: PathBuf,
    pub pages: usize,
    /// The text of each page (index 0 is page 1).
    pub page_texts: Vec<String>,
}

impl Read {
    pub fn text(&self) -> String {
        self.page_texts.join("\n")
    }
}

/// Writes the PDF and checks what every record must be: A4 on every page, both fonts embedded
/// and subset with Unicode maps, "Page X of Y" (or its Welsh) on every page, metadata set.
/// `None` when poppler-utils is not installed.
pub fn read_checked(
    dir: &tempfile::TempDir,
    name: &str,
    bytes: &[u8],
    lang: Language,
) -> Option<Read> {
    assert!(bytes.starts_with(b"%PDF-"));
    let path = write(dir, name, bytes);
    let info = poppler("pdfinfo", &[], &path)?;
    let pages: usize = field(&info, "Pages").parse().unwrap();
    assert!(!field(&info, "Title").is_empty(), "{info}");
    assert!(field(&info, "Subject").contains("CF24P00123"), "{info}");
    assert_eq!(field(&info, "CreationDate"), "Mon Nov 23 16:30:00 2026 UTC");
    let sizes = poppler("pdfinfo", &["-f", "1", "-l", &pages.to_string()], &path)?;
    let a4 = sizes
        .lines()
        .filter(|l| l.contains(" size:") && l.ends_with("595.276 x 841.89 pts (A4)"))
        .count();
    assert_eq!(a4, pages, "{sizes}");

    let fonts = poppler("pdffonts", &[], &path)?;
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "{fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert!(cols[0].contains('+') && row.contains("DejaVuSans"), "{row}");
        assert_eq!(
            cols[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "emb/sub/uni: {row}"
        );
    }

    let mut page_texts = Vec::new();
    for n in 1..=pages {
        let page = n.to_string();
        let text = poppler(
            "pdftotext",
            &["-enc", "UTF-8", "-f", &page, "-l", &page],
            &path,
        )?;
        let number = strings::page_x_of_y(lang, n, pages);
        assert!(
            text.contains(&number),
            "{number:?} missing on page {n}:\n{text}"
        );
        page_texts.push(text);
    }
    Some(Read {
        path,
        pages,
        page_texts,
    })
}

fn field(info: &str, key: &str) -> String {
    info.lines()
        .find(|l| l.starts_with(&format!("{key}:")))
        .map(|l| l[key.len() + 1..].trim().to_string())
        .unwrap_or_default()
}

/// The outline as (depth, title) in document order, read with lopdf.
pub fn outline(bytes: &[u8]) -> Vec<(usize, String)> {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let catalog = doc.catalog().unwrap();
    let root = catalog.get(b"Outlines").unwrap().as_reference().unwrap();
    let mut out = Vec::new();
    walk(&doc, doc.get_dictionary(root).unwrap(), 1, &mut out);
    out
}

fn walk(
    doc: &lopdf::Document,
    parent: &lopdf::Dictionary,
    depth: usize,
    out: &mut Vec<(usize, String)>,
) {
    let mut next = parent.get(b"First").ok().map(|o| o.as_reference().unwrap());
    while let Some(id) = next {
        let entry = doc.get_dictionary(id).unwrap();
        let raw = entry.get(b"Title").unwrap().as_str().unwrap();
        let units: Vec<u16> = raw[2..]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        out.push((depth, String::from_utf16(&units).unwrap()));
        walk(doc, entry, depth + 1, out);
        next = entry.get(b"Next").ok().map(|o| o.as_reference().unwrap());
    }
}

/// Collapses runs of white space, so phrases wrapped across lines can be found.
pub fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
