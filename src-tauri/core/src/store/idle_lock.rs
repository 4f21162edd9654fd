//! How long the app may stay open without use before it locks itself: the user's choice, kept in
//! the data file's one-row `idle_lock` table (it matters only once the file is open). The records
//! are special category data about children, so the longest choice is half an hour and there is
//! no "never".

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use super::audit::Action;
use super::Store;
use crate::error::{Error, FieldError, Result};

/// The idle times the user may choose, in minutes.
pub const IDLE_LOCK_CHOICES: [u32; 4] = [5, 10, 15, 30];
/// Until the user chooses: long enough to write up a session, short enough for a shared office.
pub const DEFAULT_IDLE_LOCK_MINUTES: u32 = 10;

/// The setting as written to the audit log.
#[derive(Debug, Serialize)]
struct Row {
    idle_lock_minutes: u32,
}

fn read(conn: &Connection) -> Result<u32> {
    let value: Option<i64> = conn
        .query_row("SELECT minutes FROM idle_lock WHERE id = 1", [], |r| {
            r.get(0)
        })
        .optional()?;
    // The table's CHECK allows only the choices; anything else falls back to the default
    // rather than to something longer.
    Ok(value
        .and_then(|v| u32::try_from(v).ok())
        .filter(|m| IDLE_LOCK_CHOICES.contains(m))
        .unwrap_or(DEFAULT_IDLE_LOCK_MINUTES))
}

impl Store {
    /// Minutes without use before the app locks itself.
    pub fn idle_lock_minutes(&self) -> Result<u32> {
        read(self.conn())
    }

    /// Sets the idle time; only one of [`IDLE_LOCK_CHOICES`] is taken.
    pub fn set_idle_lock_minutes(&mut self, minutes: u32) -> Result<u32> {
        if !IDLE_LOCK_CHOICES.contains(&minutes) {
            return Err(Error::invalid(vec![FieldError::said(
                "minutes",
                crate::message::Message::new(crate::message_forms::IDLE_CHOICES),
            )]));
        }
        self.write(|w| {
            let before = read(w.tx)?;
            w.tx.execute(
                "INSERT INTO idle_lock (id, minutes) VALUES (1, ?1)
                 ON CONFLICT (id) DO UPDATE SET minutes = excluded.minutes",
                params![minutes],
            )?;
            w.audit(
                "idle_lock",
                1,
                Action::Update,
                Some(&Row {
                    idle_lock_minutes: before,
                }),
                Some(&Row {
                    idle_lock_minutes: minutes,
                }),
            )
        })?;
        self.idle_lock_minutes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_minutes_until_chosen_then_the_choice_and_only_a_choice() {
        let mut s = Store::open_in_memory().unwrap();
        assert_eq!(s.idle_lock_minutes().unwrap(), DEFAULT_IDLE_LOCK_MINUTES);
        assert_eq!(s.set_idle_lock_minutes(5).unwrap(), 5);
        assert_eq!(s.idle_lock_minutes().unwrap(), 5);
        for refused in [0, 1, 60, 24 * 60, u32::MAX] {
            let e = s.set_idle_lock_minutes(refused).unwrap_err();
            assert_eq!(e.fields[0].field, "minutes");
        }
        assert_eq!(s.idle_lock_minutes().unwrap(), 5);
        assert_eq!(s.set_idle_lock_minutes(30).unwrap(), 30);
    }

    #[test]
    fn the_data_file_itself_refuses_a_time_not_offered() {
        let s = Store::open_in_memory().unwrap();
        let e = s
            .conn()
            .execute("INSERT INTO idle_lock (id, minutes) VALUES (1, 100000)", []);
        assert!(e.is_err());
        assert_eq!(s.idle_lock_minutes().unwrap(), DEFAULT_IDLE_LOCK_MINUTES);
    }

    #[test]
    fn the_choice_is_in_the_audit_log() {
        let mut s = Store::open_in_memory().unwrap();
        s.set_idle_lock_minutes(15).unwrap();
        let n: i64 = s
            .conn()
            .query_row(
                "SELECT count(*) FROM audit_log WHERE table_name = 'idle_lock' AND after_json LIKE '%15%'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 1);
    }
}
