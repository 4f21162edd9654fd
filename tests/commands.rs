//! The shell's commands through Tauri's mock runtime: the JSON the window sends and receives.

use contact_records_app::bindings::builder;
use contact_records_app::state::AppState;
use contact_records_core::Store;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindowBuilder;

fn app_with(state: AppState) -> tauri::App<tauri::test::MockRuntime> {
    let b = builder::<tauri::test::MockRuntime>();
    mock_builder()
        .manage(state)
        .invoke_handler(b.invoke_handler())
        .build(mock_context(noop_assets()))
        .expect("mock app")
}

fn call(
    app: &tauri::App<tauri::test::MockRuntime>,
    cmd: &str,
    args: Value,
) -> Result<Value, Value> {
    let webview = match tauri::Manager::get_webview_window(app, "main") {
        Some(w) => w,
        None => WebviewWindowBuilder::new(app, "main", Default::default())
            .build()
            .unwrap(),
    };
    get_ipc_response(
        &webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            // The app's own origin on this platform; any other origin is refused as remote.
            url: if cfg!(any(windows, target_os = "android")) {
                "http://tauri.localhost"
            } else {
                "tauri://localhost"
            }
            .parse()
            .unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<Value>().unwrap())
}

fn case_json(number: &str) -> Value {
    json!({
        "court": "Family Court at Cardiff", "court_case_number": number, "cafcass_number": "",
        "cafcass_system": "iris", "adviser_name": "Ffion Hughes", "case_name": "Re: A (a child)",
        "status": "open", "notes": ""
    })
}

#[test]
fn create_a_case_add_people_and_search() {
    let app = app_with(AppState::from_store(Store::open_in_memory().unwrap()));
    let created = call(&app, "create_case", json!({ "input": case_json("CF1") })).unwrap();
    let id = created["case"]["id"].as_i64().unwrap();
    let child = json!({"full_name": "Siân Llŷr", "date_of_birth": "27/03/2019", "language": "welsh", "needs": ""});
    let d = call(&app, "add_child", json!({ "caseId": id, "input": child })).unwrap();
    assert_eq!(d["children"][0]["date_of_birth"], "2019-03-27");
    let adult = json!({"full_name": "Mark Jones", "role": "father", "party": "visiting", "contact_details": "", "language": "english"});
    call(&app, "add_adult", json!({ "caseId": id, "input": adult })).unwrap();
    let list = call(&app, "list_cases", json!({ "query": "sian" })).unwrap();
    assert_eq!(list["total"], 1);
    assert_eq!(list["cases"][0]["children_count"], 1);
}

#[test]
fn a_refused_form_comes_back_as_code_message_and_fields() {
    let app = app_with(AppState::from_store(Store::open_in_memory().unwrap()));
    let mut bad = case_json("");
    bad["case_name"] = json!("");
    let err = call(&app, "create_case", json!({ "input": bad })).unwrap_err();
    assert_eq!(err["code"], "Invalid");
    assert!(err["message"].is_string());
    assert_eq!(err["fields"][0]["field"], "court_case_number");
    assert_eq!(err["fields"][1]["field"], "case_name");
}

#[test]
fn a_data_file_that_failed_to_open_is_reported_not_panicked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    std::fs::write(&path, "not a database, just some notes ".repeat(200)).unwrap();
    let app = app_with(AppState::open(path.clone()));
    let status = call(&app, "app_status", json!({})).unwrap();
    assert_eq!(status["error"]["code"], "ForeignFile");
    assert_eq!(status["db_path"], path.display().to_string());
    let err = call(&app, "list_cases", json!({ "query": "" })).unwrap_err();
    assert_eq!(err["code"], "ForeignFile");
}

#[test]
fn an_unknown_case_is_not_found() {
    let app = app_with(AppState::from_store(Store::open_in_memory().unwrap()));
    let err = call(&app, "get_case", json!({ "id": 42 })).unwrap_err();
    assert_eq!(err, json!({"code": "NotFound", "message": err["message"]}));
}
