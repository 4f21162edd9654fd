//! Turning SQLite's errors into messages an adviser can act on (never SQL, never personal data).

use rusqlite::ErrorCode as Sqlite;

use crate::error::{Error, ErrorCode};

pub const LOCKED_MESSAGE: &str = "The data file is in use by another program, perhaps another \
    Contact Records window. Close the other program and open Contact Records again.";
pub const FOREIGN_MESSAGE: &str = "This file is not a Contact Records data file, or it is \
    damaged. Nothing has been changed. Choose your Contact Records data file, or restore it from a backup.";
pub const CORRUPT_MESSAGE: &str = "The data file is damaged. Nothing has been changed. Restore \
    it from your most recent backup, or ask your IT support for help.";

pub fn classify(e: &rusqlite::Error) -> Error {
    if let Some(message) = finalised_refusal(e) {
        return Error::new(ErrorCode::Finalised, message);
    }
    match e.sqlite_error_code() {
        Some(Sqlite::DatabaseBusy | Sqlite::DatabaseLocked) => {
            Error::new(ErrorCode::Locked, LOCKED_MESSAGE)
        }
        Some(Sqlite::NotADatabase) => Error::new(ErrorCode::ForeignFile, FOREIGN_MESSAGE),
        Some(Sqlite::DatabaseCorrupt) => Error::new(ErrorCode::Corrupt, CORRUPT_MESSAGE),
        Some(Sqlite::ReadOnly | Sqlite::PermissionDenied) => {
            crate::message_storage::storage(crate::message_file::READ_ONLY)
        }
        Some(Sqlite::DiskFull) => crate::message_storage::storage(crate::message_file::DISK_FULL),
        Some(Sqlite::CannotOpen) => {
            crate::message_storage::storage(crate::message_file::CANNOT_OPEN)
        }
        _ => Error::said(
            ErrorCode::Storage,
            crate::message::Message::new(crate::message_storage::SQLITE_OTHER)
                .text("detail", technical(e)),
        ),
    }
}

/// The triggers of migration 0003 refuse changes to finalised records with a message written for
/// people (it names no value anyone typed), so it is passed on as it is.
fn finalised_refusal(e: &rusqlite::Error) -> Option<String> {
    match e {
        rusqlite::Error::SqliteFailure(f, Some(message))
            if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_TRIGGER
                && message.contains("finalised") =>
        {
            Some(message.clone())
        }
        _ => None,
    }
}

/// Enough detail for support without echoing values a user typed.
fn technical(e: &rusqlite::Error) -> String {
    match e {
        rusqlite::Error::SqliteFailure(f, _) => format!("SQLite error {}", f.extended_code),
        rusqlite::Error::QueryReturnedNoRows => "no rows".into(),
        rusqlite::Error::FromSqlConversionFailure(i, _, _) => format!("unreadable column {i}"),
        _ => "internal".into(),
    }
}
