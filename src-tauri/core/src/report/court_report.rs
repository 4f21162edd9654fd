//! The adviser's reports to court as PDFs: the CCI report, the Level 2 report and the Level 3
//! welfare-checklist report, drawn from the report's document alone (signed, or built live for
//! a draft). The Level 1 log is in `court_log.rs`; the parts they share are here.

use chrono::{DateTime, Utc};

use super::compose::{date, Composer};
use super::court_texts as ct;
use super::document::{Attachment, Block, Document, Level, Rendered, Table};
use super::from_document::{addenda, header, incident, signed_parts};
use super::record_data::RecordHeader;
use super::record_texts as t;
use super::strings::{self, Language};
use super::{render, ReportError};
use crate::model::signed::{DocReport, DocSession};
use crate::model::{
    CourtReportKind, EntrySource, RecordSource, ReportEntry, SectionCode, SessionStatus,
};

/// The PDF of a report or log; `created` is the moment of export (the PDF's metadata).
pub fn court_report_pdf(
    src: &RecordSource,
    lang: Language,
    created: DateTime<Utc>,
    attachments: Vec<Attachment>,
) -> Result<Rendered, ReportError> {
    let doc = court_report_document(src, lang);
    let c = Composer::new(lang);
    let kind = report_of(src).map_or(CourtReportKind::Cci, |r| r.kind);
    let h = report_header(src, c.lang);
    let mut meta = c.meta(&h, c.fixed(ct::title(kind)), &h.supervisor, created);
    meta.attachments = attachments;
    render(&doc, &meta)
}

fn report_of(src: &RecordSource) -> Option<&DocReport> {
    src.document.report.as_ref()
}

/// The front of a report: the case and referral, the author being the signer (or, on a draft,
/// the case's adviser).
pub(crate) fn report_header(src: &RecordSource, lang: Language) -> RecordHeader {
    let d = &src.document;
    let author = if src.signed.is_some() && !d.signer.name.is_empty() {
        d.signer.name.as_str()
    } else {
        d.case.adviser_name.as_str()
    };
    header(d, author, lang)
}

/// The document behind [`court_report_pdf`], for layout checks and previews.
pub fn court_report_document(src: &RecordSource, lang: Language) -> Document {
    let c = Composer::new(lang);
    let empty = DocReport {
        kind: CourtReportKind::Cci,
        children: Vec::new(),
        body: Default::default(),
    };
    let report = report_of(src).unwrap_or(&empty);
    if report.kind == CourtReportKind::ContactLog {
        return super::court_log::log_document(src, report, &c);
    }
    let h = report_header(src, c.lang);
    let mut blocks = cover(&c, src, report, &h);
    blocks.push(Block::PageBreak);
    blocks.push(Block::Contents {
        title: c.fixed(strings::CONTENTS),
        deepest: Level::One,
    });
    blocks.push(Block::PageBreak);
    let mut n = 0;
    let mut next = || {
        n += 1;
        Some(n)
    };
    let children = report.children.len();
    let body = &report.body;
    match report.kind {
        CourtReportKind::Welfare => {
            blocks.push(c.section(Level::One, next(), ct::EVIDENCE));
            blocks.extend(evidence(&c, src));
            blocks.push(c.section(Level::One, next(), ct::CHECKLIST));
            for code in CourtReportKind::Welfare.sections() {
                let Some(item) = ct::checklist(*code) else {
                    continue;
                };
                blocks.push(Block::heading(
                    Level::Two,
                    c.bi(&ct::checklist_heading(&item)),
                ));
                if lang == Language::Welsh {
                    let cite = ct::statute_citation(&item).get(lang);
                    let label = format!("{}, {cite}:", c.fixed(ct::STATUTE_WORDS));
                    blocks.push(Block::quote(Some(&label), item.en));
                }
                blocks.extend(entries(&c, body.section(*code)));
            }
            blocks.push(c.section(Level::One, next(), ct::VIABILITY));
            blocks.extend(entries(&c, body.section(SectionCode::Viability)));
        }
        kind => {
            for code in kind.sections() {
                if *code == SectionCode::Recommendations {
                    continue;
                }
                blocks.push(c.section(Level::One, next(), ct::section(*code, children)));
                if *code == SectionCode::WorkDone {
                    blocks.extend(work_done(&c, report));
                }
                blocks.extend(entries(&c, body.section(*code)));
                // The sessions follow the first section: what was done, then when.
                if matches!(code, SectionCode::WorkDone | SectionCode::Summary) {
                    blocks.push(c.section(Level::One, next(), ct::SESSIONS));
                    blocks.extend(sessions(&c, &src.document.sessions));
                }
            }
        }
    }
    blocks.push(c.section(Level::One, next(), ct::RECOMMENDATIONS));
    blocks.extend(recommendations(&c, report));
    blocks.extend(closing(&c, src, next()));
    let (signature, fingerprint) = signed_parts(&src.document, src.signed.as_ref());
    Document {
        language: lang,
        header: c.running_header(&h, ct::title(report.kind)),
        draft: signature.is_none(),
        fingerprint,
        confidentiality: None,
        blocks,
    }
}

