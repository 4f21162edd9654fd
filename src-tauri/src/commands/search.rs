//! The search box: everything in the data file that holds the words typed, grouped by case.

use contact_records_core::model::SearchResults;
use contact_records_core::Error;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn search(state: State<'_, AppState>, text: String) -> Result<SearchResults, Error> {
    state.run(move |s| s.search(&text)).await
}
