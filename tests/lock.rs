//! The lock through Tauri's mock runtime: first-run setup with its recovery key, lock, a wrong
//! and a right unlock, the recovery key, a new passphrase, and a backup made and restored.

use crate::common;

use std::path::{Path, PathBuf};

use common::{app_with, call, case_count, phase, App, TestDialogs, PASS};
use contact_records_app::state::AppState;
use serde_json::json;

fn setup(dir: &Path) -> (App, PathBuf) {
    let db = dir.join("data/contact-records.db");
    let state = AppState::at(db.clone());
    let backup = dir.join("copy.bak");
    state.set_dialogs(Box::new(TestDialogs {
        dir: dir.to_path_buf(),
        save_as: Some(backup.clone()),
        open: Some(backup),
    }));
    let app = app_with(state);
    (app, db)
}

#[test]
fn first_run_lock_a_wrong_and_a_right_unlock_and_the_recovery_key() {
    let dir = tempfile::tempdir().unwrap();
    let (app, db) = setup(dir.path());
    assert_eq!(phase(&app), "Setup");
    assert_eq!(case_count(&app).unwrap_err()["code"], "NeedsUnlock");
    assert!(
        !db.exists(),
        "nothing is stored before a passphrase is chosen"
    );

    let weak = call(&app, "passphrase_strength", json!({ "passphrase": "abc" })).unwrap();
    assert_eq!(weak["score"], 0);
    let e = call(
        &app,
        "create_data_file",
        json!({ "passphrase": PASS, "confirm": "other" }),
    )
    .unwrap_err();
    assert_eq!(e["fields"][0]["field"], "confirm");
    let recovery = call(
        &app,
        "create_data_file",
        json!({ "passphrase": PASS, "confirm": PASS }),
    )
    .unwrap();
    let recovery = recovery.as_str().unwrap().to_owned();
    assert!(recovery.starts_with("x'"));
    assert_eq!(phase(&app), "Unlocked");
    call(&app, "load_sample_case", json!({})).unwrap();
    assert_eq!(case_count(&app).unwrap(), 1);

    call(&app, "lock", json!({})).unwrap();
    assert_eq!(phase(&app), "Locked");
    assert_eq!(case_count(&app).unwrap_err()["code"], "NeedsUnlock");
    let e = call(&app, "unlock", json!({ "passphrase": "not my passphrase" })).unwrap_err();
    assert_eq!(e["code"], "WrongKey");
    call(&app, "unlock", json!({ "passphrase": PASS })).unwrap();
    assert_eq!(case_count(&app).unwrap(), 1);

    call(&app, "lock", json!({})).unwrap();
    call(
        &app,
        "unlock_with_recovery_key",
        json!({ "recoveryKey": recovery }),
    )
    .unwrap();
    assert_eq!(case_count(&app).unwrap(), 1);
}

#[test]
fn a_new_passphrase_and_a_backup_restored_over_later_changes() {
    let dir = tempfile::tempdir().unwrap();
    let (app, _db) = setup(dir.path());
    call(
        &app,
        "create_data_file",
        json!({ "passphrase": PASS, "confirm": PASS }),
    )
    .unwrap();
    call(&app, "load_sample_case", json!({})).unwrap();

    let e = call(
        &app,
        "change_passphrase",
        json!({ "current": "wrong one here", "passphrase": "a new passphrase", "confirm": "a new passphrase" }),
    )
    .unwrap_err();
    assert_eq!(e["fields"][0]["field"], "current");
    let new_recovery = call(
        &app,
        "change_passphrase",
        json!({ "current": PASS, "passphrase": "a new passphrase", "confirm": "a new passphrase" }),
    )
    .unwrap();
    assert!(new_recovery.as_str().unwrap().starts_with("x'"));

    let written = call(&app, "backup_data_file", json!({})).unwrap();
    assert!(written.as_str().unwrap().ends_with("copy.bak"));
    let later = json!({
        "court": "Family Court at Cardiff", "court_case_number": "CF26P00002", "cafcass_number": "",
        "cafcass_system": "iris", "adviser_name": "Ffion Hughes", "case_name": "Re: B (a child)",
        "status": "open", "notes": ""
    });
    call(&app, "create_case", json!({ "input": later })).unwrap();
    assert_eq!(case_count(&app).unwrap(), 2);

    let e = call(&app, "restore_backup", json!({ "passphrase": PASS })).unwrap_err();
    assert_eq!(e["code"], "WrongKey");
    assert_eq!(
        phase(&app),
        "Locked",
        "a failed restore leaves the app locked"
    );
    call(&app, "unlock", json!({ "passphrase": "a new passphrase" })).unwrap();
    assert_eq!(
        case_count(&app).unwrap(),
        2,
        "the current file is as it was"
    );

    let restored = call(
        &app,
        "restore_backup",
        json!({ "passphrase": "a new passphrase" }),
    );
    assert_eq!(restored.unwrap(), true);
    assert_eq!(case_count(&app).unwrap(), 1);
}
