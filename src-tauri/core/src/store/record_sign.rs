//! `verify`: the whole file checked as an outsider would. For every finalised record and
//! addendum: its signed document is canonical, its Ed25519 signature verifies with a key this
//! file knows, its fingerprint and signature columns match it, and (records) the document
//! re-derived from the live rows (session, attendance, content) is the one signed. Then every
//! trigger that keeps signed rows unchanged is present, the audit chain is whole, and every record
//! the audit log saw finalised is still final with the fingerprint it was signed with.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension};

use super::final_record::final_record_of;
use super::record_document::{differences, referral_document, session_document};
use super::records::{addenda_of, load_record, RecordRow};
use super::referral_read::load_referral;
use super::signer::{known_signer, signed_as_number};
use super::Store;
use crate::error::Result;
use crate::model::signed::DocumentKind;
use crate::model::signing::{check_signed, fingerprint};
use crate::model::{RecordStatus, SignedRecord, TamperedRecord, VerifyReport};

/// Every trigger that keeps signed rows and the audit log unchanged (migrations 1, 3 and 5).
pub(crate) const REQUIRED_TRIGGERS: &[&str] = &[
    "audit_log_no_update",
    "audit_log_no_delete",
    "records_final_no_update",
    "records_final_no_delete",
    "record_addenda_no_update",
    "record_addenda_no_delete",
    "record_addenda_final_only",
    "attendance_locked_insert",
    "attendance_locked_update",
    "attendance_locked_delete",
    "sessions_locked_update",
    "sessions_locked_delete",
    "sessions_locked_insert",
    "final_records_no_update",
    "final_records_no_delete",
    "sessions_final_record_insert",
    "reports_final_no_update",
    "reports_final_no_delete",
    "report_addenda_no_update",
    "report_addenda_no_delete",
    "report_addenda_final_only",
];

fn missing_triggers(conn: &Connection) -> Result<Vec<String>> {
    let mut st = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'")?;
    let present: Vec<String> = st
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(REQUIRED_TRIGGERS
        .iter()
        .filter(|t| !present.iter().any(|p| p == *t))
        .map(|t| t.to_string())
        .collect())
}

/// Where a record sits, for naming it in the report.
struct Place {
    case_number: String,
    session_number: Option<u32>,
}

fn place_of(conn: &Connection, row: &RecordRow) -> Result<Place> {
    Ok(conn.query_row(
        "SELECT c.court_case_number, s.number FROM referrals r
         JOIN cases c ON c.id = r.case_id
         LEFT JOIN sessions s ON s.id = ?2
         WHERE r.id = ?1",
        rusqlite::params![row.referral_id, row.session_id],
        |r| {
            Ok(Place {
                case_number: r.get(0)?,
                session_number: r.get(1)?,
            })
        },
    )?)
}

/// Checks one signed document and its columns; returns the document when it can be read.
pub(crate) fn check_document(
    conn: &Connection,
    text: Option<&str>,
    signature: Option<&str>,
    stored_fingerprint: &str,
    what: &str,
    out: &mut Vec<String>,
) -> Result<Option<SignedRecord>> {
    let (Some(text), Some(signature)) = (text, signature) else {
        out.push(format!(
            "{what} has no signed document or signature: it was signed by a version before real \
             signatures, or they were removed from the file."
        ));
        return Ok(None);
    };
    let doc = match check_signed(text, signature) {
        Ok(d) => d,
        Err(p) => {
            out.push(format!("{what}: {}", p.0));
            return Ok(None);
        }
    };
    if fingerprint(text) != stored_fingerprint {
        out.push(format!(
            "{what}'s stored fingerprint is not the fingerprint of its signed document."
        ));
    }
    if known_signer(conn, &doc.signer.public_key)?.is_none() {
        out.push(format!(
            "{what} was signed by {} with a key this data file does not know ({}).",
            doc.signer.name,
            crate::model::signing::key_fingerprint(&doc.signer.public_key)
        ));
    }
    Ok(Some(doc))
}