/// Title, the case and referral, the children, and what the report is.
pub(crate) fn cover(
    c: &Composer,
    src: &RecordSource,
    report: &DocReport,
    h: &RecordHeader,
) -> Vec<Block> {
    let mut blocks = vec![c.section(Level::One, None, ct::title(report.kind))];
    if report.kind == CourtReportKind::ContactLog {
        if let Some(r) = &src.document.referral {
            blocks.push(Block::Heading {
                level: Level::Two,
                text: c.fixed(ct::log_service(r.service)),
                bookmark: false,
            });
        }
    }
    let mut rows = c.cover_rows(h, ct::AUTHOR);
    let children: Vec<String> = report
        .children
        .iter()
        .map(|ch| format!("{} ({})", ch.full_name, date(ch.date_of_birth)))
        .collect();
    if !children.is_empty() {
        rows.insert(1, c.row(ct::CHILDREN, children.join("\n")));
    }
    rows.extend(c.referral_rows(h, true));
    if let (Some(_), Some(at)) = (&src.signed, src.document.signed_at_time()) {
        rows.push(c.row(ct::REPORT_DATE, date(at.date())));
    }
    blocks.push(Block::KeyValues(rows));
    blocks.push(Block::Spacer(6.0));
    let nature = if report.kind == CourtReportKind::ContactLog {
        ct::LOG_NATURE
    } else {
        ct::REPORT_NATURE
    };
    blocks.extend(c.passage(nature));
    if src.signed.is_none() {
        blocks.extend(c.passage(ct::REPORT_DRAFT_NOTICE));
    }
    blocks
}

/// The CCI's kinds of work, one line each.
fn work_done(c: &Composer, report: &DocReport) -> Vec<Block> {
    if report.body.work_done.is_empty() {
        return vec![c.nothing()];
    }
    let lines: Vec<String> = report
        .body
        .work_done
        .iter()
        .map(|k| format!("• {}", c.fixed(ct::work_kind(*k)).replace('\n', " / ")))
        .collect();
    vec![Block::paragraph(lines.join("\n"))]
}

fn status(c: &Composer, s: SessionStatus) -> String {
    c.fixed(match s {
        SessionStatus::TookPlace => ct::TOOK_PLACE,
        SessionStatus::Cancelled => ct::CANCELLED,
        SessionStatus::DidNotAttend => ct::NOT_ATTENDED,
        SessionStatus::Scheduled => ct::SCHEDULED,
    })
}

/// The sessions of the referral: held, missed or cancelled, with their dates.
pub(crate) fn sessions(c: &Composer, list: &[DocSession]) -> Vec<Block> {
    if list.is_empty() {
        return vec![c.nothing()];
    }
    let held = list
        .iter()
        .filter(|s| s.status == SessionStatus::TookPlace)
        .count();
    let mut table = Table::new([
        (c.fixed(ct::SESSION_COL), 70.0),
        (c.fixed(ct::DATE_COL), 100.0),
        (c.fixed(ct::TIME_COL), 70.0),
        (c.fixed(ct::LENGTH_COL), 100.0),
        (c.fixed(ct::STATUS_COL), 128.0),
    ]);
    for s in list {
        table = table.row([
            s.number.to_string(),
            date(s.date),
            s.start_time.clone(),
            c.bi(&t::duration(s.duration_minutes)),
            status(c, s.status),
        ]);
    }
    vec![
        Block::paragraph(c.bi(&ct::sessions_total(held, list.len()))),
        Block::Table(table),
    ]
}

