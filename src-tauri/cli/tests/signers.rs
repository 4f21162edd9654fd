//! `import` and the signers a bundle brings: each new signer trusted is named with its key
//! fingerprint, and a new key claiming a name the data file knows by another key is a warning
//! naming both keys, even with `--trust-new-signers`.

use crate::common;

use std::path::{Path, PathBuf};

use contact_records_core::model::SignerInput;
use contact_records_core::Store;

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/sample-case.json")
}

fn import(db: &Path, extra: &[&str]) -> std::process::Output {
    common::contact_records()
        .arg("--db")
        .arg(db)
        .arg("import")
        .arg(sample())
        .args(extra)
        .output()
        .expect("run contact-records")
}

#[test]
fn new_signers_are_named_and_a_known_name_with_another_key_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cases.db");
    // This data file's own signer is called Rhys Morgan too, with a key of their own.
    let own = Store::create(&db, &common::key())
        .unwrap()
        .set_signer_identity(&SignerInput {
            name: "Rhys Morgan".into(),
            role: "Family court adviser".into(),
        })
        .unwrap();

    let o = import(&db, &[]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains(&own.key_fingerprint), "{err}");

    let o = import(&db, &["--trust-new-signers"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let out = String::from_utf8_lossy(&o.stdout);
    let err = String::from_utf8_lossy(&o.stderr);
    let trusted: Vec<_> = out
        .lines()
        .filter(|l| l.starts_with("Trusted a new signer"))
        .collect();
    assert_eq!(trusted.len(), 2, "{out}");
    assert!(
        trusted.iter().any(|l| l.contains("\"Catrin Pŵel\"")),
        "{out}"
    );
    let warning = out
        .lines()
        .find(|l| l.starts_with("Warning:"))
        .unwrap_or_else(|| panic!("no warning in {out}"));
    assert!(warning.contains("\"Rhys Morgan\""), "{warning}");
    assert!(warning.contains(&own.key_fingerprint), "{warning}");
    let theirs = trusted
        .iter()
        .find(|l| l.contains("\"Rhys Morgan\""))
        .and_then(|l| l.rsplit("key ").next())
        .map(|k| k.trim_end_matches('.'))
        .unwrap();
    assert!(warning.contains(theirs), "{warning} / {theirs}");
    assert!(err.contains(warning), "the warning is on stderr too: {err}");

    // A second import as new trusts no one: no new signer, no warning.
    let o = import(&db, &["--as-new", "--json"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["new_signers"], serde_json::json!([]));
    assert!(!String::from_utf8_lossy(&o.stderr).contains("Warning"));
}

#[test]
fn an_unknown_signer_is_reported_without_a_knock_on_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cases.db");
    let o = import(&db, &[]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("has not seen before"), "{err}");
    assert!(!err.contains("cites a record"), "{err}");
}
