//! "Remember on this computer" through the commands, with a keychain in memory that two runs of
//! the app share: a remembered start, a lock that still asks for the passphrase, a new passphrase
//! that updates the key, a stale key that falls back to the unlock screen, forgetting, and a
//! computer without a keychain.

use crate::common;

use std::path::{Path, PathBuf};

use common::{app_with, call, case_count, phase, App, PASS};
use contact_records_app::keychain::MemoryKeychain;
use contact_records_app::state::AppState;
use serde_json::{json, Value};

const NEW_PASS: &str = "a new passphrase for the file";

fn data_file(dir: &Path) -> PathBuf {
    dir.join("data/contact-records.db")
}

/// One run of the app on the data file in `dir`, with `keychain` (or none).
fn run(dir: &Path, keychain: Option<&MemoryKeychain>) -> App {
    let state = AppState::at(data_file(dir));
    if let Some(k) = keychain {
        state.set_keychain(Box::new(k.clone()));
    }
    app_with(state)
}

/// From PASS to NEW_PASS; returns the new recovery key.
fn change_passphrase(app: &App) -> Value {
    call(
        app,
        "change_passphrase",
        json!({ "current": PASS, "passphrase": NEW_PASS, "confirm": NEW_PASS }),
    )
    .unwrap()
}

fn start(app: &App) -> Value {
    call(app, "unlock_remembered", json!({})).unwrap()
}

/// A first run that makes the data file with the sample case and remembers its key.
fn first_run_remembering(dir: &Path, keychain: &MemoryKeychain) {
    let app = run(dir, Some(keychain));
    assert_eq!(start(&app), "NotRemembered");
    call(
        &app,
        "create_data_file",
        json!({ "passphrase": PASS, "confirm": PASS }),
    )
    .unwrap();
    call(&app, "load_sample_case", json!({})).unwrap();
    let status = call(&app, "keychain_status", json!({})).unwrap();
    assert_eq!(status["available"], true);
    assert_eq!(status["remembered"], false);

    let e = call(
        &app,
        "remember_key",
        json!({ "passphrase": "not the passphrase" }),
    )
    .unwrap_err();
    assert_eq!(e["fields"][0]["field"], "remember_passphrase");
    assert!(keychain.is_empty(), "a wrong passphrase keeps nothing");

    let status = call(&app, "remember_key", json!({ "passphrase": PASS })).unwrap();
    assert_eq!(status["remembered"], true);
    assert_eq!(status["problem"], Value::Null);
    assert_eq!(keychain.len(), 1);
}

/// A data file in a folder of its own whose key is remembered in a new keychain.
fn remembered_file() -> (tempfile::TempDir, MemoryKeychain) {
    let dir = tempfile::tempdir().unwrap();
    let keychain = MemoryKeychain::default();
    first_run_remembering(dir.path(), &keychain);
    (dir, keychain)
}

#[test]
fn a_remembered_key_opens_at_start_but_never_after_a_lock() {
    let (dir, keychain) = remembered_file();

    let app = run(dir.path(), Some(&keychain));
    assert_eq!(phase(&app), "Locked");
    assert_eq!(start(&app), "Opened");
    assert_eq!(phase(&app), "Unlocked");
    assert_eq!(case_count(&app).unwrap(), 1);

    call(&app, "lock", json!({})).unwrap();
    assert_eq!(
        start(&app),
        "NotRemembered",
        "after a lock only the passphrase opens the file"
    );
    assert_eq!(phase(&app), "Locked");
    assert_eq!(case_count(&app).unwrap_err()["code"], "NeedsUnlock");
    call(&app, "unlock", json!({ "passphrase": PASS })).unwrap();
    assert_eq!(case_count(&app).unwrap(), 1);
    assert_eq!(keychain.len(), 1, "locking does not forget the key");
}

#[test]
fn a_new_passphrase_updates_the_remembered_key() {
    let (dir, keychain) = remembered_file();

    let app = run(dir.path(), Some(&keychain));
    assert_eq!(start(&app), "Opened");
    let recovery = change_passphrase(&app);
    drop(app);

    let app = run(dir.path(), Some(&keychain));
    assert_eq!(start(&app), "Opened");
    assert_eq!(case_count(&app).unwrap(), 1);
    // The key kept is the new recovery key, so the old passphrase's key is gone.
    call(&app, "lock", json!({})).unwrap();
    call(
        &app,
        "unlock_with_recovery_key",
        json!({ "recoveryKey": recovery }),
    )
    .unwrap();
}

#[test]
fn a_stale_key_falls_back_to_the_unlock_screen_and_is_forgotten() {
    let (dir, keychain) = remembered_file();

    // The passphrase is changed where this keychain is not known (another computer's copy of the
    // app, say), so the remembered key no longer opens the file.
    let elsewhere = run(dir.path(), None);
    call(&elsewhere, "unlock", json!({ "passphrase": PASS })).unwrap();
    change_passphrase(&elsewhere);
    drop(elsewhere);

    let app = run(dir.path(), Some(&keychain));
    assert_eq!(start(&app), "Forgotten");
    assert_eq!(phase(&app), "Locked");
    assert!(keychain.is_empty(), "the stale key is forgotten");
    assert_eq!(start(&app), "NotRemembered");
    call(&app, "unlock", json!({ "passphrase": NEW_PASS })).unwrap();
    assert_eq!(case_count(&app).unwrap(), 1);
}

#[test]
fn a_forgotten_key_no_longer_opens_the_file() {
    let (dir, keychain) = remembered_file();

    let app = run(dir.path(), Some(&keychain));
    assert_eq!(start(&app), "Opened");
    let status = call(&app, "forget_key", json!({})).unwrap();
    assert_eq!(status["remembered"], false);
    assert_eq!(status["available"], true);
    assert!(keychain.is_empty());
    drop(app);

    let app = run(dir.path(), Some(&keychain));
    assert_eq!(start(&app), "NotRemembered");
    assert_eq!(phase(&app), "Locked");
}

#[test]
fn without_a_keychain_the_option_is_not_available_and_nothing_fails() {
    let dir = tempfile::tempdir().unwrap();
    let app = run(dir.path(), None);
    assert_eq!(start(&app), "NotRemembered");
    call(
        &app,
        "create_data_file",
        json!({ "passphrase": PASS, "confirm": PASS }),
    )
    .unwrap();
    let status = call(&app, "keychain_status", json!({})).unwrap();
    assert_eq!(status["available"], false);
    assert_eq!(status["remembered"], false);
    let status = call(&app, "remember_key", json!({ "passphrase": PASS })).unwrap();
    assert_eq!(status["available"], false);
    assert_eq!(status["remembered"], false);
    let status = call(&app, "forget_key", json!({})).unwrap();
    assert_eq!(status["available"], false);
    change_passphrase(&app);
}
