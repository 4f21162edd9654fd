//! Commands for the reports to court and the Level 1 logs: the draft, signing, addenda, and
//! export as a PDF in the language asked for.

use contact_records_core::court_reports::export_court_report as make_pdf;
use contact_records_core::model::{
    communications_to_log, AddendumInput, CommunicationNotes, LogEntry, ReportBody, ReportOutline,
    ReportView, SignerInput,
};
use contact_records_core::report::{write_atomically, Language};
use contact_records_core::Error;
use serde::Deserialize;
use tauri::State;

use super::exports::{remember, Exported};
use super::reports::ExportOutcome;
use crate::file_dialogs::PDF;
use crate::state::{now_local, AppState};

/// The language of a report's fixed texts. Its own type here, because the bindings already name
/// the people's `Language`.
#[derive(Debug, Clone, Copy, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum CourtReportLanguage {
    English,
    Welsh,
    /// Welsh first, then English.
    Bilingual,
}

impl From<CourtReportLanguage> for Language {
    fn from(l: CourtReportLanguage) -> Language {
        match l {
            CourtReportLanguage::English => Language::English,
            CourtReportLanguage::Welsh => Language::Welsh,
            CourtReportLanguage::Bilingual => Language::Bilingual,
        }
    }
}

/// A referral's report, or null when none has been started.
#[tauri::command]
#[specta::specta]
pub async fn get_court_report(
    state: State<'_, AppState>,
    referral_id: i64,
) -> Result<Option<ReportView>, Error> {
    state.run(move |s| s.report(referral_id)).await
}

/// Which report the referral makes and its sections, for the writing screen.
#[tauri::command]
#[specta::specta]
pub async fn court_report_outline(
    state: State<'_, AppState>,
    referral_id: i64,
) -> Result<ReportOutline, Error> {
    state.run(move |s| s.report_outline(referral_id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn save_court_report(
    state: State<'_, AppState>,
    referral_id: i64,
    body: ReportBody,
) -> Result<ReportView, Error> {
    state.run(move |s| s.save_report(referral_id, &body)).await
}

#[tauri::command]
#[specta::specta]
pub async fn finalise_court_report(
    state: State<'_, AppState>,
    referral_id: i64,
    signer: SignerInput,
) -> Result<ReportView, Error> {
    state
        .run(move |s| s.finalise_report(referral_id, &signer, now_local()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn add_court_report_addendum(
    state: State<'_, AppState>,
    referral_id: i64,
    addendum: AddendumInput,
) -> Result<ReportView, Error> {
    state
        .run(move |s| s.add_report_addendum(referral_id, &addendum, now_local()))
        .await
}

/// Makes the report's PDF in `language`, asks where to save it, writes it. `None` when the user
/// cancelled the dialog.
#[tauri::command]
#[specta::specta]
pub async fn export_court_report(
    state: State<'_, AppState>,
    referral_id: i64,
    language: CourtReportLanguage,
) -> Result<Option<ExportOutcome>, Error> {
    let lang = Language::from(language);
    let file = state
        .run(move |s| make_pdf(s, referral_id, lang, chrono::Utc::now()))
        .await?;
    let Some(path) = state.dialogs()?.save_path(&file.file_name, PDF) else {
        return Ok(None);
    };
    write_atomically(&path, &file.bytes)?;
    let export_id = remember(&state, Exported::CourtReport(referral_id), path.clone()).await;
    Ok(Some(ExportOutcome {
        export_id,
        path: path.display().to_string(),
        pages: file.pages,
        bytes: u32::try_from(file.bytes.len()).unwrap_or(u32::MAX),
    }))
}

/// The communications written in the referral's session records, as the log's new lines: each
/// once, none the log already has, none without a real date.
#[tauri::command]
#[specta::specta]
pub fn log_from_communications(
    communications: Vec<CommunicationNotes>,
    log: Vec<LogEntry>,
) -> Vec<LogEntry> {
    communications_to_log(&communications, &log)
}
