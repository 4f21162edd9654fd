//! The `exports` table: each document the app exported for a case and where it went, for the
//! case's list of exports and "Show in folder".

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use super::audit::Action;
use super::sql::parse_enum;
use super::Store;
use crate::error::{Error, Result};

/// What was exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ExportKind {
    ObservedSession,
    ObservedFinal,
    Supported,
    /// A CCI, Level 2 or welfare-checklist report, or a Level 1 log.
    CourtReport,
    Bundle,
}

/// One export as recorded: the file's name, the full path it was written to, when and by whom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct ExportEntry {
    pub id: i64,
    pub case_id: i64,
    pub kind: ExportKind,
    pub file_name: String,
    pub path: String,
    pub at: String,
    pub actor: String,
}

const COLUMNS: &str = "id, case_id, kind, file_name, path, at, actor";

fn from_row(r: &Row<'_>) -> rusqlite::Result<ExportEntry> {
    Ok(ExportEntry {
        id: r.get(0)?,
        case_id: r.get(1)?,
        kind: parse_enum(r, 2)?,
        file_name: r.get(3)?,
        path: r.get(4)?,
        at: r.get(5)?,
        actor: r.get(6)?,
    })
}

impl Store {
    /// Records that `path` was written for the case (after the file is safely on disk).
    pub fn record_export(
        &mut self,
        case_id: i64,
        kind: ExportKind,
        path: &std::path::Path,
    ) -> Result<ExportEntry> {
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let path = path.display().to_string();
        let kind_text = serde_json::to_value(kind)?
            .as_str()
            .unwrap_or_default()
            .to_owned();
        self.write(|w| {
            w.tx.execute(
                "INSERT INTO exports (case_id, kind, file_name, path, at, actor) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![case_id, kind_text, file_name, path, w.now, w.actor],
            )?;
            let id = w.tx.last_insert_rowid();
            let entry = w.tx.query_row(
                &format!("SELECT {COLUMNS} FROM exports WHERE id = ?1"),
                [id],
                from_row,
            )?;
            w.audit("exports", id, Action::Insert, None, Some(&entry))?;
            Ok(entry)
        })
    }

    /// The case's exports, newest first.
    pub fn case_exports(&self, case_id: i64) -> Result<Vec<ExportEntry>> {
        let mut st = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM exports WHERE case_id = ?1 ORDER BY at DESC, id DESC"
        ))?;
        let rows = st.query_map([case_id], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One export, for "Show in folder": the window names the export, never a path.
    pub fn export_entry(&self, id: i64) -> Result<ExportEntry> {
        self.conn()
            .query_row(
                &format!("SELECT {COLUMNS} FROM exports WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?
            .ok_or_else(|| Error::not_found("export"))
    }

    /// The case a session belongs to (exports are listed by case).
    pub fn case_of_session(&self, session_id: i64) -> Result<i64> {
        self.conn()
            .query_row(
                "SELECT r.case_id FROM sessions s JOIN referrals r ON r.id = s.referral_id \
                 WHERE s.id = ?1",
                [session_id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| Error::not_found("session"))
    }

    /// The case a referral belongs to.
    pub fn case_of_referral(&self, referral_id: i64) -> Result<i64> {
        self.conn()
            .query_row(
                "SELECT case_id FROM referrals WHERE id = ?1",
                [referral_id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| Error::not_found("referral"))
    }
}
