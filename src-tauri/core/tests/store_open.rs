//! Opening data files: new, reopened, foreign, damaged, newer, locked; and the append-only log.

use crate::common;

use common::*;
use contact_records_core::store;
use contact_records_core::{ErrorCode, Store};
use rusqlite::Connection;

#[test]
fn a_new_file_is_created_and_reopened_with_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub/folder/data.db");
    {
        let mut s = create_store(&path);
        s.create_case(&case_input("CF1", "Re: A")).unwrap();
    }
    let s = open_store(&path);
    assert_eq!(s.list_cases("").unwrap().total, 1);
    let c = raw(&path);
    let id: i64 = c
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(id, contact_records_core::store::APPLICATION_ID);
    let mode: String = c
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn a_text_file_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    std::fs::write(
        &path,
        "Dear court, this is not a database at all. ".repeat(100),
    )
    .unwrap();
    let before = std::fs::read(&path).unwrap();
    let e = Store::open(&path, &key()).err().unwrap();
    assert_eq!(e.code, ErrorCode::ForeignFile);
    assert!(e.message.contains("not a Contact Records data file"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn another_apps_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    let e = Store::open(&path, &key()).err().unwrap();
    assert_eq!(e.code, ErrorCode::ForeignFile);
}

#[test]
fn a_file_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.db");
    drop(create_store(&path));
    let newer = contact_records_core::store::LATEST_VERSION + 1;
    raw(&path)
        .pragma_update(None, "user_version", newer)
        .unwrap();
    let e = Store::open(&path, &key()).err().unwrap();
    assert_eq!(e.code, ErrorCode::NewerVersion);
    assert!(e.message.contains("newer version"));
}

#[test]
fn a_damaged_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.db");
    {
        let mut s = create_store(&path);
        for i in 0..200 {
            s.create_case(&case_input(
                &format!("CF{i}"),
                &"Re: a long case name ".repeat(5),
            ))
            .unwrap();
        }
    }
    // Checkpoint the WAL into the main file, then scribble over pages past the header.
    raw(&path)
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
    let mut bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() > 8192);
    let end = bytes.len() - 100;
    for b in &mut bytes[4096 + 100..end] {
        *b = 0x5A;
    }
    std::fs::write(&path, &bytes).unwrap();
    let e = Store::open(&path, &key()).err().unwrap();
    assert!(
        matches!(
            e.code,
            ErrorCode::Corrupt | ErrorCode::ForeignFile | ErrorCode::WrongKey
        ),
        "got {e:?}"
    );
}

#[test]
fn a_file_locked_by_another_program_is_reported_as_locked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.db");
    drop(create_store(&path));
    let holder = raw(&path);
    holder
        .execute_batch("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;")
        .unwrap();
    let e = Store::open(&path, &key()).err().unwrap();
    assert_eq!(e.code, ErrorCode::Locked, "{e:?}");
    assert!(e.message.contains("in use"));
}

#[test]
fn a_folder_is_not_a_data_file() {
    let dir = tempfile::tempdir().unwrap();
    let e = Store::open(dir.path(), &key()).err().unwrap();
    assert_eq!(e.code, ErrorCode::Storage);
}

#[test]
fn the_audit_log_cannot_be_rewritten_even_in_raw_sql() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.db");
    let mut s = create_store(&path);
    s.create_case(&case_input("CF1", "Re: A")).unwrap();
    drop(s);
    let c = raw(&path);
    let upd = c.execute("UPDATE audit_log SET actor = 'someone else'", []);
    assert!(upd.unwrap_err().to_string().contains("append-only"));
    let del = c.execute("DELETE FROM audit_log", []);
    assert!(del.unwrap_err().to_string().contains("append-only"));
}

#[test]
fn a_tampered_audit_entry_breaks_the_chain_at_that_entry() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.db");
    let mut s = create_store(&path);
    let a = s.create_case(&case_input("CF1", "Re: A")).unwrap().case.id;
    s.update_case(a, &case_input("CF1", "Re: B")).unwrap();
    s.update_case(a, &case_input("CF1", "Re: C")).unwrap();
    drop(s);
    // Someone with raw access drops the trigger and edits the middle entry.
    let c = raw(&path);
    c.execute_batch(
        "DROP TRIGGER audit_log_no_update;
         UPDATE audit_log SET after_json = replace(after_json, 'Re: B', 'Re: X') WHERE id = 2;",
    )
    .unwrap();
    drop(c);
    let s = open_store(&path);
    assert_eq!(s.verify_audit_chain().unwrap().first_broken, Some(2));
}

#[test]
fn the_full_check_runs_at_open_only_after_an_unclean_shutdown() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.db");
    let s = create_store(&path);
    let mut s = s;
    s.create_case(&case_input("CF24P00123", "Re: A (a child)"))
        .unwrap();
    // While the file is open its write-ahead log holds the change: a kill now leaves it behind.
    assert!(store::shut_down_uncleanly(&path));
    let crashed = dir.path().join("crashed.db");
    std::fs::copy(&path, &crashed).unwrap();
    std::fs::copy(
        dir.path().join("data.db-wal"),
        dir.path().join("crashed.db-wal"),
    )
    .unwrap();
    drop(s);
    assert!(!store::shut_down_uncleanly(&path), "closed cleanly");
    assert!(store::shut_down_uncleanly(&crashed));
    // The crashed copy opens (after its check) with the change, and is clean once closed.
    let s = open_store(&crashed);
    assert_eq!(s.list_cases("").unwrap().total, 1);
    drop(s);
    assert!(!store::shut_down_uncleanly(&crashed));
}
