//! The store, opened once at startup and shared by every command behind a mutex.

use std::path::PathBuf;
use std::sync::Mutex;

use contact_records_core::paths::default_db_path;
use contact_records_core::{Error, Result, Store};
use serde::Serialize;

pub struct AppState {
    store: Mutex<Option<Store>>,
    db_path: Option<PathBuf>,
    startup_error: Option<Error>,
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
        }
    }

    pub fn from_store(store: Store) -> AppState {
        AppState {
            db_path: store.path().map(PathBuf::from),
            store: Mutex::new(Some(store)),
            startup_error: None,
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
