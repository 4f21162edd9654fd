//! The `reports` table: a referral's report to court (or Level 1 log) as a draft the adviser
//! saves, and the document it signs. Signing, addenda and `verify` are in `court_report_sign.rs`.
//! A signed report is never changed: migration 0007's triggers refuse it in SQL.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use super::audit::Action;
use super::cases::touch;
use super::record_document::referral_document;
use super::records::record_of_session;
use super::referral_read::{load_referral, sessions_of};
use super::sql::{enum_text, parse_enum};
use super::Store;
use crate::error::{Error, Problems, Result};
use crate::model::signed::{DocCitation, DocReport, DocReportChild};
use crate::model::signing::key_fingerprint;
use crate::model::{
    AddendumView, CourtReportKind, EntrySource, RecordSource, RecordStatus, ReportBody, ReportView,
    SessionStatus, SignatureView, SignedRecord, SignedText,
};

/// A stored report, as the audit log keeps it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct ReportRow {
    pub id: i64,
    pub referral_id: i64,
    pub kind: CourtReportKind,
    pub status: RecordStatus,
    pub body: ReportBody,
    pub revision: i64,
    pub saved_at: String,
    pub signed_json: Option<String>,
    pub signature: Option<String>,
    pub fingerprint: Option<String>,
    pub signed_at: Option<String>,
}

/// A stored addendum to a signed report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct ReportAddendumRow {
    pub id: i64,
    pub report_id: i64,
    pub reason: String,
    pub text: String,
    pub signed_json: String,
    pub signature: String,
    pub fingerprint: String,
    pub signed_at: String,
}

pub(crate) fn report_of(conn: &Connection, referral_id: i64) -> Result<Option<ReportRow>> {
    let row = conn
        .query_row(
            "SELECT id, referral_id, kind, status, body_json, revision, saved_at, signed_json,
                    signature, fingerprint, signed_at
             FROM reports WHERE referral_id = ?1",
            [referral_id],
            |r| {
                let body: String = r.get(4)?;
                Ok((
                    ReportRow {
                        id: r.get(0)?,
                        referral_id: r.get(1)?,
                        kind: parse_enum(r, 2)?,
                        status: parse_enum(r, 3)?,
                        body: ReportBody::default(),
                        revision: r.get(5)?,
                        saved_at: r.get(6)?,
                        signed_json: r.get(7)?,
                        signature: r.get(8)?,
                        fingerprint: r.get(9)?,
                        signed_at: r.get(10)?,
                    },
                    body,
                ))
            },
        )
        .optional()?;
    row.map(|(mut row, body)| {
        row.body = serde_json::from_str(&body).map_err(|_| {
            crate::message_storage::storage(crate::message_storage::REPORT_TEXT_DAMAGED)
        })?;
        Ok(row)
    })
    .transpose()
}

