//! The person who signs in this data file (name, role, Ed25519 key pair) and the signers the file
//! knows. The key pair is made the first time a name and role are set; the secret key is read
//! only to sign and is never written to the audit log or returned.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use super::audit::Action;
use super::{Store, Writer};
use crate::error::{Error, Problems, Result};
use crate::model::signed::DocSigner;
use crate::model::signing::{key_fingerprint, KeyPair};
use crate::model::{SignerIdentity, SignerInput};

/// The identity as the audit log keeps it: no secret.
#[derive(Debug, Serialize)]
struct IdentityRow<'a> {
    name: &'a str,
    role: &'a str,
    public_key: &'a str,
}

fn row_of(i: &SignerIdentity) -> IdentityRow<'_> {
    IdentityRow {
        name: &i.name,
        role: &i.role,
        public_key: &i.public_key,
    }
}

pub(crate) fn identity(conn: &Connection) -> Result<Option<SignerIdentity>> {
    Ok(conn
        .query_row(
            "SELECT name, role, public_key FROM signer_identity WHERE id = 1",
            [],
            |r| {
                let public_key: String = r.get(2)?;
                Ok(SignerIdentity {
                    name: r.get(0)?,
                    role: r.get(1)?,
                    key_fingerprint: key_fingerprint(&public_key),
                    public_key,
                })
            },
        )
        .optional()?)
}

/// The key pair and signer of this data file, for signing inside a write.
pub(crate) fn signing_key(conn: &Connection) -> Result<(KeyPair, DocSigner)> {
    let row: Option<(String, String, String)> = conn
        .query_row(
            "SELECT name, role, secret_key FROM signer_identity WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let (name, role, secret) = row.ok_or_else(|| {
        Error::rule_said(crate::message::Message::new(
            crate::message_rules_said::SET_UP_SIGNER,
        ))
    })?;
    let key = KeyPair::from_secret_hex(&secret)?;
    let signer = DocSigner {
        name,
        role,
        public_key: key.public_hex(),
    };
    Ok((key, signer))
}

/// What the audit log names as "who": the signer set up in this file, else the OS user.
pub(crate) fn actor_of(conn: &Connection) -> Option<String> {
    identity(conn)
        .ok()
        .flatten()
        .map(|i| format!("{} ({})", i.name, i.role))
}

fn checked(input: &SignerInput) -> Result<SignerInput> {
    let s = SignerInput {
        name: crate::text::clean(&input.name),
        role: crate::text::clean(&input.role),
    };
    let mut p = Problems::default();
    if s.name.is_empty() {
        p.add(
            "name",
            "Enter your name: it is printed beside your signature",
        );
    }
    if s.role.is_empty() {
        p.add("role", "Enter your role, for example Contact supervisor");
    }
    p.into_result()?;
    Ok(s)
}

/// Sets the name and role, making the key pair the first time. Inside a write.
pub(crate) fn set_identity(w: &Writer<'_>, input: &SignerInput) -> Result<SignerIdentity> {
    let s = checked(input)?;
    let before = identity(w.tx)?;
    if let Some(b) = &before {
        if b.name == s.name && b.role == s.role {
            return Ok(b.clone());
        }
        w.tx.execute(
            "UPDATE signer_identity SET name = ?1, role = ?2 WHERE id = 1",
            params![s.name, s.role],
        )?;
    } else {
        let key = KeyPair::generate()?;
        w.tx.execute(
            "INSERT INTO signer_identity (id, name, role, public_key, secret_key, created_at)
             VALUES (1, ?1, ?2, ?3, ?4, ?5)",
            params![s.name, s.role, key.public_hex(), key.secret_hex(), w.now],
        )?;
    }
    let after = identity(w.tx)?.ok_or_else(|| Error::not_found("signer"))?;
    w.tx.execute(
        "INSERT INTO known_signers (public_key, name, role, source, first_seen)
         VALUES (?1, ?2, ?3, 'this_file', ?4)
         ON CONFLICT (public_key) DO UPDATE SET name = excluded.name, role = excluded.role",
        params![after.public_key, after.name, after.role, w.now],
    )?;
    let action = if before.is_some() {
        Action::Update
    } else {
        Action::Insert
    };
    w.audit(
        "signer_identity",
        1,
        action,
        before.as_ref().map(row_of).as_ref(),
        Some(&row_of(&after)),
    )?;
    Ok(after)
}

