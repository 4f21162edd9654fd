//! Fingerprints of signed records and addenda, and `verify`: the audit chain plus every signed
//! record recomputed from its stored row.
//!
//! A fingerprint is the SHA-256 (lower-case hex) of a tag line and a JSON object with its keys in
//! alphabetical order and no whitespace. It covers what was signed and nothing about where the
//! row sits in this file (no row ids), so a case bundle imported into another data file keeps
//! the same fingerprints and can be checked against the PDF printed from the first:
//! - record: `"contact-records/record/v1\n"` + `{"kind","signed_at","signed_json","signed_name",
//!   "signed_role"}` (`signed_json` as the stored text; it names the session by number and date);
//! - addendum: `"contact-records/addendum/v1\n"` + `{"prev","reason","signed_at","signed_name",
//!   "signed_role","text"}`, where `prev` is the previous addendum's fingerprint, or the record's
//!   for the first addendum (so removing, reordering or moving addenda shows).

use rusqlite::{Connection, Row};
use serde_json::json;
use sha2::{Digest, Sha256};

use super::Store;
use crate::error::Result;
use crate::model::{TamperedRecord, VerifyReport};

/// The stored columns a record's fingerprint covers.
pub(crate) struct SignedRecord<'a> {
    pub kind: &'a str,
    pub signed_json: &'a str,
    pub signed_name: &'a str,
    pub signed_role: &'a str,
    pub signed_at: &'a str,
}

/// The stored columns an addendum's fingerprint covers.
pub(crate) struct SignedAddendum<'a> {
    pub prev: &'a str,
    pub reason: &'a str,
    pub text: &'a str,
    pub signed_name: &'a str,
    pub signed_role: &'a str,
    pub signed_at: &'a str,
}

fn sha256_hex(tag: &str, body: &str) -> String {
    let mut h = Sha256::new();
    h.update(tag.as_bytes());
    h.update(b"\n");
    h.update(body.as_bytes());
    hex::encode(h.finalize())
}

pub(crate) fn record_fingerprint(r: &SignedRecord<'_>) -> String {
    // Keys written in alphabetical order, so the text is the same whether or not serde_json
    // keeps insertion order.
    let body = json!({
        "kind": r.kind,
        "signed_at": r.signed_at,
        "signed_json": r.signed_json,
        "signed_name": r.signed_name,
        "signed_role": r.signed_role,
    });
    sha256_hex("contact-records/record/v1", &body.to_string())
}

pub(crate) fn addendum_fingerprint(a: &SignedAddendum<'_>) -> String {
    let body = json!({
        "prev": a.prev,
        "reason": a.reason,
        "signed_at": a.signed_at,
        "signed_name": a.signed_name,
        "signed_role": a.signed_role,
        "text": a.text,
    });
    sha256_hex("contact-records/addendum/v1", &body.to_string())
}

/// A final record's row with what the report of a tampered record names.
struct FinalRow {
    id: i64,
    kind: String,
    signed_json: String,
    signed_name: String,
    signed_role: String,
    signed_at: String,
    fingerprint: String,
    case_number: String,
    session_number: Option<u32>,
}

fn final_row(r: &Row<'_>) -> rusqlite::Result<FinalRow> {
    Ok(FinalRow {
        id: r.get(0)?,
        kind: r.get(3)?,
        signed_json: r.get::<_, Option<String>>(4)?.unwrap_or_default(),
        signed_name: r.get::<_, Option<String>>(5)?.unwrap_or_default(),
        signed_role: r.get::<_, Option<String>>(6)?.unwrap_or_default(),
        signed_at: r.get::<_, Option<String>>(7)?.unwrap_or_default(),
        fingerprint: r.get::<_, Option<String>>(8)?.unwrap_or_default(),
        case_number: r.get(9)?,
        session_number: r.get(10)?,
    })
}

// Columns 1 and 2 (the referral and session ids) are not covered by the fingerprint, so a
// record stays verifiable after a bundle moves it to another data file.
const FINAL_ROWS: &str = "SELECT rc.id, rc.referral_id, rc.session_id, rc.kind, rc.signed_json,
        rc.signed_name, rc.signed_role, rc.signed_at, rc.fingerprint, c.court_case_number, s.number,
        rc.status
     FROM records rc
     JOIN referrals r ON r.id = rc.referral_id
     JOIN cases c ON c.id = r.case_id
     LEFT JOIN sessions s ON s.id = rc.session_id";

