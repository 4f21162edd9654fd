//! Commands that keep unsaved typing in the forms for new things (see store/form_drafts.rs).

use contact_records_core::store::form_drafts::FormDraft;
use contact_records_core::Error;
use tauri::State;

use crate::state::AppState;

/// Keeps the form's typing; returns when it was written.
#[tauri::command]
#[specta::specta]
pub async fn save_form_draft(
    state: State<'_, AppState>,
    form: String,
    json: String,
) -> Result<String, Error> {
    state.run(move |s| s.save_form_draft(&form, &json)).await
}

#[tauri::command]
#[specta::specta]
pub async fn get_form_draft(
    state: State<'_, AppState>,
    form: String,
) -> Result<Option<FormDraft>, Error> {
    state.run(move |s| s.form_draft(&form)).await
}

#[tauri::command]
#[specta::specta]
pub async fn clear_form_draft(state: State<'_, AppState>, form: String) -> Result<(), Error> {
    state.run(move |s| s.clear_form_draft(&form)).await
}
