//! The append-only audit log: who changed which row, when, from what to what, in a hash chain.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::{Store, Writer};
use crate::error::Result;

pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Insert,
    Update,
    Delete,
}

impl Action {
    fn as_str(self) -> &'static str {
        match self {
            Action::Insert => "insert",
            Action::Update => "update",
            Action::Delete => "delete",
        }
    }
}

/// One entry as stored, for history screens and for verification.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub table_name: String,
    pub row_id: i64,
    pub action: String,
    pub before_json: Option<String>,
    pub after_json: Option<String>,
    pub hash: String,
}

/// The canonical text a hash covers: keys sorted (serde_json's map is ordered), no whitespace.
fn canonical(
    at: &str,
    actor: &str,
    table: &str,
    row_id: i64,
    action: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> String {
    json!({
        "action": action, "actor": actor, "after": after, "at": at,
        "before": before, "row_id": row_id, "table": table,
    })
    .to_string()
}

fn chain_hash(prev: &str, canonical: &str) -> String {
    let mut h = Sha256::new();
    h.update(prev.as_bytes());
    h.update(b"\n");
    h.update(canonical.as_bytes());
    hex::encode(h.finalize())
}

impl Writer<'_> {
    /// Appends one entry for a change made in this transaction.
    pub fn audit<T: Serialize>(
        &self,
        table: &str,
        row_id: i64,
        action: Action,
        before: Option<&T>,
        after: Option<&T>,
    ) -> Result<()> {
        let before = before.map(serde_json::to_string).transpose()?;
        let after = after.map(serde_json::to_string).transpose()?;
        let prev: String = self
            .tx
            .query_row(
                "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or_else(|| GENESIS_HASH.to_string());
        let text = canonical(
            &self.now,
            self.actor,
            table,
            row_id,
            action.as_str(),
            before.as_deref(),
            after.as_deref(),
        );
        let hash = chain_hash(&prev, &text);
        self.tx.execute(
            "INSERT INTO audit_log (at, actor, table_name, row_id, action, before_json, after_json, prev_hash, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![self.now, self.actor, table, row_id, action.as_str(), before, after, prev, hash],
        )?;
        Ok(())
    }
}

const ENTRY_SELECT: &str = "SELECT id, at, actor, table_name, row_id, action, before_json, \
    after_json, hash FROM audit_log";

fn entry_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AuditEntry> {
    Ok(AuditEntry {
        id: r.get(0)?,
        at: r.get(1)?,
        actor: r.get(2)?,
        table_name: r.get(3)?,
        row_id: r.get(4)?,
        action: r.get(5)?,
        before_json: r.get(6)?,
        after_json: r.get(7)?,
        hash: r.get(8)?,
    })
}

/// Entries matching `condition` (which uses `?1` for `id`), oldest first.
pub(crate) fn entries_where(
    conn: &rusqlite::Connection,
    condition: &str,
    id: i64,
) -> Result<Vec<AuditEntry>> {
    let mut st = conn.prepare(&format!("{ENTRY_SELECT} WHERE {condition} ORDER BY id"))?;
    let rows = st.query_map([id], entry_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The result of walking the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct ChainReport {
    pub entries: u32,
    /// The id of the first entry whose hash does not match, if any.
    pub first_broken: Option<i64>,
}

impl Store {
    /// Entries for one row, oldest first.
    pub fn history(&self, table: &str, row_id: i64) -> Result<Vec<AuditEntry>> {
        let mut st = self.conn().prepare_cached(&format!(
            "{ENTRY_SELECT} WHERE table_name = ?1 AND row_id = ?2 ORDER BY id"
        ))?;
        let rows = st.query_map(params![table, row_id], entry_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Recomputes every hash from the start and reports the first entry that does not match.
    pub fn verify_audit_chain(&self) -> Result<ChainReport> {
        let mut st = self.conn().prepare(
            "SELECT id, at, actor, table_name, row_id, action, before_json, after_json, prev_hash, hash
             FROM audit_log ORDER BY id",
        )?;
        let mut rows = st.query([])?;
        let mut prev = GENESIS_HASH.to_string();
        let mut entries = 0u32;
        while let Some(r) = rows.next()? {
            entries += 1;
            let id: i64 = r.get(0)?;
            let before: Option<String> = r.get(6)?;
            let after: Option<String> = r.get(7)?;
            let text = canonical(
                &r.get::<_, String>(1)?,
                &r.get::<_, String>(2)?,
                &r.get::<_, String>(3)?,
                r.get(4)?,
                &r.get::<_, String>(5)?,
                before.as_deref(),
                after.as_deref(),
            );
            let stored_prev: String = r.get(8)?;
            let stored: String = r.get(9)?;
            if stored_prev != prev || chain_hash(&prev, &text) != stored {
                return Ok(ChainReport {
                    entries,
                    first_broken: Some(id),
                });
            }
            prev = stored;
        }
        Ok(ChainReport {
            entries,
            first_broken: None,
        })
    }
}