fn recomputed(row: &FinalRow) -> String {
    record_fingerprint(&SignedRecord {
        kind: &row.kind,
        signed_json: &row.signed_json,
        signed_name: &row.signed_name,
        signed_role: &row.signed_role,
        signed_at: &row.signed_at,
    })
}

/// Recomputes the addenda of one record in order; returns how many were checked and what broke.
fn check_addenda(conn: &Connection, row: &FinalRow, out: &mut Vec<TamperedRecord>) -> Result<u32> {
    let mut st = conn.prepare_cached(
        "SELECT reason, text, signed_name, signed_role, signed_at, fingerprint
         FROM record_addenda WHERE record_id = ?1 ORDER BY id",
    )?;
    let mut rows = st.query([row.id])?;
    let mut prev = row.fingerprint.clone();
    let mut n = 0u32;
    while let Some(r) = rows.next()? {
        n += 1;
        let stored: String = r.get(5)?;
        let expected = addendum_fingerprint(&SignedAddendum {
            prev: &prev,
            reason: &r.get::<_, String>(0)?,
            text: &r.get::<_, String>(1)?,
            signed_name: &r.get::<_, String>(2)?,
            signed_role: &r.get::<_, String>(3)?,
            signed_at: &r.get::<_, String>(4)?,
        });
        if expected != stored {
            out.push(tampered(
                row,
                format!("Addendum {n} no longer matches its fingerprint."),
            ));
        }
        prev = stored;
    }
    Ok(n)
}

fn tampered(row: &FinalRow, what: String) -> TamperedRecord {
    TamperedRecord {
        record_id: row.id,
        case_number: row.case_number.clone(),
        session_number: row.session_number,
        what,
    }
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
    /// Checks the whole file: walks the audit chain, recomputes every final record's and
    /// addendum's fingerprint from its stored row, and checks that every record the audit log
    /// saw finalised is still final with the fingerprint it was signed with.
    pub fn verify(&self) -> Result<VerifyReport> {
        let chain = self.verify_audit_chain()?;
        let conn = self.conn();
        let mut tampered_list = Vec::new();
        let mut st = conn.prepare(&format!("{FINAL_ROWS} ORDER BY rc.id"))?;
        let all: Vec<(FinalRow, String)> = st
            .query_map([], |r| Ok((final_row(r)?, r.get::<_, String>(11)?)))
            .map(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())??
            .into_iter()
            .collect();
        let mut records_checked = 0u32;
        let mut addenda_checked = 0u32;
        let mut finals = std::collections::HashMap::new();
        for (row, status) in &all {
            if status != "final" {
                continue;
            }
            records_checked += 1;
            if recomputed(row) != row.fingerprint {
                tampered_list.push(tampered(
                    row,
                    "The signed record no longer matches its fingerprint: it was changed after \
                     it was finalised."
                        .into(),
                ));
            }
            addenda_checked += check_addenda(conn, row, &mut tampered_list)?;
            finals.insert(row.id, row.fingerprint.clone());
        }
        for (id, fingerprint) in finalised_in_audit(conn)? {
            if finals.get(&id) == Some(&fingerprint) {
                continue;
            }
            let row = all.iter().find(|(r, _)| r.id == id).map(|(r, _)| r);
            let what = "The audit log shows this record was finalised, but the data file no \
                        longer holds it as signed."
                .to_string();
            let entry = match row {
                Some(r) => tampered(r, what),
                None => TamperedRecord {
                    record_id: id,
                    case_number: String::new(),
                    session_number: None,
                    what: "The audit log shows this record was finalised, but it is missing from \
                           the data file."
                        .into(),
                },
            };
            if !tampered_list.iter().any(|t| t.record_id == id) {
                tampered_list.push(entry);
            }
        }
        Ok(VerifyReport {
            audit_entries: chain.entries,
            first_broken_audit_entry: chain.first_broken,
            records_checked,
            addenda_checked,
            tampered: tampered_list,
        })
    }
}
