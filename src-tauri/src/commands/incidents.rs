//! Commands for incidents and safeguarding concerns.

use contact_records_core::model::{Incident, IncidentInput};
use contact_records_core::Error;
use tauri::State;

use crate::state::{today, AppState};

#[tauri::command]
#[specta::specta]
pub fn list_incidents(state: State<'_, AppState>, case_id: i64) -> Result<Vec<Incident>, Error> {
    state.with(|s| s.list_incidents(case_id))
}

#[tauri::command]
#[specta::specta]
pub fn create_incident(
    state: State<'_, AppState>,
    case_id: i64,
    input: IncidentInput,
) -> Result<Incident, Error> {
    state.with(|s| s.create_incident(case_id, &input, today()))
}

#[tauri::command]
#[specta::specta]
pub fn update_incident(
    state: State<'_, AppState>,
    id: i64,
    input: IncidentInput,
) -> Result<Incident, Error> {
    state.with(|s| s.update_incident(id, &input, today()))
}
