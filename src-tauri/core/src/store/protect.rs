//! Keeping an open data file safe: its recovery key, a new passphrase, backups on demand and once
//! a day, and restoring a backup in place of the data file.

use std::io::Write;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::backup;
use super::key::{self, Key, RecoveryKey};
use super::open::{file_state, missing_file_error, recognise, FileState};
use super::Store;
use crate::error::{Error, Result};
use crate::private_files::{create_private_dir_all, create_private_file};

impl Store {
    /// The recovery key of this file for `passphrase` (the one it was opened or created with).
    pub fn recovery_key(&self, passphrase: &str) -> Result<RecoveryKey> {
        RecoveryKey::derive(passphrase, &key::salt(self.conn())?)
    }

    /// Re-encrypts every page under a new passphrase; returns the new recovery key. The salt is
    /// kept, so the old recovery key stops working and the new one is shown to the user.
    pub fn change_passphrase(&mut self, new_passphrase: &str) -> Result<RecoveryKey> {
        if !self.conn.is_autocommit() {
            return Err(crate::message_storage::storage(crate::message_file::BUSY));
        }
        Key::passphrase(new_passphrase).apply_rekey(&self.conn)?;
        // Proof that the new key reads the file before the user is told it worked.
        self.conn
            .query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
                r.get::<_, i64>(0)
            })?;
        self.recovery_key(new_passphrase)
    }

    /// Writes an encrypted copy (same passphrase, same recovery key) to `dest`, replacing it if
    /// it exists only once the new copy has been written and checked.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        let tmp = sibling(dest, "backup");
        let _ = std::fs::remove_file(&tmp);
        backup::write_copy(self.conn(), &tmp)?;
        std::fs::rename(&tmp, dest).map_err(|_| {
            let _ = std::fs::remove_file(&tmp);
            crate::message_storage::at_path(crate::message_storage::BACKUP_NOT_PUT, dest)
        })
    }

    /// A backup into the rotation beside the data file, if none was made today.
    pub fn daily_backup(&self) -> Result<Option<PathBuf>> {
        let Some(path) = self.path.as_deref() else {
            return Ok(None);
        };
        if backup::backed_up_today(path) {
            return Ok(None);
        }
        backup::make_backup(self.conn(), path, "daily").map(Some)
    }
}

/// `.<name>.<what>.<pid>.tmp` beside `path`: a hidden name in the same folder, so the final
/// rename is atomic.
fn sibling(path: &Path, what: &str) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "contact-records.db".into());
    path.with_file_name(format!(".{name}.{what}.{}.tmp", std::process::id()))
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

/// Puts the backup at `from` in place of the data file at `db` (created if absent). The backup is
/// copied and checked first; an existing data file is kept aside until the restored one opens
/// with `key`, and put back if it does not.
pub fn restore(from: &Path, key: &Key, db: &Path) -> Result<Store> {
    if file_state(from) == FileState::Missing {
        return Err(crate::message_storage::at_path(
            crate::message_storage::NO_BACKUP_AT,
            from,
        ));
    }
    let failed = |why: crate::message::Msg| {
        Error::said(
            crate::error::ErrorCode::Storage,
            crate::message::Message::new(crate::message_storage::RESTORE_FAILED).key("reason", why),
        )
    };
    if let Some(parent) = db.parent() {
        create_private_dir_all(parent)
            .map_err(|_| failed(crate::message_storage::RESTORE_NO_FOLDER))?;
    }
    let tmp = sibling(db, "restoring");
    let _ = std::fs::remove_file(&tmp);
    let copied = (|| -> std::io::Result<()> {
        let mut out = create_private_file(&tmp)?;
        let mut input = std::fs::File::open(from)?;
        std::io::copy(&mut input, &mut out)?;
        out.flush()?;
        out.sync_all()
    })();
    if copied.is_err() {
        let _ = std::fs::remove_file(&tmp);
        return Err(failed(crate::message_storage::RESTORE_NOT_COPIED));
    }
    if let Err(e) = check_copy(&tmp, key) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    let aside = with_suffix(db, &format!(".replaced-{}", std::process::id()));
    let had_db = db.exists();
    if had_db {
        for suffix in ["", "-wal", "-shm"] {
            let from = with_suffix(db, suffix);
            if from.exists() && std::fs::rename(&from, with_suffix(&aside, suffix)).is_err() {
                put_back(&aside, db);
                let _ = std::fs::remove_file(&tmp);
                return Err(failed(crate::message_storage::RESTORE_NOT_ASIDE));
            }
        }
    }
    let opened = std::fs::rename(&tmp, db)
        .map_err(|_| failed(crate::message_storage::RESTORE_NOT_PLACED))
        .and_then(|()| Store::open(db, key));
    match opened {
        Ok(store) => {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(with_suffix(&aside, suffix));
            }
            Ok(store)
        }
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            if had_db {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(with_suffix(db, suffix));
                }
                put_back(&aside, db);
            }
            Err(e)
        }
    }
}

fn put_back(aside: &Path, db: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let from = with_suffix(aside, suffix);
        if from.exists() {
            let _ = std::fs::rename(&from, with_suffix(db, suffix));
        }
    }
}

/// The copy must open with the key, be one of ours and not newer, and pass `integrity_check`.
fn check_copy(path: &Path, key: &Key) -> Result<()> {
    if !path.exists() {
        return Err(missing_file_error(path));
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    key.apply(&conn)?;
    recognise(&conn, path)?;
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(crate::message_storage::storage(
            crate::message_file::BACKUP_DAMAGED,
        ));
    }
    Ok(())
}
