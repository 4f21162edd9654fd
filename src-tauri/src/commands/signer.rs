//! Commands for the person who signs in this data file (name, role, signing key), and for
//! signing a referral's final Record of Observed Contact. Each runs on the blocking pool.

use contact_records_core::model::{SignerIdentity, SignerInput};
use contact_records_core::Error;
use tauri::State;

use crate::state::{now_local, AppState};

/// The signer set up in this data file, or null before the first signature.
#[tauri::command]
#[specta::specta]
pub async fn signer_identity(state: State<'_, AppState>) -> Result<Option<SignerIdentity>, Error> {
    state.run(|s| s.signer_identity()).await
}

/// Sets the signer's name and role; the first time, makes their signing key.
#[tauri::command]
#[specta::specta]
pub async fn set_signer_identity(
    state: State<'_, AppState>,
    input: SignerInput,
) -> Result<SignerIdentity, Error> {
    state.run(move |s| s.set_signer_identity(&input)).await
}

/// The fingerprint of the referral's signed final Record of Observed Contact, or null.
#[tauri::command]
#[specta::specta]
pub async fn final_record_fingerprint(
    state: State<'_, AppState>,
    referral_id: i64,
) -> Result<Option<String>, Error> {
    state
        .run(move |s| s.final_record_fingerprint(referral_id))
        .await
}

/// Signs the final Record of Observed Contact once contact has ceased; returns its fingerprint.
#[tauri::command]
#[specta::specta]
pub async fn finalise_final_record(
    state: State<'_, AppState>,
    referral_id: i64,
    signer: SignerInput,
) -> Result<String, Error> {
    let now = now_local();
    state
        .run(move |s| s.finalise_final_record(referral_id, &signer, now))
        .await
}
