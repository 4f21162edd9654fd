//! The `closure_days` table: the user's own closure days, which deadlines skip.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::sql::{iso, parse_date};
use super::{audit::Action, Store, Writer};
use crate::error::{Error, FieldError, Result};
use crate::model::dates::uk;
use crate::model::{ClosureDay, ClosureDayInput};

fn from_row(r: &Row<'_>) -> rusqlite::Result<ClosureDay> {
    Ok(ClosureDay {
        id: r.get(0)?,
        date: parse_date(r, 1)?,
        reason: r.get(2)?,
    })
}

fn read(w: &Writer<'_>, id: i64) -> Result<ClosureDay> {
    w.tx.query_row(
        "SELECT id, date, reason FROM closure_days WHERE id = ?1",
        [id],
        from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("closure day"))
}

pub(crate) fn all(conn: &Connection) -> Result<Vec<ClosureDay>> {
    let mut st = conn.prepare_cached("SELECT id, date, reason FROM closure_days ORDER BY date")?;
    let rows = st.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Store {
    /// The user's closure days, earliest first.
    pub fn list_closure_days(&self) -> Result<Vec<ClosureDay>> {
        all(self.conn())
    }

    pub fn add_closure_day(&mut self, input: &ClosureDayInput) -> Result<Vec<ClosureDay>> {
        let (date, reason) = input.checked()?;
        self.write(|w| {
            let taken: Option<i64> =
                w.tx.query_row(
                    "SELECT id FROM closure_days WHERE date = ?1",
                    [iso(date)],
                    |r| r.get(0),
                )
                .optional()?;
            if taken.is_some() {
                return Err(Error::invalid(vec![FieldError::said(
                    "date",
                    crate::message::Message::new(crate::message_forms::CLOSURE_DAY_TAKEN)
                        .text("date", uk(date)),
                )]));
            }
            w.tx.execute(
                "INSERT INTO closure_days (date, reason) VALUES (?1, ?2)",
                params![iso(date), reason],
            )?;
            let id = w.tx.last_insert_rowid();
            w.audit(
                "closure_days",
                id,
                Action::Insert,
                None,
                Some(&read(w, id)?),
            )
        })?;
        self.list_closure_days()
    }

    pub fn remove_closure_day(&mut self, id: i64) -> Result<Vec<ClosureDay>> {
        self.write(|w| {
            let before = read(w, id)?;
            w.tx.execute("DELETE FROM closure_days WHERE id = ?1", [id])?;
            w.audit::<ClosureDay>("closure_days", id, Action::Delete, Some(&before), None)
        })?;
        self.list_closure_days()
    }
}
