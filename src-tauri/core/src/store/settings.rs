//! The `settings` table: choices that belong to the data file, such as whose bank holidays its
//! deadlines are counted on; and the working-day calendar built from them.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use super::closure_days;
use super::sql::enum_text;
use super::{audit::Action, Store};
use crate::error::Result;
use crate::rules::{CalendarKind, WorkingCalendar};

const CALENDAR_KIND: &str = "calendar_kind";

/// A setting as written to the audit log.
#[derive(Debug, Serialize)]
struct Setting<'a> {
    key: &'a str,
    value: String,
}

fn calendar_kind(conn: &Connection) -> Result<CalendarKind> {
    let value: Option<String> = conn
        .query_row(
            "SELECT value FROM settings WHERE key = ?1",
            [CALENDAR_KIND],
            |r| r.get(0),
        )
        .optional()?;
    match value {
        None => Ok(CalendarKind::default()),
        Some(v) => serde_json::from_value(serde_json::Value::String(v))
            .map_err(|_| crate::message_storage::storage(crate::message_storage::CALENDAR_DAMAGED)),
    }
}

/// The calendar every deadline is counted on: the chosen bank holidays plus the closure days.
pub(crate) fn working_calendar(conn: &Connection) -> Result<WorkingCalendar> {
    let closures = closure_days::all(conn)?.into_iter().map(|c| c.date);
    Ok(WorkingCalendar::new(calendar_kind(conn)?).with_closures(closures))
}

impl Store {
    /// Whose bank holidays deadlines are counted on (England and Wales unless chosen otherwise).
    pub fn calendar_kind(&self) -> Result<CalendarKind> {
        calendar_kind(self.conn())
    }

    pub fn set_calendar_kind(&mut self, kind: CalendarKind) -> Result<CalendarKind> {
        self.write(|w| {
            let before = calendar_kind(w.tx)?;
            w.tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![CALENDAR_KIND, enum_text(&kind)],
            )?;
            let row_id: i64 = w.tx.query_row(
                "SELECT rowid FROM settings WHERE key = ?1",
                [CALENDAR_KIND],
                |r| r.get(0),
            )?;
            let setting = |k: CalendarKind| Setting {
                key: CALENDAR_KIND,
                value: enum_text(&k),
            };
            w.audit(
                "settings",
                row_id,
                Action::Update,
                Some(&setting(before)),
                Some(&setting(kind)),
            )
        })?;
        self.calendar_kind()
    }

    /// The working-day calendar of this data file, closure days included.
    pub fn calendar(&self) -> Result<WorkingCalendar> {
        working_calendar(self.conn())
    }
}
