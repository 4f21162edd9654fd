//! What every CLI test shares: the binary with the test passphrase in its environment.
#![allow(dead_code)]

use std::process::Command;

use contact_records_core::store::Key;

/// The passphrase of every test data file, given to the binary as a script would.
pub const PASSPHRASE: &str = "correct horse battery staple";

/// `contact-records` with the test passphrase and no data file or other keys from the caller.
pub fn contact_records() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_contact-records"));
    c.env_remove("CONTACT_RECORDS_DB")
        .env_remove("CONTACT_RECORDS_RECOVERY_KEY")
        .env_remove("CONTACT_RECORDS_NEW_PASSPHRASE")
        .env("CONTACT_RECORDS_PASSPHRASE", PASSPHRASE);
    c
}

pub fn key() -> Key {
    Key::passphrase(PASSPHRASE)
}

/// A bare SQLCipher connection keyed with the test passphrase, for tampering.
pub fn raw(path: &std::path::Path) -> rusqlite::Connection {
    let c = rusqlite::Connection::open(path).unwrap();
    c.pragma_update(None, "key", PASSPHRASE).unwrap();
    c
}
