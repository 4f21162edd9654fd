//! Commands for the children and adults of a case.

use contact_records_core::model::{AdultInput, CaseDetail, ChildInput};
use contact_records_core::Error;
use tauri::State;

use crate::state::{today, AppState};

#[tauri::command]
#[specta::specta]
pub async fn add_child(
    state: State<'_, AppState>,
    case_id: i64,
    input: ChildInput,
) -> Result<CaseDetail, Error> {
    state
        .run(move |s| s.add_child(case_id, &input, today()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn update_child(
    state: State<'_, AppState>,
    id: i64,
    input: ChildInput,
) -> Result<CaseDetail, Error> {
    state
        .run(move |s| s.update_child(id, &input, today()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_child(state: State<'_, AppState>, id: i64) -> Result<CaseDetail, Error> {
    state.run(move |s| s.remove_child(id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn add_adult(
    state: State<'_, AppState>,
    case_id: i64,
    input: AdultInput,
) -> Result<CaseDetail, Error> {
    state.run(move |s| s.add_adult(case_id, &input)).await
}

#[tauri::command]
#[specta::specta]
pub async fn update_adult(
    state: State<'_, AppState>,
    id: i64,
    input: AdultInput,
) -> Result<CaseDetail, Error> {
    state.run(move |s| s.update_adult(id, &input)).await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_adult(state: State<'_, AppState>, id: i64) -> Result<CaseDetail, Error> {
    state.run(move |s| s.remove_adult(id)).await
}
