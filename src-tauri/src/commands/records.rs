//! Commands for the records of contact: the autosaved draft, finalising, addenda and history.

use contact_records_core::model::{
    AddendumInput, DraftSaved, RecordContent, RecordView, SignerInput,
};
use contact_records_core::store::audit::AuditEntry;
use contact_records_core::store::record_list::RecordSummary;
use contact_records_core::Error;
use tauri::State;

use crate::state::{now_local, today, AppState};

/// The record of one session: its draft, its final text, or an empty form.
#[tauri::command]
#[specta::specta]
pub async fn get_session_record(
    state: State<'_, AppState>,
    session_id: i64,
) -> Result<RecordView, Error> {
    state
        .run(move |s| s.record_for_session(session_id, today()))
        .await
}

/// Called by the form about once a second while the user types.
#[tauri::command]
#[specta::specta]
pub async fn save_record_draft(
    state: State<'_, AppState>,
    session_id: i64,
    content: RecordContent,
) -> Result<DraftSaved, Error> {
    state
        .run(move |s| s.save_record_draft(session_id, &content, today()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn finalise_record(
    state: State<'_, AppState>,
    session_id: i64,
    signer: SignerInput,
) -> Result<RecordView, Error> {
    state
        .run(move |s| s.finalise_record(session_id, &signer, now_local()))
        .await
}

/// The Record of Supported Contact of a referral.
#[tauri::command]
#[specta::specta]
pub async fn get_supported_record(
    state: State<'_, AppState>,
    referral_id: i64,
) -> Result<RecordView, Error> {
    state
        .run(move |s| s.supported_record_for_referral(referral_id, today()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn finalise_supported_record(
    state: State<'_, AppState>,
    referral_id: i64,
    signer: SignerInput,
) -> Result<RecordView, Error> {
    state
        .run(move |s| s.finalise_supported_record(referral_id, &signer, now_local()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn add_addendum(
    state: State<'_, AppState>,
    record_id: i64,
    input: AddendumInput,
) -> Result<RecordView, Error> {
    state
        .run(move |s| s.add_addendum(record_id, &input, now_local()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn record_history(
    state: State<'_, AppState>,
    record_id: i64,
) -> Result<Vec<AuditEntry>, Error> {
    state.run(move |s| s.record_history(record_id)).await
}

/// Every record of a case, for the case page.
#[tauri::command]
#[specta::specta]
pub async fn case_records(
    state: State<'_, AppState>,
    case_id: i64,
) -> Result<Vec<RecordSummary>, Error> {
    state.run(move |s| s.case_records(case_id)).await
}
