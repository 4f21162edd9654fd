//! The store, opened when the user unlocks it and shared by every command behind a mutex. Commands
//! reach it through [`AppState::run`], on Tauri's blocking pool, so the window's thread never
//! waits for the disk. Locking drops the store, and with it the key and every decrypted page.

use std::ops::Deref;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use contact_records_core::paths::default_db_path;
use contact_records_core::store::{file_state, problem_before_unlock, FileState};
use contact_records_core::{Error, ErrorCode, Result, Store};
use serde::Serialize;

use crate::file_dialogs::FileDialogs;
use crate::keychain::{Keychain, NoKeychain, SystemKeychain};

/// A chosen bundle file's text and name, between "Choose a file" and "Import".
pub struct PendingImport {
    pub file_name: String,
    pub json: String,
}

/// Shared by the commands; cheap to clone (every clone is the same state).
#[derive(Clone)]
pub struct AppState {
    shared: Arc<Shared>,
}

pub struct Shared {
    store: Mutex<Option<Store>>,
    /// Whether `store` holds an open store, readable without waiting for the store's mutex:
    /// `app_status` runs on the window's thread and must answer while a long import holds it.
    unlocked: AtomicBool,
    db_path: Option<PathBuf>,
    /// Why there is no data file path at all; nothing can be done then but say so.
    no_path: Option<Error>,
    /// Set once the window exists (the dialogs need the app handle); tests set their own.
    dialogs: OnceLock<Box<dyn FileDialogs>>,
    /// A bundle the user chose and was shown, waiting for them to confirm the import. Kept here,
    /// not sent back by the window, so the window never names a file for the app to read.
    pending_import: Mutex<Option<PendingImport>>,
    /// Where "remember on this computer" keeps the key; none (not available) until set.
    keychain: OnceLock<Box<dyn Keychain>>,
    /// Set when the user locks (or the idle lock does): from then on, in this run, only the
    /// passphrase or the recovery key opens the file, never the remembered key.
    lock_asked: AtomicBool,
}

/// Where the app stands: what the window shows first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
pub enum Phase {
    /// No data file yet: choose a passphrase to make one.
    Setup,
    /// A data file waits for its passphrase.
    Locked,
    /// The data file is open.
    Unlocked,
    /// A data file from before encryption: choose a passphrase to encrypt it.
    NotEncrypted,
    /// There is nowhere to keep a data file (see `error`).
    Unavailable,
}

/// What the window shows first: the register, the unlock screen, first-run setup, or what is
/// wrong and what to do.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct StartupStatus {
    pub db_path: String,
    pub phase: Phase,
    pub error: Option<Error>,
}

pub const LOCKED_MESSAGE: &str =
    "Contact Records is locked. Unlock it with your passphrase to carry on.";

impl Deref for AppState {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.shared
    }
}

impl AppState {
    fn new(db_path: Option<PathBuf>, store: Option<Store>, no_path: Option<Error>) -> AppState {
        AppState {
            shared: Arc::new(Shared {
                unlocked: AtomicBool::new(store.is_some()),
                store: Mutex::new(store),
                db_path,
                no_path,
                dialogs: OnceLock::new(),
                pending_import: Mutex::new(None),
                keychain: OnceLock::new(),
                lock_asked: AtomicBool::new(false),
            }),
        }
    }

    /// The data file from `CONTACT_RECORDS_DB` or the app-data folder, locked until unlocked.
    pub fn open_default() -> AppState {
        match default_db_path() {
            Some(path) => {
                let state = AppState::at(path);
                state.set_keychain(Box::new(SystemKeychain));
                state
            }
            None => AppState::new(
                None,
                None,
                Some(Error::storage(
                    "Could not find a folder for the data file. Set CONTACT_RECORDS_DB to the path of the file to use.",
                )),
            ),
        }
    }

    /// The data file at `path`, locked (or waiting to be made); nothing is opened yet.
    pub fn at(path: PathBuf) -> AppState {
        AppState::new(Some(path), None, None)
    }

    /// An already open store, unlocked: for tests.
    pub fn from_store(store: Store) -> AppState {
        AppState::new(store.path().map(PathBuf::from), Some(store), None)
    }

    /// Runs `f` with the open store on the blocking pool, so no command holds up the window.
    pub async fn run<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T> + Send + 'static,
    {
        self.blocking(move |shared| shared.with(f)).await
    }

    /// Runs `f` with the whole state on the blocking pool (to open, lock or replace the store).
    pub async fn blocking<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Shared) -> Result<T> + Send + 'static,
    {
        let shared = self.shared.clone();
        tauri::async_runtime::spawn_blocking(move || f(&shared))
            .await
            .map_err(|_| Error::storage("The app could not finish that task. Try again."))?
    }
}

impl Shared {
    pub fn db_path(&self) -> Result<PathBuf> {
        match (&self.db_path, &self.no_path) {
            (Some(p), _) => Ok(p.clone()),
            (None, Some(e)) => Err(e.clone()),
            (None, None) => Err(Error::storage("There is no data file.")),
        }
    }

    pub fn status(&self) -> StartupStatus {
        let db_path = self
            .db_path
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let problem = match &self.db_path {
            Some(p) if !self.is_unlocked() => problem_before_unlock(p),
            _ => self.no_path.clone(),
        };
        let phase = match &self.db_path {
            None => Phase::Unavailable,
            Some(_) if self.is_unlocked() => Phase::Unlocked,
            Some(_) if problem.is_some() => Phase::Unavailable,
            Some(p) => match file_state(p) {
                FileState::Missing => Phase::Setup,
                FileState::Plain => Phase::NotEncrypted,
                FileState::Encrypted | FileState::NotDatabase => Phase::Locked,
            },
        };
        StartupStatus {
            db_path,
            phase,
            error: problem,
        }
    }

    pub fn is_unlocked(&self) -> bool {
        self.unlocked.load(Ordering::SeqCst)
    }

    /// Puts an opened store in place (after unlock, setup or restore).
    pub fn set_store(&self, store: Option<Store>) {
        let mut guard = self.store.lock().unwrap_or_else(|p| p.into_inner());
        self.unlocked.store(store.is_some(), Ordering::SeqCst);
        *guard = store;
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

    /// Sets where a remembered key is kept; only the first call counts.
    pub fn set_keychain(&self, keychain: Box<dyn Keychain>) {
        let _ = self.keychain.set(keychain);
    }

    /// The keychain, or one that is never available when none was set.
    pub fn keychain(&self) -> &dyn Keychain {
        self.keychain.get().map_or(&NoKeychain, |k| k.as_ref())
    }

    /// Notes that the user asked for the lock: the remembered key no longer opens the file.
    pub fn note_lock_asked(&self) {
        self.lock_asked.store(true, Ordering::SeqCst);
    }

    pub fn lock_was_asked(&self) -> bool {
        self.lock_asked.load(Ordering::SeqCst)
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

    /// Runs `f` with the open store, or says the app is locked.
    pub fn with<T>(&self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        // A panic while holding the lock cannot leave SQLite half-written: carry on with the store.
        let mut guard = self.store.lock().unwrap_or_else(|p| p.into_inner());
        match guard.as_mut() {
            Some(store) => f(store),
            None => Err(self
                .no_path
                .clone()
                .unwrap_or_else(|| Error::new(ErrorCode::NeedsUnlock, LOCKED_MESSAGE))),
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
