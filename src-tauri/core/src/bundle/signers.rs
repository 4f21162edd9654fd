//! The signers a bundle brings, compared with the keys this data file knows: who is new (name and
//! key fingerprint, for the user to check before agreeing to trust them), and which new key claims
//! a name this file already knows by another key. That is the mark of an impersonation or of a
//! colleague's new laptop, and only the signer can say which, so it is always shown as a warning,
//! before the import and in its summary, and never taken in silently.

use serde::{Deserialize, Serialize};

use super::format::BundleSigner;
use super::parse::parse_bundle;
use crate::error::Result;
use crate::model::signing::key_fingerprint;
use crate::store::Store;

/// A signer whose key this data file has not seen before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct NewSigner {
    pub name: String,
    pub role: String,
    /// Ed25519 public key, 64 hex digits.
    pub public_key: String,
    /// Worked out here from the public key: the bundle's own text of it is not trusted.
    pub key_fingerprint: String,
    /// Fingerprints of the other keys this data file knows under the same name. Not empty: this
    /// key claims a name already known with a different key (a warning).
    pub name_known_with_keys: Vec<String>,
}

impl NewSigner {
    /// Whether this key claims a name this data file knows by another key.
    pub fn claims_known_name(&self) -> bool {
        !self.name_known_with_keys.is_empty()
    }

    /// The warning in plain words, naming both keys, for the CLI (the app words it itself).
    pub fn warning(&self) -> Option<String> {
        self.claims_known_name().then(|| {
            format!(
                "\"{}\" signs in this bundle with key {}, but this data file already knows \"{}\" \
                 by key {}. Check with {} which key is theirs: if it is not theirs, someone else \
                 signed in their name.",
                self.name,
                self.key_fingerprint,
                self.name,
                self.name_known_with_keys.join(", "),
                self.name
            )
        })
    }
}

/// The bundle's signers whose keys this data file does not know yet, each listed once.
pub fn new_signers(store: &Store, signers: &[BundleSigner]) -> Result<Vec<NewSigner>> {
    let mut out: Vec<NewSigner> = Vec::new();
    for s in signers {
        if out.iter().any(|n| n.public_key == s.public_key)
            || store.known_signer_name(&s.public_key)?.is_some()
        {
            continue;
        }
        let name_known_with_keys = store
            .other_signer_keys(&s.name, &s.public_key)?
            .iter()
            .map(|k| key_fingerprint(k))
            .collect();
        out.push(NewSigner {
            name: s.name.clone(),
            role: s.role.clone(),
            public_key: s.public_key.clone(),
            key_fingerprint: key_fingerprint(&s.public_key),
            name_known_with_keys,
        });
    }
    Ok(out)
}

/// [`new_signers`] of a bundle file's text (read with the same checks as an import).
pub fn bundle_new_signers(store: &Store, bundle_json: &str) -> Result<Vec<NewSigner>> {
    new_signers(store, &parse_bundle(bundle_json)?.signers)
}
