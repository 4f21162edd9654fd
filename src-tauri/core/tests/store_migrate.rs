//! Upgrading a data file written by version 1 (cases and people only): backed up, then migrated,
//! with its data intact and the new tables usable.

use crate::common;

use common::*;
use contact_records_core::model::*;
use contact_records_core::store::{APPLICATION_ID, LATEST_VERSION};

const V1: &str = include_str!("../migrations/0001_cases_people_audit.sql");

/// A file as version 1 of the app left it (encrypted, as every file now is), with one case and
/// one child.
fn v1_file(path: &std::path::Path) {
    let c = raw(path);
    c.execute_batch(V1).unwrap();
    c.execute_batch(
        "INSERT INTO cases (id, court, court_case_number, court_case_number_key, cafcass_number,
            cafcass_system, adviser_name, case_name, status, notes, search_key, created_at, updated_at)
         VALUES (1, 'Family Court at Cardiff', 'CF24P00123', 'CF24P00123', 'IRIS-1', 'iris',
            'Ffion Hughes', 'Re: A (a child)', 'open', '', 'cf24p00123 re: a (a child)',
            '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z');
         INSERT INTO children (case_id, full_name, date_of_birth, language, needs, search_key)
         VALUES (1, 'Siân Llŷr', '2019-03-27', 'welsh', '', 'sian llyr');",
    )
    .unwrap();
    c.pragma_update(None, "application_id", APPLICATION_ID)
        .unwrap();
    c.pragma_update(None, "user_version", 1).unwrap();
}

#[test]
fn a_version_one_file_is_backed_up_then_migrated_with_its_data() {
    // Every migration file is embedded, so the schema's version is their count.
    let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "sql"))
        })
        .count();
    assert_eq!(LATEST_VERSION, files as i64);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.db");
    v1_file(&path);

    let mut s = open_store(&path);
    let list = s.list_cases("").unwrap();
    assert_eq!(list.total, 1);
    assert_eq!(list.cases[0].court_case_number, "CF24P00123");
    let case = s.get_case(1).unwrap();
    assert_eq!(case.children[0].full_name, "Siân Llŷr");

    let backups: Vec<_> = std::fs::read_dir(dir.path().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("data.db.") && n.ends_with(".before-v2.bak"))
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    let backup_path = dir.path().join("backups").join(&backups[0]);
    assert_ne!(
        &std::fs::read(&backup_path).unwrap()[..16],
        b"SQLite format 3\0",
        "the backup is encrypted"
    );
    let backup = raw(&backup_path);
    let version: i64 = backup
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 1, "the backup is the file as it was");
    let cases: i64 = backup
        .query_row("SELECT count(*) FROM cases", [], |r| r.get(0))
        .unwrap();
    assert_eq!(cases, 1);

    let child = PersonRef::Child(case.children[0].id);
    let r = s
        .create_referral(
            1,
            &referral_input(Service::SupportedContact, vec![child]),
            today(),
        )
        .unwrap();
    assert_eq!(r.permitted_people[0].full_name, "Siân Llŷr");
    drop(s);

    let c = raw(&path);
    let version: i64 = c
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, LATEST_VERSION);
}

#[test]
fn an_up_to_date_file_is_not_backed_up_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.db");
    drop(create_store(&path));
    drop(open_store(&path));
    assert!(!dir.path().join("backups").exists());
    let backups = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".bak")
        })
        .count();
    assert_eq!(backups, 0);
}
