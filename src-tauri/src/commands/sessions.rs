//! Commands for the sessions of a referral and who attended them.

use contact_records_core::facade::ReferralDetail;
use contact_records_core::model::{AttendanceInput, SessionInput};
use contact_records_core::Error;
use tauri::State;

use crate::state::{today, AppState};

#[tauri::command]
#[specta::specta]
pub async fn add_session(
    state: State<'_, AppState>,
    referral_id: i64,
    input: SessionInput,
) -> Result<ReferralDetail, Error> {
    state
        .run(move |s| s.add_session(referral_id, &input, today()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn update_session(
    state: State<'_, AppState>,
    id: i64,
    input: SessionInput,
) -> Result<ReferralDetail, Error> {
    state
        .run(move |s| s.update_session(id, &input, today()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn record_attendance(
    state: State<'_, AppState>,
    session_id: i64,
    input: AttendanceInput,
) -> Result<ReferralDetail, Error> {
    state
        .run(move |s| s.record_attendance(session_id, &input, today()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_attendance(
    state: State<'_, AppState>,
    id: i64,
) -> Result<ReferralDetail, Error> {
    state.run(move |s| s.remove_attendance(id, today())).await
}