/// Where a passage comes from, in the report's language: "Session 2, 14/03/2026".
fn citation(c: &Composer, e: &ReportEntry) -> Option<String> {
    let when = e.date.map(date).unwrap_or_default();
    match (e.session, e.source) {
        (Some(n), _) => Some(ct::session_cite(n, &when).joined(c.lang, " / ")),
        (None, EntrySource::Incident) => Some(
            format!("{} {when}", c.fixed(ct::INCIDENT_CITE).replace('\n', " / "))
                .trim()
                .to_string(),
        ),
        (None, _) => e.date.map(date),
    }
}

/// A section's passages: the adviser's words as paragraphs, quotations set apart and
/// attributed, each cited by session and date; "Nothing recorded" when there are none.
pub(crate) fn entries(c: &Composer, list: &[ReportEntry]) -> Vec<Block> {
    if list.is_empty() {
        return vec![c.nothing()];
    }
    list.iter()
        .map(|e| {
            let cite = citation(c, e);
            match e.source {
                EntrySource::Quote => {
                    let who = [e.speaker.trim(), cite.as_deref().unwrap_or("")]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(", ");
                    let who = (!who.is_empty()).then(|| format!("{who}:"));
                    Block::quote(who.as_deref(), e.text.as_str())
                }
                _ => match cite {
                    Some(cite) => Block::paragraph(format!("{} ({cite})", e.text)),
                    None => Block::paragraph(e.text.as_str()),
                },
            }
        })
        .collect()
}

/// The Level 3 evidence: sessions, incidents, papers read, people spoken to, meetings held.
fn evidence(c: &Composer, src: &RecordSource) -> Vec<Block> {
    let body = src
        .document
        .report
        .as_ref()
        .map(|r| r.body.clone())
        .unwrap_or_default();
    let mut blocks = vec![c.section(Level::Two, None, ct::SESSIONS)];
    blocks.extend(sessions(c, &src.document.sessions));
    blocks.push(c.section(Level::Two, None, t::INCIDENTS));
    let incidents: Vec<_> = src
        .document
        .incidents
        .iter()
        .map(|i| incident(i, c.lang))
        .collect();
    blocks.extend(c.incidents(Level::Three, &incidents));
    for (title, list) in [
        (ct::PAPERS_READ, &body.papers_read),
        (ct::PEOPLE_SPOKEN_TO, &body.people_spoken_to),
        (ct::MEETINGS_HELD, &body.meetings),
    ] {
        blocks.push(c.section(Level::Two, None, title));
        if list.is_empty() {
            blocks.push(c.nothing());
            continue;
        }
        let lines: Vec<String> = list
            .iter()
            .map(|i| match i.date {
                Some(d) => format!("{}: {}", date(d), i.text),
                None => i.text.clone(),
            })
            .collect();
        blocks.push(Block::paragraph(lines.join("\n")));
    }
    blocks
}

/// What the report recommends: the choices, then the adviser's reasons.
fn recommendations(c: &Composer, report: &DocReport) -> Vec<Block> {
    let mut blocks = Vec::new();
    if !report.body.recommendations.is_empty() {
        let lines: Vec<String> = report
            .body
            .recommendations
            .iter()
            .map(|r| format!("• {}", c.fixed(ct::recommendation(*r)).replace('\n', " / ")))
            .collect();
        blocks.push(Block::paragraph(lines.join("\n")));
    }
    let said = report.body.section(SectionCode::Recommendations);
    if !said.is_empty() || blocks.is_empty() {
        blocks.extend(entries(c, said));
    }
    blocks
}

/// The signature (or the draft notice) and the addenda, each dated and signed.
pub(crate) fn closing(c: &Composer, src: &RecordSource, number: Option<usize>) -> Vec<Block> {
    let (signature, fingerprint) = signed_parts(&src.document, src.signed.as_ref());
    let mut blocks = c.signature_section(
        Level::One,
        number,
        signature.as_ref(),
        fingerprint.as_deref(),
    );
    let list = addenda(&src.addenda);
    if !list.is_empty() {
        blocks.push(c.section(Level::One, None, t::ADDENDA));
        blocks.extend(c.addenda(Level::Two, list.iter().map(|a| (None, a))));
    }
    blocks
}
