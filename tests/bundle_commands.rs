//! The bundle commands through Tauri's mock runtime: choosing a bundle names each new signer with
//! the fingerprint of their key and warns of a key claiming a name already known; and long store
//! work (imports, exports) runs on the blocking pool, so the window's other commands keep
//! answering while it holds the data file.

use crate::common;

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use common::{app_with, call_in as call, dialogs_in, sample, window};
use contact_records_app::state::AppState;
use contact_records_core::model::SignerInput;
use contact_records_core::store::Key;
use contact_records_core::Store;
use serde_json::json;

fn state_in(dir: &Path, store: Store) -> AppState {
    dialogs_in(AppState::from_store(store), dir, Some(sample()))
}

#[test]
fn choosing_a_bundle_names_new_signers_and_warns_of_a_known_name_with_another_key() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let own = store
        .set_signer_identity(&SignerInput {
            name: "Rhys Morgan".into(),
            role: "Family court adviser".into(),
        })
        .unwrap();
    let app = app_with(state_in(dir.path(), store));
    let w = window(&app);
    let choice = call(&w, "choose_bundle", json!({})).unwrap();
    let new = choice["new_signers"].as_array().unwrap();
    assert_eq!(new.len(), 2, "{choice}");
    let rhys = new.iter().find(|n| n["name"] == "Rhys Morgan").unwrap();
    assert_eq!(
        rhys["name_known_with_keys"],
        json!([own.key_fingerprint]),
        "{rhys}"
    );
    assert_ne!(rhys["key_fingerprint"], json!(own.key_fingerprint));
    let catrin = new.iter().find(|n| n["name"] == "Catrin Pŵel").unwrap();
    assert_eq!(catrin["name_known_with_keys"], json!([]));

    let done = call(
        &w,
        "import_chosen_bundle",
        json!({ "asNew": false, "trustNewSigners": true, "onProgress": "__CHANNEL__:1" }),
    )
    .unwrap();
    assert_eq!(done["new_signers"].as_array().unwrap().len(), 2);
    // Known now: a second look at the same file has no one new to agree to.
    let again = call(&w, "choose_bundle", json!({})).unwrap();
    assert_eq!(again["new_signers"], json!([]));
}

#[test]
fn other_commands_answer_while_exports_and_imports_wait_for_the_data_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::create(
        &dir.path().join("contact-records.db"),
        &Key::passphrase("correct horse battery staple"),
    )
    .unwrap();
    let state = state_in(dir.path(), store);
    let app = app_with(state.clone());
    let w = window(&app);

    // Something long holds the data file (as a big import does) until the test lets it go.
    let (release, wait) = mpsc::channel::<()>();
    let (held, is_held) = mpsc::channel::<()>();
    let holder = {
        let state = state.clone();
        std::thread::spawn(move || {
            state
                .with(|_| {
                    held.send(()).unwrap();
                    wait.recv().unwrap();
                    Ok(())
                })
                .unwrap();
        })
    };
    is_held.recv().unwrap();

    // Many more commands waiting for the data file than the async runtime has threads: if any
    // waited on one of those threads, the runtime would starve and nothing else would answer.
    let waiting: Vec<_> = (0..32)
        .map(|i| {
            let w = w.clone();
            std::thread::spawn(move || {
                if i % 2 == 0 {
                    let _ = call(&w, "export_bundle", json!({ "caseIds": [] }));
                } else {
                    let _ = call(&w, "load_sample_case", json!({}));
                }
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));

    let (answered, answer) = mpsc::channel();
    {
        let w = w.clone();
        std::thread::spawn(move || {
            let status = call(&w, "app_status", json!({}));
            let strength = call(&w, "passphrase_strength", json!({ "passphrase": "x" }));
            let refused = call(
                &w,
                "unlock_with_recovery_key",
                json!({ "recoveryKey": "no" }),
            );
            let _ = answered.send((status, strength, refused));
        });
    }
    let (status, strength, refused) = answer
        .recv_timeout(Duration::from_secs(30))
        .expect("the window's other commands froze while the data file was busy");
    assert_eq!(status.unwrap()["phase"], "Unlocked");
    assert!(strength.is_ok());
    assert_eq!(refused.unwrap_err()["code"], "WrongKey");

    release.send(()).unwrap();
    holder.join().unwrap();
    for t in waiting {
        t.join().unwrap();
    }
    assert_eq!(state.with(|s| Ok(s.list_cases("")?.total)).unwrap(), 1);
}
