//! The data file named on the command line: finding it, opening it for reading or writing with
//! the passphrase or the recovery key, creating it, and naming the command line in its audit log.

use std::path::PathBuf;

use contact_records_core::paths::default_db_path;
use contact_records_core::store::{file_state, Access, FileState};
use contact_records_core::{Error, Store};

use crate::{protect, unlock};

/// The data file named on the command line, and how to unlock it.
pub(crate) struct Db {
    pub(crate) path: Option<PathBuf>,
    pub(crate) recovery: bool,
}

impl Db {
    pub(crate) fn path(&self) -> Result<PathBuf, Error> {
        self.path.clone().or_else(default_db_path).ok_or_else(|| {
            Error::storage("No data file: give one with --db PATH or set CONTACT_RECORDS_DB.")
        })
    }

    /// For commands that only read: the file is never created, migrated or changed.
    pub(crate) fn read(&self) -> Result<Store, Error> {
        self.open(Access::ReadOnly)
    }

    pub(crate) fn open(&self, access: Access) -> Result<Store, Error> {
        let path = self.path()?;
        // Checked before asking for a passphrase that could not open anything.
        if file_state(&path) == FileState::Missing {
            return Err(contact_records_core::store::missing_file_error(&path));
        }
        let mut store = Store::open_with(&path, &unlock::existing_key(self.recovery)?, access)?;
        cli_actor(&mut store);
        Ok(store)
    }

    /// Opens the data file, or creates it (encrypted) when there is none yet.
    pub(crate) fn open_or_create(&self) -> Result<Store, Error> {
        let path = self.path()?;
        if file_state(&path) != FileState::Missing {
            return self.open(Access::ReadWrite);
        }
        let mut store = protect::create(&path, true)?;
        cli_actor(&mut store);
        Ok(store)
    }
}

/// The audit log names the command line apart from the person signing in the app.
pub(crate) fn cli_actor(store: &mut Store) {
    store.set_actor(format!("cli:{}", os_user()));
}

fn os_user() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "unknown".into())
}
