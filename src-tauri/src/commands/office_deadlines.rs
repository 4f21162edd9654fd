//! The office's own deadlines, set in Settings: working days after a session that its record is
//! due, and after an incident is reported that its written follow-up is due.

use contact_records_core::model::{OfficeDeadlines, OfficeDeadlinesInput};
use contact_records_core::Error;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn office_deadlines(state: State<'_, AppState>) -> Result<OfficeDeadlines, Error> {
    state.run(move |s| s.office_deadlines()).await
}

/// Sets both numbers; either out of range (0 to 10) or not a number is refused on its field and
/// nothing is saved.
#[tauri::command]
#[specta::specta]
pub async fn set_office_deadlines(
    state: State<'_, AppState>,
    input: OfficeDeadlinesInput,
) -> Result<OfficeDeadlines, Error> {
    state.run(move |s| s.set_office_deadlines(&input)).await
}
