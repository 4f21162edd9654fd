//! `check`: SQLite's integrity and foreign-key checks; damage is a storage problem (exit 3).

use contact_records_core::{Error, ErrorCode, Store};

pub fn run(store: &Store) -> Result<(), Error> {
    let report = store.integrity_check()?;
    if report.is_ok() {
        println!("Integrity check: ok");
        println!("Foreign keys: ok");
        return Ok(());
    }
    for line in &report.integrity {
        println!("Integrity check: {line}");
    }
    for line in &report.foreign_keys {
        println!("Foreign keys: {line}");
    }
    Err(Error::new(
        ErrorCode::Corrupt,
        "The data file is damaged. Restore it from a backup, and keep the damaged copy for support.",
    ))
}
