//! The built `contact-records` binary on the encrypted data file: `init`, the passphrase from the
//! environment, `--recovery-key`, read-only commands that never create a file, `backup`,
//! `restore` and `passphrase`.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::contact_records;

fn run(args: &[&str]) -> Output {
    contact_records()
        .args(args)
        .output()
        .expect("run contact-records")
}

fn run_with(env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut c = contact_records();
    for (k, v) in env {
        c.env(k, v);
    }
    c.args(args).output().expect("run contact-records")
}

fn out(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn err(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/sample-case.json")
}

/// A new data file with the sample case, made by `import`; returns it and its recovery key.
fn with_sample(dir: &Path) -> (PathBuf, String) {
    let db = dir.join("cases.db");
    let o = run(&[
        "--db",
        s(&db),
        "import",
        s(&sample()),
        "--trust-new-signers",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let recovery = err(&o)
        .lines()
        .find(|l| l.starts_with("x'"))
        .expect("the recovery key is shown when import creates the file")
        .to_owned();
    (db, recovery)
}

#[test]
fn read_only_commands_on_a_missing_file_exit_3_and_create_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("missing/cases.db");
    let pdf = dir.path().join("r.pdf");
    let bundle = dir.path().join("b.json");
    let commands: Vec<Vec<&str>> = vec![
        vec!["cases"],
        vec!["show", "SA26P00417"],
        vec!["deadlines"],
        vec!["verify"],
        vec!["check"],
        vec!["export", "SA26P00417", "--out", s(&bundle)],
        vec![
            "report",
            "observed",
            "--case",
            "SA26P00417",
            "--session",
            "1",
            "--out",
            s(&pdf),
        ],
        vec!["backup", "--out", s(&bundle)],
        vec!["passphrase"],
        vec!["upgrade"],
    ];
    for args in commands {
        let mut all = vec!["--db", s(&db)];
        all.extend(args.iter());
        let o = run(&all);
        assert_eq!(o.status.code(), Some(3), "{args:?}: {}", err(&o));
        assert!(
            err(&o).contains("There is no data file"),
            "{args:?}: {}",
            err(&o)
        );
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn init_makes_an_encrypted_file_and_shows_its_recovery_key_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new/cases.db");
    let o = run(&["--db", s(&db), "init"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let key = out(&o).trim().to_owned();
    assert!(key.starts_with("x'") && key.len() == 99, "{key}");
    assert!(err(&o).contains("Recovery key"));
    assert_ne!(&std::fs::read(&db).unwrap()[..16], b"SQLite format 3\0");
    let again = run(&["--db", s(&db), "init"]);
    assert_eq!(again.status.code(), Some(3));
    assert!(err(&again).contains("already a data file"));

    let o = run_with(
        &[("CONTACT_RECORDS_RECOVERY_KEY", &key)],
        &["--db", s(&db), "--recovery-key", "cases"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let weak = run_with(
        &[("CONTACT_RECORDS_NEW_PASSPHRASE", "short")],
        &["--db", s(&dir.path().join("weak.db")), "init"],
    );
    assert_eq!(weak.status.code(), Some(1), "{}", err(&weak));
    assert!(err(&weak).contains("at least 10 characters"));
    assert!(!dir.path().join("weak.db").exists());
}

#[test]
fn a_wrong_or_missing_passphrase_exits_3_with_one_plain_message() {
    let dir = tempfile::tempdir().unwrap();
    let (db, _) = with_sample(dir.path());
    let before = std::fs::read(&db).unwrap();
    let o = run_with(
        &[("CONTACT_RECORDS_PASSPHRASE", "not the passphrase")],
        &["--db", s(&db), "cases"],
    );
    assert_eq!(o.status.code(), Some(3));
    assert!(err(&o).contains("The passphrase is wrong, or the data file is damaged"));
    let o = contact_records()
        .env_remove("CONTACT_RECORDS_PASSPHRASE")
        .args(["--db", s(&db), "cases"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(
        err(&o).contains("Set CONTACT_RECORDS_PASSPHRASE"),
        "{}",
        err(&o)
    );
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn a_backup_restores_into_a_new_place_with_the_passphrase_or_the_recovery_key() {
    let dir = tempfile::tempdir().unwrap();
    let (db, recovery) = with_sample(dir.path());
    let copy = dir.path().join("copy.bak");
    let o = run(&["--db", s(&db), "backup", "--out", s(&copy)]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_ne!(&std::fs::read(&copy).unwrap()[..16], b"SQLite format 3\0");
    let bundle = dir.path().join("handover.json");
    let o = run(&["--db", s(&db), "export", "SA26P00417", "--out", s(&bundle)]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for f in [&db, &copy, &bundle] {
            let mode = std::fs::metadata(f).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{}", f.display());
        }
    }

    let fresh = dir.path().join("new machine/cases.db");
    let o = run(&["--db", s(&fresh), "restore", s(&copy)]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let o = run(&["--db", s(&fresh), "cases"]);
    assert!(out(&o).contains("SA26P00417"), "{}", out(&o));

    let other = dir.path().join("other.db");
    let o = run_with(
        &[("CONTACT_RECORDS_RECOVERY_KEY", &recovery)],
        &["--db", s(&other), "--recovery-key", "restore", s(&copy)],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let o = run(&["--db", s(&other), "cases"]);
    assert!(out(&o).contains("SA26P00417"), "{}", out(&o));
}

#[test]
fn a_new_passphrase_replaces_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let (db, _) = with_sample(dir.path());
    let new = "another long passphrase";
    let o = run_with(
        &[("CONTACT_RECORDS_NEW_PASSPHRASE", new)],
        &["--db", s(&db), "passphrase"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let recovery = out(&o).trim().to_owned();
    assert!(recovery.starts_with("x'"));
    assert_eq!(run(&["--db", s(&db), "cases"]).status.code(), Some(3));
    let o = run_with(
        &[("CONTACT_RECORDS_PASSPHRASE", new)],
        &["--db", s(&db), "cases"],
    );
    assert!(out(&o).contains("SA26P00417"), "{}", err(&o));
    let o = run_with(
        &[("CONTACT_RECORDS_RECOVERY_KEY", &recovery)],
        &["--db", s(&db), "--recovery-key", "cases"],
    );
    assert!(out(&o).contains("SA26P00417"), "{}", err(&o));
}
