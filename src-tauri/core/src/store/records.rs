//! The `records` table: reading rows and autosaving a draft. Finalising and addenda are in
//! `record_finalise.rs`. A final record is never changed: the triggers of migration 0003 refuse
//! it in SQL; the checks here only give a kinder message first.

use chrono::{DateTime, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;

use super::audit::{Action, AuditEntry};
use super::cases::touch;
use super::referral_read::{load_referral, load_session, named_people};
use super::sql::{enum_text, parse_enum};
use super::{Store, Writer};
use crate::error::{Error, ErrorCode, FieldError, Result};
use crate::message::Message;
use crate::message_forms;
use crate::model::dates::uk;
use crate::model::record::MAX_CONTENT_BYTES;
use crate::model::{ContactRecordKind, DraftSaved, PersonRef, RecordContent, RecordStatus};

/// Drafts are autosaved every second while the form is typed in. Logging each save would bury
/// the audit log (and grow the file by the whole record every second), so a draft's saves are
/// logged at most once per this many seconds; creating, finalising and addenda are always logged.
pub const DRAFT_AUDIT_INTERVAL_SECS: i64 = 5 * 60;

/// A stored record, as the audit log keeps it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct RecordRow {
    pub id: i64,
    pub referral_id: i64,
    pub session_id: Option<i64>,
    pub kind: ContactRecordKind,
    pub status: RecordStatus,
    pub content: RecordContent,
    pub revision: i64,
    pub saved_at: String,
    pub signed_name: Option<String>,
    pub signed_role: Option<String>,
    pub signed_at: Option<String>,
    pub signed_json: Option<String>,
    pub fingerprint: Option<String>,
    /// Ed25519 signature of `signed_json` (hex); null for records signed before migration 5.
    pub signature: Option<String>,
    pub created_at: String,
}

/// A stored addendum, as the audit log keeps it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct AddendumRow {
    pub id: i64,
    pub record_id: i64,
    pub reason: String,
    pub text: String,
    pub signed_name: String,
    pub signed_role: String,
    pub signed_at: String,
    pub fingerprint: String,
    /// The canonical signed document and its signature (null before migration 5).
    pub signed_json: Option<String>,
    pub signature: Option<String>,
}

const COLUMNS: &str = "id, referral_id, session_id, kind, status, content_json, revision, \
    saved_at, signed_name, signed_role, signed_at, signed_json, fingerprint, created_at, signature";

fn from_row(r: &Row<'_>) -> rusqlite::Result<RecordRow> {
    let content: String = r.get(5)?;
    let content = serde_json::from_str(&content).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(5, rusqlite::types::Type::Text, Box::new(e))
    })?;
    Ok(RecordRow {
        id: r.get(0)?,
        referral_id: r.get(1)?,
        session_id: r.get(2)?,
        kind: parse_enum(r, 3)?,
        status: parse_enum(r, 4)?,
        content,
        revision: r.get(6)?,
        saved_at: r.get(7)?,
        signed_name: r.get(8)?,
        signed_role: r.get(9)?,
        signed_at: r.get(10)?,
        signed_json: r.get(11)?,
        fingerprint: r.get(12)?,
        created_at: r.get(13)?,
        signature: r.get(14)?,
    })
}

fn one(conn: &Connection, condition: &str, id: i64) -> Result<Option<RecordRow>> {
    // Cached: an autosave reads its record on every save.
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM records WHERE {condition}"))?
        .query_row([id], from_row)
        .optional()?)
}

pub(crate) fn record_of_session(conn: &Connection, session_id: i64) -> Result<Option<RecordRow>> {
    one(conn, "session_id = ?1", session_id)
}

pub(crate) fn supported_record_of(
    conn: &Connection,
    referral_id: i64,
) -> Result<Option<RecordRow>> {
    one(conn, "referral_id = ?1 AND kind = 'supported'", referral_id)
}

pub(crate) fn load_record(conn: &Connection, id: i64) -> Result<RecordRow> {
    one(conn, "id = ?1", id)?.ok_or_else(|| Error::not_found("record"))
}

