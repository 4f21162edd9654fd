//! The `settings` table: choices that belong to the data file, such as whose bank holidays its
//! deadlines are counted on; and the working-day calendar built from them.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use super::closure_days;
use super::sql::enum_text;
use super::{audit::Action, Store};
use crate::error::Result;
use crate::message_storage::{storage, CALENDAR_DAMAGED, OFFICE_DEADLINES_DAMAGED};
use crate::model::office_deadlines::office_days;
use crate::model::{OfficeDeadlines, OfficeDeadlinesInput};
use crate::rules::{CalendarKind, WorkingCalendar};

const CALENDAR_KIND: &str = "calendar_kind";
const SESSION_RECORD_DAYS: &str = "session_record_days";
const INCIDENT_FOLLOW_UP_DAYS: &str = "incident_follow_up_days";

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
            .map_err(|_| storage(CALENDAR_DAMAGED)),
    }
}

fn value_of(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

/// The office's own deadlines, as set in Settings (the defaults until they are).
pub(crate) fn office_deadlines(conn: &Connection) -> Result<OfficeDeadlines> {
    let d = OfficeDeadlines::default();
    let days = |key: &str, default: u32| -> Result<u32> {
        match value_of(conn, key)? {
            None => Ok(default),
            Some(v) => office_days(&v).ok_or_else(|| storage(OFFICE_DEADLINES_DAMAGED)),
        }
    };
    Ok(OfficeDeadlines {
        session_record_days: days(SESSION_RECORD_DAYS, d.session_record_days)?,
        incident_follow_up_days: days(INCIDENT_FOLLOW_UP_DAYS, d.incident_follow_up_days)?,
    })
}

/// Writes one setting and its audit entry.
fn put(w: &super::Writer<'_>, key: &'static str, before: String, value: String) -> Result<()> {
    w.tx.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    let row_id: i64 =
        w.tx.query_row("SELECT rowid FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })?;
    w.audit(
        "settings",
        row_id,
        Action::Update,
        Some(&Setting { key, value: before }),
        Some(&Setting { key, value }),
    )
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
            put(w, CALENDAR_KIND, enum_text(&before), enum_text(&kind))
        })?;
        self.calendar_kind()
    }

    /// How many working days after a session its record is due, and after an incident is
    /// reported its written follow-up: the office's own practice.
    pub fn office_deadlines(&self) -> Result<OfficeDeadlines> {
        office_deadlines(self.conn())
    }

    /// Sets the office's own deadlines; a number out of range or not a number is refused on
    /// its field and nothing is saved. Only a changed number is written (and audited).
    pub fn set_office_deadlines(
        &mut self,
        input: &OfficeDeadlinesInput,
    ) -> Result<OfficeDeadlines> {
        let new = input.checked()?;
        self.write(|w| {
            let old = office_deadlines(w.tx)?;
            for (key, before, after) in [
                (
                    SESSION_RECORD_DAYS,
                    old.session_record_days,
                    new.session_record_days,
                ),
                (
                    INCIDENT_FOLLOW_UP_DAYS,
                    old.incident_follow_up_days,
                    new.incident_follow_up_days,
                ),
            ] {
                if before != after {
                    put(w, key, before.to_string(), after.to_string())?;
                }
            }
            Ok(())
        })?;
        self.office_deadlines()
    }

    /// The working-day calendar of this data file, closure days included.
    pub fn calendar(&self) -> Result<WorkingCalendar> {
        working_calendar(self.conn())
    }
}
