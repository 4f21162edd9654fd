//! Opening a data file safely: the key first, then recognise our own files, refuse foreign,
//! damaged, newer or locked ones and a wrong key with a clear message, set the pragmas, back up
//! before migrating, then migrate. Reading never creates, migrates or changes a file.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use super::errors::{CORRUPT_MESSAGE, FOREIGN_MESSAGE};
use super::key::Key;
use super::migrations::{migrate, refuse_newer, user_version, LATEST_VERSION};
use crate::error::{Error, ErrorCode, Result};
use crate::private_files::{create_private_dir_all, create_private_file, make_private};

/// 'CREC' in the SQLite header marks a Contact Records data file.
pub const APPLICATION_ID: i64 = 0x4352_4543;

const BUSY_TIMEOUT: Duration = Duration::from_secs(3);
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

pub const WRONG_KEY_MESSAGE: &str = "The passphrase is wrong, or the data file is damaged. \
    Nothing has been changed. Check the passphrase and try again, or use your recovery key; if \
    neither opens it, restore the file from a backup.";
pub const NOT_ENCRYPTED_MESSAGE: &str = "This data file is not encrypted yet. Nothing has been \
    changed. Open it in Contact Records and choose a passphrase to encrypt it.";

/// Whether a connection may change the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Never creates, migrates or changes the file: for commands that only read.
    ReadOnly,
    /// Migrates an older file (after a backup) and writes.
    ReadWrite,
}

/// What is at a data file's path, before anything is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileState {
    /// Nothing there, or an empty file: a new data file can be made.
    Missing,
    /// A plain SQLite file: one of ours from before encryption, or someone else's.
    Plain,
    /// Whole pages of what looks like noise: an encrypted database (ours, we hope).
    Encrypted,
    /// Not a database at all (a text file, say).
    NotDatabase,
}

pub fn file_state(path: &Path) -> FileState {
    use std::io::Read;
    let Ok(mut f) = std::fs::File::open(path) else {
        return FileState::Missing;
    };
    let mut head = [0u8; 16];
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    match f.read(&mut head) {
        Ok(0) => FileState::Missing,
        Ok(16) if &head == SQLITE_HEADER => FileState::Plain,
        // An encrypted database is whole pages of at least 512 bytes; a text file rarely is.
        _ if len >= 512 && len % 512 == 0 => FileState::Encrypted,
        _ => FileState::NotDatabase,
    }
}

/// Whether a plain SQLite file is one of ours (from before encryption).
pub fn plain_is_ours(path: &Path) -> bool {
    Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|c| c.query_row("PRAGMA application_id", [], |r| r.get::<_, i64>(0)))
        .map(|id| id == APPLICATION_ID)
        .unwrap_or(false)
}

pub fn missing_file_error(path: &Path) -> Error {
    crate::message_storage::at_path(crate::message_storage::NO_DATA_FILE_AT, path)
}

/// Opens an existing data file with `key`.
pub fn open_file(path: &Path, key: &Key, access: Access) -> Result<Connection> {
    if path.is_dir() {
        return Err(crate::message_storage::storage(
            crate::message_storage::PATH_IS_FOLDER,
        ));
    }
    if file_state(path) == FileState::Missing {
        return Err(missing_file_error(path));
    }
    let flags = match access {
        Access::ReadOnly => OpenFlags::SQLITE_OPEN_READ_ONLY,
        Access::ReadWrite => OpenFlags::SQLITE_OPEN_READ_WRITE,
    } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags)?;
    key.apply(&conn)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    let version = recognise(&conn, path)?;
    if shut_down_uncleanly(path) {
        check_integrity(&conn)?;
    }
    set_pragmas(&conn, access)?;
    match access {
        Access::ReadOnly if version < LATEST_VERSION => {
            return Err(crate::message_storage::storage(
                crate::message_storage::NEEDS_UPGRADE,
            ));
        }
        Access::ReadOnly => {}
        Access::ReadWrite => {
            if version < LATEST_VERSION {
                super::backup::before_migration(&conn, path, version)?;
            }
            migrate(&mut conn)?;
            make_sidecars_private(path);
        }
    }
    Ok(conn)
}

