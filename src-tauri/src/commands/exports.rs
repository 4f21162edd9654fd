//! What the app exported for a case, and "Show in folder". The window names an export by its id,
//! never a path, so it can reveal only files the app itself wrote and recorded.

use std::path::PathBuf;

use contact_records_core::report::ReportRequest;
use contact_records_core::store::exports::{ExportEntry, ExportKind};
use contact_records_core::{Error, Store};
use tauri::State;

use crate::reveal::reveal;
use crate::state::AppState;

/// Records a written file against its case(s); the id of the first record, for "Show in folder".
/// The file is already safely written: if recording fails the export still succeeded, so the
/// window is told only that there is nothing to reveal (no id).
pub async fn remember(state: &AppState, what: Exported, path: PathBuf) -> Option<i64> {
    state
        .run(move |s| {
            let (kind, cases) = match what {
                Exported::Report(request) => (kind_of(&request), vec![case_of(s, &request)?]),
                Exported::Bundle(cases) => (ExportKind::Bundle, cases),
                Exported::CourtReport(referral_id) => (
                    ExportKind::CourtReport,
                    vec![s.case_of_referral(referral_id)?],
                ),
            };
            let mut first = None;
            for case_id in cases {
                let entry = s.record_export(case_id, kind, &path)?;
                first.get_or_insert(entry.id);
            }
            Ok(first)
        })
        .await
        .ok()
        .flatten()
}

/// What was written: a record of one request, or a bundle of these cases.
pub enum Exported {
    Report(ReportRequest),
    Bundle(Vec<i64>),
    /// The report (or log) of this referral.
    CourtReport(i64),
}

fn kind_of(request: &ReportRequest) -> ExportKind {
    match request {
        ReportRequest::ObservedSession { .. } => ExportKind::ObservedSession,
        ReportRequest::ObservedFinal { .. } => ExportKind::ObservedFinal,
        ReportRequest::Supported { .. } => ExportKind::Supported,
    }
}

fn case_of(s: &Store, request: &ReportRequest) -> Result<i64, Error> {
    match *request {
        ReportRequest::ObservedSession { session_id } => s.case_of_session(session_id),
        ReportRequest::ObservedFinal { referral_id } | ReportRequest::Supported { referral_id } => {
            s.case_of_referral(referral_id)
        }
    }
}

/// The documents exported for a case, newest first.
#[tauri::command]
#[specta::specta]
pub async fn list_case_exports(
    state: State<'_, AppState>,
    case_id: i64,
) -> Result<Vec<ExportEntry>, Error> {
    state.run(move |s| s.case_exports(case_id)).await
}

/// Opens the system's file manager at a recorded export, with the file selected where it can.
#[tauri::command]
#[specta::specta]
pub async fn reveal_export(state: State<'_, AppState>, id: i64) -> Result<(), Error> {
    let entry = state.run(move |s| s.export_entry(id)).await?;
    reveal(&PathBuf::from(entry.path))
}
