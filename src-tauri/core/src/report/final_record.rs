//! The final Record of Observed Contact: every session of a referral in one document, with a
//! cover page, a contents list, each session on its own pages, then incidents and addenda.

use chrono::{DateTime, Utc};

use super::compose::{date, Composer};
use super::document::{Attachment, Block, Document, Level, Rendered};
use super::observed::{session_rows, session_sections};
use super::record_data::{
    IncidentSummary, ObservedSession, RecordHeader, Signature, SupportedSession, SupportedStatus,
};
use super::record_texts as t;
use super::strings::{self, Language};
use super::{render, ReportError};

/// All sessions of a referral as one PDF. `incidents` are the referral's incidents, told in full
/// at the end (a session refers to them by number); `hours_used_minutes` is printed on the cover
/// as "4 h 30 min". The record is a draft while any session is unsigned; once all are signed the
/// footer carries the last session's fingerprint, the head of the hash chain they belong to.
pub fn observed_final_pdf(
    header: &RecordHeader,
    sessions: &[ObservedSession],
    incidents: &[IncidentSummary],
    planned_sessions: Option<u32>,
    hours_used_minutes: u32,
    lang: Language,
    created: DateTime<Utc>,
) -> Result<Rendered, ReportError> {
    let parts = FinalParts {
        header,
        sessions,
        incidents,
        planned_sessions,
        hours_used_minutes,
        not_held: &[],
        signature: None,
        fingerprint: None,
    };
    final_pdf(&parts, lang, created, Vec::new())
}

/// Everything the final Record of Observed Contact prints. Once the final record is signed it
/// carries its own `signature` and `fingerprint`; sessions that were missed or cancelled are
/// listed in `not_held` (who did not come, or who cancelled) without needing a record.
pub struct FinalParts<'a> {
    pub header: &'a RecordHeader,
    /// The records of the sessions that took place.
    pub sessions: &'a [ObservedSession],
    pub incidents: &'a [IncidentSummary],
    pub planned_sessions: Option<u32>,
    pub hours_used_minutes: u32,
    pub not_held: &'a [SupportedSession],
    pub signature: Option<&'a Signature>,
    pub fingerprint: Option<&'a str>,
}

/// The final record from its parts (see [`FinalParts`]).
pub fn final_pdf(
    parts: &FinalParts<'_>,
    lang: Language,
    created: DateTime<Utc>,
    attachments: Vec<Attachment>,
) -> Result<Rendered, ReportError> {
    let header = parts.header;
    let c = Composer::new(lang);
    let doc = final_document(parts, lang);
    let title = format!(
        "{}: {}",
        c.fixed(t::OBSERVED_TITLE),
        c.fixed(t::FINAL_SUBTITLE)
    );
    let mut meta = c.meta(header, title, &header.supervisor, created);
    meta.attachments = attachments;
    render(&doc, &meta)
}

/// The document behind [`observed_final_pdf`], for layout checks and previews.
pub fn observed_final_document(
    header: &RecordHeader,
    sessions: &[ObservedSession],
    incidents: &[IncidentSummary],
    planned_sessions: Option<u32>,
    hours_used_minutes: u32,
    lang: Language,
) -> Document {
    let parts = FinalParts {
        header,
        sessions,
        incidents,
        planned_sessions,
        hours_used_minutes,
        not_held: &[],
        signature: None,
        fingerprint: None,
    };
    final_document(&parts, lang)
}

