//! Where the data file lives: the platform's app-data folder unless `CONTACT_RECORDS_DB` says otherwise.

use std::path::PathBuf;

/// The Tauri bundle identifier; the app-data folder is named after it on every platform.
pub const APP_IDENTIFIER: &str = "uk.org.contactrecords.app";
pub const DB_FILE_NAME: &str = "contact-records.db";
pub const DB_ENV_VAR: &str = "CONTACT_RECORDS_DB";

/// The data file the app and the CLI use when no path is given.
pub fn default_db_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(DB_ENV_VAR).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    dirs::data_dir().map(|d| d.join(APP_IDENTIFIER).join(DB_FILE_NAME))
}
