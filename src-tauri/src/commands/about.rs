//! The About screen's facts: which version this is and where its files are.

use contact_records_core::store::backup::backups_dir;
use serde::Serialize;
use tauri::State;

use crate::state::AppState;

/// The app's version and where it keeps the data file and its automatic backups.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct About {
    pub version: String,
    /// Empty when there is nowhere to keep a data file (the first screen says why).
    pub data_file: String,
    pub backups_folder: String,
}

/// Reads no file: the paths are where the files are, or will be once made.
#[tauri::command]
#[specta::specta]
pub fn about(state: State<'_, AppState>) -> About {
    about_of(&state)
}

pub fn about_of(state: &AppState) -> About {
    let (data_file, backups_folder) = match state.db_path() {
        Ok(p) => (
            p.display().to_string(),
            backups_dir(&p).display().to_string(),
        ),
        Err(_) => (String::new(), String::new()),
    };
    About {
        version: env!("CARGO_PKG_VERSION").to_string(),
        data_file,
        backups_folder,
    }
}
