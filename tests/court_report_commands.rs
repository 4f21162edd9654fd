//! The report commands through Tauri's mock runtime, on the sample case: the report as the
//! writing screen reads it, a draft refused when signed, and export in Welsh.

use std::path::{Path, PathBuf};

use contact_records_app::bindings::builder;
use contact_records_app::file_dialogs::{FileDialogs, FileKind};
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

/// Stands in for the file dialogs: the user accepts the suggested name in `dir`, and opens `open`.
struct TestDialogs {
    dir: PathBuf,
    open: Option<PathBuf>,
}

impl FileDialogs for TestDialogs {
    fn save_path(&self, suggested: &str, _: FileKind) -> Option<PathBuf> {
        Some(self.dir.join(suggested))
    }
    fn open_path(&self, _: FileKind) -> Option<PathBuf> {
        self.open.clone()
    }
}

fn with_dialogs(dir: &Path, open: Option<PathBuf>) -> AppState {
    let state = AppState::from_store(Store::open_in_memory().unwrap());
    state.set_dialogs(Box::new(TestDialogs {
        dir: dir.to_path_buf(),
        open,
    }));
    state
}

#[test]
fn the_sample_cci_report_reads_refuses_edits_and_exports_in_welsh() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_with(with_dialogs(dir.path(), None));
    let loaded = call(&app, "load_sample_case", json!({})).unwrap();
    let case_id = loaded["cases"][0]["case_id"].as_i64().unwrap();
    let referrals = call(&app, "list_referrals", json!({ "caseId": case_id })).unwrap();
    let cci = referrals
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["service"] == "child_contact_intervention")
        .expect("the sample has a CCI referral")["id"]
        .as_i64()
        .unwrap();
    let report = call(&app, "get_court_report", json!({ "referralId": cci })).unwrap();
    assert_eq!(report["kind"], "cci");
    assert_eq!(report["status"], "final");
    assert_eq!(
        report["body"]["recommendations"][0],
        "independent_arrangement"
    );
    assert_eq!(
        report["body"]["sections"][1]["entries"][1]["date"],
        "2026-10-13"
    );
    let err = call(
        &app,
        "save_court_report",
        json!({ "referralId": cci, "body": report["body"] }),
    )
    .unwrap_err();
    assert_eq!(err["code"], "Finalised");
    let out = call(
        &app,
        "export_court_report",
        json!({ "referralId": cci, "language": "welsh" }),
    )
    .unwrap();
    let path = PathBuf::from(out["path"].as_str().unwrap());
    assert!(path
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .starts_with("CCI-Report_SA26P00417"));
    let bytes = std::fs::read(&path).unwrap();
    assert!(contact_records_core::report::verify_pdf(&bytes).is_intact());
    assert!(out["pages"].as_u64().unwrap() >= 3);
}
