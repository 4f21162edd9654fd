//! The store, opened once at startup and shared by every command behind a mutex.

use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

use contact_records_core::paths::default_db_path;
use contact_records_core::{Error, Result, Store};
use serde::Serialize;

use crate::save_dialog::SavePathChooser;

pub struct AppState {
    store: Mutex<Option<Store>>,
    db_path: Option<PathBuf>,
    startup_error: Option<Error>,
    /// Set once the window exists (the dialog needs the app handle); tests set their own.
    save_path: OnceLock<SavePathChooser>,
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
                save_path: OnceLock::new(),
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
            save_path: OnceLock::new(),
        }
    }

    pub fn from_store(store: Store) -> AppState {
        AppState {
            db_path: store.path().map(PathBuf::from),
            store: Mutex::new(Some(store)),
            startup_error: None,
            save_path: OnceLock::new(),
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

    /// Sets how the app asks where to save a file; only the first call counts.
    pub fn set_save_path_chooser(&self, chooser: SavePathChooser) {
        let _ = self.save_path.set(chooser);
    }

    /// Asks where to save `suggested`; `None` when the user cancelled (or no chooser is set).
    pub fn choose_save_path(
        &self,
        suggested: &str,
        label: &str,
        extension: &str,
    ) -> Option<PathBuf> {
        self.save_path
            .get()
            .and_then(|choose| choose(suggested, label, extension))
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
