//! Getting the key of the data file: from the environment (scripts and tests), otherwise asked on
//! the terminal without echo; never from an argument, which other users could see in `ps`.

use std::io::IsTerminal;

use contact_records_core::passphrase::check_new;
use contact_records_core::store::{Key, RecoveryKey};
use contact_records_core::Error;
use zeroize::Zeroizing;

pub const PASSPHRASE_VAR: &str = "CONTACT_RECORDS_PASSPHRASE";
pub const RECOVERY_KEY_VAR: &str = "CONTACT_RECORDS_RECOVERY_KEY";
pub const NEW_PASSPHRASE_VAR: &str = "CONTACT_RECORDS_NEW_PASSPHRASE";

fn from_env(var: &str) -> Option<Zeroizing<String>> {
    std::env::var(var)
        .ok()
        .filter(|v| !v.is_empty())
        .map(Zeroizing::new)
}

fn ask(prompt: &str, var: &str) -> Result<Zeroizing<String>, Error> {
    if !std::io::stdin().is_terminal() {
        return Err(Error::storage(format!(
            "The data file is encrypted and there is no terminal to ask on. Set {var}."
        )));
    }
    rpassword::prompt_password(prompt)
        .map(Zeroizing::new)
        .map_err(|_| Error::storage("Could not read from the terminal."))
}

/// The key of an existing data file: the passphrase, or with `recovery` the recovery key.
pub fn existing_key(recovery: bool) -> Result<Key, Error> {
    if recovery {
        let text = match from_env(RECOVERY_KEY_VAR) {
            Some(t) => t,
            None => ask("Recovery key: ", RECOVERY_KEY_VAR)?,
        };
        return Key::recovery(&text);
    }
    let pass = match from_env(PASSPHRASE_VAR) {
        Some(p) => p,
        None => ask("Passphrase: ", PASSPHRASE_VAR)?,
    };
    Ok(Key::Passphrase(pass))
}

/// A passphrase for a new file or a change: from `var`, or typed twice on the terminal.
pub fn new_passphrase(var: &str) -> Result<Zeroizing<String>, Error> {
    let pass = match from_env(var) {
        Some(p) => p,
        None => {
            let first = ask("New passphrase: ", var)?;
            check_new(&first)?;
            let again = ask("The same passphrase again: ", var)?;
            if *first != *again {
                return Err(Error::storage(
                    "The two passphrases are not the same. Nothing has been changed; try again.",
                ));
            }
            first
        }
    };
    check_new(&pass)?;
    Ok(pass)
}

/// Shown once, when a file is made or its passphrase changes: on stdout, or with `aside` on
/// stderr (when stdout carries a command's own output).
pub fn print_recovery_key(key: &RecoveryKey, aside: bool) {
    eprintln!(
        "Recovery key: write it down or print it, and keep it somewhere safe. It opens the data \
         file if the passphrase is lost (use --recovery-key), and it is not shown again:"
    );
    if aside {
        eprintln!("{}", key.text());
    } else {
        println!("{}", key.text());
    }
}
