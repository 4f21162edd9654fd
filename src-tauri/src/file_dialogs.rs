//! Asking the user for a file: where to save an export, which bundle to import. Behind a trait so
//! the commands can be tested without a window, and so a managed laptop can fix an exports folder.

use std::path::PathBuf;

use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

/// Set to a folder to export straight into it without the save dialog: for managed laptops with
/// a fixed exports folder, and for the end-to-end tests (WebDriver cannot drive a native dialog).
pub const EXPORT_DIR_VAR: &str = "CONTACT_RECORDS_EXPORT_DIR";

/// A kind of file offered in a dialog: "PDF document", "pdf".
#[derive(Debug, Clone, Copy)]
pub struct FileKind {
    pub label: &'static str,
    pub extension: &'static str,
}

pub const PDF: FileKind = FileKind {
    label: "PDF document",
    extension: "pdf",
};
pub const BUNDLE: FileKind = FileKind {
    label: "Case bundle",
    extension: "json",
};

pub const BACKUP: FileKind = FileKind {
    label: "Contact Records backup",
    extension: "bak",
};

pub trait FileDialogs: Send + Sync {
    /// Where to save a file offered as `suggested`; `None` when the user cancelled.
    fn save_path(&self, suggested: &str, kind: FileKind) -> Option<PathBuf>;
    /// Which file to open; `None` when the user cancelled.
    fn open_path(&self, kind: FileKind) -> Option<PathBuf>;
}

/// The system's dialogs, opened in the Documents folder; exports go to `EXPORT_DIR_VAR` if set.
pub struct SystemDialogs<R: Runtime> {
    app: AppHandle<R>,
}

impl<R: Runtime> SystemDialogs<R> {
    pub fn new(app: AppHandle<R>) -> Self {
        SystemDialogs { app }
    }
}

impl<R: Runtime> FileDialogs for SystemDialogs<R> {
    fn save_path(&self, suggested: &str, kind: FileKind) -> Option<PathBuf> {
        if let Some(dir) = std::env::var_os(EXPORT_DIR_VAR) {
            return Some(PathBuf::from(dir).join(suggested));
        }
        let mut dialog = self
            .app
            .dialog()
            .file()
            .set_title("Save as")
            .set_file_name(suggested)
            .add_filter(kind.label, &[kind.extension]);
        if let Some(docs) = documents_folder() {
            dialog = dialog.set_directory(docs);
        }
        dialog.blocking_save_file()?.into_path().ok()
    }

    fn open_path(&self, kind: FileKind) -> Option<PathBuf> {
        let mut dialog = self
            .app
            .dialog()
            .file()
            .set_title("Open")
            .add_filter(kind.label, &[kind.extension]);
        if let Some(docs) = documents_folder() {
            dialog = dialog.set_directory(docs);
        }
        dialog.blocking_pick_file()?.into_path().ok()
    }
}

fn documents_folder() -> Option<PathBuf> {
    let home = std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE"))?;
    let docs = PathBuf::from(home).join("Documents");
    docs.is_dir().then_some(docs)
}
