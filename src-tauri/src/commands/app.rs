//! Commands about the app itself.

use tauri::State;

use crate::state::{AppState, StartupStatus};

/// Whether the data file opened, and where it is.
#[tauri::command]
#[specta::specta]
pub fn app_status(state: State<'_, AppState>) -> StartupStatus {
    state.status()
}
