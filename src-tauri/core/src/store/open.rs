//! Opening a data file safely: recognise our own files, refuse foreign, damaged, newer or locked
//! ones with a clear message, set the pragmas, back up before migrating, then migrate.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use super::errors::{CORRUPT_MESSAGE, FOREIGN_MESSAGE};
use super::migrations::{migrate, refuse_newer, user_version, LATEST_VERSION};
use crate::error::{Error, ErrorCode, Result};

/// 'CREC' in the SQLite header marks a Contact Records data file.
pub const APPLICATION_ID: i64 = 0x4352_4543;

const BUSY_TIMEOUT: Duration = Duration::from_secs(3);

pub fn open_file(path: &Path) -> Result<Connection> {
    if path.is_dir() {
        return Err(Error::storage(
            "The data file path points to a folder. Give the path of a file instead.",
        ));
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|_| {
            Error::storage(
                "The folder for the data file could not be created. Check that it can be written to.",
            )
        })?;
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    let version = recognise(&conn)?;
    check_integrity(&conn)?;
    set_pragmas(&conn)?;
    if version > 0 && version < LATEST_VERSION {
        backup_before_migration(&conn, path, version)?;
    }
    migrate(&mut conn)?;
    Ok(conn)
}

pub fn open_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    set_pragmas(&conn)?;
    migrate(&mut conn)?;
    Ok(conn)
}

/// Returns the schema version of one of our files (0 for a new, empty one); refuses anything else.
fn recognise(conn: &Connection) -> Result<i64> {
    // The first statement reads the header: "file is not a database" surfaces here.
    let app_id: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let version = user_version(conn)?;
    if app_id != APPLICATION_ID {
        let objects: i64 =
            conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
        let empty = app_id == 0 && version == 0 && objects == 0;
        if !empty {
            return Err(Error::new(ErrorCode::ForeignFile, FOREIGN_MESSAGE));
        }
    }
    refuse_newer(version)?;
    Ok(version)
}

fn check_integrity(conn: &Connection) -> Result<()> {
    // quick_check reports damage as rows of text, not as an error.
    let first: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if first != "ok" {
        return Err(Error::new(ErrorCode::Corrupt, CORRUPT_MESSAGE));
    }
    Ok(())
}

fn set_pragmas(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // A court record must survive a power cut: WAL with full sync on every commit.
    let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "trusted_schema", "OFF")?;
    Ok(())
}

/// Copies the whole file aside before a migration, so an upgrade can always be undone.
fn backup_before_migration(conn: &Connection, path: &Path, version: i64) -> Result<()> {
    let target = backup_path(path, version);
    conn.execute("VACUUM INTO ?1", [target.to_string_lossy()])
        .map_err(|_| {
            Error::storage(
                "Could not back up the data file before upgrading it; nothing was changed. \
                 Check there is free disk space.",
            )
        })?;
    Ok(())
}

pub fn backup_path(path: &Path, version: i64) -> PathBuf {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "contact-records.db".into());
    path.with_file_name(format!("{name}.before-v{}-{stamp}.bak", version + 1))
}
