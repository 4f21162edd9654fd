//! Finalising (signing) a record with a frozen snapshot and a fingerprint, and dated, signed
//! addenda to a finalised one.

use chrono::NaiveDateTime;
use rusqlite::params;

use super::audit::Action;
use super::cases::touch;
use super::record_checks::{check_communications, check_observed, check_supported};
use super::record_sign::{addendum_fingerprint, record_fingerprint, SignedAddendum, SignedRecord};
use super::records::{
    addenda_of, finalised_error, insert_draft, load_record, not_supported, record_of_session,
    supported_record_of,
};
use super::referral_read::{load_referral, load_session};
use super::report_data::{load_case, observed_live, supported_live};
use super::sql::enum_text;
use super::{Store, Writer};
use crate::error::{Error, Result};
use crate::model::{
    AddendumInput, ContactRecordKind, RecordContent, RecordStatus, RecordView, SignerInput,
};

fn signed_at_text(now: NaiveDateTime) -> String {
    now.format("%Y-%m-%dT%H:%M:%S").to_string()
}

/// Signs a draft: the snapshot, the signature and the fingerprint in one UPDATE, audited with
/// the full signed row.
fn sign(
    w: &Writer<'_>,
    id: i64,
    snapshot_json: &str,
    signer: &SignerInput,
    now: NaiveDateTime,
) -> Result<()> {
    let before = load_record(w.tx, id)?;
    let name = crate::text::clean(&signer.name);
    let role = crate::text::clean(&signer.role);
    let signed_at = signed_at_text(now);
    let kind = enum_text(&before.kind);
    let fingerprint = record_fingerprint(&SignedRecord {
        kind: &kind,
        signed_json: snapshot_json,
        signed_name: &name,
        signed_role: &role,
        signed_at: &signed_at,
    });
    w.tx.execute(
        "UPDATE records SET status = 'final', signed_name = ?2, signed_role = ?3, signed_at = ?4,
            signed_json = ?5, fingerprint = ?6, revision = revision + 1, saved_at = ?7
         WHERE id = ?1",
        params![id, name, role, signed_at, snapshot_json, fingerprint, w.now],
    )?;
    let after = load_record(w.tx, id)?;
    w.audit("records", id, Action::Update, Some(&before), Some(&after))
}

impl Store {
    /// Finalises (signs) a session's record once it is complete; every missing thing is listed.
    /// `now` is the local date and time of signing.
    pub fn finalise_record(
        &mut self,
        session_id: i64,
        signer: &SignerInput,
        now: NaiveDateTime,
    ) -> Result<RecordView> {
        self.write(|w| {
            let session = load_session(w.tx, session_id)?;
            let referral = load_referral(w.tx, session.referral_id)?;
            let kind = ContactRecordKind::for_service(referral.service)?;
            if kind == ContactRecordKind::Supported {
                return Err(Error::rule(
                    "Sessions of supported contact share one Record of Supported Contact: \
                     finalise it from the referral once contact has ceased.",
                ));
            }
            let existing = record_of_session(w.tx, session_id)?;
            if let Some(row) = existing
                .as_ref()
                .filter(|r| r.status == RecordStatus::Final)
            {
                return Err(finalised_error(row));
            }
            let content = existing
                .as_ref()
                .map(|r| r.content.clone())
                .unwrap_or_default();
            let attendance = super::record_read::session_attendance(w.tx, session_id)?;
            match kind {
                ContactRecordKind::Communications => check_communications(&content, signer)?,
                _ => check_observed(&session, &attendance, &content, signer)?,
            }
            let id = match existing {
                Some(row) => row.id,
                None => insert_draft(w, referral.id, Some(session_id), kind, &content)?,
            };
            let case = load_case(w.tx, referral.case_id)?;
            let snapshot = observed_live(w.tx, &case, &referral, &session, &content)?;
            sign(w, id, &serde_json::to_string(&snapshot)?, signer, now)?;
            touch(w, referral.case_id)
        })?;
        self.record_for_session(session_id, now.date())
    }

    /// Finalises a referral's Record of Supported Contact once contact has ceased and every
    /// session's attendance is whole.
    pub fn finalise_supported_record(
        &mut self,
        referral_id: i64,
        signer: &SignerInput,
        now: NaiveDateTime,
    ) -> Result<RecordView> {
        let sessions = self.get_referral(referral_id, now.date())?.sessions;
        self.write(|w| {
            let referral = load_referral(w.tx, referral_id)?;
            if ContactRecordKind::for_service(referral.service)? != ContactRecordKind::Supported {
                return Err(not_supported());
            }
            let existing = supported_record_of(w.tx, referral_id)?;
            if let Some(row) = existing
                .as_ref()
                .filter(|r| r.status == RecordStatus::Final)
            {
                return Err(finalised_error(row));
            }
            check_supported(&referral, &sessions, signer)?;
            let id = match existing {
                Some(row) => row.id,
                None => insert_draft(
                    w,
                    referral_id,
                    None,
                    ContactRecordKind::Supported,
                    &RecordContent::default(),
                )?,
            };
            let case = load_case(w.tx, referral.case_id)?;
            let snapshot = supported_live(w.tx, &case, &referral)?;
            sign(w, id, &serde_json::to_string(&snapshot)?, signer, now)?;
            touch(w, referral.case_id)
        })?;
        self.supported_record_for_referral(referral_id, now.date())
    }

    /// Adds a dated, signed addendum to a finalised record. `now` is the local time of signing.
    pub fn add_addendum(
        &mut self,
        record_id: i64,
        input: &AddendumInput,
        now: NaiveDateTime,
    ) -> Result<RecordView> {
        let a = input.checked()?;
        self.write(|w| {
            let record = load_record(w.tx, record_id)?;
            if record.status != RecordStatus::Final {
                return Err(Error::rule(
                    "Only a finalised record takes addenda: edit the draft instead.",
                ));
            }
            let prev = addenda_of(w.tx, record_id)?
                .pop()
                .map(|a| a.fingerprint)
                .or(record.fingerprint.clone())
                .unwrap_or_default();
            let signed_at = signed_at_text(now);
            let fingerprint = addendum_fingerprint(&SignedAddendum {
                prev: &prev,
                reason: &a.reason,
                text: &a.text,
                signed_name: &a.name,
                signed_role: &a.role,
                signed_at: &signed_at,
            });
            w.tx.execute(
                "INSERT INTO record_addenda (record_id, reason, text, signed_name, signed_role,
                    signed_at, fingerprint)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    record_id,
                    a.reason,
                    a.text,
                    a.name,
                    a.role,
                    signed_at,
                    fingerprint
                ],
            )?;
            let id = w.tx.last_insert_rowid();
            let row = addenda_of(w.tx, record_id)?
                .into_iter()
                .find(|r| r.id == id)
                .ok_or_else(|| Error::not_found("addendum"))?;
            w.audit("record_addenda", id, Action::Insert, None, Some(&row))?;
            let referral = load_referral(w.tx, record.referral_id)?;
            touch(w, referral.case_id)
        })?;
        self.record_view(record_id, now.date())
    }
}
