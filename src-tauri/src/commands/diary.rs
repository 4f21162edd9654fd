//! The diary: every case's sessions between two dates, with their clashes.

use chrono::NaiveDate;
use contact_records_core::model::diary::Diary;
use contact_records_core::Error;
use tauri::State;

use crate::state::AppState;

/// Every case's sessions from `from` to `to`, both included, with their clashes.
#[tauri::command]
#[specta::specta]
pub async fn diary(
    state: State<'_, AppState>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Diary, Error> {
    state.run(move |s| s.diary(from, to)).await
}
