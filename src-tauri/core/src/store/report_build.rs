//! What each court document is printed from, read from the store: a record's document (signed,
//! or built live for a draft) with its signed addenda. A finalised record comes from its signed
//! document only, never from rows that may have moved on since.

use rusqlite::Connection;

use super::record_document::{referral_document, session_document};
use super::records::{addenda_of, record_of_session, supported_record_of, RecordRow};
use super::referral_read::{load_referral, load_session, sessions_of};
use super::report_data::minutes_used;
use super::Store;
use crate::error::{Error, Result};
use crate::model::signed::{DocumentKind, FinalSources};
use crate::model::{
    ContactRecordKind, RecordSource, RecordStatus, SessionStatus, SignedRecord, SignedText,
};

fn unreadable() -> Error {
    crate::message_storage::storage(crate::message_storage::SIGNED_RECORD_DAMAGED)
}

/// A final row's signed document and addenda, exactly as stored.
fn signed_source(conn: &Connection, row: &RecordRow) -> Result<RecordSource> {
    let (Some(text), Some(signature)) = (&row.signed_json, &row.signature) else {
        return Err(unreadable());
    };
    let document: SignedRecord = serde_json::from_str(text).map_err(|_| unreadable())?;
    let addenda = addenda_of(conn, row.id)?
        .into_iter()
        .filter_map(|a| {
            Some(SignedText {
                canonical: a.signed_json?,
                signature: a.signature?,
            })
        })
        .collect();
    Ok(RecordSource {
        document,
        signed: Some(SignedText {
            canonical: text.clone(),
            signature: signature.clone(),
        }),
        addenda,
    })
}

/// A session's record: signed, or the draft (or empty form) built live.
pub(crate) fn session_source(conn: &Connection, session_id: i64) -> Result<RecordSource> {
    match record_of_session(conn, session_id)? {
        Some(row) if row.status == RecordStatus::Final => signed_source(conn, &row),
        row => Ok(RecordSource {
            document: session_document(
                conn,
                session_id,
                &row.map(|r| r.content).unwrap_or_default(),
            )?,
            signed: None,
            addenda: Vec::new(),
        }),
    }
}

impl Store {
    /// One session's Record of Observed Contact, ready for `report::from_document::observed`.
    pub fn observed_session_report(&self, session_id: i64) -> Result<RecordSource> {
        let conn = self.conn();
        let session = load_session(conn, session_id)?;
        let referral = load_referral(conn, session.referral_id)?;
        match ContactRecordKind::for_service(referral.service)? {
            ContactRecordKind::Observed => session_source(conn, session_id),
            ContactRecordKind::Supported => Err(Error::rule_said(crate::message::Message::new(
                crate::message_rules_said::SUPPORTED_NO_OBSERVED,
            ))),
            ContactRecordKind::Communications => Err(Error::rule_said(
                crate::message::Message::new(crate::message_rules_said::NO_LOG_PDF),
            )),
        }
    }

    /// The final Record of Observed Contact: the referral's document (signed once finalised, else
    /// built live: every session that happened, was missed or cancelled, every incident) and the
    /// record of each session that took place.
    pub fn observed_final_report(&self, referral_id: i64) -> Result<FinalSources> {
        let conn = self.conn();
        let referral = load_referral(conn, referral_id)?;
        if ContactRecordKind::for_service(referral.service)? != ContactRecordKind::Observed {
            return Err(Error::rule_said(crate::message::Message::new(
                crate::message_rules_said::ONLY_SUPERVISED_FINAL,
            )));
        }
        let signed = super::final_record::final_text(conn, referral_id)?;
        let document = match &signed {
            Some(t) => serde_json::from_str(&t.canonical).map_err(|_| unreadable())?,
            None => referral_document(conn, referral_id, DocumentKind::FinalObserved)?,
        };
        // Missed and cancelled sessions have no record: the document lists them.
        let mut sessions = Vec::new();
        for s in sessions_of(conn, referral_id)? {
            if s.status == SessionStatus::TookPlace {
                sessions.push(session_source(conn, s.id)?);
            }
        }
        Ok(FinalSources {
            document,
            signed,
            sessions,
            hours_used_minutes: minutes_used(conn, referral_id)?,
        })
    }

    /// The Record of Supported Contact: the signed document once final, else built live.
    pub fn supported_report(&self, referral_id: i64) -> Result<RecordSource> {
        let conn = self.conn();
        let referral = load_referral(conn, referral_id)?;
        if ContactRecordKind::for_service(referral.service)? != ContactRecordKind::Supported {
            return Err(super::records::not_supported());
        }
        match supported_record_of(conn, referral_id)? {
            Some(row) if row.status == RecordStatus::Final => signed_source(conn, &row),
            _ => Ok(RecordSource {
                document: referral_document(conn, referral_id, DocumentKind::Supported)?,
                signed: None,
                addenda: Vec::new(),
            }),
        }
    }
}
