//! Signing a report, its addenda, and checking signed reports in `verify`: the same signed
//! documents, keys and chain of addenda as records (see `record_finalise.rs`, `record_sign.rs`).

use chrono::NaiveDateTime;
use rusqlite::{params, Connection, OptionalExtension};

use super::audit::Action;
use super::cases::touch;
use super::court_reports::{report_addenda_of, report_document, report_of, view_of};
use super::record_finalise::sign_document;
use super::record_sign::{check_addenda, check_document, StoredAddendum};
use super::records::record_of_session;
use super::referral_read::{load_referral, sessions_of};
use super::Store;
use crate::error::{Error, ErrorCode, Result};
use crate::model::signed::DocAddendum;
use crate::model::{
    AddendumInput, DocumentKind, RecordStatus, ReportView, SessionStatus, SignedRecord,
    SignerInput, TamperedRecord,
};

impl Store {
    /// Signs a referral's report: its draft passes the final checks, no session is still
    /// scheduled, and every session that took place has a finalised record for it to cite.
    /// Returns the report as signed.
    pub fn finalise_report(
        &mut self,
        referral_id: i64,
        signer: &SignerInput,
        now: NaiveDateTime,
    ) -> Result<ReportView> {
        let view = self.write(|w| {
            let before = report_of(w.tx, referral_id)?.ok_or_else(|| {
                Error::rule_said(crate::message::Message::new(
                    crate::message_rules_said::WRITE_BEFORE_SIGNING,
                ))
            })?;
            if before.status == RecordStatus::Final {
                return Err(Error::new(
                    ErrorCode::Finalised,
                    "This report is already signed. Add an addendum instead.",
                ));
            }
            let problems = before.body.check_final(before.kind);
            if !problems.is_empty() {
                return Err(Error::invalid(problems));
            }
            let mut unsigned = Vec::new();
            for s in sessions_of(w.tx, referral_id)? {
                match s.status {
                    SessionStatus::Scheduled => {
                        return Err(Error::rule_said(
                            crate::message::Message::new(
                                crate::message_rules_said::STILL_SCHEDULED_REPORT,
                            )
                            .text("number", s.number.to_string()),
                        ))
                    }
                    SessionStatus::TookPlace => match record_of_session(w.tx, s.id)? {
                        Some(r) if r.status == RecordStatus::Final => {}
                        _ => unsigned.push(s.number.to_string()),
                    },
                    _ => {}
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
            let doc = report_document(w.tx, referral_id, before.kind, &before.body)?;
            let s = sign_document(w, doc, signer, now)?;
            w.tx.execute(
                "UPDATE reports SET status = 'final', signed_json = ?2, signature = ?3,
                    fingerprint = ?4, signed_at = ?5, revision = revision + 1
                 WHERE id = ?1",
                params![
                    before.id,
                    s.text,
                    s.signature,
                    s.fingerprint,
                    s.doc.signed_at
                ],
            )?;
            let after = report_of(w.tx, referral_id)?;
            w.audit(
                "reports",
                before.id,
                Action::Update,
                Some(&before),
                after.as_ref(),
            )?;
            touch(w, load_referral(w.tx, referral_id)?.case_id)?;
            let row = after.ok_or_else(|| Error::not_found("report"))?;
            view_of(w.tx, &row)
        })?;
        self.refresh_actor();
        Ok(view)
    }

    /// Adds a dated, signed addendum to a signed report, chained on the report's fingerprint
    /// and the addendum before it.
    pub fn add_report_addendum(
        &mut self,
        referral_id: i64,
        input: &AddendumInput,
        now: NaiveDateTime,
    ) -> Result<ReportView> {
        let a = input.checked()?;
        let view = self.write(|w| {
            let report = report_of(w.tx, referral_id)?
                .filter(|r| r.status == RecordStatus::Final)
                .ok_or_else(|| {
                    Error::rule_said(crate::message::Message::new(
                        crate::message_rules_said::ONLY_SIGNED_REPORT_ADDENDA,
                    ))
                })?;
            let amended: SignedRecord = report
                .signed_json
                .as_deref()
                .and_then(|t| serde_json::from_str(t).ok())
                .ok_or_else(|| {
                    crate::message_storage::storage(crate::message_storage::REPORT_NO_CHAIN)
                })?;
            let mut doc = SignedRecord::new(DocumentKind::Addendum, amended.case);
            doc.amends = report.fingerprint.clone();
            doc.previous = report_addenda_of(w.tx, report.id)?
                .pop()
                .map(|a| a.fingerprint);
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
                "INSERT INTO report_addenda (report_id, reason, text, signed_json, signature,
                    fingerprint, signed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    report.id,
                    a.reason,
                    a.text,
                    s.text,
                    s.signature,
                    s.fingerprint,
                    s.doc.signed_at
                ],
            )?;
            let id = w.tx.last_insert_rowid();
            let row = report_addenda_of(w.tx, report.id)?
                .into_iter()
                .find(|r| r.id == id)
                .ok_or_else(|| Error::not_found("addendum"))?;
            w.audit("report_addenda", id, Action::Insert, None, Some(&row))?;
            touch(w, load_referral(w.tx, referral_id)?.case_id)?;
            view_of(w.tx, &report)
        })?;
        self.refresh_actor();
        Ok(view)
    }
}

