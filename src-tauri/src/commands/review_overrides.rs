//! Going ahead without the review: the adviser records a written reason, after the rules
//! refused a session held past the review point.

use contact_records_core::facade::ReferralDetail;
use contact_records_core::model::ReviewOverrideInput;
use contact_records_core::Error;
use tauri::State;

use crate::state::{today, AppState};

/// Records the reason (today, by the app's user) and returns the referral. Refused when the
/// reason is empty or the service has no review.
#[tauri::command]
#[specta::specta]
pub async fn record_review_override(
    state: State<'_, AppState>,
    referral_id: i64,
    input: ReviewOverrideInput,
) -> Result<ReferralDetail, Error> {
    state
        .run(move |s| s.record_review_override(referral_id, &input, today()))
        .await
}
