//! Taking in a finalised record from a case bundle: the record keeps the document and signature
//! it was signed with (re-signing would change who signed, when and what), but only after the
//! signature verifies, its signer is one this file knows or the user agreed to trust, and the
//! document matches the rows the bundle gave for its case, session, attendance and content.
//! Its addenda come in the same way, each chained on the one before.

use rusqlite::params;

use super::audit::Action;
use super::cases::touch;
use super::record_checks::{check_communications, check_observed, check_supported};
use super::record_document::{differences, referral_document, session_document};
use super::record_read::session_attendance;
use super::records::{addenda_of, check_children, insert_draft, load_record};
use super::referral_read::{load_referral, load_session};
use super::signer::{known_signer, other_keys_named, trust};
use super::{Store, Writer};
use crate::error::{Error, Problems, Result};
use crate::model::signed::{DocSigner, DocumentKind};
use crate::model::signing::{canonical, check_signed, fingerprint, key_fingerprint};
use crate::model::{AddendumInput, ContactRecordKind, RecordContent, SignedRecord, SignerInput};

/// A finalised record as a bundle carries it.
pub(crate) struct SignedImport<'a> {
    pub name: &'a str,
    pub role: &'a str,
    /// Local date and time of signing, "2026-11-23T16:30:00".
    pub signed_at: &'a str,
    pub document: &'a SignedRecord,
    pub signature: &'a str,
    pub fingerprint: &'a str,
    /// The court case number in the bundle (the record is checked against it, also when the
    /// case is imported as new under another number).
    pub case_number: &'a str,
    pub trust_new_signers: bool,
}

/// One addendum as a bundle carries it.
pub(crate) struct AddendumImport<'a> {
    pub input: AddendumInput,
    pub signed_at: &'a str,
    pub fingerprint: &'a str,
    pub document: &'a SignedRecord,
    pub signature: &'a str,
}

