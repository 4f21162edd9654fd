//! Safe at rest: nothing of the sample case can be read from the data file, its WAL or its
//! backups; the passphrase and the recovery key open the file through a bare SQLCipher
//! connection; a wrong key, a plain file, a missing file; a new passphrase; backup and restore.

use crate::common;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use common::*;
use contact_records_core::bundle::{import_bundle, sample_bundle_json, ImportOptions};
use contact_records_core::store::{self, Key};
use contact_records_core::{ErrorCode, Store};
use rusqlite::Connection;

fn sample_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// A data file holding the sample case; the store is still open (its WAL not yet checkpointed).
fn sample_file(dir: &Path) -> (PathBuf, Store) {
    let path = dir.join("data.db");
    let mut s = create_store(&path);
    import_bundle(
        &mut s,
        sample_bundle_json(),
        ImportOptions {
            as_new: false,
            trust_new_signers: true,
        },
        sample_today(),
    )
    .unwrap();
    (path, s)
}

/// Every text of the sample long enough to be recognised: names, case numbers, notes, risks.
fn sample_texts() -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) if s.chars().count() >= 6 && !s.contains('_') => {
                out.push(s.clone())
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            serde_json::Value::Object(o) => o.values().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(
        &serde_json::from_str(sample_bundle_json()).unwrap(),
        &mut out,
    );
    // Words of at least 6 letters from the longer texts too, so a note cannot hide in pieces.
    let words: Vec<String> = out
        .iter()
        .flat_map(|s| s.split_whitespace())
        .filter(|w| w.len() >= 8 && w.chars().all(char::is_alphabetic))
        .map(str::to_owned)
        .collect();
    out.extend(words);
    out.sort();
    out.dedup();
    out
}

fn found_in(bytes: &[u8], texts: &[String]) -> Vec<String> {
    texts
        .iter()
        .filter(|t| bytes.windows(t.len()).any(|w| w == t.as_bytes()))
        .cloned()
        .collect()
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

#[test]
fn nothing_of_the_sample_case_can_be_read_from_the_file_its_wal_or_its_backups() {
    let dir = tempfile::tempdir().unwrap();
    let (path, s) = sample_file(dir.path());
    let texts = sample_texts();
    assert!(texts.len() > 20, "{texts:?}");
    assert!(texts
        .iter()
        .any(|t| t.contains("SA26P00417") || t.len() > 30));

    let wal = sidecar(&path, "-wal");
    let wal_bytes = std::fs::read(&wal).unwrap();
    assert!(wal_bytes.len() > 10_000, "the case is still in the WAL");
    assert_eq!(found_in(&wal_bytes, &texts), Vec::<String>::new());

    let daily = s
        .daily_backup()
        .unwrap()
        .expect("the first backup of the day");
    let manual = dir.path().join("manual.bak");
    s.backup_to(&manual).unwrap();
    drop(s);

    for file in [&path, &daily, &manual] {
        let bytes = std::fs::read(file).unwrap();
        assert!(bytes.len() > 10_000, "{} holds the case", file.display());
        assert_ne!(&bytes[..16], b"SQLite format 3\0", "{}", file.display());
        assert_eq!(
            found_in(&bytes, &texts),
            Vec::<String>::new(),
            "{}",
            file.display()
        );
    }
    let mut listing = String::new();
    for folder in [dir.path().to_path_buf(), store::backup::backups_dir(&path)] {
        for e in std::fs::read_dir(folder).unwrap() {
            listing.push_str(&e.unwrap().file_name().to_string_lossy());
            listing.push('\n');
        }
    }
    assert_eq!(found_in(listing.as_bytes(), &texts), Vec::<String>::new());

    // And yet it is all there for whoever has the passphrase.
    let c = raw(&daily);
    let cases: i64 = c
        .query_row("SELECT count(*) FROM cases", [], |r| r.get(0))
        .unwrap();
    assert_eq!(cases, 1);
}

/// Opens `path` through a bare SQLCipher connection with this `PRAGMA key` text.
fn bare_count(path: &Path, key_text: &str) -> rusqlite::Result<i64> {
    let c = Connection::open(path)?;
    c.pragma_update(None, "key", key_text)?;
    c.query_row("SELECT count(*) FROM children", [], |r| r.get(0))
}

#[test]
fn the_passphrase_and_the_recovery_key_open_the_file_without_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let (path, s) = sample_file(dir.path());
    let recovery = s.recovery_key(PASSPHRASE).unwrap();
    drop(s);
    let text = recovery.text();
    assert!(text.starts_with("x'") && text.ends_with('\'') && text.len() == 99);
    let children = bare_count(&path, PASSPHRASE).unwrap();
    assert!(children >= 1);
    assert_eq!(bare_count(&path, &text).unwrap(), children);
    assert!(bare_count(&path, "not the passphrase").is_err());
    // The store takes it however it was written down.
    let spaced: String = text
        .trim_start_matches("x'")
        .trim_end_matches('\'')
        .as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join(" ");
    let s = Store::open_read_only(&path, &Key::recovery(&spaced).unwrap()).unwrap();
    assert_eq!(s.list_cases("").unwrap().total, 1);
}