/// Everything wrong with one final record and its addenda, in plain words.
fn check_record(
    conn: &Connection,
    row: &RecordRow,
    addenda_checked: &mut u32,
) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let fp = row.fingerprint.clone().unwrap_or_default();
    let doc = check_document(
        conn,
        row.signed_json.as_deref(),
        row.signature.as_deref(),
        &fp,
        "The signed record",
        &mut out,
    )?;
    if let Some(doc) = &doc {
        let columns = (
            row.signed_name.as_deref(),
            row.signed_role.as_deref(),
            row.signed_at.as_deref(),
        );
        if columns
            != (
                Some(doc.signer.name.as_str()),
                Some(doc.signer.role.as_str()),
                Some(doc.signed_at.as_str()),
            )
        {
            out.push(
                "The signer or signing time shown no longer matches the signed record.".into(),
            );
        }
        let mut live = match row.session_id {
            Some(sid) => session_document(conn, sid, &row.content)?,
            None => referral_document(conn, row.referral_id, DocumentKind::Supported)?,
        };
        let case_id = load_referral(conn, row.referral_id)?.case_id;
        if let Some(n) = signed_as_number(conn, case_id)? {
            live.case.court_case_number = n;
        }
        let diff = differences(doc, &live);
        if !diff.is_empty() {
            out.push(format!(
                "The data file no longer matches the signed record: {} changed after it was \
                 finalised.",
                diff.join(", ")
            ));
        }
    }
    let addenda = addenda_of(conn, row.id)?;
    let stored = addenda.iter().map(|a| StoredAddendum {
        signed_json: a.signed_json.as_deref(),
        signature: a.signature.as_deref(),
        fingerprint: &a.fingerprint,
        reason: &a.reason,
        text: &a.text,
    });
    let title = |n| format!("Addendum {n}");
    *addenda_checked += check_addenda(conn, ("the record", &fp), title, stored, &mut out)?;
    Ok(out)
}

/// An addendum as `verify` reads it from the file, to a record or to a report.
pub(crate) struct StoredAddendum<'a> {
    pub signed_json: Option<&'a str>,
    pub signature: Option<&'a str>,
    pub fingerprint: &'a str,
    pub reason: &'a str,
    pub text: &'a str,
}

/// The chain of addenda to one signed document (`amended`, "the record" or "the report", whose
/// fingerprint is `amended_fp`): each is a signed document of its own, amends that document and
/// follows the addendum before it, and its text is the one signed. `title` names the addendum
/// numbered from 1 in what is said. Returns how many it checked.
pub(crate) fn check_addenda<'a>(
    conn: &Connection,
    (amended, amended_fp): (&str, &str),
    title: impl Fn(usize) -> String,
    addenda: impl Iterator<Item = StoredAddendum<'a>>,
    out: &mut Vec<String>,
) -> Result<u32> {
    let mut prev: Option<&str> = None;
    let mut checked = 0;
    for (i, a) in addenda.enumerate() {
        checked += 1;
        let what = title(i + 1);
        let doc = check_document(conn, a.signed_json, a.signature, a.fingerprint, &what, out)?;
        if let Some(doc) = doc {
            if doc.amends.as_deref() != Some(amended_fp) || doc.previous.as_deref() != prev {
                out.push(format!(
                    "{what} does not follow on from {amended} and the addendum before it: \
                     addenda were removed, reordered or moved."
                ));
            }
            let body = doc.addendum.as_ref();
            if body.map(|b| (b.reason.as_str(), b.text.as_str())) != Some((a.reason, a.text)) {
                out.push(format!("{what}'s text no longer matches what was signed."));
            }
        }
        prev = Some(a.fingerprint);
    }
    Ok(checked)
}

