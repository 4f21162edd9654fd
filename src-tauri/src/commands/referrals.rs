//! Commands for a case's referrals to contact services.

use contact_records_core::model::{
    ReferralDatesInput, ReferralDetail, ReferralInput, ReferralSummary,
};
use contact_records_core::Error;
use tauri::State;

use crate::state::{today, AppState};

#[tauri::command]
#[specta::specta]
pub fn list_referrals(
    state: State<'_, AppState>,
    case_id: i64,
) -> Result<Vec<ReferralSummary>, Error> {
    state.with(|s| s.list_referrals(case_id))
}

#[tauri::command]
#[specta::specta]
pub fn get_referral(state: State<'_, AppState>, id: i64) -> Result<ReferralDetail, Error> {
    state.with(|s| s.get_referral(id, today()))
}

#[tauri::command]
#[specta::specta]
pub fn create_referral(
    state: State<'_, AppState>,
    case_id: i64,
    input: ReferralInput,
) -> Result<ReferralDetail, Error> {
    state.with(|s| s.create_referral(case_id, &input, today()))
}

#[tauri::command]
#[specta::specta]
pub fn update_referral(
    state: State<'_, AppState>,
    id: i64,
    input: ReferralInput,
) -> Result<ReferralDetail, Error> {
    state.with(|s| s.update_referral(id, &input, today()))
}

#[tauri::command]
#[specta::specta]
pub fn mark_referral_sent(
    state: State<'_, AppState>,
    id: i64,
    sent_on: String,
) -> Result<ReferralDetail, Error> {
    state.with(|s| s.mark_referral_sent(id, &sent_on, today()))
}

#[tauri::command]
#[specta::specta]
pub fn update_referral_dates(
    state: State<'_, AppState>,
    id: i64,
    input: ReferralDatesInput,
) -> Result<ReferralDetail, Error> {
    state.with(|s| s.update_referral_dates(id, &input, today()))
}
