//! The consultation with the duty FCA/FCSW on a court-ordered referral.

use contact_records_core::facade::ReferralDetail;
use contact_records_core::model::DutyConsultationInput;
use contact_records_core::Error;
use tauri::State;

use crate::state::{today, AppState};

/// Records when and with whom the duty FCA/FCSW was consulted, and returns the referral (its
/// Practice Manager flag then cleared). Refused for a referral not ordered at the FHDRA.
#[tauri::command]
#[specta::specta]
pub async fn record_duty_consultation(
    state: State<'_, AppState>,
    referral_id: i64,
    input: DutyConsultationInput,
) -> Result<ReferralDetail, Error> {
    state
        .run(move |s| s.record_duty_consultation(referral_id, &input, today()))
        .await
}
