//! `init`, `backup`, `restore` and `passphrase`: making, copying and re-keying the encrypted file.

use std::path::Path;

use contact_records_core::store::{restore as restore_file, Key};
use contact_records_core::{Error, Store};

use crate::unlock::{existing_key, new_passphrase, print_recovery_key, NEW_PASSPHRASE_VAR};

/// Creates an encrypted data file and shows its recovery key (on stderr with `aside`).
pub fn create(path: &Path, aside: bool) -> Result<Store, Error> {
    // A script that sets only the passphrase it will open the file with gets that one.
    let var = if std::env::var_os(NEW_PASSPHRASE_VAR).is_some() {
        NEW_PASSPHRASE_VAR
    } else {
        crate::unlock::PASSPHRASE_VAR
    };
    let pass = new_passphrase(var)?;
    let store = Store::create(path, &Key::Passphrase(pass.clone()))?;
    print_recovery_key(&store.recovery_key(&pass)?, aside);
    Ok(store)
}

pub fn init(path: &Path) -> Result<(), Error> {
    create(path, false)?;
    eprintln!("Created an encrypted data file at {}.", path.display());
    Ok(())
}

pub fn backup(store: &Store, out: &Path) -> Result<(), Error> {
    store.backup_to(out)?;
    eprintln!(
        "Wrote an encrypted backup to {}; the same passphrase and recovery key open it.",
        out.display()
    );
    Ok(())
}

pub fn restore(from: &Path, db: &Path, recovery: bool) -> Result<(), Error> {
    restore_file(from, &existing_key(recovery)?, db)?;
    eprintln!("Restored {} to {}.", from.display(), db.display());
    Ok(())
}

pub fn change_passphrase(store: &mut Store) -> Result<(), Error> {
    let pass = new_passphrase(NEW_PASSPHRASE_VAR)?;
    let recovery = store.change_passphrase(&pass)?;
    eprintln!("The passphrase has been changed; the old recovery key no longer opens the file.");
    print_recovery_key(&recovery, false);
    Ok(())
}
