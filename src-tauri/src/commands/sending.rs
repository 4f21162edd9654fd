//! Commands for the log of sending: record that something was sent, and read a case's log.

use contact_records_core::model::{Sending, SendingInput};
use contact_records_core::Error;
use tauri::State;

use crate::state::{today, AppState};

/// Records one sending and returns the item's whole log. Refused when the item is not signed.
#[tauri::command]
#[specta::specta]
pub async fn record_sending(
    state: State<'_, AppState>,
    input: SendingInput,
) -> Result<Vec<Sending>, Error> {
    state.run(move |s| s.record_sending(&input, today())).await
}

/// A case's log of sending, oldest first.
#[tauri::command]
#[specta::specta]
pub async fn case_sendings(
    state: State<'_, AppState>,
    case_id: i64,
) -> Result<Vec<Sending>, Error> {
    state.run(move |s| s.case_sendings(case_id)).await
}