#[test]
fn a_wrong_passphrase_is_refused_with_one_message_and_the_file_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let (path, s) = sample_file(dir.path());
    drop(s);
    let before = std::fs::read(&path).unwrap();
    for access in [store::Access::ReadOnly, store::Access::ReadWrite] {
        let e = Store::open_with(&path, &Key::passphrase("wrong passphrase"), access)
            .err()
            .unwrap();
        assert_eq!(e.code, ErrorCode::WrongKey);
        assert!(e
            .message
            .contains("passphrase is wrong, or the data file is damaged"));
    }
    let e = Store::open(&path, &Key::recovery(&"ab".repeat(48)).unwrap())
        .err()
        .unwrap();
    assert_eq!(e.code, ErrorCode::WrongKey);
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_plain_file_of_ours_is_reported_as_not_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plain.db");
    let c = Connection::open(&path).unwrap();
    c.execute_batch("CREATE TABLE t (x);").unwrap();
    c.pragma_update(None, "application_id", store::APPLICATION_ID)
        .unwrap();
    drop(c);
    let e = Store::open(&path, &key()).err().unwrap();
    assert_eq!(e.code, ErrorCode::NotEncrypted, "{e:?}");
}

#[test]
fn reading_a_missing_or_old_file_creates_migrates_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no/such/data.db");
    for access in [store::Access::ReadOnly, store::Access::ReadWrite] {
        let e = Store::open_with(&path, &key(), access).err().unwrap();
        assert_eq!(e.code, ErrorCode::Storage);
        assert!(e.message.contains("There is no data file"), "{}", e.message);
    }
    assert!(!dir.path().join("no").exists());

    let old = dir.path().join("old.db");
    let c = raw(&old);
    c.execute_batch(include_str!("../migrations/0001_cases_people_audit.sql"))
        .unwrap();
    c.pragma_update(None, "application_id", store::APPLICATION_ID)
        .unwrap();
    c.pragma_update(None, "user_version", 1).unwrap();
    c.execute_batch("PRAGMA journal_mode = DELETE").unwrap();
    drop(c);
    let before = std::fs::read(&old).unwrap();
    let e = Store::open_read_only(&old, &key()).err().unwrap();
    assert!(e.message.contains("older version"), "{}", e.message);
    assert_eq!(std::fs::read(&old).unwrap(), before);
    assert!(!store::backup::backups_dir(&old).exists());
}

#[test]
fn a_new_passphrase_keeps_everything_and_retires_the_old_keys() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut s) = sample_file(dir.path());
    let old_recovery = s.recovery_key(PASSPHRASE).unwrap();
    let before = s.list_cases("").unwrap();
    let new = "a whole new passphrase";
    let recovery = s.change_passphrase(new).unwrap();
    assert_ne!(recovery.text(), old_recovery.text());
    drop(s);
    assert!(bare_count(&path, PASSPHRASE).is_err());
    assert!(bare_count(&path, &old_recovery.text()).is_err());
    let children = bare_count(&path, new).unwrap();
    assert_eq!(bare_count(&path, &recovery.text()).unwrap(), children);
    let s = Store::open(&path, &Key::passphrase(new)).unwrap();
    assert_eq!(s.list_cases("").unwrap(), before);
    assert!(s.verify().unwrap().is_intact());
}

