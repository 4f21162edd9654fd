//! The store, opened once at startup and shared by every command behind a mutex.

use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

use contact_records_core::paths::default_db_path;
use contact_records_core::{Error, Result, Store};
use serde::Serialize;

use crate::file_dialogs::FileDialogs;

/// A chosen bundle file's text and name, between "Choose a file" and "Import".
pub struct PendingImport {
    pub file_name: String,
    pub json: String,
}

pub struct AppState {
    store: Mutex<Option<Store>>,
    db_path: Option<PathBuf>,
    startup_error: Option<Error>,
    /// Set once the window exists (the dialogs need the app handle); tests set their own.
    dialogs: OnceLock<Box<dyn FileDialogs>>,
    /// A bundle the user chose and was shown, waiting for them to confirm the import. Kept here,
    /// not sent back by the window, so the window never names a file for the app to read.
    pending_import: Mutex<Option<PendingImport>>,
}

/// What the window shows first: the register, or what is wrong with the data file and what to do.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct StartupStatus {
    pub db_path: String,
    pub error: Option<Error>,
}

impl AppState {
    pub fn open_default() -> AppState {
        match default_db_path() {
            Some(path) => AppState::open(path),
            None => AppState {
                store: Mutex::new(None),
                db_path: None,
                startup_error: Some(Error::storage(
                    "Could not find a folder for the data file. Set CONTACT_RECORDS_DB to the path of the file to use.",
                )),
                dialogs: OnceLock::new(),
            pending_import: Mutex::new(None),
            },
        }
    }

    pub fn open(path: PathBuf) -> AppState {
        let (store, startup_error) = match Store::open(&path) {
            Ok(s) => (Some(s), None),
            Err(e) => (None, Some(e)),
        };
        AppState {
            store: Mutex::new(store),
            db_path: Some(path),
            startup_error,
            dialogs: OnceLock::new(),
            pending_import: Mutex::new(None),
        }
    }

    pub fn from_store(store: Store) -> AppState {
        AppState {
            db_path: store.path().map(PathBuf::from),
            store: Mutex::new(Some(store)),
            startup_error: None,
            dialogs: OnceLock::new(),
            pending_import: Mutex::new(None),
        }
    }

    pub fn status(&self) -> StartupStatus {
        StartupStatus {
            db_path: self
                .db_path
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            error: self.startup_error.clone(),
        }
    }

    /// Sets how the app asks for files; only the first call counts.
    pub fn set_dialogs(&self, dialogs: Box<dyn FileDialogs>) {
        let _ = self.dialogs.set(dialogs);
    }

    /// The file dialogs, or a plain error before the window has set them.
    pub fn dialogs(&self) -> Result<&dyn FileDialogs> {
        self.dialogs
            .get()
            .map(|d| d.as_ref())
            .ok_or_else(|| Error::storage("The file dialogs are not ready yet. Try again."))
    }

    /// Keeps (or with `None`, forgets) the bundle waiting for the user's confirmation.
    pub fn set_pending_import(&self, pending: Option<PendingImport>) {
        *self
            .pending_import
            .lock()
            .unwrap_or_else(|p| p.into_inner()) = pending;
    }

    pub fn take_pending_import(&self) -> Option<PendingImport> {
        self.pending_import
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take()
    }

    /// Runs `f` with the open store, or returns why the store could not be opened.
    pub fn with<T>(&self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        // A panic while holding the lock cannot leave SQLite half-written: carry on with the store.
        let mut guard = self.store.lock().unwrap_or_else(|p| p.into_inner());
        match guard.as_mut() {
            Some(store) => f(store),
            None => Err(self
                .startup_error
                .clone()
                .unwrap_or_else(|| Error::storage("The data file is not open."))),
        }
    }
}

/// Today's date on the user's clock, for checks such as "date of birth in the past".
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// The local date and time, to the second, as records are signed (UK local time on the laptop).
pub fn now_local() -> chrono::NaiveDateTime {
    use chrono::Timelike;
    let now = chrono::Local::now().naive_local();
    now.with_nanosecond(0).unwrap_or(now)
}