pub(crate) fn report_addenda_of(
    conn: &Connection,
    report_id: i64,
) -> Result<Vec<ReportAddendumRow>> {
    let mut st = conn.prepare_cached(
        "SELECT id, report_id, reason, text, signed_json, signature, fingerprint, signed_at
         FROM report_addenda WHERE report_id = ?1 ORDER BY id",
    )?;
    let rows = st.query_map([report_id], |r| {
        Ok(ReportAddendumRow {
            id: r.get(0)?,
            report_id: r.get(1)?,
            reason: r.get(2)?,
            text: r.get(3)?,
            signed_json: r.get(4)?,
            signature: r.get(5)?,
            fingerprint: r.get(6)?,
            signed_at: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The report a referral's service makes, or a plain refusal.
pub(crate) fn kind_of_referral(conn: &Connection, referral_id: i64) -> Result<CourtReportKind> {
    let referral = load_referral(conn, referral_id)?;
    CourtReportKind::for_service(referral.service).ok_or_else(|| {
        Error::rule_said(
            crate::message::Message::new(crate::message_rules_said::NO_OWN_REPORT).key(
                "service",
                crate::message_deadlines::service(referral.service),
            ),
        )
    })
}

/// The body as it will be kept: text cleaned, each cited session checked to be one of the
/// referral's that took place, and its date filled in from the session.
pub(crate) fn cited_body(
    conn: &Connection,
    referral_id: i64,
    kind: CourtReportKind,
    body: &ReportBody,
) -> Result<ReportBody> {
    let clean = crate::text::clean;
    let sessions = sessions_of(conn, referral_id)?;
    let mut out = body.clone();
    let mut p = Problems::default();
    for problem in body.check_draft(kind) {
        match problem.msg {
            Some(m) => p.say(problem.field, m),
            None => p.add(problem.field, problem.message),
        }
    }
    for (si, section) in out.sections.iter_mut().enumerate() {
        for (ei, e) in section.entries.iter_mut().enumerate() {
            let field = format!("sections[{si}].entries[{ei}]");
            e.text = clean(&e.text);
            e.speaker = clean(&e.speaker);
            match e.session {
                Some(n) => match sessions.iter().find(|s| s.number == n) {
                    Some(s) if s.status == SessionStatus::TookPlace => e.date = Some(s.date),
                    _ => p.say(
                        field,
                        crate::message::Message::new(crate::message_import_words::SESSION_NOT_HELD)
                            .text("number", n.to_string()),
                    ),
                },
                None if matches!(e.source, EntrySource::Quote | EntrySource::Observation) => p.add(
                    field,
                    "say which session the words or observation come from",
                ),
                None => {}
            }
        }
    }
    for list in [
        &mut out.papers_read,
        &mut out.people_spoken_to,
        &mut out.meetings,
    ] {
        list.iter_mut().for_each(|i| i.text = clean(&i.text));
    }
    for l in &mut out.log {
        l.what = clean(&l.what);
        l.withheld_reason = clean(&l.withheld_reason);
        l.child_response = clean(&l.child_response);
        l.parents_response = clean(&l.parents_response);
    }
    p.into_result()?;
    Ok(out)
}

/// The document a report signs, from the live rows: the case, the referral, its sessions held,
/// missed or cancelled, its incidents, the case's children, what the adviser wrote, and the
/// fingerprint of each finalised session record it draws on.
pub(crate) fn report_document(
    conn: &Connection,
    referral_id: i64,
    kind: CourtReportKind,
    body: &ReportBody,
) -> Result<SignedRecord> {
    let mut d = referral_document(conn, referral_id, crate::model::DocumentKind::Report)?;
    let referral = load_referral(conn, referral_id)?;
    let mut st = conn.prepare_cached(
        "SELECT full_name, date_of_birth FROM children WHERE case_id = ?1
         ORDER BY date_of_birth, id",
    )?;
    let children = st
        .query_map([referral.case_id], |r| {
            Ok(DocReportChild {
                full_name: r.get(0)?,
                date_of_birth: super::sql::parse_date(r, 1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    for s in sessions_of(conn, referral_id)? {
        if s.status != SessionStatus::TookPlace {
            continue;
        }
        if let Some(r) = record_of_session(conn, s.id)? {
            if r.status == RecordStatus::Final {
                d.cites.push(DocCitation {
                    session_number: s.number,
                    fingerprint: r.fingerprint.unwrap_or_default(),
                });
            }
        }
    }
    d.report = Some(DocReport {
        kind,
        children,
        body: body.clone(),
    });
    Ok(d)
}

pub(crate) fn view_of(conn: &Connection, row: &ReportRow) -> Result<ReportView> {
    let signed: Option<SignedRecord> = row
        .signed_json
        .as_deref()
        .and_then(|t| serde_json::from_str(t).ok());
    let signature = signed.map(|d| SignatureView {
        key_fingerprint: key_fingerprint(&d.signer.public_key),
        name: d.signer.name,
        role: d.signer.role,
        signed_at: d.signed_at,
    });
    let addenda = report_addenda_of(conn, row.id)?
        .into_iter()
        .map(|a| {
            let doc: Option<SignedRecord> = serde_json::from_str(&a.signed_json).ok();
            let (name, role) = doc
                .map(|d| (d.signer.name, d.signer.role))
                .unwrap_or_default();
            AddendumView {
                id: a.id,
                reason: a.reason,
                text: a.text,
                name,
                role,
                signed_at: a.signed_at,
                fingerprint: a.fingerprint,
            }
        })
        .collect();
    Ok(ReportView {
        id: row.id,
        referral_id: row.referral_id,
        kind: row.kind,
        status: row.status,
        body: row.body.clone(),
        revision: row.revision,
        saved_at: row.saved_at.clone(),
        signature,
        fingerprint: row.fingerprint.clone(),
        addenda,
    })
}

impl Store {
    /// A referral's report, or `None` when none has been started.
    pub fn report(&self, referral_id: i64) -> Result<Option<ReportView>> {
        report_of(self.conn(), referral_id)?
            .map(|row| view_of(self.conn(), &row))
            .transpose()
    }

    /// Saves the draft of a referral's report (starting it on the first save). A signed report
    /// is refused: add an addendum instead.
    pub fn save_report(&mut self, referral_id: i64, body: &ReportBody) -> Result<ReportView> {
        self.write(|w| {
            let kind = kind_of_referral(w.tx, referral_id)?;
            let body = cited_body(w.tx, referral_id, kind, body)?;
            let json = serde_json::to_string(&body)?;
            let before = report_of(w.tx, referral_id)?;
            let id = match &before {
                Some(row) if row.status == RecordStatus::Final => {
                    return Err(Error::new(
                        crate::error::ErrorCode::Finalised,
                        "This report is signed and cannot be changed. Add an addendum instead.",
                    ))
                }
                Some(row) => {
                    w.tx.execute(
                        "UPDATE reports SET body_json = ?2, revision = revision + 1, saved_at = ?3
                         WHERE id = ?1",
                        params![row.id, json, w.now],
                    )?;
                    row.id
                }
                None => {
                    w.tx.execute(
                        "INSERT INTO reports (referral_id, kind, body_json, saved_at)
                         VALUES (?1, ?2, ?3, ?4)",
                        params![referral_id, enum_text(&kind), json, w.now],
                    )?;
                    w.tx.last_insert_rowid()
                }
            };
            let after = report_of(w.tx, referral_id)?;
            let action = if before.is_some() {
                Action::Update
            } else {
                Action::Insert
            };
            w.audit("reports", id, action, before.as_ref(), after.as_ref())?;
            touch(w, load_referral(w.tx, referral_id)?.case_id)?;
            let row = after.ok_or_else(|| Error::not_found("report"))?;
            view_of(w.tx, &row)
        })
    }

    /// What a report's PDF prints from: the signed document once signed (with its addenda), or
    /// the document as the rows stand for a draft (printed DRAFT).
    pub fn report_source(&self, referral_id: i64) -> Result<RecordSource> {
        let conn = self.conn();
        let row = report_of(conn, referral_id)?.ok_or_else(|| {
            Error::rule_said(crate::message::Message::new(
                crate::message_rules_said::NO_REPORT_YET,
            ))
        })?;
        if let (Some(text), Some(sig)) = (&row.signed_json, &row.signature) {
            let document: SignedRecord = serde_json::from_str(text).map_err(|_| {
                crate::message_storage::storage(crate::message_storage::REPORT_DOC_UNREADABLE)
            })?;
            let addenda = report_addenda_of(conn, row.id)?
                .into_iter()
                .map(|a| SignedText {
                    canonical: a.signed_json,
                    signature: a.signature,
                })
                .collect();
            return Ok(RecordSource {
                document,
                signed: Some(SignedText {
                    canonical: text.clone(),
                    signature: sig.clone(),
                }),
                addenda,
            });
        }
        Ok(RecordSource {
            document: report_document(conn, referral_id, row.kind, &row.body)?,
            signed: None,
            addenda: Vec::new(),
        })
    }

    /// The record sources a report draws on: each session record it cites, in session order.
    pub fn report_cited_records(&self, referral_id: i64) -> Result<Vec<RecordSource>> {
        let src = self.report_source(referral_id)?;
        let conn = self.conn();
        let mut out = Vec::new();
        for c in &src.document.cites {
            let session_id: Option<i64> = conn
                .query_row(
                    "SELECT id FROM sessions WHERE referral_id = ?1 AND number = ?2",
                    params![referral_id, c.session_number],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(sid) = session_id {
                out.push(self.observed_session_report(sid)?);
            }
        }
        Ok(out)
    }
}