#[test]
fn a_backup_restores_into_a_new_place_and_over_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let (path, s) = sample_file(dir.path());
    let before = s.list_cases("").unwrap();
    let recovery = s.recovery_key(PASSPHRASE).unwrap();
    let copy = dir.path().join("elsewhere/copy.bak");
    std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
    s.backup_to(&copy).unwrap();
    drop(s);

    // A new machine: the same passphrase, a new folder.
    let fresh = dir.path().join("new machine/data.db");
    let restored = store::restore(&copy, &key(), &fresh).unwrap();
    assert_eq!(restored.list_cases("").unwrap(), before);
    drop(restored);
    // With the recovery key, over a data file that has other cases: they are replaced.
    let other = dir.path().join("other.db");
    let mut o = create_store(&other);
    o.create_case(&case_input("ZZ99P00001", "Re: Z")).unwrap();
    drop(o);
    let restored = store::restore(&copy, &recovery.as_key(), &other).unwrap();
    assert_eq!(restored.list_cases("").unwrap(), before);
    drop(restored);
    // A wrong passphrase restores nothing and leaves the current file as it was.
    let kept = std::fs::read(&path).unwrap();
    let e = store::restore(&copy, &Key::passphrase("wrong passphrase"), &path)
        .err()
        .unwrap();
    assert_eq!(e.code, ErrorCode::WrongKey);
    assert_eq!(std::fs::read(&path).unwrap(), kept);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("tmp") || n.contains("replaced"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[cfg(unix)]
#[test]
fn the_file_its_wal_its_backups_and_their_folders_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new folder/data.db");
    let s = create_store(&path);
    let daily = s.daily_backup().unwrap().unwrap();
    let manual = dir.path().join("manual.bak");
    s.backup_to(&manual).unwrap();
    assert_eq!(mode(path.parent().unwrap()), 0o700);
    assert_eq!(mode(&store::backup::backups_dir(&path)), 0o700);
    for f in [
        path.clone(),
        sidecar(&path, "-wal"),
        sidecar(&path, "-shm"),
        daily,
        manual,
    ] {
        assert_eq!(mode(&f), 0o600, "{}", f.display());
    }
    // A second backup the same day is not made.
    assert_eq!(s.daily_backup().unwrap(), None);
}

#[test]
fn a_plain_file_from_before_encryption_is_encrypted_and_its_plain_copies_removed() {
    let dir = tempfile::tempdir().unwrap();
    let (_, s) = sample_file(dir.path());
    let before = s.list_cases("").unwrap();
    drop(s);
    // The same data as an older version kept it: a plain file, with a plain pre-upgrade copy.
    let plain = dir.path().join("plain.db");
    let c = raw(&dir.path().join("data.db"));
    c.execute(
        "ATTACH DATABASE ?1 AS plain KEY ''",
        [plain.to_string_lossy()],
    )
    .unwrap();
    c.query_row("SELECT sqlcipher_export('plain')", [], |_| Ok(()))
        .unwrap();
    c.execute_batch(&format!(
        "PRAGMA plain.application_id = {}; PRAGMA plain.user_version = {}; DETACH DATABASE plain;",
        store::APPLICATION_ID,
        store::LATEST_VERSION
    ))
    .unwrap();
    drop(c);
    assert_eq!(&std::fs::read(&plain).unwrap()[..16], b"SQLite format 3\0");
    let old_copy = dir.path().join("plain.db.before-v4-20260101T090000Z.bak");
    std::fs::copy(&plain, &old_copy).unwrap();
    let e = Store::open(&plain, &key()).err().unwrap();
    assert_eq!(e.code, ErrorCode::NotEncrypted);

    let (s, recovery) = store::encrypt_plain_file(&plain, PASSPHRASE).unwrap();
    assert_eq!(s.list_cases("").unwrap(), before);
    drop(s);
    let bytes = std::fs::read(&plain).unwrap();
    assert_ne!(&bytes[..16], b"SQLite format 3\0");
    assert_eq!(found_in(&bytes, &sample_texts()), Vec::<String>::new());
    assert!(!old_copy.exists(), "the plain copy is removed");
    assert!(bare_count(&plain, &recovery.text()).unwrap() >= 1);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