/// Creates a new encrypted data file (and its folders) at `path`; refuses if one is there.
pub fn create_file(path: &Path, key: &Key) -> Result<Connection> {
    if path.is_dir() {
        return Err(crate::message_storage::storage(
            crate::message_storage::PATH_IS_FOLDER,
        ));
    }
    if file_state(path) != FileState::Missing {
        return Err(crate::message_storage::at_path(
            crate::message_storage::ALREADY_AT,
            path,
        ));
    }
    if let Some(parent) = path.parent() {
        create_private_dir_all(parent).map_err(|_| {
            crate::message_storage::storage(crate::message_storage::FOLDER_NOT_CREATED)
        })?;
    }
    // Made here, empty and private, so SQLite (which would make it 0644) only opens it; its WAL
    // and shared-memory files then take the same permissions from it.
    if !path.exists() {
        create_private_file(path).map_err(|_| {
            crate::message_storage::storage(crate::message_storage::FILE_NOT_CREATED)
        })?;
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags)?;
    key.apply(&conn)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    let version = recognise(&conn, path)?;
    if version != 0 {
        return Err(crate::message_storage::storage(
            crate::message_storage::ALREADY_THERE,
        ));
    }
    set_pragmas(&conn, Access::ReadWrite)?;
    migrate(&mut conn)?;
    make_sidecars_private(path);
    Ok(conn)
}

pub fn open_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    set_pragmas(&conn, Access::ReadWrite)?;
    migrate(&mut conn)?;
    Ok(conn)
}

/// Older versions made these 0644; SQLite gives new ones the data file's own permissions.
fn make_sidecars_private(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        // Best effort: a file we cannot chmod is one we do not own, and opening it still works.
        let _ = make_private(Path::new(&p));
    }
}

/// Returns the schema version of one of our files (0 for a new, empty one); refuses anything else.
pub(crate) fn recognise(conn: &Connection, path: &Path) -> Result<i64> {
    // The first statement reads the header: a wrong key, a foreign file and a damaged one all
    // surface here as "file is not a database".
    let app_id: i64 = match conn.query_row("PRAGMA application_id", [], |r| r.get(0)) {
        Ok(id) => id,
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            return Err(unreadable(path));
        }
        Err(e) => return Err(e.into()),
    };
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

/// Why a file did not open with the key given: a plain file of ours, someone else's, or (for
/// anything that could be an encrypted database) a wrong key or damage.
fn unreadable(path: &Path) -> Error {
    match file_state(path) {
        FileState::Plain if plain_is_ours(path) => {
            Error::new(ErrorCode::NotEncrypted, NOT_ENCRYPTED_MESSAGE)
        }
        FileState::Encrypted => Error::new(ErrorCode::WrongKey, WRONG_KEY_MESSAGE),
        _ => Error::new(ErrorCode::ForeignFile, FOREIGN_MESSAGE),
    }
}

/// What is wrong with the file at `path` before any key is tried, if something clearly is.
pub fn problem_before_unlock(path: &Path) -> Option<Error> {
    match file_state(path) {
        FileState::NotDatabase => Some(Error::new(ErrorCode::ForeignFile, FOREIGN_MESSAGE)),
        FileState::Plain if !plain_is_ours(path) => {
            Some(Error::new(ErrorCode::ForeignFile, FOREIGN_MESSAGE))
        }
        _ => None,
    }
}

/// Whether the file may not have been closed cleanly: SQLite removes the write-ahead log when the
/// last connection closes, so a log left behind means a crash, a power cut or a kill (or another
/// program holding the file open). Only then is the whole file checked at open: the check reads
/// every page, which grows with the file; `contact-records check` and every backup run it too.
pub fn shut_down_uncleanly(path: &Path) -> bool {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::metadata(Path::new(&wal)).is_ok_and(|m| m.len() > 0)
}

pub(crate) fn check_integrity(conn: &Connection) -> Result<()> {
    // quick_check reports damage as rows of text, not as an error.
    let first: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if first != "ok" {
        return Err(Error::new(ErrorCode::Corrupt, CORRUPT_MESSAGE));
    }
    Ok(())
}

/// Prepared statements kept per connection (see [`set_pragmas`]).
const STATEMENT_CACHE: usize = 256;

fn set_pragmas(conn: &Connection, access: Access) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "trusted_schema", "OFF")?;
    // Every page read from disk is decrypted and checked: with SQLite's default 2 MiB cache a
    // large import re-read (and re-decrypted) pages so often that its time grew with the file's
    // size squared. 128 MiB at most, taken only as pages are read: with 32 or 64 MiB the
    // dashboard and the diary over a file of 5,000 cases needed a little more than the cache
    // held, so every call decrypted them all again and took 3-8 times as long, by turns.
    conn.pragma_update(None, "cache_size", -131072)?;
    // Preparing a statement compiles every trigger it fires (the search index, the guards on
    // finalised records), so a statement is kept once prepared; rusqlite keeps 16 by default,
    // fewer than one import step uses, and each one pushed out was compiled again.
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    if access == Access::ReadWrite {
        // A court record must survive a power cut: WAL with full sync on every commit.
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        conn.pragma_update(None, "synchronous", "FULL")?;
    }
    Ok(())
}
