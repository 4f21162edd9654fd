//! Commands of the case register and the case page.

use contact_records_core::model::{CaseDetail, CaseInput, CaseList};
use contact_records_core::Error;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub fn list_cases(state: State<'_, AppState>, query: String) -> Result<CaseList, Error> {
    state.with(|s| s.list_cases(&query))
}

#[tauri::command]
#[specta::specta]
pub fn get_case(state: State<'_, AppState>, id: i64) -> Result<CaseDetail, Error> {
    state.with(|s| s.get_case(id))
}

#[tauri::command]
#[specta::specta]
pub fn create_case(state: State<'_, AppState>, input: CaseInput) -> Result<CaseDetail, Error> {
    state.with(|s| s.create_case(&input))
}

#[tauri::command]
#[specta::specta]
pub fn update_case(
    state: State<'_, AppState>,
    id: i64,
    input: CaseInput,
) -> Result<CaseDetail, Error> {
    state.with(|s| s.update_case(id, &input))
}
