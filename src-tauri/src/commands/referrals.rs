//! Commands for a case's referrals to contact services.

use contact_records_core::facade::ReferralDetail;
use contact_records_core::model::{ReferralDatesInput, ReferralInput, ReferralSummary};
use contact_records_core::Error;
use tauri::State;

use crate::state::{today, AppState};

#[tauri::command]
#[specta::specta]
pub async fn list_referrals(
    state: State<'_, AppState>,
    case_id: i64,
) -> Result<Vec<ReferralSummary>, Error> {
    state.run(move |s| s.list_referrals(case_id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn get_referral(state: State<'_, AppState>, id: i64) -> Result<ReferralDetail, Error> {
    state.run(move |s| s.get_referral(id, today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn create_referral(
    state: State<'_, AppState>,
    case_id: i64,
    input: ReferralInput,
) -> Result<ReferralDetail, Error> {
    state
        .run(move |s| s.create_referral(case_id, &input, today()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn update_referral(
    state: State<'_, AppState>,
    id: i64,
    input: ReferralInput,
) -> Result<ReferralDetail, Error> {
    state
        .run(move |s| s.update_referral(id, &input, today()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn mark_referral_sent(
    state: State<'_, AppState>,
    id: i64,
    sent_on: String,
) -> Result<ReferralDetail, Error> {
    state
        .run(move |s| s.mark_referral_sent(id, &sent_on, today()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn update_referral_dates(
    state: State<'_, AppState>,
    id: i64,
    input: ReferralDatesInput,
) -> Result<ReferralDetail, Error> {
    state
        .run(move |s| s.update_referral_dates(id, &input, today()))
        .await
}
