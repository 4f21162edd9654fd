//! The final Record of Observed Contact of a referral as its own signed document: signed once
//! contact has ceased, citing each session record by fingerprint and listing the sessions that
//! were missed or cancelled, which need no record of their own.

use chrono::NaiveDateTime;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use super::audit::Action;
use super::cases::touch;
use super::record_document::differences;
use super::record_document::referral_document;
use super::record_finalise::sign_document;
use super::record_import::{check_signer, received};
use super::records::record_of_session;
use super::referral_read::{load_referral, sessions_of};
use super::Store;
use crate::error::{Error, Problems, Result};
use crate::model::signed::DocCitation;
use crate::model::{
    ContactRecordKind, DocumentKind, RecordStatus, SessionStatus, SignedRecord, SignedText,
    SignerInput,
};

/// A signed final record as stored and audited.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct FinalRecordRow {
    pub id: i64,
    pub referral_id: i64,
    pub signed_json: String,
    pub signature: String,
    pub fingerprint: String,
    pub signed_at: String,
}

pub(crate) fn final_record_of(
    conn: &Connection,
    referral_id: i64,
) -> Result<Option<FinalRecordRow>> {
    Ok(conn
        .query_row(
            "SELECT id, referral_id, signed_json, signature, fingerprint, signed_at
             FROM final_records WHERE referral_id = ?1",
            [referral_id],
            |r| {
                Ok(FinalRecordRow {
                    id: r.get(0)?,
                    referral_id: r.get(1)?,
                    signed_json: r.get(2)?,
                    signature: r.get(3)?,
                    fingerprint: r.get(4)?,
                    signed_at: r.get(5)?,
                })
            },
        )
        .optional()?)
}

/// The signed text of a referral's final record, if it is signed.
pub(crate) fn final_text(conn: &Connection, referral_id: i64) -> Result<Option<SignedText>> {
    Ok(final_record_of(conn, referral_id)?.map(|r| SignedText {
        canonical: r.signed_json,
        signature: r.signature,
    }))
}

impl Store {
    /// The fingerprint of a referral's signed final Record of Observed Contact, if signed.
    pub fn final_record_fingerprint(&self, referral_id: i64) -> Result<Option<String>> {
        Ok(final_record_of(self.conn(), referral_id)?.map(|r| r.fingerprint))
    }

    /// The signed text of a referral's final Record of Observed Contact, if signed.
    pub fn final_record_text(&self, referral_id: i64) -> Result<Option<SignedText>> {
        final_text(self.conn(), referral_id)
    }

