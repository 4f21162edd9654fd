//! The Level 1 log as a PDF ("in the agreed format"): a cover, then each contact or
//! communication in date order with its life (received, checked, delivered or withheld and why)
//! and the child's and parents' responses, then the signature and addenda.

use super::compose::{date, Composer};
use super::court_report::{closing, cover, entries, report_header, sessions};
use super::court_texts as ct;
use super::document::{Block, Document, Level};
use super::from_document::signed_parts;
use crate::model::signed::DocReport;
use crate::model::{LogEntry, LogEntryKind, RecordSource, SectionCode};

pub(crate) fn log_document(src: &RecordSource, report: &DocReport, c: &Composer) -> Document {
    let h = report_header(src, c.lang);
    let mut blocks = cover(c, src, report, &h);
    let log = &report.body.log;
    let mut rows = Vec::new();
    if let (Some(first), Some(last)) = (
        log.iter().map(|e| e.date).min(),
        log.iter().map(|e| e.date).max(),
    ) {
        rows.push(c.row(ct::LOG_PERIOD, format!("{} – {}", date(first), date(last))));
    }
    rows.push(c.row(ct::ENTRIES, log.len().to_string()));
    blocks.push(Block::KeyValues(rows));
    blocks.push(Block::PageBreak);
    blocks.push(c.section(Level::One, Some(1), ct::SUMMARY));
    blocks.extend(entries(c, report.body.section(SectionCode::Summary)));
    let mut n = 1;
    if !src.document.sessions.is_empty() {
        n += 1;
        blocks.push(c.section(Level::One, Some(n), ct::SESSIONS));
        blocks.extend(sessions(c, &src.document.sessions));
    }
    n += 1;
    blocks.push(c.section(Level::One, Some(n), ct::THE_LOG));
    if log.is_empty() {
        blocks.push(c.nothing());
    }
    let mut sorted: Vec<&LogEntry> = log.iter().collect();
    sorted.sort_by_key(|e| e.date);
    for e in sorted {
        blocks.push(Block::Heading {
            level: Level::Two,
            text: format!(
                "{} · {}",
                date(e.date),
                c.fixed(kind(e)).replace('\n', " / ")
            ),
            bookmark: false,
        });
        blocks.push(Block::KeyValues(rows_of(c, e)));
    }
    n += 1;
    blocks.extend(closing(c, src, Some(n)));
    let (signature, fingerprint) = signed_parts(&src.document, src.signed.as_ref());
    Document {
        language: c.lang,
        header: c.running_header(&h, ct::LOG_TITLE),
        draft: signature.is_none(),
        fingerprint,
        confidentiality: None,
        blocks,
    }
}

fn kind(e: &LogEntry) -> super::strings::FixedText {
    match e.kind {
        LogEntryKind::Communication => ct::COMMUNICATION,
        LogEntryKind::Contact => ct::CONTACT,
    }
}

fn rows_of(c: &Composer, e: &LogEntry) -> Vec<(String, String)> {
    let or_nothing = |s: &str| {
        if s.trim().is_empty() {
            c.fixed(super::strings::NOTHING_RECORDED)
        } else {
            s.to_string()
        }
    };
    let mut rows = vec![c.row(kind(e), e.what.as_str())];
    if e.kind == LogEntryKind::Communication {
        rows.push(c.row(ct::RECEIVED, date(e.date)));
        if let Some(d) = e.checked_on {
            rows.push(c.row(ct::CHECKED, date(d)));
        }
        match (e.delivered_on, e.withheld_on) {
            (Some(d), _) => rows.push(c.row(ct::DELIVERED, date(d))),
            (None, Some(d)) => {
                rows.push(c.row(ct::WITHHELD, date(d)));
                rows.push(c.row(ct::WHY_WITHHELD, e.withheld_reason.as_str()));
            }
            (None, None) => rows.push(c.row(ct::DELIVERED, c.fixed(ct::NOT_YET_PASSED_ON))),
        }
    }
    rows.push(c.row(ct::CHILD_RESPONSE, or_nothing(&e.child_response)));
    rows.push(c.row(ct::PARENTS_RESPONSE, or_nothing(&e.parents_response)));
    rows
}