/// Everything wrong with one signed report and its addenda, in plain words.
fn report_problems(conn: &Connection, referral_id: i64) -> Result<(Vec<String>, u32)> {
    let mut out = Vec::new();
    let Some(row) = report_of(conn, referral_id)? else {
        return Ok((out, 0));
    };
    let fp = row.fingerprint.clone().unwrap_or_default();
    let signed = check_document(
        conn,
        row.signed_json.as_deref(),
        row.signature.as_deref(),
        &fp,
        "The signed report",
        &mut out,
    )?;
    if let Some(doc) = signed {
        let report = doc.report.as_ref();
        if doc.kind != DocumentKind::Report || report.map(|r| r.kind) != Some(row.kind) {
            out.push("The signed report is not the kind of report filed here.".into());
        }
        if report.map(|r| &r.body) != Some(&row.body) {
            out.push(
                "The report's text in the data file no longer matches what was signed.".into(),
            );
        }
        for c in &doc.cites {
            let now: Option<String> = conn
                .query_row(
                    "SELECT rc.fingerprint FROM records rc JOIN sessions s ON s.id = rc.session_id
                     WHERE s.referral_id = ?1 AND s.number = ?2 AND rc.status = 'final'",
                    params![referral_id, c.session_number],
                    |r| r.get(0),
                )
                .optional()?
                .flatten();
            if now.as_deref() != Some(c.fingerprint.as_str()) {
                out.push(format!(
                    "The signed report cites session {}'s record, which is no longer the one it \
                     signed.",
                    c.session_number
                ));
            }
        }
    }
    let addenda = report_addenda_of(conn, row.id)?;
    let stored = addenda.iter().map(|a| StoredAddendum {
        signed_json: Some(&a.signed_json),
        signature: Some(&a.signature),
        fingerprint: &a.fingerprint,
        reason: &a.reason,
        text: &a.text,
    });
    let title = |n| format!("Addendum {n} to the report");
    let checked = check_addenda(conn, ("the report", &fp), title, stored, &mut out)?;
    Ok((out, checked))
}

/// Checks every signed report for `verify`; returns how many reports and addenda were checked.
pub(crate) fn check_reports(
    conn: &Connection,
    out: &mut Vec<TamperedRecord>,
) -> Result<(u32, u32)> {
    let rows: Vec<(i64, i64, String)> = conn
        .prepare(
            "SELECT rp.id, rp.referral_id, c.court_case_number FROM reports rp
             JOIN referrals r ON r.id = rp.referral_id JOIN cases c ON c.id = r.case_id
             WHERE rp.status = 'final' ORDER BY rp.id",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut addenda = 0;
    for (id, referral_id, case_number) in &rows {
        let (problems, n) = report_problems(conn, *referral_id)?;
        addenda += n;
        out.extend(problems.into_iter().map(|what| TamperedRecord {
            record_id: *id,
            case_number: case_number.clone(),
            session_number: None,
            what,
        }));
    }
    Ok((rows.len() as u32, addenda))
}
