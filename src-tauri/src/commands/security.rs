//! Commands of the lock: first-run setup, unlock, lock, a new passphrase, encrypting a file from
//! before encryption, and backups made or restored through the file dialogs.

use contact_records_core::passphrase::{check_new, strength, Strength};
use contact_records_core::store::{encrypt_plain_file, restore, Key};
use contact_records_core::{Error, FieldError, Result, Store};
use tauri::State;

use crate::commands::keychain::update_remembered;
use crate::file_dialogs::BACKUP;
use crate::state::AppState;

/// How strong a passphrase looks, for the meter as the user types (nothing is stored).
#[tauri::command]
#[specta::specta]
pub fn passphrase_strength(passphrase: String) -> Strength {
    strength(&passphrase)
}

fn check_pair(passphrase: &str, confirm: &str) -> Result<()> {
    check_new(passphrase)?;
    if passphrase != confirm {
        let said = contact_records_core::message::Message::new(
            contact_records_core::message_forms::PASSPHRASES_DIFFER,
        );
        return Err(Error::invalid(vec![FieldError {
            field: "confirm".into(),
            message: said.english(),
            msg: Some(said),
        }]));
    }
    Ok(())
}

/// After an unlock: the day's backup, in the background so the register shows at once.
pub(crate) fn back_up_later(state: &AppState) {
    let state = state.clone();
    tauri::async_runtime::spawn(async move {
        // A failed daily backup must not stop the user; the next unlock tries again.
        let _ = state.run(|s| s.daily_backup()).await;
    });
}

/// First run: makes the encrypted data file; returns its recovery key, to be shown once.
#[tauri::command]
#[specta::specta]
pub async fn create_data_file(
    state: State<'_, AppState>,
    passphrase: String,
    confirm: String,
) -> Result<String, Error> {
    check_pair(&passphrase, &confirm)?;
    state
        .blocking(move |shared| {
            let store = Store::create(&shared.db_path()?, &Key::passphrase(passphrase.as_str()))?;
            let recovery = store.recovery_key(&passphrase)?;
            shared.set_store(Some(store));
            Ok(recovery.text())
        })
        .await
}

/// Encrypts a data file from before encryption under a new passphrase; returns the recovery key.
#[tauri::command]
#[specta::specta]
pub async fn encrypt_data_file(
    state: State<'_, AppState>,
    passphrase: String,
    confirm: String,
) -> Result<String, Error> {
    check_pair(&passphrase, &confirm)?;
    state
        .blocking(move |shared| {
            let (store, recovery) = encrypt_plain_file(&shared.db_path()?, &passphrase)?;
            shared.set_store(Some(store));
            Ok(recovery.text())
        })
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn unlock(state: State<'_, AppState>, passphrase: String) -> Result<(), Error> {
    state
        .blocking(move |shared| {
            let store = Store::open(&shared.db_path()?, &Key::passphrase(passphrase))?;
            shared.set_store(Some(store));
            Ok(())
        })
        .await?;
    back_up_later(&state);
    Ok(())
}

#[tauri::command]
#[specta::specta]
pub async fn unlock_with_recovery_key(
    state: State<'_, AppState>,
    recovery_key: String,
) -> Result<(), Error> {
    let key = Key::recovery(&recovery_key)?;
    state
        .blocking(move |shared| {
            let store = Store::open(&shared.db_path()?, &key)?;
            shared.set_store(Some(store));
            Ok(())
        })
        .await?;
    back_up_later(&state);
    Ok(())
}

/// Closes the data file: the key and every decrypted page go with the connection.
#[tauri::command]
#[specta::specta]
pub async fn lock(state: State<'_, AppState>) -> Result<(), Error> {
    state
        .blocking(|shared| {
            shared.note_lock_asked();
            shared.set_pending_import(None);
            shared.set_store(None);
            Ok(())
        })
        .await
}

/// A new passphrase, once the current one is proved; returns the new recovery key.
#[tauri::command]
#[specta::specta]
pub async fn change_passphrase(
    state: State<'_, AppState>,
    current: String,
    passphrase: String,
    confirm: String,
) -> Result<String, Error> {
    check_pair(&passphrase, &confirm)?;
    state
        .blocking(move |shared| {
            let path = shared.db_path()?;
            shared.with(|s| {
                // Proves the current passphrase without touching the open connection.
                Store::open_read_only(&path, &Key::passphrase(current))
                    .map_err(|e| e.on_field("current"))?;
                let recovery = s.change_passphrase(&passphrase)?;
                update_remembered(shared, || Ok(recovery.clone()));
                Ok(recovery.text())
            })
        })
        .await
}

/// Writes an encrypted copy where the user chooses; `None` when they cancelled.
#[tauri::command]
#[specta::specta]
pub async fn backup_data_file(state: State<'_, AppState>) -> Result<Option<String>, Error> {
    state
        .blocking(|shared| {
            let suggested = format!(
                "Contact-Records-backup_{}.bak",
                chrono::Local::now().format("%Y-%m-%d")
            );
            let Some(path) = shared.dialogs()?.save_path(&suggested, BACKUP) else {
                return Ok(None);
            };
            shared.with(|s| s.backup_to(&path))?;
            Ok(Some(path.display().to_string()))
        })
        .await
}

/// Puts a backup chosen by the user in place of the data file; it must open with `passphrase`.
/// Returns false when the user cancelled. The data file is closed first; if the backup cannot be
/// restored the app is left locked, with the current file as it was.
#[tauri::command]
#[specta::specta]
pub async fn restore_backup(state: State<'_, AppState>, passphrase: String) -> Result<bool, Error> {
    state
        .blocking(move |shared| {
            let Some(from) = shared.dialogs()?.open_path(BACKUP) else {
                return Ok(false);
            };
            let db = shared.db_path()?;
            shared.set_store(None);
            let store = restore(&from, &Key::passphrase(passphrase.as_str()), &db)?;
            update_remembered(shared, || store.recovery_key(&passphrase));
            shared.set_store(Some(store));
            Ok(true)
        })
        .await
}
