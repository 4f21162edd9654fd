//! Importing and exporting bundles through the commands as the window calls them: the sample
//! exported and imported into another data file, fresh and then as a new case; no file chosen;
//! a file that is not a bundle.

use crate::common;

use std::path::PathBuf;

use common::{app_with, call, with_dialogs};
use serde_json::{json, Value};

#[test]
fn the_sample_case_loads_exports_and_imports_again_as_a_new_case() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_with(with_dialogs(dir.path(), None));
    let loaded = call(&app, "load_sample_case", json!({})).unwrap();
    let case = &loaded["cases"][0];
    assert!(case["records"].as_u64().unwrap() >= 4, "{loaded}");
    let case_id = case["case_id"].as_i64().unwrap();
    let number = case["court_case_number"].as_str().unwrap().to_string();

    let saved = call(&app, "export_bundle", json!({ "caseIds": [case_id] })).unwrap();
    let path = PathBuf::from(saved["path"].as_str().unwrap());
    assert_eq!(saved["cases"], 1);

    // A second app on another data file opens that bundle twice: once fresh, once as a new case.
    let other = app_with(with_dialogs(dir.path(), Some(path)));
    let choice = call(&other, "choose_bundle", json!({})).unwrap();
    assert_eq!(
        choice["preview"]["cases"][0]["court_case_number"],
        json!(number)
    );
    call(
        &other,
        "import_chosen_bundle",
        json!({ "asNew": false, "trustNewSigners": true, "onProgress": "__CHANNEL__:1" }),
    )
    .unwrap();
    call(&other, "choose_bundle", json!({})).unwrap();
    let refused = call(
        &other,
        "import_chosen_bundle",
        json!({ "asNew": false, "trustNewSigners": true, "onProgress": "__CHANNEL__:1" }),
    )
    .unwrap_err();
    assert_eq!(refused["code"], "Invalid", "{refused}");
    // The choice is kept after a refusal, so "import as new" needs no second dialog.
    let again = call(
        &other,
        "import_chosen_bundle",
        json!({ "asNew": true, "trustNewSigners": true, "onProgress": "__CHANNEL__:1" }),
    )
    .unwrap();
    assert_eq!(
        again["cases"][0]["original_court_case_number"],
        json!(number)
    );
    let list = call(&other, "list_cases", json!({ "query": "" })).unwrap();
    assert_eq!(list["total"], 2);
}

#[test]
fn importing_without_choosing_a_file_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_with(with_dialogs(dir.path(), None));
    assert_eq!(call(&app, "choose_bundle", json!({})).unwrap(), Value::Null);
    let err = call(
        &app,
        "import_chosen_bundle",
        json!({ "asNew": false, "trustNewSigners": true, "onProgress": "__CHANNEL__:1" }),
    )
    .unwrap_err();
    assert_eq!(err["code"], "Invalid");
}

#[test]
fn a_file_that_is_not_a_bundle_is_refused_when_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("notes.json");
    std::fs::write(&bad, "{\"hello\": 1}").unwrap();
    let app = app_with(with_dialogs(dir.path(), Some(bad)));
    let err = call(&app, "choose_bundle", json!({})).unwrap_err();
    assert_eq!(err["code"], "Invalid", "{err}");
}
