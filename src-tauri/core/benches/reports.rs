//! How long the court documents take to produce: the final Record of Observed Contact of a
//! six-session referral (about a dozen pages) and of a sixty-session one. The page counts and
//! file sizes are printed once so they can be reported beside the times.

use std::hint::black_box;

use chrono::{Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use contact_records_core::report::*;
use criterion::{criterion_group, criterion_main, Criterion};

fn at(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
}

fn header() -> RecordHeader {
    let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d);
    RecordHeader {
        case_name: "Re: Elis Llŷr (a child)".into(),
        court: "Family Court at Cardiff".into(),
        court_case_number: "CF24P00123".into(),
        cafcass_number: "IRIS-2024-118734".into(),
        cafcass_system: "Cafcass Cymru (IRIS)".into(),
        referring_adviser: "Gwenllïan ap Dafydd".into(),
        referring_adviser_role: Some(AdviserRole::Fca),
        provider: "Canolfan Gyswllt Aberystwyth".into(),
        service: "Supervised contact (centre)".into(),
        referral_sent: day(9, 1),
        referral_accepted: day(9, 8),
        contact_started: day(9, 15),
        contact_ceased: None,
        supervisor: "Rhodri Ŵyn Jones".into(),
        remote_assessment: None,
    }
}

/// A typical one-hour session: three people, a paragraph or two per section, one child with
/// two quotes, one intervention.
fn session(number: u32) -> ObservedSession {
    let date = NaiveDate::from_ymd_opt(2026, 9, 15).unwrap_or_default()
        + Duration::days(7 * i64::from(number - 1));
    let person = |name: &str, role: &str, by: &str| AttendanceRow {
        person: name.into(),
        role: role.into(),
        arrived: Some(at(9, 55)),
        left: Some(at(11, 0)),
        brought_by: by.into(),
        notes: String::new(),
    };
    let text = "Elis went straight to the toy box and showed his father a tractor. Mr Parry \
                knelt beside him, asked about school and listened to the answer before \
                suggesting they build a farm together.";
    ObservedSession {
        number,
        of_planned: None,
        date,
        scheduled_start: Some(at(10, 0)),
        scheduled_end: Some(at(11, 0)),
        actual_start: Some(at(10, 0)),
        actual_end: Some(at(11, 0)),
        venue: "Ystafell Deulu, Canolfan Gyswllt Aberystwyth".into(),
        remote: false,
        attendance: vec![
            person("Siân Llŷr", "Mother (resident)", ""),
            person("Elis Llŷr", "Child, 7", "Siân Llŷr"),
            person("Owain Glyndŵr Parry", "Father (visiting)", ""),
        ],
        aim_and_requirements: "Observe whether Mr Parry follows Elis’s lead in play.".into(),
        arrival_and_greeting: text.into(),
        adult_engagement: format!("{text} {text}"),
        children: vec![ChildResponse {
            child_name: "Elis".into(),
            child_age: Some(7),
            observations: text.into(),
            quotes: vec![
                "Dw i eisiau aros gyda Dad am fwy o amser.".into(),
                "Can we come back next week?".into(),
            ],
        }],
        physical_contact_gifts_food_photos_phones: "A hug at the start and at the end.".into(),
        conversation_about_case: String::new(),
        interventions: vec![Intervention {
            time: Some(at(10, 20)),
            what: "Reminded Mr Parry not to discuss the case.".into(),
            why: "He asked Elis where he wanted to live.".into(),
            response: "He apologised and went back to the game.".into(),
        }],
        concerns_and_safeguarding: String::new(),
        incidents: vec![],
        ending_and_handover: "Elis said goodbye calmly and left with his mother.".into(),
        summary: text.into(),
        worker_reflections: String::new(),
        signature: Some(Signature {
            name: "Rhodri Ŵyn Jones".into(),
            role: "Contact supervisor".into(),
            signed_at: date.and_time(at(15, 0)),
            key_fingerprint: None,
        }),
        addenda: vec![],
        fingerprint: Some(format!("{number:064x}")),
    }
}

fn reports(c: &mut Criterion) {
    let header = header();
    let created = Utc
        .with_ymd_and_hms(2026, 12, 1, 9, 0, 0)
        .single()
        .unwrap_or_default();
    for count in [6u32, 60] {
        let sessions: Vec<ObservedSession> = (1..=count).map(session).collect();
        let minutes = count * 60;
        let produce = || {
            observed_final_pdf(
                &header,
                &sessions,
                &[],
                Some(count),
                minutes,
                Language::English,
                created,
            )
            .map(|pdf| pdf.bytes)
        };
        let doc = observed_final_document(
            &header,
            &sessions,
            &[],
            Some(count),
            minutes,
            Language::English,
        );
        match (layout(&doc), produce()) {
            (Ok(laid), Ok(bytes)) => {
                eprintln!(
                    "final record, {count} sessions: {} pages, {} bytes ({:.1} KiB)",
                    laid.pages.len(),
                    bytes.len(),
                    bytes.len() as f64 / 1024.0
                );
                // A copy to look at, as the layout tests keep theirs.
                if let Ok(dir) = std::env::var("REPORT_SAMPLE_DIR") {
                    let path = std::path::Path::new(&dir).join(format!("bench-final-{count}.pdf"));
                    if let Err(e) = std::fs::write(&path, &bytes) {
                        eprintln!("{}: {e}", path.display());
                    }
                }
            }
            (Err(e), _) | (_, Err(e)) => eprintln!("final record, {count} sessions: {e}"),
        }
        c.bench_function(&format!("final record, {count} sessions"), |b| {
            b.iter(|| black_box(produce().map(|bytes| bytes.len())))
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = reports
}
criterion_main!(benches);
