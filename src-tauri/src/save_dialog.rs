//! Asking where to save a file: the system's save dialog, or a fixed folder when one is set.

use std::path::PathBuf;

use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

/// Set to a folder to export straight into it without the save dialog: for managed laptops with
/// a fixed exports folder, and for the end-to-end tests (WebDriver cannot drive a native dialog).
pub const EXPORT_DIR_VAR: &str = "CONTACT_RECORDS_EXPORT_DIR";

/// Given the suggested file name, a filter label and extension, the path chosen (None: cancelled).
pub type SavePathChooser = Box<dyn Fn(&str, &str, &str) -> Option<PathBuf> + Send + Sync>;

/// The chooser the app uses: the fixed folder if set, else the save dialog, opened in Documents.
pub fn system_chooser<R: Runtime>(app: AppHandle<R>) -> SavePathChooser {
    Box::new(move |suggested, label, extension| {
        if let Some(dir) = std::env::var_os(EXPORT_DIR_VAR) {
            return Some(PathBuf::from(dir).join(suggested));
        }
        let mut dialog = app
            .dialog()
            .file()
            .set_title("Save as")
            .set_file_name(suggested)
            .add_filter(label, &[extension]);
        if let Some(docs) = documents_folder() {
            dialog = dialog.set_directory(docs);
        }
        dialog.blocking_save_file()?.into_path().ok()
    })
}

fn documents_folder() -> Option<PathBuf> {
    let home = std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE"))?;
    let docs = PathBuf::from(home).join("Documents");
    docs.is_dir().then_some(docs)
}