/// Checks a signer's key against the keys this file knows; trusts it when allowed.
pub(crate) fn check_signer(
    w: &Writer<'_>,
    signer: &DocSigner,
    trust_new: bool,
    at: &str,
    p: &mut Problems,
) -> Result<()> {
    let fp = key_fingerprint(&signer.public_key);
    let others = other_keys_named(w.tx, &signer.name, &signer.public_key)?;
    match known_signer(w.tx, &signer.public_key)? {
        Some(_) => {}
        None if !others.is_empty() && !trust_new => p.say(
            at,
            crate::message::Message::new(crate::message_import_words::SIGNER_OTHER_KEY)
                .text("name", &signer.name)
                .text("fingerprint", &fp)
                .text(
                    "others",
                    others
                        .iter()
                        .map(|k| key_fingerprint(k))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
        ),
        None if !trust_new => p.say(
            at,
            crate::message::Message::new(crate::message_import_words::SIGNER_NEW)
                .text("name", &signer.name)
                .text("role", &signer.role)
                .text("fingerprint", &fp),
        ),
        None => trust(w, signer)?,
    }
    Ok(())
}

/// The canonical text of a received document, checked: signature, fingerprint, signing time.
pub(crate) fn received(
    doc: &SignedRecord,
    signature: &str,
    stated_fingerprint: &str,
    at: &str,
    p: &mut Problems,
) -> Result<Option<String>> {
    let text = canonical(doc)?;
    if let Err(e) = check_signed(&text, signature) {
        p.add(at, e.0);
        return Ok(None);
    }
    if fingerprint(&text) != stated_fingerprint {
        p.add(
            at,
            "the fingerprint is not the fingerprint of the signed document: one of them was changed",
        );
        return Ok(None);
    }
    Ok(Some(text))
}

impl Store {
    /// Adds a finalised record (of the session, or with `session_id` None the referral's Record
    /// of Supported Contact) exactly as signed, with its addenda. Problems come back as fields
    /// relative to the record: "signed_snapshot", "signature", "addenda[N]", or the form's names.
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
                return Err(Error::rule_said(crate::message::Message::new(crate::message_rules_said::ONE_SUPPORTED_RECORD)));
            }
            let mut p = Problems::default();
            let doc = signed.document;
            let Some(text) = received(doc, signed.signature, signed.fingerprint, "signed_snapshot", &mut p)?
            else {
                p.into_result()?;
                return Err(Error::rule_said(crate::message::Message::new(crate::message_rules_said::SIGNED_DOES_NOT_VERIFY)));
            };
            check_signer(w, &doc.signer, signed.trust_new_signers, "signed_snapshot.signer", &mut p)?;
            if (doc.signer.name.as_str(), doc.signer.role.as_str(), doc.signed_at.as_str())
                != (signed.name, signed.role, signed.signed_at)
            {
                p.add(
                    "signature",
                    "the name, role or signing time differs from the signed document's",
                );
            }
            let signer = SignerInput {
                name: signed.name.into(),
                role: signed.role.into(),
            };
            match session_id {
                None if content.has_observations() => p.add(
                    "content",
                    "A Record of Supported Contact holds attendance only: its content must be empty",
                ),
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
            let mut live = match session_id {
                Some(sid) => session_document(w.tx, sid, content)?,
                None => referral_document(w.tx, referral_id, DocumentKind::Supported)?,
            };
            live.case.court_case_number = signed.case_number.to_string();
            let diff = differences(doc, &live);
            if !diff.is_empty() {
                p.say(
                    "signed_snapshot",
                    crate::message::Message::new(crate::message_import_words::RECORD_DIFFERS).text("fields", diff.join(", ")),
                );
            }
            let id = insert_draft(w, referral_id, session_id, kind, content)?;
            let before = load_record(w.tx, id)?;
            w.tx.execute(
                "UPDATE records SET status = 'final', signed_name = ?2, signed_role = ?3,
                    signed_at = ?4, signed_json = ?5, fingerprint = ?6, signature = ?7,
                    revision = revision + 1, saved_at = ?8
                 WHERE id = ?1",
                params![
                    id,
                    doc.signer.name,
                    doc.signer.role,
                    doc.signed_at,
                    text,
                    signed.fingerprint,
                    signed.signature,
                    w.now
                ],
            )?;
            let after = load_record(w.tx, id)?;
            w.audit("records", id, Action::Update, Some(&before), Some(&after))?;

            let mut prev: Option<String> = None;
            for (i, a) in addenda.iter().enumerate() {
                let at = format!("addenda[{i}]");
                let Some(atext) = received(a.document, a.signature, a.fingerprint, &at, &mut p)?
                else {
                    prev = Some(a.fingerprint.to_string());
                    continue;
                };
                let adoc = a.document;
                check_signer(w, &adoc.signer, signed.trust_new_signers, &at, &mut p)?;
                if adoc.amends.as_deref() != Some(signed.fingerprint) || adoc.previous != prev {
                    p.add(
                        &at,
                        "this addendum does not follow on from the record and the addendum before \
                         it: addenda were removed, reordered or moved",
                    );
                }
                let body = adoc.addendum.as_ref();
                if body.map(|b| (b.reason.as_str(), b.text.as_str()))
                    != Some((a.input.reason.as_str(), a.input.text.as_str()))
                    || (adoc.signer.name.as_str(), adoc.signer.role.as_str(), adoc.signed_at.as_str())
                        != (a.input.name.as_str(), a.input.role.as_str(), a.signed_at)
                {
                    p.add(&at, "the addendum's text or signer differs from its signed document");
                }
                w.tx.execute(
                    "INSERT INTO record_addenda (record_id, reason, text, signed_name,
                        signed_role, signed_at, fingerprint, signed_json, signature)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    params![
                        id,
                        a.input.reason,
                        a.input.text,
                        a.input.name,
                        a.input.role,
                        a.signed_at,
                        a.fingerprint,
                        atext,
                        a.signature
                    ],
                )?;
                let aid = w.tx.last_insert_rowid();
                if let Some(row) = addenda_of(w.tx, id)?.into_iter().find(|r| r.id == aid) {
                    w.audit("record_addenda", aid, Action::Insert, None, Some(&row))?;
                }
                prev = Some(a.fingerprint.to_string());
            }
            p.into_result()?;
            touch(w, referral.case_id)?;
            Ok(id)
        })
    }
}
