//! The Record of Supported Contact: monitoring information only (sessions, who came and went,
//! totals, incidents where a risk arose, the date contact ceased, the coordinator's signature).
//! It never carries an observation section: supported centres do not report what happens inside.

use chrono::{DateTime, Utc};

use super::compose::{date, time_range, Composer};
use super::document::{Attachment, Block, Document, Level, Rendered, Table};
use super::record_data::{
    IncidentSummary, RecordHeader, Signature, SupportedSession, SupportedStatus,
};
use super::record_texts as t;
use super::strings::Language;
use super::{render, ReportError};
use crate::model::{Service, SessionStatus};
use crate::rules::hours::{hours_summary, CENTRE_MAX_MINUTES};

/// Everything the Record of Supported Contact prints. `incidents`: only those where a risk
/// arose. The date contact ceased is the header's `contact_ceased`. Without a signature the
/// record is a draft; the fingerprint is printed in the footer once it is signed.
pub struct SupportedParts<'a> {
    pub header: &'a RecordHeader,
    pub sessions: &'a [SupportedSession],
    pub incidents: &'a [IncidentSummary],
    pub signature: Option<&'a Signature>,
    pub fingerprint: Option<&'a str>,
}

/// The referral's monitoring information as PDF bytes (see [`SupportedParts`]).
pub fn supported_pdf(
    parts: &SupportedParts<'_>,
    lang: Language,
    created: DateTime<Utc>,
    attachments: Vec<Attachment>,
) -> Result<Rendered, ReportError> {
    let c = Composer::new(lang);
    let SupportedParts {
        header,
        sessions,
        incidents,
        signature,
        fingerprint,
    } = *parts;
    let doc = supported_document(header, sessions, incidents, signature, fingerprint, lang);
    let author = signature.map_or(header.supervisor.as_str(), |s| s.name.as_str());
    let mut meta = c.meta(header, c.fixed(t::SUPPORTED_TITLE), author, created);
    meta.attachments = attachments;
    render(&doc, &meta)
}

/// The document behind [`supported_pdf`], for layout checks and previews.
pub fn supported_document(
    header: &RecordHeader,
    sessions: &[SupportedSession],
    incidents: &[IncidentSummary],
    signature: Option<&Signature>,
    fingerprint: Option<&str>,
    lang: Language,
) -> Document {
    let c = Composer::new(lang);
    let mut blocks = vec![c.section(Level::One, None, t::SUPPORTED_TITLE)];
    let mut cover = c.cover_rows(header, t::COORDINATOR);
    cover.extend(c.referral_rows(header, false));
    blocks.push(Block::KeyValues(cover));
    blocks.push(Block::Spacer(6.0));
    blocks.extend(c.passage(t::SUPPORTED_NATURE));

    blocks.push(c.section(Level::One, Some(1), t::SESSIONS_AND_ATTENDANCE));
    blocks.push(attendance(&c, sessions));
    blocks.push(c.section(Level::One, Some(2), t::TOTALS));
    blocks.push(totals(&c, sessions));
    blocks.push(c.section(Level::One, Some(3), t::RISK_INCIDENTS));
    blocks.extend(c.incidents(Level::Two, incidents));
    blocks.push(c.section(Level::One, Some(4), t::END_OF_CONTACT));
    let ceased = header
        .contact_ceased
        .map_or_else(|| c.value(&t::NOT_RECORDED.into()), date);
    blocks.push(Block::KeyValues(vec![c.row(t::CONTACT_CEASED, ceased)]));
    blocks.extend(c.signature_section(Level::One, Some(5), signature, None));

    let finalised = signature.is_some();
    Document {
        language: lang,
        header: c.running_header(header, t::SUPPORTED_TITLE),
        draft: !finalised,
        fingerprint: fingerprint.map(str::to_string).filter(|_| finalised),
        confidentiality: None,
        blocks,
    }
}

fn status(s: &SupportedStatus, lang: Language) -> String {
    match s {
        SupportedStatus::Attended => t::ATTENDED.get(lang),
        SupportedStatus::Cancelled { by } => t::cancelled_by(by, lang),
        SupportedStatus::DidNotAttend { who } => t::did_not_attend(who, lang),
    }
}

/// One row per session, never split across pages: date and time, who came (one person a line,
/// times first so a long name wraps after them), status.
fn attendance(c: &Composer, sessions: &[SupportedSession]) -> Block {
    if sessions.is_empty() {
        return c.nothing();
    }
    let mut table = Table::new([
        // Points of the 468 pt text width: a date and a time range each fit on one line.
        (c.fixed(t::WHEN), 92.0),
        (c.fixed(t::ATTENDANCE_TIMES), 276.0),
        (c.fixed(t::STATUS), 100.0),
    ]);
    for s in sessions {
        let people: Vec<String> = s
            .attendance
            .iter()
            .map(|r| {
                let who = if r.role.trim().is_empty() {
                    r.person.clone()
                } else {
                    format!("{} ({})", r.person, r.role)
                };
                if r.arrived.is_none() && r.left.is_none() {
                    format!("{}: {who}", c.fixed(t::NOT_PRESENT).replace('\n', " / "))
                } else {
                    format!("{} {who}", time_range(r.arrived, r.left))
                }
            })
            .collect();
        let people = if people.is_empty() {
            "–".to_string()
        } else {
            people.join("\n")
        };
        table = table.row([
            format!(
                "{}\n{}",
                date(s.date),
                time_range(s.scheduled_start, s.scheduled_end)
            ),
            people,
            status(&s.status, c.lang),
        ]);
    }
    Block::Table(table)
}

/// Sessions offered, attended and missed, and the hours used of the referral's allowance,
/// counted by the same rule as everywhere else: a session someone did not attend used its slot.
fn totals(c: &Composer, sessions: &[SupportedSession]) -> Block {
    let count = |f: fn(&SupportedStatus) -> bool| sessions.iter().filter(|s| f(&s.status)).count();
    let attended = count(|s| matches!(s, SupportedStatus::Attended));
    let cancelled = count(|s| matches!(s, SupportedStatus::Cancelled { .. }));
    let absent = count(|s| matches!(s, SupportedStatus::DidNotAttend { .. }));
    let minutes = hours_summary(
        Service::SupportedContact,
        sessions.iter().map(|s| {
            let status = match s.status {
                SupportedStatus::Attended => SessionStatus::TookPlace,
                SupportedStatus::Cancelled { .. } => SessionStatus::Cancelled,
                SupportedStatus::DidNotAttend { .. } => SessionStatus::DidNotAttend,
            };
            (status, s.scheduled_minutes())
        }),
    )
    .used_minutes;
    Block::KeyValues(vec![
        c.row(t::SESSIONS_OFFERED, sessions.len().to_string()),
        c.row(t::SESSIONS_ATTENDED, attended.to_string()),
        c.row(
            t::SESSIONS_MISSED,
            c.value(&t::missed(cancelled + absent, cancelled, absent)),
        ),
        c.row(
            t::HOURS_USED,
            c.value(&t::hours_of(minutes, CENTRE_MAX_MINUTES)),
        ),
    ])
}
