//! Supported contact's pre-contact assessment, recorded from the referral page.

use contact_records_core::facade::ReferralDetail;
use contact_records_core::model::PreContactInput;
use contact_records_core::Error;
use tauri::State;

use crate::state::{today, AppState};

/// Records the centre's pre-contact assessment and returns the referral. Refused for other
/// services, and when it would come after a session already held.
#[tauri::command]
#[specta::specta]
pub async fn record_pre_contact(
    state: State<'_, AppState>,
    referral_id: i64,
    input: PreContactInput,
) -> Result<ReferralDetail, Error> {
    state
        .run(move |s| s.record_pre_contact(referral_id, &input, today()))
        .await
}
