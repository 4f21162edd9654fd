//! Finalising (signing) a record: its document (model/signed.rs) built from the live rows,
//! canonicalised and signed with this data file's key; and dated, signed addenda.

use chrono::NaiveDateTime;
use rusqlite::params;

use super::audit::Action;
use super::cases::touch;
use super::record_checks::{check_communications, check_observed, check_supported};
use super::record_document::{referral_document, session_document};
use super::records::{
    addenda_of, finalised_error, insert_draft, load_record, not_supported, record_of_session,
    supported_record_of,
};
use super::referral_read::{load_referral, load_session};
use super::signer::{set_identity, signing_key};
use super::{Store, Writer};
use crate::error::{Error, Result};
use crate::model::signed::{DocAddendum, DocumentKind, SignedRecord, SIGNED_AT_FORMAT};
use crate::model::signing::{canonical, fingerprint};
use crate::model::{
    AddendumInput, ContactRecordKind, RecordContent, RecordStatus, RecordView, SignerInput,
};

pub(crate) fn signed_at_text(now: NaiveDateTime) -> String {
    now.format(SIGNED_AT_FORMAT).to_string()
}

/// A document signed with this data file's key: its canonical text, signature and fingerprint.
pub(crate) struct Signed {
    pub text: String,
    pub signature: String,
    pub fingerprint: String,
    pub doc: SignedRecord,
}

/// Signs `doc` as the signer set up in this file (made or renamed from `signer` first).
pub(crate) fn sign_document(
    w: &Writer<'_>,
    mut doc: SignedRecord,
    signer: &SignerInput,
    now: NaiveDateTime,
) -> Result<Signed> {
    set_identity(w, signer)?;
    let (key, by) = signing_key(w.tx)?;
    doc.signer = by;
    doc.signed_at = signed_at_text(now);
    let text = canonical(&doc)?;
    Ok(Signed {
        signature: key.sign(&text),
        fingerprint: fingerprint(&text),
        text,
        doc,
    })
}

/// Signs a draft: the document, signature and fingerprint in one UPDATE, audited with the full
/// signed row.
fn sign(
    w: &Writer<'_>,
    id: i64,
    doc: SignedRecord,
    signer: &SignerInput,
    now: NaiveDateTime,
) -> Result<()> {
    let before = load_record(w.tx, id)?;
    let s = sign_document(w, doc, signer, now)?;
    w.tx.execute(
        "UPDATE records SET status = 'final', signed_name = ?2, signed_role = ?3, signed_at = ?4,
            signed_json = ?5, fingerprint = ?6, signature = ?7, revision = revision + 1,
            saved_at = ?8
         WHERE id = ?1",
        params![
            id,
            s.doc.signer.name,
            s.doc.signer.role,
            s.doc.signed_at,
            s.text,
            s.fingerprint,
            s.signature,
            w.now
        ],
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
                return Err(Error::rule_said(crate::message::Message::new(
                    crate::message_rules_said::SUPPORTED_FINALISE_FROM_REFERRAL,
                )));
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
            let doc = session_document(w.tx, session_id, &content)?;
            sign(w, id, doc, signer, now)?;
            touch(w, referral.case_id)
        })?;
        self.refresh_actor();
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
            let doc = referral_document(w.tx, referral_id, DocumentKind::Supported)?;
            sign(w, id, doc, signer, now)?;
            touch(w, referral.case_id)
        })?;
        self.refresh_actor();
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
                return Err(Error::rule_said(crate::message::Message::new(
                    crate::message_rules_said::ONLY_FINAL_ADDENDA,
                )));
            }
            let amended: SignedRecord = record
                .signed_json
                .as_deref()
                .and_then(|t| serde_json::from_str(t).ok())
                .ok_or_else(|| {
                    crate::message_storage::storage(crate::message_storage::RECORD_NO_CHAIN)
                })?;
            let mut doc = SignedRecord::new(DocumentKind::Addendum, amended.case);
            doc.amends = record.fingerprint.clone();
            doc.previous = addenda_of(w.tx, record_id)?.pop().map(|a| a.fingerprint);
            doc.addendum = Some(DocAddendum {
                reason: a.reason.clone(),
                text: a.text.clone(),
            });
            let signer = SignerInput {
                name: a.name.clone(),
                role: a.role.clone(),
            };
            let s = sign_document(w, doc, &signer, now)?;
            w.tx.execute(
                "INSERT INTO record_addenda (record_id, reason, text, signed_name, signed_role,
                    signed_at, fingerprint, signed_json, signature)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    record_id,
                    a.reason,
                    a.text,
                    s.doc.signer.name,
                    s.doc.signer.role,
                    s.doc.signed_at,
                    s.fingerprint,
                    s.text,
                    s.signature
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
        self.refresh_actor();
        self.record_view(record_id, now.date())
    }
}