/// Checks every signed final Record of Observed Contact: its signature and signer, its sessions
/// against the live rows, and that each record it cites is still the one signed. Returns how many.
fn check_final_records(conn: &Connection, out: &mut Vec<TamperedRecord>) -> Result<u32> {
    let rows: Vec<(i64, i64)> = conn
        .prepare("SELECT id, referral_id FROM final_records ORDER BY id")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, referral_id) in &rows {
        let Some(row) = final_record_of(conn, *referral_id)? else {
            continue;
        };
        let mut problems = Vec::new();
        let doc = check_document(
            conn,
            Some(&row.signed_json),
            Some(&row.signature),
            &row.fingerprint,
            "The signed final record",
            &mut problems,
        )?;
        if let Some(doc) = doc {
            let mut live = referral_document(conn, *referral_id, DocumentKind::FinalObserved)?;
            let case_id = load_referral(conn, *referral_id)?.case_id;
            if let Some(n) = signed_as_number(conn, case_id)? {
                live.case.court_case_number = n;
            }
            let diff = differences(&doc, &live);
            if !diff.is_empty() {
                problems.push(format!(
                    "The data file no longer matches the signed final record: {} changed after \
                     it was signed.",
                    diff.join(", ")
                ));
            }
            for c in &doc.cites {
                let now: Option<String> = conn
                    .query_row(
                        "SELECT rc.fingerprint FROM records rc JOIN sessions s ON s.id = rc.session_id
                         WHERE s.referral_id = ?1 AND s.number = ?2 AND rc.status = 'final'",
                        rusqlite::params![referral_id, c.session_number],
                        |r| r.get(0),
                    )
                    .optional()?
                    .flatten();
                if now.as_deref() != Some(c.fingerprint.as_str()) {
                    problems.push(format!(
                        "The signed final record cites session {}'s record, which is no longer \
                         the one it signed.",
                        c.session_number
                    ));
                }
            }
        }
        let case_number: String = conn.query_row(
            "SELECT c.court_case_number FROM referrals r JOIN cases c ON c.id = r.case_id
             WHERE r.id = ?1",
            [referral_id],
            |r| r.get(0),
        )?;
        out.extend(problems.into_iter().map(|what| TamperedRecord {
            record_id: *id,
            case_number: case_number.clone(),
            session_number: None,
            what,
        }));
    }
    Ok(rows.len() as u32)
}

/// Records the audit log says were finalised, with the fingerprint they were signed with.
fn finalised_in_audit(conn: &Connection) -> Result<Vec<(i64, String)>> {
    let mut st = conn.prepare(
        "SELECT row_id, after_json FROM audit_log
         WHERE table_name = 'records' AND after_json LIKE '%\"status\":\"final\"%' ORDER BY id",
    )?;
    let rows = st.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (id, after) = row?;
        let value: serde_json::Value = serde_json::from_str(&after).unwrap_or_default();
        if value["status"] == "final" {
            let fp = value["fingerprint"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            out.push((id, fp));
        }
    }
    Ok(out)
}

impl Store {
    /// Checks the whole file (see the module's first lines); every failing record is named by
    /// its case number and session.
    pub fn verify(&self) -> Result<VerifyReport> {
        let chain = self.verify_audit_chain()?;
        let conn = self.conn();
        let mut tampered = Vec::new();
        let mut records_checked = 0u32;
        let mut addenda_checked = 0u32;
        let mut finals: HashMap<i64, String> = HashMap::new();
        let ids: Vec<i64> = conn
            .prepare("SELECT id FROM records WHERE status = 'final' ORDER BY id")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for id in ids {
            let row = load_record(conn, id)?;
            records_checked += 1;
            let place = place_of(conn, &row)?;
            for what in check_record(conn, &row, &mut addenda_checked)? {
                tampered.push(TamperedRecord {
                    record_id: id,
                    case_number: place.case_number.clone(),
                    session_number: place.session_number,
                    what,
                });
            }
            finals.insert(id, row.fingerprint.clone().unwrap_or_default());
        }
        records_checked += check_final_records(conn, &mut tampered)?;
        let (reports, report_addenda) =
            super::court_report_sign::check_reports(conn, &mut tampered)?;
        records_checked += reports;
        addenda_checked += report_addenda;
        for (id, fp) in finalised_in_audit(conn)? {
            if finals.get(&id) == Some(&fp) || tampered.iter().any(|t| t.record_id == id) {
                continue;
            }
            let row = load_record(conn, id).ok();
            let place = match &row {
                Some(r) => Some(place_of(conn, r)?),
                None => None,
            };
            tampered.push(TamperedRecord {
                record_id: id,
                case_number: place
                    .as_ref()
                    .map(|p| p.case_number.clone())
                    .unwrap_or_default(),
                session_number: place.and_then(|p| p.session_number),
                what: match row {
                    Some(r) if r.status != RecordStatus::Final => "The audit log shows this \
                        record was finalised, but the data file no longer holds it as signed."
                        .into(),
                    Some(_) => "The audit log shows this record was signed with another \
                        fingerprint: its signed document was replaced."
                        .into(),
                    None => "The audit log shows this record was finalised, but it is missing \
                        from the data file."
                        .into(),
                },
            });
        }
        Ok(VerifyReport {
            audit_entries: chain.entries,
            first_broken_audit_entry: chain.first_broken,
            records_checked,
            addenda_checked,
            tampered,
            missing_triggers: missing_triggers(conn)?,
        })
    }
}
