//! Commands for incidents and safeguarding concerns.

use contact_records_core::model::{Incident, IncidentInput};
use contact_records_core::Error;
use tauri::State;

use crate::state::{today, AppState};

#[tauri::command]
#[specta::specta]
pub async fn list_incidents(
    state: State<'_, AppState>,
    case_id: i64,
) -> Result<Vec<Incident>, Error> {
    state.run(move |s| s.list_incidents(case_id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn create_incident(
    state: State<'_, AppState>,
    case_id: i64,
    input: IncidentInput,
) -> Result<Incident, Error> {
    state
        .run(move |s| s.create_incident(case_id, &input, today()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn update_incident(
    state: State<'_, AppState>,
    id: i64,
    input: IncidentInput,
) -> Result<Incident, Error> {
    state
        .run(move |s| s.update_incident(id, &input, today()))
        .await
}