    /// Takes in a signed final record from a bundle, after its sessions and their records: its
    /// signature and signer are checked, its sessions compared with the rows the bundle gave,
    /// and each record it cites must be the one imported. A citation of a session in
    /// `already_reported` (whose own problem the import reported) that finds no record is not
    /// reported again: that record was refused, and the user should see why once, where it is.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn import_final_observed(
        &mut self,
        referral_id: i64,
        doc: &SignedRecord,
        signature: &str,
        fingerprint: &str,
        case_number: &str,
        trust_new_signers: bool,
        already_reported: &[u32],
    ) -> Result<()> {
        self.write(|w| {
            let mut p = Problems::default();
            let Some(text) = received(doc, signature, fingerprint, "signed_document", &mut p)?
            else {
                return p.into_result();
            };
            if doc.kind != DocumentKind::FinalObserved {
                p.add("signed_document", "this is not a final Record of Observed Contact");
            }
            check_signer(w, &doc.signer, trust_new_signers, "signed_document.signer", &mut p)?;
            let mut live = referral_document(w.tx, referral_id, DocumentKind::FinalObserved)?;
            live.case.court_case_number = case_number.to_string();
            let diff = differences(doc, &live);
            if !diff.is_empty() {
                p.say(
                    "signed_document",
                    crate::message::Message::new(crate::message_import_words::FINAL_DIFFERS).text("fields", diff.join(", ")),
                );
            }
            for c in &doc.cites {
                let cited: Option<String> = w
                    .tx
                    .query_row(
                        "SELECT rc.fingerprint FROM records rc JOIN sessions s ON s.id = rc.session_id
                         WHERE s.referral_id = ?1 AND s.number = ?2 AND rc.status = 'final'",
                        params![referral_id, c.session_number],
                        |r| r.get(0),
                    )
                    .optional()?
                    .flatten();
                let knock_on = cited.is_none() && already_reported.contains(&c.session_number);
                if cited.as_deref() != Some(c.fingerprint.as_str()) && !knock_on {
                    p.say(
                        "signed_document",
                        crate::message::Message::new(crate::message_import_words::CITES_OTHER_SESSION)
                            .text("number", c.session_number.to_string()),
                    );
                }
            }
            p.into_result()?;
            w.tx.execute(
                "INSERT INTO final_records (referral_id, signed_json, signature, fingerprint,
                    signed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![referral_id, text, signature, fingerprint, doc.signed_at],
            )?;
            let id = w.tx.last_insert_rowid();
            let row = final_record_of(w.tx, referral_id)?;
            w.audit("final_records", id, Action::Insert, None, row.as_ref())
        })
    }

    /// Signs the final Record of Observed Contact of a supervised referral: once contact has
    /// ceased, no session is still scheduled, and every session that took place has its own
    /// finalised record. Missed and cancelled sessions need none: the final record lists them.
    /// Returns the fingerprint of the signed final record.
    pub fn finalise_final_record(
        &mut self,
        referral_id: i64,
        signer: &SignerInput,
        now: NaiveDateTime,
    ) -> Result<String> {
        let fingerprint = self.write(|w| {
            let referral = load_referral(w.tx, referral_id)?;
            if ContactRecordKind::for_service(referral.service)? != ContactRecordKind::Observed {
                return Err(Error::rule_said(crate::message::Message::new(
                    crate::message_rules_said::ONLY_SUPERVISED_FINAL,
                )));
            }
            if final_record_of(w.tx, referral_id)?.is_some() {
                return Err(Error::new(
                    crate::error::ErrorCode::Finalised,
                    "The final Record of Observed Contact of this referral is already signed. \
                     Add an addendum to a session's record instead.",
                ));
            }
            if referral.dates.ceased_on.is_none() {
                return Err(Error::rule_said(crate::message::Message::new(
                    crate::message_rules_said::CEASED_BEFORE_FINAL,
                )));
            }
            let mut cites = Vec::new();
            let mut unsigned = Vec::new();
            for s in sessions_of(w.tx, referral_id)? {
                match s.status {
                    SessionStatus::Scheduled => {
                        return Err(Error::rule_said(
                            crate::message::Message::new(
                                crate::message_rules_said::STILL_SCHEDULED,
                            )
                            .text("number", s.number.to_string()),
                        ))
                    }
                    SessionStatus::TookPlace => match record_of_session(w.tx, s.id)? {
                        Some(r) if r.status == RecordStatus::Final => cites.push(DocCitation {
                            session_number: s.number,
                            fingerprint: r.fingerprint.unwrap_or_default(),
                        }),
                        _ => unsigned.push(s.number.to_string()),
                    },
                    SessionStatus::Cancelled | SessionStatus::DidNotAttend => {}
                }
            }
            if !unsigned.is_empty() {
                return Err(Error::rule_said(
                    crate::message::Message::new(
                        crate::message_rules_said::FINALISE_SESSIONS_FIRST,
                    )
                    .text("numbers", unsigned.join(", ")),
                ));
            }
            let mut doc = referral_document(w.tx, referral_id, DocumentKind::FinalObserved)?;
            doc.cites = cites;
            let s = sign_document(w, doc, signer, now)?;
            w.tx.execute(
                "INSERT INTO final_records (referral_id, signed_json, signature, fingerprint,
                    signed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    referral_id,
                    s.text,
                    s.signature,
                    s.fingerprint,
                    s.doc.signed_at
                ],
            )?;
            let id = w.tx.last_insert_rowid();
            let row = final_record_of(w.tx, referral_id)?;
            w.audit("final_records", id, Action::Insert, None, row.as_ref())?;
            touch(w, referral.case_id)?;
            Ok(s.fingerprint)
        })?;
        self.refresh_actor();
        Ok(fingerprint)
    }
}
