//! The mock app every command test drives: the app's commands behind Tauri's mock runtime, a call
//! as the window makes it, and file dialogs that answer without a person.
// Each test file is its own crate and uses only part of this module.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use contact_records_app::bindings::builder;
use contact_records_app::file_dialogs::{FileDialogs, FileKind};
use contact_records_app::state::AppState;
use contact_records_core::Store;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{Manager, WebviewWindow, WebviewWindowBuilder};

pub type Mock = tauri::test::MockRuntime;
pub type App = tauri::App<Mock>;

pub fn app_with(state: AppState) -> App {
    let b = builder::<Mock>();
    mock_builder()
        .manage(state)
        .invoke_handler(b.invoke_handler())
        .build(mock_context(noop_assets()))
        .expect("mock app")
}

/// The app's one window, made on first use.
pub fn window(app: &App) -> WebviewWindow<Mock> {
    match app.get_webview_window("main") {
        Some(w) => w,
        None => WebviewWindowBuilder::new(app, "main", Default::default())
            .build()
            .unwrap(),
    }
}

/// Calls `cmd` with `args` from the app's window: the answer, or the error as JSON.
pub fn call(app: &App, cmd: &str, args: Value) -> Result<Value, Value> {
    call_in(&window(app), cmd, args)
}

/// Calls `cmd` from a window the caller holds (to call from several threads at once).
pub fn call_in(w: &WebviewWindow<Mock>, cmd: &str, args: Value) -> Result<Value, Value> {
    get_ipc_response(
        w,
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

/// Stands in for the file dialogs: the user saves as `save_as`, or else accepts the suggested
/// name in `dir`, and opens `open` (or cancels when it is `None`).
pub struct TestDialogs {
    pub dir: PathBuf,
    pub save_as: Option<PathBuf>,
    pub open: Option<PathBuf>,
}

impl FileDialogs for TestDialogs {
    fn save_path(&self, suggested: &str, _: FileKind) -> Option<PathBuf> {
        Some(
            self.save_as
                .clone()
                .unwrap_or_else(|| self.dir.join(suggested)),
        )
    }
    fn open_path(&self, _: FileKind) -> Option<PathBuf> {
        self.open.clone()
    }
}

/// `state` with dialogs that save in `dir` and open `open`.
pub fn dialogs_in(state: AppState, dir: &Path, open: Option<PathBuf>) -> AppState {
    state.set_dialogs(Box::new(TestDialogs {
        dir: dir.to_path_buf(),
        save_as: None,
        open,
    }));
    state
}

/// An unlocked app state on a data file in memory, with dialogs that save in `dir`.
pub fn with_dialogs(dir: &Path, open: Option<PathBuf>) -> AppState {
    dialogs_in(
        AppState::from_store(Store::open_in_memory().unwrap()),
        dir,
        open,
    )
}

/// The passphrase of the data files the tests make.
pub const PASS: &str = "correct horse battery staple";

/// What the window shows first: "Setup", "Locked", "Unlocked"...
pub fn phase(app: &App) -> Value {
    call(app, "app_status", json!({})).unwrap()["phase"].clone()
}

/// How many cases the register lists, or the error (when locked).
pub fn case_count(app: &App) -> Result<i64, Value> {
    call(app, "list_cases", json!({ "query": "" })).map(|v| v["total"].as_i64().unwrap())
}

/// The sample case's bundle, as committed.
pub fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sample-case.json")
}
