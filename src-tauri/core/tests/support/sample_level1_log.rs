//! The sample's Level 1 indirect contact log: each letter and card from the father through its
//! life (checked, then passed on or withheld and why) with the children's and parents' responses.

use chrono::NaiveDate;
use contact_records_core::model::*;

/// The log as the centre coordinator signed it.
pub fn level1_log() -> ReportBody {
    let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    ReportBody {
        sections: vec![ReportSection {
            code: SectionCode::Summary,
            entries: vec![ReportEntry {
                text: "Three letters and a card came from Mr Thompson; two were passed on and \
                       one withheld."
                    .into(),
                ..ReportEntry::default()
            }],
        }],
        log: vec![
            LogEntry {
                kind: LogEntryKind::Communication,
                date: d(10, 2),
                what: "Letter from Mr Thompson to Siân and Dylan".into(),
                checked_on: Some(d(10, 2)),
                delivered_on: Some(d(10, 5)),
                child_response: "Siân read it twice and drew a picture in reply.".into(),
                parents_response: "Ms Llŷr read it with the children.".into(),
                ..LogEntry::default()
            },
            LogEntry {
                kind: LogEntryKind::Communication,
                date: d(10, 16),
                what: "Letter from Mr Thompson about the court case".into(),
                checked_on: Some(d(10, 16)),
                withheld_on: Some(d(10, 16)),
                withheld_reason: "It discussed the court proceedings; returned to Mr Thompson \
                                  with an explanation."
                    .into(),
                parents_response: "Mr Thompson accepted the reason and wrote again.".into(),
                ..LogEntry::default()
            },
            LogEntry {
                kind: LogEntryKind::Communication,
                date: d(10, 30),
                what: "Birthday card and letter for Dylan".into(),
                checked_on: Some(d(10, 30)),
                delivered_on: Some(d(11, 2)),
                child_response: "Dylan smiled and asked to keep the card by his bed.".into(),
                ..LogEntry::default()
            },
        ],
        ..ReportBody::default()
    }
}
