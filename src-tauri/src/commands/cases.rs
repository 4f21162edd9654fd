//! Commands of the case register and the case page.

use contact_records_core::model::{CaseDetail, CaseInput, CaseList};
use contact_records_core::Error;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn list_cases(state: State<'_, AppState>, query: String) -> Result<CaseList, Error> {
    state.run(move |s| s.list_cases(&query)).await
}

#[tauri::command]
#[specta::specta]
pub async fn get_case(state: State<'_, AppState>, id: i64) -> Result<CaseDetail, Error> {
    state.run(move |s| s.get_case(id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn create_case(
    state: State<'_, AppState>,
    input: CaseInput,
) -> Result<CaseDetail, Error> {
    state.run(move |s| s.create_case(&input)).await
}

#[tauri::command]
#[specta::specta]
pub async fn update_case(
    state: State<'_, AppState>,
    id: i64,
    input: CaseInput,
) -> Result<CaseDetail, Error> {
    state.run(move |s| s.update_case(id, &input)).await
}
