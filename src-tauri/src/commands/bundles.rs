//! Commands for case bundles: hand a case over as one file, take one in, load the sample case.

use contact_records_core::bundle::{
    bundle_new_signers, export_cases, import_bundle, import_bundle_with_progress, preview_bundle,
    read_bundle_file, sample_bundle_json, write_bundle_file, BundlePreview, ImportOptions,
    ImportProgress, ImportSummary, NewSigner,
};
use contact_records_core::{Error, ErrorCode};
use serde::Serialize;
use tauri::ipc::Channel;
use tauri::State;

use crate::commands::exports::{remember, Exported};
use crate::file_dialogs::BUNDLE;
use crate::state::{today, AppState, PendingImport};

/// A bundle written, for the confirmation.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct BundleSaved {
    /// The recorded export, for "Show in folder" (none if it could not be recorded).
    pub export_id: Option<i64>,
    pub path: String,
    pub cases: u32,
}

/// Exports cases to a bundle file chosen in the save dialog; `None` when the user cancelled.
/// The export, the dialog and the write each run on the blocking pool, never on the window's
/// thread or the async runtime's few workers.
#[tauri::command]
#[specta::specta]
pub async fn export_bundle(
    state: State<'_, AppState>,
    case_ids: Vec<i64>,
) -> Result<Option<BundleSaved>, Error> {
    let ids = case_ids.clone();
    let bundle = state
        .run(move |s| export_cases(s, &ids, chrono::Utc::now()))
        .await?;
    let suggested = match bundle.cases.as_slice() {
        [one] => format!("Case-bundle_{}.json", safe_name(&one.court_case_number)),
        _ => format!(
            "Case-bundle_{}.json",
            chrono::Local::now().format("%Y-%m-%d")
        ),
    };
    // The dialog waits for the user and the write for the disk: both on the blocking pool.
    let saved = state
        .blocking(move |shared| {
            let Some(path) = shared.dialogs()?.save_path(&suggested, BUNDLE) else {
                return Ok(None);
            };
            write_bundle_file(&path, &bundle)?;
            Ok(Some((
                path,
                u32::try_from(bundle.cases.len()).unwrap_or(u32::MAX),
            )))
        })
        .await?;
    let Some((path, cases)) = saved else {
        return Ok(None);
    };
    let export_id = remember(&state, Exported::Bundle(case_ids), path.clone()).await;
    Ok(Some(BundleSaved {
        export_id,
        path: path.display().to_string(),
        cases,
    }))
}

/// What the user sees before confirming an import: the file, what it holds, and the signers
/// this data file has not seen before (with any name it already knows by another key).
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct ImportChoice {
    pub file_name: String,
    pub preview: BundlePreview,
    pub new_signers: Vec<NewSigner>,
}

/// Asks which bundle to import and shows what it holds; nothing is imported yet. A file that is
/// not a readable bundle is refused here, with the same messages as the import.
#[tauri::command]
#[specta::specta]
pub async fn choose_bundle(state: State<'_, AppState>) -> Result<Option<ImportChoice>, Error> {
    state
        .blocking(|shared| {
            shared.set_pending_import(None);
            let Some(path) = shared.dialogs()?.open_path(BUNDLE) else {
                return Ok(None);
            };
            let file_name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let json = read_bundle_file(&path)?;
            let preview = preview_bundle(&json)?;
            let new_signers = shared.with(|s| bundle_new_signers(s, &json))?;
            shared.set_pending_import(Some(PendingImport {
                file_name: file_name.clone(),
                json,
            }));
            Ok(Some(ImportChoice {
                file_name,
                preview,
                new_signers,
            }))
        })
        .await
}

/// Imports the bundle chosen with `choose_bundle`, all or nothing. `as_new`: a case whose number
/// is already here is imported under the next free number instead of being refused. Runs on the
/// blocking pool, so neither the window nor other commands wait for it; `on_progress` hears
/// after each case.
#[tauri::command]
#[specta::specta]
pub async fn import_chosen_bundle(
    state: State<'_, AppState>,
    as_new: bool,
    trust_new_signers: bool,
    on_progress: Channel<ImportProgress>,
) -> Result<ImportSummary, Error> {
    state
        .blocking(move |shared| {
            let pending = shared.take_pending_import().ok_or_else(|| {
                Error::new(
                    ErrorCode::Invalid,
                    "Choose the bundle file to import first.".to_string(),
                )
            })?;
            let progress = |p: ImportProgress| {
                // A window that has gone away just misses the progress; the import goes on.
                let _ = on_progress.send(p);
            };
            let result = shared.with(|s| {
                import_bundle_with_progress(
                    s,
                    &pending.json,
                    ImportOptions {
                        as_new,
                        trust_new_signers,
                    },
                    today(),
                    &progress,
                )
            });
            if result.is_err() {
                // Kept, so the user can answer "import as a new case" without choosing again.
                shared.set_pending_import(Some(pending));
            }
            result
        })
        .await
}

/// Loads the invented sample family, so a new user sees the app working in one click.
#[tauri::command]
#[specta::specta]
pub async fn load_sample_case(state: State<'_, AppState>) -> Result<ImportSummary, Error> {
    state
        .run(|s| {
            import_bundle(
                s,
                sample_bundle_json(),
                // The invented sample is signed with the sample's own key: loading it is the
                // user's explicit choice to see that sample, signer included.
                ImportOptions {
                    as_new: false,
                    trust_new_signers: true,
                },
                today(),
            )
        })
        .await
}

/// Letters (accents kept: "ŵ" stays "ŵ"), digits and "-" only, for a file name offered in the
/// dialog.
fn safe_name(number: &str) -> String {
    contact_records_core::report::file_safe(number)
}
