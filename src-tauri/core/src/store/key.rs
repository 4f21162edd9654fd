//! The key of an encrypted data file: the user's passphrase (SQLCipher 4's own key derivation, so
//! any SQLCipher 4 tool opens the file with it) or the recovery key, the raw key SQLCipher derives
//! from it plus the file's salt, which opens the file without the derivation.

use pbkdf2::pbkdf2_hmac;
use rusqlite::Connection;
use sha2::Sha512;
use zeroize::Zeroizing;

use crate::error::{Error, ErrorCode, Result};

/// SQLCipher 4's defaults: PBKDF2-HMAC-SHA512, 256,000 iterations, a 32-byte key, a 16-byte salt.
const KDF_ITERATIONS: u32 = 256_000;
const KEY_BYTES: usize = 32;
const SALT_BYTES: usize = 16;
const RAW_HEX_LEN: usize = (KEY_BYTES + SALT_BYTES) * 2;

/// What unlocks a data file. Held in memory only as long as needed, and wiped when dropped.
pub enum Key {
    Passphrase(Zeroizing<String>),
    /// The key and the salt as 96 hex digits.
    Raw(Zeroizing<String>),
}

impl Key {
    pub fn passphrase(text: impl Into<String>) -> Key {
        Key::Passphrase(Zeroizing::new(text.into()))
    }

    /// Reads a recovery key as written down: `x'…'` or the bare hex digits, with any spaces,
    /// dashes or line breaks the user kept from the printout.
    pub fn recovery(text: &str) -> Result<Key> {
        let mut hex = Zeroizing::new(String::with_capacity(RAW_HEX_LEN));
        let trimmed = text.trim();
        let inner = trimmed
            .strip_prefix("x'")
            .or_else(|| trimmed.strip_prefix("X'"))
            .and_then(|t| t.strip_suffix('\''))
            .unwrap_or(trimmed);
        for c in inner.chars() {
            if c.is_ascii_hexdigit() {
                hex.push(c.to_ascii_lowercase());
            } else if !(c.is_whitespace() || c == '-') {
                return Err(bad_recovery_key());
            }
        }
        if hex.len() != RAW_HEX_LEN {
            return Err(bad_recovery_key());
        }
        Ok(Key::Raw(hex))
    }

    /// `PRAGMA key`: it must be the first statement on a connection. It never fails by itself;
    /// a wrong key shows at the first read as "file is not a database".
    pub(crate) fn apply(&self, conn: &Connection) -> Result<()> {
        apply_pragma(conn, "key", &self.pragma_text())?;
        quiet(conn);
        Ok(())
    }

    /// `PRAGMA rekey`: re-encrypts every page under this key.
    pub(crate) fn apply_rekey(&self, conn: &Connection) -> Result<()> {
        apply_pragma(conn, "rekey", &self.pragma_text())
    }

    /// The text given to the pragmas; a raw key is spelled `x'…'` so SQLCipher skips derivation.
    pub(crate) fn pragma_text(&self) -> Zeroizing<String> {
        match self {
            Key::Passphrase(p) => p.clone(),
            Key::Raw(hex) => Zeroizing::new(format!("x'{}'", hex.as_str())),
        }
    }
}

/// SQLCipher logs a failed decryption to stderr; the app says it in plain words instead.
pub(crate) fn quiet(conn: &Connection) {
    // Only logging: a build without the pragma still opens files.
    let _ = conn.execute_batch("PRAGMA cipher_log_level = NONE");
}

fn apply_pragma(conn: &Connection, pragma: &str, text: &str) -> Result<()> {
    // rusqlite writes the value as an SQL string literal with its quotes doubled.
    conn.pragma_update(None, pragma, text)
        .map_err(|_| crate::message_storage::storage(crate::message_file::NOT_UNLOCKED))
}

fn bad_recovery_key() -> Error {
    Error::new(
        ErrorCode::WrongKey,
        "That is not a recovery key: it has 96 letters and digits (0-9, a-f), often written as \
         x'…'. Check it against your printout and type it again.",
    )
}

/// The recovery key of a file: the key SQLCipher derives from `passphrase` and the file's salt,
/// followed by the salt, as `x'…'`.
#[derive(Clone)]
pub struct RecoveryKey(Zeroizing<String>);

impl RecoveryKey {
    /// Derives it the way SQLCipher 4 does by default (a quarter of a second or so).
    pub(crate) fn derive(passphrase: &str, salt: &[u8]) -> Result<RecoveryKey> {
        if salt.len() != SALT_BYTES {
            return Err(crate::message_storage::storage(
                crate::message_storage::NO_SALT,
            ));
        }
        let mut key = Zeroizing::new([0u8; KEY_BYTES]);
        pbkdf2_hmac::<Sha512>(passphrase.as_bytes(), salt, KDF_ITERATIONS, &mut key[..]);
        let mut hex = Zeroizing::new(hex::encode(&key[..]));
        hex.push_str(&hex::encode(salt));
        Ok(RecoveryKey(hex))
    }

    /// The form SQLCipher takes and the user writes down: `x'…'` around 96 hex digits.
    pub fn text(&self) -> String {
        format!("x'{}'", self.0.as_str())
    }

    pub fn as_key(&self) -> Key {
        Key::Raw(self.0.clone())
    }
}

/// The file's salt as SQLCipher reports it (`PRAGMA cipher_salt`), on a keyed connection.
pub(crate) fn salt(conn: &Connection) -> Result<Vec<u8>> {
    let text: String = conn.query_row("PRAGMA cipher_salt", [], |r| r.get(0))?;
    hex::decode(text.trim())
        .map_err(|_| crate::message_storage::storage(crate::message_storage::NO_SALT))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recovery_key_is_read_however_it_was_written_down() {
        let hex = "0123456789abcdef".repeat(6);
        let spaced = format!(
            "x'{}'",
            hex.as_bytes()
                .chunks(8)
                .map(|c| std::str::from_utf8(c).unwrap().to_uppercase())
                .collect::<Vec<_>>()
                .join(" - ")
        );
        for text in [hex.clone(), spaced, format!("  x'{hex}'\n")] {
            match Key::recovery(&text).unwrap() {
                Key::Raw(h) => assert_eq!(h.as_str(), hex),
                Key::Passphrase(_) => panic!("not a passphrase"),
            }
        }
        for bad in [
            "",
            "x''",
            &hex[1..],
            &format!("{hex}0"),
            &hex.replace('a', "g"),
        ] {
            let e = Key::recovery(bad).err().unwrap();
            assert_eq!(e.code, ErrorCode::WrongKey);
        }
    }

    #[test]
    fn the_pragma_text_of_a_raw_key_skips_the_derivation() {
        let k = Key::recovery(&"ab".repeat(48)).unwrap();
        assert_eq!(k.pragma_text().as_str(), format!("x'{}'", "ab".repeat(48)));
    }
}
