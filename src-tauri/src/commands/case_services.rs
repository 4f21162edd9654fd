//! The services of every case, for the register's filter.

use contact_records_core::store::case_services::CaseService;
use contact_records_core::Error;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn list_case_services(state: State<'_, AppState>) -> Result<Vec<CaseService>, Error> {
    state.run(move |s| s.case_services()).await
}