/// The number the case's records were signed under, if it differs from its own.
pub(crate) fn signed_as_number(conn: &Connection, case_id: i64) -> Result<Option<String>> {
    Ok(conn.query_row(
        "SELECT signed_as_number FROM cases WHERE id = ?1",
        [case_id],
        |r| r.get(0),
    )?)
}

/// A signer this file knows by key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct KnownSigner {
    pub name: String,
    pub role: String,
}

pub(crate) fn known_signer(conn: &Connection, public_key: &str) -> Result<Option<KnownSigner>> {
    Ok(conn
        .query_row(
            "SELECT name, role FROM known_signers WHERE public_key = ?1",
            [public_key],
            |r| {
                Ok(KnownSigner {
                    name: r.get(0)?,
                    role: r.get(1)?,
                })
            },
        )
        .optional()?)
}

/// The keys this file knows for `name` (case-insensitive), other than `except`.
pub(crate) fn other_keys_named(conn: &Connection, name: &str, except: &str) -> Result<Vec<String>> {
    let mut st = conn.prepare_cached(
        "SELECT public_key FROM known_signers WHERE lower(name) = lower(?1) AND public_key <> ?2",
    )?;
    let rows = st.query_map(params![name, except], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Records a key trusted on import.
pub(crate) fn trust(w: &Writer<'_>, signer: &DocSigner) -> Result<()> {
    w.tx.execute(
        "INSERT INTO known_signers (public_key, name, role, source, first_seen)
         VALUES (?1, ?2, ?3, 'import', ?4) ON CONFLICT (public_key) DO NOTHING",
        params![signer.public_key, signer.name, signer.role, w.now],
    )?;
    Ok(())
}

impl Store {
    /// The person who signs in this data file, if set up.
    pub fn signer_identity(&self) -> Result<Option<SignerIdentity>> {
        identity(self.conn())
    }

    /// Sets the signer's name and role; the first time, makes their signing key. The audit log
    /// names them as "who" from then on.
    pub fn set_signer_identity(&mut self, input: &SignerInput) -> Result<SignerIdentity> {
        let out = self.write(|w| set_identity(w, input))?;
        self.refresh_actor();
        Ok(out)
    }

    /// Sets the signer with an existing key (32-byte secret seed, hex) instead of a new one:
    /// for a signer moving to a new data file, and for the invented sample signers of the
    /// fixtures (`tests/fixtures/sample-signers.json`).
    pub fn use_signing_key(
        &mut self,
        input: &SignerInput,
        secret_hex: &str,
    ) -> Result<SignerIdentity> {
        let key = KeyPair::from_secret_hex(secret_hex)?;
        let out = self.write(|w| {
            w.tx.execute("DELETE FROM signer_identity", [])?;
            w.tx.execute(
                "INSERT INTO signer_identity (id, name, role, public_key, secret_key, created_at)
                 VALUES (1, '-', '-', ?1, ?2, ?3)",
                params![key.public_hex(), key.secret_hex(), w.now],
            )?;
            set_identity(w, input)
        })?;
        self.refresh_actor();
        Ok(out)
    }

    /// Keeps the court case number a case's records were signed under, for a case imported as
    /// new under another number.
    pub(crate) fn set_signed_as_number(&mut self, case_id: i64, number: &str) -> Result<()> {
        self.write(|w| {
            w.tx.execute(
                "UPDATE cases SET signed_as_number = ?2 WHERE id = ?1",
                params![case_id, number],
            )?;
            let after = serde_json::json!({ "signed_as_number": number });
            w.audit("cases", case_id, Action::Update, None, Some(&after))
        })
    }

    /// The number a case's signed records name (see [`Store::set_signed_as_number`]).
    pub(crate) fn signed_as_number(&self, case_id: i64) -> Result<Option<String>> {
        signed_as_number(self.conn(), case_id)
    }

    /// Whether `public_key` is a key this data file knows, and under which name.
    pub fn known_signer_name(&self, public_key: &str) -> Result<Option<String>> {
        Ok(known_signer(self.conn(), public_key)?.map(|k| k.name))
    }

    /// The keys this data file knows under `name` (ignoring case), other than `except`.
    pub fn other_signer_keys(&self, name: &str, except: &str) -> Result<Vec<String>> {
        other_keys_named(self.conn(), name, except)
    }
}
