//! Taking in a finalised record from a case bundle: the record keeps the signature, snapshot and
//! fingerprint it was signed with (re-signing it would change when and what was signed), but only
//! after the fingerprint is recomputed and matches, and the same completeness checks as
//! finalising in the app pass. Its addenda come in the same way, chained on its fingerprint.

use rusqlite::params;

use super::audit::Action;
use super::cases::touch;
use super::record_checks::{check_communications, check_observed, check_supported};
use super::record_read::session_attendance;
use super::record_sign::{addendum_fingerprint, record_fingerprint, SignedAddendum, SignedRecord};
use super::records::{addenda_of, check_children, insert_draft, load_record};
use super::referral_read::{load_referral, load_session};
use super::report_data::{ObservedSnapshot, SupportedSnapshot};
use super::sql::enum_text;
use super::Store;
use crate::error::{Error, FieldError, Problems, Result};
use crate::model::{AddendumInput, ContactRecordKind, RecordContent, SignerInput};

/// The signature of a finalised record as a bundle carries it.
pub(crate) struct SignedImport<'a> {
    pub name: &'a str,
    pub role: &'a str,
    /// Local date and time of signing, "2026-11-23T16:30:00".
    pub signed_at: &'a str,
    /// The exact text that was signed.
    pub signed_json: &'a str,
    pub fingerprint: &'a str,
}

/// One addendum as a bundle carries it.
pub(crate) struct AddendumImport<'a> {
    pub input: AddendumInput,
    pub signed_at: &'a str,
    pub fingerprint: &'a str,
}

/// The message a tampered record or addendum is refused with.
pub(crate) const TAMPERED: &str =
    "the fingerprint does not match: this finalised record was changed after it was signed";

impl Store {
    /// Adds a finalised record (of the session, or with `session_id` None the referral's Record
    /// of Supported Contact) exactly as signed, with its addenda. Problems come back as fields:
    /// "" for the record itself, "addenda[N]" for an addendum, or the form's own field names.
    pub(crate) fn import_final_record(
        &mut self,
        referral_id: i64,
        session_id: Option<i64>,
        content: &RecordContent,
        signed: &SignedImport<'_>,
        addenda: &[AddendumImport<'_>],
        today: chrono::NaiveDate,
    ) -> Result<i64> {
        let sessions = self.get_referral(referral_id, today)?.sessions;
        self.write(|w| {
            let referral = load_referral(w.tx, referral_id)?;
            let kind = ContactRecordKind::for_service(referral.service)?;
            if (kind == ContactRecordKind::Supported) != session_id.is_none() {
                return Err(Error::rule(
                    "Supported contact keeps one Record of Supported Contact on the referral; \
                     other services keep a record on each session.",
                ));
            }
            let kind_text = enum_text(&kind);
            let expected = record_fingerprint(&SignedRecord {
                kind: &kind_text,
                signed_json: signed.signed_json,
                signed_name: signed.name,
                signed_role: signed.role,
                signed_at: signed.signed_at,
            });
            if expected != signed.fingerprint {
                return Err(Error::invalid(vec![FieldError {
                    field: String::new(),
                    message: TAMPERED.into(),
                }]));
            }
            let snapshot_ok = match kind {
                ContactRecordKind::Supported => {
                    serde_json::from_str::<SupportedSnapshot>(signed.signed_json).is_ok()
                }
                _ => serde_json::from_str::<ObservedSnapshot>(signed.signed_json).is_ok(),
            };
            if !snapshot_ok {
                return Err(Error::invalid(vec![FieldError {
                    field: "signed_snapshot".into(),
                    message: "The signed snapshot is not a record Contact Records can read".into(),
                }]));
            }
            let signer = SignerInput {
                name: signed.name.into(),
                role: signed.role.into(),
            };
            match session_id {
                None if content.has_observations() => {
                    return Err(Error::invalid(vec![FieldError {
                        field: "content".into(),
                        message: "A Record of Supported Contact holds attendance only: its \
                                  content must be empty"
                            .into(),
                    }]))
                }
                None => check_supported(&referral, &sessions, &signer)?,
                Some(sid) => {
                    check_children(w.tx, referral_id, content)?;
                    let session = load_session(w.tx, sid)?;
                    if kind == ContactRecordKind::Communications {
                        check_communications(content, &signer)?;
                    } else {
                        let attendance = session_attendance(w.tx, sid)?;
                        check_observed(&session, &attendance, content, &signer)?;
                    }
                }
            }
            let id = insert_draft(w, referral_id, session_id, kind, content)?;
            let before = load_record(w.tx, id)?;
            w.tx.execute(
                "UPDATE records SET status = 'final', signed_name = ?2, signed_role = ?3,
                    signed_at = ?4, signed_json = ?5, fingerprint = ?6, revision = revision + 1,
                    saved_at = ?7
                 WHERE id = ?1",
                params![
                    id,
                    signed.name,
                    signed.role,
                    signed.signed_at,
                    signed.signed_json,
                    signed.fingerprint,
                    w.now
                ],
            )?;
            let after = load_record(w.tx, id)?;
            w.audit("records", id, Action::Update, Some(&before), Some(&after))?;

            let mut p = Problems::default();
            let mut prev = signed.fingerprint.to_string();
            for (i, a) in addenda.iter().enumerate() {
                let at = format!("addenda[{i}]");
                let input = match a.input.checked() {
                    Ok(input) => input,
                    Err(e) => {
                        for f in e.fields {
                            p.add(format!("{at}.{}", f.field), f.message);
                        }
                        continue;
                    }
                };
                let expected = addendum_fingerprint(&SignedAddendum {
                    prev: &prev,
                    reason: &input.reason,
                    text: &input.text,
                    signed_name: &input.name,
                    signed_role: &input.role,
                    signed_at: a.signed_at,
                });
                if expected != a.fingerprint {
                    p.add(
                        &at,
                        "the fingerprint does not match: this addendum was changed after it was \
                         signed, or addenda were removed or reordered",
                    );
                }
                w.tx.execute(
                    "INSERT INTO record_addenda (record_id, reason, text, signed_name,
                        signed_role, signed_at, fingerprint)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![
                        id,
                        input.reason,
                        input.text,
                        input.name,
                        input.role,
                        a.signed_at,
                        a.fingerprint
                    ],
                )?;
                let aid = w.tx.last_insert_rowid();
                if let Some(row) = addenda_of(w.tx, id)?.into_iter().find(|r| r.id == aid) {
                    w.audit("record_addenda", aid, Action::Insert, None, Some(&row))?;
                }
                prev = a.fingerprint.to_string();
            }
            p.into_result()?;
            touch(w, referral.case_id)?;
            Ok(id)
        })
    }
}
