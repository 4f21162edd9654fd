//! Export of the court documents: the PDF is made by the core, the user picks where it goes, and
//! the file is written atomically so a half-written PDF never reaches the court.

use contact_records_core::record_reports::{default_language, export_report as make_report};
use contact_records_core::report::{write_atomically, Language, ReportRequest};
use contact_records_core::Error;
use serde::Serialize;
use tauri::State;

use crate::commands::exports::{remember, Exported};
use crate::file_dialogs::PDF;
use crate::state::AppState;

/// Where the PDF went and what it holds, for the confirmation.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct ExportOutcome {
    /// The recorded export, for "Show in folder" (none if it could not be recorded).
    pub export_id: Option<i64>,
    pub path: String,
    pub pages: u32,
    pub bytes: u32,
}

/// The language the export dialog offers first: bilingual when anyone on the case asked for
/// Welsh, English otherwise.
#[tauri::command]
#[specta::specta]
pub async fn report_language(
    state: State<'_, AppState>,
    request: ReportRequest,
) -> Result<Language, Error> {
    state.run(move |s| default_language(s, &request)).await
}

/// Makes the PDF in `language` (the case's default when `None`), asks where to save it, writes
/// it. `None` when the user cancelled the dialog. Async so the save dialog never blocks the
/// window's thread.
#[tauri::command]
#[specta::specta]
pub async fn export_report(
    state: State<'_, AppState>,
    request: ReportRequest,
    language: Option<Language>,
) -> Result<Option<ExportOutcome>, Error> {
    // Made first, so a record that cannot be printed says so before the user picks a folder.
    let file = state
        .run(move |s| {
            let lang = match language {
                Some(lang) => lang,
                None => default_language(s, &request)?,
            };
            make_report(s, &request, lang, chrono::Utc::now())
        })
        .await?;
    // The dialog waits for the user and the write for the disk: both on the blocking pool.
    let (pages, bytes) = (
        file.pages,
        u32::try_from(file.bytes.len()).unwrap_or(u32::MAX),
    );
    let saved = state
        .blocking(move |shared| {
            let Some(path) = shared.dialogs()?.save_path(&file.file_name, PDF) else {
                return Ok(None);
            };
            write_atomically(&path, &file.bytes)?;
            Ok(Some(path))
        })
        .await?;
    let Some(path) = saved else {
        return Ok(None);
    };
    let export_id = remember(&state, Exported::Report(request), path.clone()).await;
    Ok(Some(ExportOutcome {
        export_id,
        path: path.display().to_string(),
        pages,
        bytes,
    }))
}
