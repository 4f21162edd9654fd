//! Canonical bytes, fingerprints and Ed25519 signatures of signed documents.
//!
//! - canonical text: RFC 8785 (JSON Canonicalization Scheme) of the document, UTF-8;
//! - fingerprint: SHA-256 of the canonical bytes, 64 lower-case hex digits;
//! - signature: Ed25519 (RFC 8032, pure, no context) over the canonical bytes, 128 hex digits;
//! - key fingerprint: the first 8 bytes of SHA-256 of the 32-byte public key, as 4 groups of 4
//!   upper-case hex digits ("3F2A 91C0 7B44 E2D1"), for people to compare by eye.

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

use super::signed::{DocumentKind, SignedRecord, SIGNED_FORMAT, SIGNED_VERSION};
use crate::error::Result;

/// Why a signed document does not check out, in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentProblem(pub String);

/// The RFC 8785 canonical text of a document.
pub fn canonical(doc: &SignedRecord) -> Result<String> {
    serde_json_canonicalizer::to_string(doc).map_err(|e| {
        crate::message_storage::internal(format_args!("a record could not be written as JSON: {e}"))
    })
}

/// SHA-256 of the canonical bytes, lower-case hex.
pub fn fingerprint(canonical: &str) -> String {
    hex::encode(Sha256::digest(canonical.as_bytes()))
}

/// "3F2A 91C0 7B44 E2D1" for a public key given as hex; "" when it is not hex.
pub fn key_fingerprint(public_key_hex: &str) -> String {
    let Ok(bytes) = hex::decode(public_key_hex) else {
        return String::new();
    };
    let digest = hex::encode_upper(Sha256::digest(bytes));
    (0..4)
        .map(|i| &digest[i * 4..i * 4 + 4])
        .collect::<Vec<_>>()
        .join(" ")
}

/// A signer's key pair, as the data file keeps it.
#[derive(Clone)]
pub struct KeyPair {
    key: SigningKey,
}

impl KeyPair {
    /// A new key pair from the operating system's random source.
    pub fn generate() -> Result<KeyPair> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).map_err(|e| {
            crate::message_storage::with_error(crate::message_storage::NO_RANDOM, e)
        })?;
        Ok(KeyPair {
            key: SigningKey::from_bytes(&seed),
        })
    }

    /// The key pair from its 32-byte secret seed in hex.
    pub fn from_secret_hex(hex_seed: &str) -> Result<KeyPair> {
        let bytes: [u8; 32] = hex::decode(hex_seed)
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| {
                crate::message_storage::storage(crate::message_storage::SIGNING_KEY_DAMAGED)
            })?;
        Ok(KeyPair {
            key: SigningKey::from_bytes(&bytes),
        })
    }

    pub fn secret_hex(&self) -> String {
        hex::encode(self.key.to_bytes())
    }

    pub fn public_hex(&self) -> String {
        hex::encode(self.key.verifying_key().to_bytes())
    }

    /// The Ed25519 signature of `canonical`, hex.
    pub fn sign(&self, canonical: &str) -> String {
        hex::encode(self.key.sign(canonical.as_bytes()).to_bytes())
    }
}

/// Whether `signature_hex` is `public_key_hex`'s Ed25519 signature of `canonical` (strict
/// verification: no malleable or small-order forms).
pub fn signature_verifies(public_key_hex: &str, canonical: &str, signature_hex: &str) -> bool {
    let key = hex::decode(public_key_hex)
        .ok()
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .and_then(|b| VerifyingKey::from_bytes(&b).ok());
    let sig = hex::decode(signature_hex)
        .ok()
        .and_then(|b| <[u8; 64]>::try_from(b).ok())
        .map(|b| Signature::from_bytes(&b));
    match (key, sig) {
        (Some(k), Some(s)) => k.verify_strict(canonical.as_bytes(), &s).is_ok(),
        _ => false,
    }
}

/// Reads a stored or received document and checks everything that needs no other data: it is
/// the canonical form of a version-1 document, its signing time is a real date and time, and the
/// signature is its signer's over exactly these bytes. Returns the document.
pub fn check_signed(
    canonical_text: &str,
    signature_hex: &str,
) -> std::result::Result<SignedRecord, DocumentProblem> {
    let problem = |s: &str| Err(DocumentProblem(s.into()));
    let value: serde_json::Value = match serde_json::from_str(canonical_text) {
        Ok(v) => v,
        Err(_) => return problem("The signed document is not JSON."),
    };
    if value["format"] != SIGNED_FORMAT {
        return problem("The signed document is not a contact-records/signed-record.");
    }
    if value["version"] != SIGNED_VERSION {
        return problem(
            "The signed document is of a version this program does not know: use the latest \
             version of Contact Records.",
        );
    }
    let doc: SignedRecord = match serde_json::from_value(value) {
        Ok(d) => d,
        Err(e) => {
            return Err(DocumentProblem(format!(
                "The signed document is not readable: {e}."
            )))
        }
    };
    match canonical(&doc) {
        Ok(c) if c == canonical_text => {}
        _ => return problem("The signed document is not in its canonical (RFC 8785) form."),
    }
    if doc.signed_at_time().is_none() {
        return problem("The signed document's signing time is not a real date and time.");
    }
    if doc.kind == DocumentKind::Addendum && (doc.amends.is_none() || doc.addendum.is_none()) {
        return problem("The signed addendum does not say what it amends.");
    }
    if !signature_verifies(&doc.signer.public_key, canonical_text, signature_hex) {
        return problem(
            "The signature does not verify: the document was changed after it was signed, or it \
             was signed with another key.",
        );
    }
    Ok(doc)
}

#[cfg(test)]
#[path = "signing_tests.rs"]
mod tests;
