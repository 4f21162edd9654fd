//! Encrypting a data file from before encryption: an encrypted copy is written beside it with
//! `sqlcipher_export`, checked table by table, then put in its place. The plain file and its plain
//! backups are removed only once the encrypted one opens.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::errors::FOREIGN_MESSAGE;
use super::key::{Key, RecoveryKey};
use super::migrations::refuse_newer;
use super::open::{file_state, FileState, APPLICATION_ID};
use super::Store;
use crate::error::{Error, ErrorCode, Result};
use crate::private_files::create_private_file;

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

fn failed(why: crate::message::Msg) -> Error {
    Error::said(
        ErrorCode::Storage,
        crate::message::Message::new(crate::message_storage::ENCRYPT_FAILED).key("reason", why),
    )
}

/// Encrypts the plain data file at `path` under `passphrase`; returns it open, and its recovery key.
pub fn encrypt_plain_file(path: &Path, passphrase: &str) -> Result<(Store, RecoveryKey)> {
    if file_state(path) != FileState::Plain {
        return Err(crate::message_storage::storage(
            crate::message_storage::ALREADY_ENCRYPTED,
        ));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "contact-records.db".into());
    let tmp = path.with_file_name(format!(".{name}.encrypting.{}.tmp", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    create_private_file(&tmp).map_err(|_| failed(crate::message_storage::ENCRYPT_NO_FILE))?;
    let written = write_encrypted(path, &tmp, passphrase);
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    // The plain file's WAL was checkpointed and removed when its connection closed; one left
    // behind would hold changes the copy may lack, or be taken for the new file's WAL.
    if with_suffix(path, "-wal").exists() {
        let _ = std::fs::remove_file(&tmp);
        return Err(failed(crate::message_storage::ENCRYPT_OPEN_ELSEWHERE));
    }
    std::fs::rename(&tmp, path).map_err(|_| {
        let _ = std::fs::remove_file(&tmp);
        failed(crate::message_storage::ENCRYPT_NOT_PLACED)
    })?;
    let _ = std::fs::remove_file(with_suffix(path, "-shm"));
    let key = Key::passphrase(passphrase);
    let store = Store::open(path, &key)?;
    let recovery = store.recovery_key(passphrase)?;
    remove_plain_backups(path, &name);
    Ok((store, recovery))
}

fn write_encrypted(plain: &Path, tmp: &Path, passphrase: &str) -> Result<()> {
    let conn = Connection::open_with_flags(
        plain,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let app_id: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    if app_id != APPLICATION_ID {
        return Err(Error::new(ErrorCode::ForeignFile, FOREIGN_MESSAGE));
    }
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    refuse_newer(version)?;
    let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(failed(crate::message_storage::ENCRYPT_DAMAGED));
    }
    conn.execute(
        "ATTACH DATABASE ?1 AS encrypted KEY ?2",
        rusqlite::params![tmp.to_string_lossy(), passphrase],
    )?;
    let copied = (|| -> Result<()> {
        conn.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))?;
        conn.execute_batch(&format!(
            "PRAGMA encrypted.application_id = {APPLICATION_ID}; PRAGMA encrypted.user_version = {version};"
        ))?;
        let check: String = conn.query_row("PRAGMA encrypted.integrity_check", [], |r| r.get(0))?;
        if check != "ok" {
            return Err(failed(crate::message_storage::ENCRYPT_CHECK_FAILED));
        }
        let tables: Vec<String> = conn
            // Virtual tables (rootpage 0, the search index) are counted through their own tables.
            .prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND rootpage > 0 AND name NOT LIKE 'sqlite_%'")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for t in tables {
            let count = |db: &str| -> Result<i64> {
                Ok(
                    conn.query_row(&format!("SELECT count(*) FROM {db}.\"{t}\""), [], |r| {
                        r.get(0)
                    })?,
                )
            };
            if count("main")? != count("encrypted")? {
                return Err(failed(crate::message_storage::ENCRYPT_MISSING_ROWS));
            }
        }
        Ok(())
    })();
    let detached = conn.execute_batch("DETACH DATABASE encrypted");
    copied?;
    detached?;
    drop(conn);
    Ok(())
}

/// Copies made before a migration by versions before encryption: plain, beside the data file.
fn remove_plain_backups(path: &Path, name: &str) {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let prefix = format!("{name}.before-v");
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        if n.starts_with(&prefix)
            && n.ends_with(".bak")
            && file_state(&e.path()) == FileState::Plain
        {
            let _ = std::fs::remove_file(e.path());
        }
    }
}
