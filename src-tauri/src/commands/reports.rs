//! Export of the court documents: the PDF is made by the core, the user picks where it goes, and
//! the file is written atomically so a half-written PDF never reaches the court.

use contact_records_core::report::{
    export_report as make_report, write_atomically, Language, ReportRequest,
};
use contact_records_core::Error;
use serde::Serialize;
use tauri::State;

use crate::file_dialogs::PDF;
use crate::state::AppState;

/// Where the PDF went and what it holds, for the confirmation.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct ExportOutcome {
    pub path: String,
    pub pages: u32,
    pub bytes: u32,
}

/// Makes the PDF, asks where to save it, writes it. `None` when the user cancelled the dialog.
/// Async so the save dialog never blocks the window's thread.
#[tauri::command]
#[specta::specta]
pub async fn export_report(
    state: State<'_, AppState>,
    request: ReportRequest,
) -> Result<Option<ExportOutcome>, Error> {
    // Made first, so a record that cannot be printed says so before the user picks a folder.
    let file = state
        .run(move |s| make_report(s, &request, Language::English, chrono::Utc::now()))
        .await?;
    // The dialog waits for the user and the write for the disk: both on the blocking pool.
    state
        .blocking(move |shared| {
            let Some(path) = shared.dialogs()?.save_path(&file.file_name, PDF) else {
                return Ok(None);
            };
            write_atomically(&path, &file.bytes)?;
            Ok(Some(ExportOutcome {
                path: path.display().to_string(),
                pages: file.pages,
                bytes: u32::try_from(file.bytes.len()).unwrap_or(u32::MAX),
            }))
        })
        .await
}
