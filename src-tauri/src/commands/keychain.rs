//! Commands of "remember on this computer": whether the keychain is there, remembering and
//! forgetting the data file's key, and opening the file with it at start.
//!
//! The remembered key is the recovery key (the raw SQLCipher key), so the passphrase itself is
//! never kept anywhere. It opens the file only at the start of a run: once the user locks (or the
//! idle lock does), the passphrase is asked for until the app is closed, so a remembered key never
//! undoes a lock the user asked for. It is meant for a laptop whose own login and disk encryption
//! guard it; anyone who can use the logged-in session can open the records, and Settings says so.

use contact_records_core::store::{Key, RecoveryKey};
use contact_records_core::{Error, ErrorCode, Store};
use serde::Serialize;
use tauri::State;

use crate::keychain::KeychainError;
use crate::state::{AppState, Shared};

/// "Remember on this computer" as Settings shows it.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct KeychainStatus {
    /// A keychain answers on this computer; without one the option is not offered.
    pub available: bool,
    /// The key of this data file is kept in it.
    pub remembered: bool,
    /// What went wrong with the last change, if anything (the window says it in its language).
    pub problem: Option<KeychainProblem>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
pub enum KeychainProblem {
    /// The keychain refused to keep or remove the key (it may be locked).
    Refused,
}

/// How the start went with a remembered key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
pub enum RememberedStart {
    /// The remembered key opened the data file.
    Opened,
    /// No key is remembered (or no keychain is there, or the user has locked in this run).
    NotRemembered,
    /// The remembered key no longer opens the file (the passphrase was changed elsewhere or a
    /// backup was restored) and has been forgotten: the passphrase is needed.
    Forgotten,
}

/// The keychain account of this data file: its path, so that two data files never share a key.
fn account(shared: &Shared) -> Result<String, Error> {
    Ok(shared.db_path()?.display().to_string())
}

/// What the window is told of a change: no keychain at all is shown as "not available" by the
/// status itself, not as a problem.
fn problem_of(done: Result<(), KeychainError>) -> Option<KeychainProblem> {
    match done {
        Ok(()) | Err(KeychainError::Unavailable) => None,
        Err(KeychainError::Failed) => Some(KeychainProblem::Refused),
    }
}

fn status_of(shared: &Shared, problem: Option<KeychainProblem>) -> Result<KeychainStatus, Error> {
    let keychain = shared.keychain();
    let remembered = match keychain.get(&account(shared)?) {
        Ok(found) => found.is_some(),
        Err(KeychainError::Unavailable) => {
            return Ok(KeychainStatus {
                available: false,
                remembered: false,
                problem,
            })
        }
        Err(KeychainError::Failed) => false,
    };
    Ok(KeychainStatus {
        available: keychain.available(),
        remembered,
        problem,
    })
}

/// Replaces the remembered key, if one is remembered, after the file's key changed (a new
/// passphrase, a restored backup); `key` is only worked out then. If the keychain cannot be
/// reached now, the old key stays and is found stale at the next start, which then asks for the
/// passphrase and forgets it.
pub fn update_remembered(shared: &Shared, key: impl FnOnce() -> Result<RecoveryKey, Error>) {
    let Ok(account) = account(shared) else {
        return;
    };
    let keychain = shared.keychain();
    if let Ok(Some(_)) = keychain.get(&account) {
        if let Ok(key) = key() {
            let _ = keychain.set(&account, &key.text());
        }
    }
}

#[tauri::command]
#[specta::specta]
pub async fn keychain_status(state: State<'_, AppState>) -> Result<KeychainStatus, Error> {
    state.blocking(|shared| status_of(shared, None)).await
}

/// Remembers the open data file's key on this computer, once `passphrase` is proved to be its
/// passphrase (the key kept is derived from it).
#[tauri::command]
#[specta::specta]
pub async fn remember_key(
    state: State<'_, AppState>,
    passphrase: String,
) -> Result<KeychainStatus, Error> {
    state
        .blocking(move |shared| {
            let path = shared.db_path()?;
            let key = shared.with(|s| s.recovery_key(&passphrase))?;
            // The derived key opens the file only if the passphrase was the right one.
            Store::open_read_only(&path, &key.as_key())
                .map_err(|e| e.on_field("remember_passphrase"))?;
            let done = shared.keychain().set(&account(shared)?, &key.text());
            status_of(shared, problem_of(done))
        })
        .await
}

/// Removes the remembered key: the passphrase is asked for at every start again.
#[tauri::command]
#[specta::specta]
pub async fn forget_key(state: State<'_, AppState>) -> Result<KeychainStatus, Error> {
    state
        .blocking(|shared| {
            let done = shared.keychain().delete(&account(shared)?);
            status_of(shared, problem_of(done))
        })
        .await
}

/// At start, before the unlock screen: opens the data file with the remembered key, if there is
/// one and the user has not locked in this run. A key that no longer opens the file is forgotten.
#[tauri::command]
#[specta::specta]
pub async fn unlock_remembered(state: State<'_, AppState>) -> Result<RememberedStart, Error> {
    let start = state
        .blocking(|shared| {
            if shared.is_unlocked() {
                return Ok(RememberedStart::Opened);
            }
            if shared.lock_was_asked() {
                return Ok(RememberedStart::NotRemembered);
            }
            let path = shared.db_path()?;
            let account = account(shared)?;
            let keychain = shared.keychain();
            let Ok(Some(text)) = keychain.get(&account) else {
                return Ok(RememberedStart::NotRemembered);
            };
            let opened = Key::recovery(&text).and_then(|key| Store::open(&path, &key));
            match opened {
                Ok(store) => {
                    shared.set_store(Some(store));
                    Ok(RememberedStart::Opened)
                }
                Err(e) if e.code == ErrorCode::WrongKey => {
                    let _ = keychain.delete(&account);
                    Ok(RememberedStart::Forgotten)
                }
                // Anything else (the file is missing, in use, from a newer version) is for the
                // unlock screen to say; the key may still be right once that is mended.
                Err(_) => Ok(RememberedStart::NotRemembered),
            }
        })
        .await?;
    if start == RememberedStart::Opened {
        crate::commands::security::back_up_later(&state);
    }
    Ok(start)
}
