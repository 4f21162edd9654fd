//! Append-only notes on a referral (the consultation with the duty FCA/FCSW, supported contact's
//! pre-contact assessment): a correction is a new row, so the latest row is the referral's; each
//! row is audited when written and touches its case.

use rusqlite::{Connection, OptionalExtension, Row, ToSql};
use serde::Serialize;

use super::audit::Action;
use super::Writer;
use crate::error::Result;

pub(super) struct NoteTable<T> {
    pub table: &'static str,
    /// The columns `from_row` reads, in its order.
    pub columns: &'static str,
    pub from_row: fn(&Row<'_>) -> rusqlite::Result<T>,
}

impl<T: Serialize> NoteTable<T> {
    /// The referral's note: the latest recorded.
    pub fn latest(&self, conn: &Connection, referral_id: i64) -> Result<Option<T>> {
        let sql = format!(
            "SELECT {} FROM {} WHERE referral_id = ?1 ORDER BY id DESC LIMIT 1",
            self.columns, self.table
        );
        Ok(conn
            .query_row(&sql, [referral_id], self.from_row)
            .optional()?)
    }

    /// Adds a row with `values` in `fields` (after `referral_id`; `recorded_at` is the write's
    /// time), audits it and touches the case.
    pub fn append(
        &self,
        w: &Writer<'_>,
        case_id: i64,
        referral_id: i64,
        fields: &[&str],
        values: &[&dyn ToSql],
    ) -> Result<i64> {
        let marks: Vec<String> = (3..fields.len() + 3).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "INSERT INTO {} (referral_id, recorded_at, {}) VALUES (?1, ?2, {})",
            self.table,
            fields.join(", "),
            marks.join(", ")
        );
        let mut all: Vec<&dyn ToSql> = vec![&referral_id, &w.now];
        all.extend_from_slice(values);
        w.tx.execute(&sql, all.as_slice())?;
        let id = w.tx.last_insert_rowid();
        let read = format!("SELECT {} FROM {} WHERE id = ?1", self.columns, self.table);
        let row = w.tx.query_row(&read, [id], self.from_row)?;
        w.audit(self.table, id, Action::Insert, None, Some(&row))?;
        super::cases::touch(w, case_id)?;
        Ok(id)
    }
}