/// The document behind [`final_pdf`].
pub fn final_document(parts: &FinalParts<'_>, lang: Language) -> Document {
    let FinalParts {
        header,
        sessions,
        incidents,
        planned_sessions,
        hours_used_minutes,
        ..
    } = *parts;
    let c = Composer::new(lang);
    let mut blocks = cover(
        &c,
        header,
        sessions.len(),
        planned_sessions,
        hours_used_minutes,
    );
    blocks.push(Block::PageBreak);
    // Sessions, incidents and addenda: every session has the same thirteen sections, and
    // listing them would take a page of contents per four sessions (24 pages for 60). The
    // outline keeps every section, nested under its session.
    blocks.push(Block::Contents {
        title: c.fixed(strings::CONTENTS),
        deepest: Level::One,
    });
    for s in sessions {
        blocks.push(Block::PageBreak);
        blocks.push(Block::heading(
            Level::One,
            c.bi(&t::session_heading(s.number, &date(s.date))),
        ));
        let mut rows = session_rows(&c, s);
        // The cover names the supervisor of the referral; a session may have had another.
        if let Some(sig) = &s.signature {
            rows.push(c.row(t::SUPERVISOR, sig.name.as_str()));
        }
        blocks.push(Block::KeyValues(rows));
        blocks.extend(session_sections(&c, s, Level::Two, incidents));
        blocks.extend(c.signature_section(
            Level::Two,
            None,
            s.signature.as_ref(),
            s.fingerprint.as_deref().filter(|_| s.is_final()),
        ));
    }
    if !parts.not_held.is_empty() {
        blocks.push(Block::PageBreak);
        blocks.push(c.section(Level::One, None, t::SESSIONS_NOT_HELD));
        let rows = parts
            .not_held
            .iter()
            .map(|s| {
                let status = match &s.status {
                    SupportedStatus::Cancelled { by } => t::cancelled_by(by, lang),
                    SupportedStatus::DidNotAttend { who } => t::did_not_attend(who, lang),
                    SupportedStatus::Attended => String::new(),
                };
                (c.bi(&t::session_heading(s.number, &date(s.date))), status)
            })
            .collect();
        blocks.push(Block::KeyValues(rows));
    }
    blocks.push(Block::PageBreak);
    blocks.push(c.section(Level::One, None, t::INCIDENTS));
    blocks.extend(c.incidents(Level::Two, incidents));
    blocks.push(c.section(Level::One, None, t::ADDENDA));
    let addenda: Vec<_> = sessions
        .iter()
        .flat_map(|s| s.addenda.iter().map(move |a| (Some(s.number), a)))
        .collect();
    if addenda.is_empty() {
        blocks.push(c.nothing());
    } else {
        blocks.extend(c.addenda(Level::Two, addenda));
    }

    if let Some(sig) = parts.signature {
        blocks.push(c.section(Level::One, None, t::FINAL_SIGNATURE));
        blocks.push(c.signature(sig, parts.fingerprint));
    }
    // Signed as a whole, the final record is final; before that, it is a draft unless every
    // session that took place is signed (and then the footer shows the last one's fingerprint).
    let (finalised, fingerprint) = match (parts.signature, parts.fingerprint) {
        (Some(_), Some(fp)) => (true, Some(fp.to_string())),
        _ => {
            let all = !sessions.is_empty() && sessions.iter().all(ObservedSession::is_final);
            let fp = sessions
                .last()
                .and_then(|s| s.fingerprint.clone())
                .filter(|_| all);
            (all, fp)
        }
    };
    Document {
        language: lang,
        header: c.running_header(header, t::OBSERVED_TITLE),
        draft: !finalised,
        fingerprint,
        confidentiality: None,
        blocks,
    }
}

/// The cover page: title, the case and referral, sessions held of those planned, hours used,
/// and the nature of the record.
fn cover(
    c: &Composer,
    header: &RecordHeader,
    held: usize,
    planned: Option<u32>,
    hours_used_minutes: u32,
) -> Vec<Block> {
    let mut blocks = vec![
        c.section(Level::One, None, t::OBSERVED_TITLE),
        Block::Heading {
            level: Level::Two,
            text: c.fixed(t::FINAL_SUBTITLE),
            bookmark: false,
        },
    ];
    let mut rows = c.cover_rows(header, t::SUPERVISOR);
    rows.extend(c.referral_rows(header, true));
    blocks.push(Block::KeyValues(rows));
    blocks.push(Block::Spacer(6.0));
    blocks.push(Block::KeyValues(vec![
        c.row(t::SESSIONS_HELD, c.value(&t::held_of(held, planned))),
        c.row(t::HOURS_USED, c.value(&t::duration(hours_used_minutes))),
    ]));
    blocks.push(Block::Spacer(6.0));
    blocks.extend(c.remote_assessment(header, Level::Two, Level::Three));
    blocks.extend(c.passage(strings::NATURE_OF_RECORD));
    blocks
}