pub(crate) fn addenda_of(conn: &Connection, record_id: i64) -> Result<Vec<AddendumRow>> {
    let mut st = conn.prepare_cached(
        "SELECT id, record_id, reason, text, signed_name, signed_role, signed_at, fingerprint,
                signed_json, signature
         FROM record_addenda WHERE record_id = ?1 ORDER BY id",
    )?;
    let rows = st.query_map([record_id], |r| {
        Ok(AddendumRow {
            id: r.get(0)?,
            record_id: r.get(1)?,
            reason: r.get(2)?,
            text: r.get(3)?,
            signed_name: r.get(4)?,
            signed_role: r.get(5)?,
            signed_at: r.get(6)?,
            fingerprint: r.get(7)?,
            signed_json: r.get(8)?,
            signature: r.get(9)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// "This record was finalised on 23/11/2026 and cannot be changed. Add an addendum instead."
pub(crate) fn finalised_error(row: &RecordRow) -> Error {
    let on = row
        .signed_at
        .as_deref()
        .and_then(|s| s.get(..10))
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map(uk);
    Error::said(
        ErrorCode::Finalised,
        match on {
            Some(date) => {
                crate::message::Message::new(crate::message_rules_said::RECORD_FINALISED_ON)
                    .text("date", date)
            }
            None => crate::message::Message::new(crate::message_rules_said::RECORD_FINALISED),
        },
    )
}

fn supported_has_no_observations() -> Error {
    Error::invalid(vec![FieldError::said(
        "content",
        Message::new(message_forms::SUPPORTED_NO_OBSERVATIONS),
    )])
}

/// Whether the last audit entry of this record is old enough for another draft entry.
fn draft_audit_due(w: &Writer<'_>, record_id: i64) -> Result<bool> {
    let last: Option<String> =
        w.tx.query_row(
            "SELECT at FROM audit_log WHERE table_name = 'records' AND row_id = ?1
             ORDER BY id DESC LIMIT 1",
            [record_id],
            |r| r.get(0),
        )
        .optional()?;
    let parse = |s: &str| DateTime::parse_from_rfc3339(s).ok();
    Ok(match (last.as_deref().and_then(parse), parse(&w.now)) {
        (Some(last), Some(now)) => (now - last).num_seconds() >= DRAFT_AUDIT_INTERVAL_SECS,
        _ => true,
    })
}

/// Inserts an empty draft for a record that has none yet; returns its id.
pub(crate) fn insert_draft(
    w: &Writer<'_>,
    referral_id: i64,
    session_id: Option<i64>,
    kind: ContactRecordKind,
    content: &RecordContent,
) -> Result<i64> {
    w.tx.execute(
        "INSERT INTO records (referral_id, session_id, kind, status, content_json, revision,
            saved_at, created_at)
         VALUES (?1, ?2, ?3, 'draft', ?4, 1, ?5, ?5)",
        params![
            referral_id,
            session_id,
            enum_text(&kind),
            serde_json::to_string(content)?,
            w.now
        ],
    )?;
    let id = w.tx.last_insert_rowid();
    w.audit(
        "records",
        id,
        Action::Insert,
        None,
        Some(&load_record(w.tx, id)?),
    )?;
    Ok(id)
}

impl Store {
    /// Autosaves the record form of a session: creates the draft or replaces its content.
    /// Refused once the record is final, for a supported session (its record holds no
    /// observations), and for content over 1 MB.
    pub fn save_record_draft(
        &mut self,
        session_id: i64,
        content: &RecordContent,
        _today: NaiveDate,
    ) -> Result<DraftSaved> {
        let json = serde_json::to_string(content)?;
        if json.len() > MAX_CONTENT_BYTES {
            return Err(Error::invalid(vec![FieldError::said(
                "content",
                Message::new(message_forms::RECORD_TOO_LONG),
            )]));
        }
        self.write(|w| {
            let session = load_session(w.tx, session_id)?;
            let referral = load_referral(w.tx, session.referral_id)?;
            let kind = ContactRecordKind::for_service(referral.service)?;
            if kind == ContactRecordKind::Supported {
                return Err(supported_has_no_observations());
            }
            check_children(w.tx, referral.id, content)?;
            let id = match record_of_session(w.tx, session_id)? {
                Some(row) if row.status == RecordStatus::Final => {
                    return Err(finalised_error(&row))
                }
                Some(before) => {
                    w.tx.execute(
                        "UPDATE records SET content_json = ?2, revision = revision + 1,
                            saved_at = ?3 WHERE id = ?1",
                        params![before.id, json, w.now],
                    )?;
                    if draft_audit_due(w, before.id)? {
                        let after = load_record(w.tx, before.id)?;
                        w.audit(
                            "records",
                            before.id,
                            Action::Update,
                            Some(&before),
                            Some(&after),
                        )?;
                    }
                    before.id
                }
                None => insert_draft(w, referral.id, Some(session_id), kind, content)?,
            };
            touch(w, referral.case_id)?;
            // Only what the answer needs: the whole record would be read and parsed again.
            let (revision, saved_at) = w.tx.query_row(
                "SELECT revision, saved_at FROM records WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            Ok(DraftSaved {
                record_id: id,
                revision,
                saved_at,
            })
        })
    }

    /// The audit entries of a record and its addenda, oldest first: the draft, its
    /// finalising (with the signed snapshot), and each addendum.
    pub fn record_history(&self, record_id: i64) -> Result<Vec<AuditEntry>> {
        load_record(self.conn(), record_id)?;
        super::audit::entries_where(
            self.conn(),
            "(table_name = 'records' AND row_id = ?1)
             OR (table_name = 'record_addenda'
                 AND row_id IN (SELECT id FROM record_addenda WHERE record_id = ?1))",
            record_id,
        )
    }
}

pub(crate) fn not_supported() -> Error {
    Error::rule_said(crate::message::Message::new(
        crate::message_rules_said::ONLY_SUPPORTED_KEEPS,
    ))
}

/// Observations may only be about children named on the referral.
pub(crate) fn check_children(
    conn: &Connection,
    referral_id: i64,
    content: &RecordContent,
) -> Result<()> {
    let named = named_people(conn, referral_id)?;
    for c in &content.children {
        if !named
            .iter()
            .any(|p| p.person == PersonRef::Child(c.child_id))
        {
            return Err(Error::invalid(vec![FieldError::said(
                "children",
                Message::new(message_forms::CHILD_NOT_NAMED),
            )]));
        }
    }
    Ok(())
}
