//! Taking in a referral's report from a bundle: a draft as typed, or a signed report exactly as
//! signed (its signature, signer, kind, text and cited records checked) with its addenda, each
//! chained on the one before.

use rusqlite::{params, OptionalExtension};

use super::audit::Action;
use super::court_reports::{cited_body, kind_of_referral, report_addenda_of, report_of};
use super::record_import::{check_signer, received};
use super::Store;
use crate::error::{Problems, Result};
use crate::model::{CourtReportKind, DocumentKind, ReportBody, SignedRecord};

/// A signed document as a bundle carries it: the document, its signature and fingerprint.
pub struct SignedPart<'a> {
    pub document: &'a SignedRecord,
    pub signature: &'a str,
    pub fingerprint: &'a str,
}

impl Store {
    /// Adds a referral's report from a bundle, after its sessions and their records. Problems
    /// come back as fields relative to the report: "body", "signed_document", "addenda[N]".
    /// A citation of a session in `already_reported` (whose own problem the import reported)
    /// that finds no record is not reported again: the user sees why once, where it is.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn import_report(
        &mut self,
        referral_id: i64,
        kind: CourtReportKind,
        body: &ReportBody,
        signed: Option<SignedPart<'_>>,
        addenda: &[SignedPart<'_>],
        trust_new_signers: bool,
        already_reported: &[u32],
    ) -> Result<()> {
        self.write(|w| {
            let mut p = Problems::default();
            if kind_of_referral(w.tx, referral_id)? != kind {
                p.add("kind", "this referral's service makes another kind of report");
                return p.into_result();
            }
            let body = cited_body(w.tx, referral_id, kind, body)?;
            let json = serde_json::to_string(&body)?;
            let Some(signed) = signed else {
                if !addenda.is_empty() {
                    p.add("addenda", "a draft report has no addenda");
                    return p.into_result();
                }
                w.tx.execute(
                    "INSERT INTO reports (referral_id, kind, body_json, saved_at)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![referral_id, super::sql::enum_text(&kind), json, w.now],
                )?;
                let id = w.tx.last_insert_rowid();
                let row = report_of(w.tx, referral_id)?;
                return w.audit("reports", id, Action::Insert, None, row.as_ref());
            };
            let at = "signed_document";
            let Some(text) = received(signed.document, signed.signature, signed.fingerprint, at, &mut p)?
            else {
                return p.into_result();
            };
            let doc = signed.document;
            let report = doc.report.as_ref();
            if doc.kind != DocumentKind::Report || report.map(|r| r.kind) != Some(kind) {
                p.add(at, "this is not the kind of report the referral makes");
            }
            if report.map(|r| &r.body) != Some(&body) {
                p.add(at, "the report's text differs from its signed document");
            }
            check_signer(w, &doc.signer, trust_new_signers, &format!("{at}.signer"), &mut p)?;
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
                        at,
                        crate::message::Message::new(crate::message_import_words::CITES_OTHER_SESSION)
                            .text("number", c.session_number.to_string()),
                    );
                }
            }
            std::mem::take(&mut p).into_result()?;
            w.tx.execute(
                "INSERT INTO reports (referral_id, kind, status, body_json, saved_at, signed_json,
                    signature, fingerprint, signed_at)
                 VALUES (?1, ?2, 'final', ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    referral_id,
                    super::sql::enum_text(&kind),
                    json,
                    w.now,
                    text,
                    signed.signature,
                    signed.fingerprint,
                    doc.signed_at
                ],
            )?;
            let id = w.tx.last_insert_rowid();
            let row = report_of(w.tx, referral_id)?;
            w.audit("reports", id, Action::Insert, None, row.as_ref())?;
            let mut prev: Option<String> = None;
            for (i, a) in addenda.iter().enumerate() {
                let at = format!("addenda[{i}]");
                let Some(atext) = received(a.document, a.signature, a.fingerprint, &at, &mut p)?
                else {
                    prev = Some(a.fingerprint.to_string());
                    continue;
                };
                let adoc = a.document;
                check_signer(w, &adoc.signer, trust_new_signers, &at, &mut p)?;
                if adoc.amends.as_deref() != Some(signed.fingerprint) || adoc.previous != prev {
                    p.add(
                        &at,
                        "this addendum does not follow on from the report and the addendum \
                         before it: addenda were removed, reordered or moved",
                    );
                }
                let Some(words) = adoc.addendum.as_ref() else {
                    p.add(&at, "this is not an addendum");
                    continue;
                };
                w.tx.execute(
                    "INSERT INTO report_addenda (report_id, reason, text, signed_json, signature,
                        fingerprint, signed_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![
                        id,
                        words.reason,
                        words.text,
                        atext,
                        a.signature,
                        a.fingerprint,
                        adoc.signed_at
                    ],
                )?;
                let aid = w.tx.last_insert_rowid();
                if let Some(row) = report_addenda_of(w.tx, id)?.into_iter().find(|r| r.id == aid) {
                    w.audit("report_addenda", aid, Action::Insert, None, Some(&row))?;
                }
                prev = Some(a.fingerprint.to_string());
            }
            p.into_result()
        })
    }
}
