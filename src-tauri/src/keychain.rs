//! "Remember on this computer": the data file's recovery key (its raw SQLCipher key) kept in the
//! operating system's keychain, so that the app opens the file at start without the unlock screen.
//! The keychain sits behind [`Keychain`], so the core never sees one and tests use one in memory.
//!
//! What a remembered key may do (see `commands/keychain.rs`): open the file once, at the start of
//! a run. A lock the user asks for, or the idle lock, always asks for the passphrase again.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use zeroize::Zeroizing;

/// The keychain entries' service name; each entry's account is the data file's path.
pub const SERVICE: &str = "uk.org.contactrecords.app";

/// Why the keychain did not do what was asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeychainError {
    /// No keychain service answers on this computer (none installed or running, or no desktop
    /// session to reach it).
    Unavailable,
    /// The keychain answered but refused or failed (it was locked and stayed locked, say).
    Failed,
}

/// Where a remembered key is kept. Calls may wait on the desktop session, so they are made from
/// the blocking pool, never the window's thread.
pub trait Keychain: Send + Sync {
    /// Whether a keychain answers on this computer now.
    fn available(&self) -> bool;
    /// The secret kept for `account`, or `None` when there is none.
    fn get(&self, account: &str) -> Result<Option<Zeroizing<String>>, KeychainError>;
    /// Keeps `secret` for `account`, replacing any kept before.
    fn set(&self, account: &str, secret: &str) -> Result<(), KeychainError>;
    /// Removes what is kept for `account`; nothing kept is not an error.
    fn delete(&self, account: &str) -> Result<(), KeychainError>;
}

/// For a data state made without one (tests, or before the app sets the system's): the option is
/// then "not available", as on a computer without a keychain.
pub struct NoKeychain;

impl Keychain for NoKeychain {
    fn available(&self) -> bool {
        false
    }
    fn get(&self, _: &str) -> Result<Option<Zeroizing<String>>, KeychainError> {
        Err(KeychainError::Unavailable)
    }
    fn set(&self, _: &str, _: &str) -> Result<(), KeychainError> {
        Err(KeychainError::Unavailable)
    }
    fn delete(&self, _: &str) -> Result<(), KeychainError> {
        Err(KeychainError::Unavailable)
    }
}

/// A keychain in memory, for tests: what it keeps goes with the process. Clones share what is
/// kept, as two runs of the app share the computer's keychain.
#[derive(Clone, Default)]
pub struct MemoryKeychain {
    entries: Arc<Mutex<HashMap<String, Zeroizing<String>>>>,
}

impl MemoryKeychain {
    /// How many keys are kept.
    pub fn len(&self) -> usize {
        self.entries().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn entries(&self) -> std::sync::MutexGuard<'_, HashMap<String, Zeroizing<String>>> {
        self.entries.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Keychain for MemoryKeychain {
    fn available(&self) -> bool {
        true
    }
    fn get(&self, account: &str) -> Result<Option<Zeroizing<String>>, KeychainError> {
        Ok(self.entries().get(account).cloned())
    }
    fn set(&self, account: &str, secret: &str) -> Result<(), KeychainError> {
        self.entries()
            .insert(account.to_owned(), Zeroizing::new(secret.to_owned()));
        Ok(())
    }
    fn delete(&self, account: &str) -> Result<(), KeychainError> {
        self.entries().remove(account);
        Ok(())
    }
}

/// The keychain of the desktop session. On Linux: the Secret Service (GNOME Keyring, KWallet and
/// others) over D-Bus. Elsewhere there is no backend built in yet, and the option says so.
pub struct SystemKeychain;

#[cfg(target_os = "linux")]
mod system {
    use std::collections::HashMap;
    use std::sync::Arc;

    use keyring_core::{CredentialStore, Entry, Error};
    use zeroize::Zeroizing;

    use super::{KeychainError, SERVICE};

    /// The label a person sees in their keychain's own window.
    const LABEL: &str = "Contact Records: key of the data file";

    /// A new connection each time: a keychain started or unlocked after the app is then found,
    /// and nothing is held open for the life of the app.
    fn store() -> Result<Arc<CredentialStore>, KeychainError> {
        match dbus_secret_service_keyring_store::Store::new() {
            Ok(store) => Ok(store),
            Err(_) => Err(KeychainError::Unavailable),
        }
    }

    fn entry(account: &str) -> Result<Entry, KeychainError> {
        let modifiers = HashMap::from([("label", LABEL)]);
        Entry::new_in_store_with_modifiers(&store()?, SERVICE, account, &modifiers)
            .map_err(|_| KeychainError::Failed)
    }

    pub fn available() -> bool {
        store().is_ok()
    }

    pub fn get(account: &str) -> Result<Option<Zeroizing<String>>, KeychainError> {
        match entry(account)?.get_password() {
            Ok(secret) => Ok(Some(Zeroizing::new(secret))),
            Err(Error::NoEntry) => Ok(None),
            Err(_) => Err(KeychainError::Failed),
        }
    }

    pub fn set(account: &str, secret: &str) -> Result<(), KeychainError> {
        entry(account)?
            .set_password(secret)
            .map_err(|_| KeychainError::Failed)
    }

    pub fn delete(account: &str) -> Result<(), KeychainError> {
        match entry(account)?.delete_credential() {
            Ok(()) | Err(Error::NoEntry) => Ok(()),
            Err(_) => Err(KeychainError::Failed),
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod system {
    use zeroize::Zeroizing;

    use super::KeychainError;

    pub fn available() -> bool {
        false
    }
    pub fn get(_: &str) -> Result<Option<Zeroizing<String>>, KeychainError> {
        Err(KeychainError::Unavailable)
    }
    pub fn set(_: &str, _: &str) -> Result<(), KeychainError> {
        Err(KeychainError::Unavailable)
    }
    pub fn delete(_: &str) -> Result<(), KeychainError> {
        Err(KeychainError::Unavailable)
    }
}

impl Keychain for SystemKeychain {
    fn available(&self) -> bool {
        system::available()
    }
    fn get(&self, account: &str) -> Result<Option<Zeroizing<String>>, KeychainError> {
        system::get(account)
    }
    fn set(&self, account: &str, secret: &str) -> Result<(), KeychainError> {
        system::set(account, secret)
    }
    fn delete(&self, account: &str) -> Result<(), KeychainError> {
        system::delete(account)
    }
}
