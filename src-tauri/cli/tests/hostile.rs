//! Hostile and damaged bundles through the built CLI: each is refused with exit 1, a message that
//! names where in the file the problem is (its JSON path) in plain words, and the data file left
//! exactly as it was. Also the closed pipe (`contact-records cases | head -1`).

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::{json, Value};

use crate::common;

/// Runs the CLI with the test passphrase. An import trusts the invented sample's signers, so that
/// only the problem under test is found.
pub(crate) fn run(args: &[&str]) -> Output {
    let mut c = common::contact_records();
    c.args(args);
    if args.contains(&"import") {
        c.arg("--trust-new-signers");
    }
    c.output().expect("run contact-records")
}

pub(crate) fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub(crate) fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

pub(crate) fn sample_text() -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/sample-case.json");
    std::fs::read_to_string(p).unwrap()
}

pub(crate) fn sample() -> Value {
    serde_json::from_str(&sample_text()).unwrap()
}

/// The sample under a number not yet in the data file, so only the problem under test is found.
pub(crate) fn fresh() -> Value {
    let mut v = sample();
    v["cases"][0]["signed_as_number"] = v["cases"][0]["court_case_number"].clone();
    v["cases"][0]["court_case_number"] = "NEW-1".into();
    v
}

/// Every byte of the data file and its write-ahead log.
pub(crate) fn contents(db: &Path) -> Vec<u8> {
    let mut bytes = std::fs::read(db).unwrap();
    let wal = PathBuf::from(format!("{}-wal", db.display()));
    bytes.extend(std::fs::read(wal).unwrap_or_default());
    bytes
}

/// A data file holding the sample case.
pub(crate) fn data_file(dir: &Path) -> PathBuf {
    let db = dir.join("cases.db");
    let sample = dir.join("sample.json");
    std::fs::write(&sample, sample_text()).unwrap();
    let o = run(&["--db", s(&db), "import", s(&sample)]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    db
}

/// Imports `text`; asserts exit 1, that stderr has `path: ` followed (on the same line) by each
/// of `words`, that no Rust type or parser jargon shows, and that the data file is unchanged.
pub(crate) fn refused(dir: &Path, db: &Path, text: &[u8], path: &str, words: &[&str]) -> String {
    let file = dir.join("bad.json");
    std::fs::write(&file, text).unwrap();
    let before = contents(db);
    let o = run(&["--db", s(db), "import", s(&file)]);
    let e = err(&o);
    assert_eq!(o.status.code(), Some(1), "{path}: {e}");
    let line = e
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("{path}: ")))
        .unwrap_or_else(|| panic!("no line for {path} in:\n{e}"));
    for w in words {
        assert!(line.contains(w), "{path}: {w:?} not in {line:?}");
    }
    for jargon in [
        "u32",
        "u64",
        "i64",
        "input is out of range",
        "panicked",
        "expected struct",
    ] {
        assert!(!e.contains(jargon), "{path}: {jargon:?} in {e}");
    }
    assert!(contents(db) == before, "{path}: the data file changed");
    e
}

pub(crate) fn bytes(v: &Value) -> Vec<u8> {
    serde_json::to_vec_pretty(v).unwrap()
}

#[test]
/// Refused from its size, before reading: the file is not JSON at all, yet the message is about
/// its size. (How fast this is belongs to the benchmarks, not to a test.)
fn a_file_over_50_mb_is_refused_from_its_size_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let db = data_file(dir.path());
    let big = dir.path().join("big.json");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(100 * 1024 * 1024).unwrap();
    let before = contents(&db);
    let o = run(&["--db", s(&db), "import", s(&big)]);
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(err(&o).contains("at most 50 MB"), "{}", err(&o));
    assert!(contents(&db) == before);
}

/// The problem is on the summary line (no path) for JSON syntax; this asserts that shape.
pub(crate) fn refused_whole(dir: &Path, db: &Path, text: &[u8], words: &[&str]) {
    let file = dir.join("bad.json");
    std::fs::write(&file, text).unwrap();
    let before = contents(db);
    let o = run(&["--db", s(db), "import", s(&file)]);
    let e = err(&o);
    assert_eq!(o.status.code(), Some(1), "{e}");
    for w in words {
        assert!(e.contains(w), "{w:?} not in {e}");
    }
    assert!(!e.contains("panicked"), "{e}");
    assert!(contents(db) == before, "the data file changed");
}

#[test]
fn syntax_problems_are_refused_whole() {
    let dir = tempfile::tempdir().unwrap();
    let db = data_file(dir.path());
    let d = dir.path();
    let text = sample_text();
    refused_whole(
        d,
        &db,
        &text.as_bytes()[..text.len() / 2],
        &["not valid JSON (line", "cut short"],
    );
    let deep = format!(
        "{{\"format\": \"contact-records/case-bundle\", \"version\": 1, \"cases\": {}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    refused_whole(d, &db, deep.as_bytes(), &["nested too deeply"]);
    refused_whole(d, &db, &[0xff, 0xfe, 0x00, 0x7b], &["not a text file"]);
    refused_whole(d, &db, b"", &["not valid JSON"]);
    refused_whole(d, &db, b"[1, 2, 3]", &["not a Contact Records case bundle"]);
}

#[test]
fn wrong_types_missing_and_unknown_fields() {
    let dir = tempfile::tempdir().unwrap();
    let db = data_file(dir.path());
    let d = dir.path();
    let session = "cases[0].referrals[0].sessions[0]";

    let mut v = fresh();
    v["cases"][0]["referrals"][0]["sessions"][0]["duration_minutes"] = "60".into();
    refused(
        d,
        &db,
        &bytes(&v),
        &format!("{session}.duration_minutes"),
        &["whole number", "the text \"60\""],
    );

    for n in [json!(-5), json!(5_000_000_000u64), json!(1.5)] {
        let mut v = fresh();
        v["cases"][0]["referrals"][0]["sessions"][0]["duration_minutes"] = n.clone();
        refused(
            d,
            &db,
            &bytes(&v),
            &format!("{session}.duration_minutes"),
            &["whole number", &n.to_string()],
        );
    }

    let mut v = fresh();
    v["cases"][0]["court_case_number"] = json!(5);
    refused(
        d,
        &db,
        &bytes(&v),
        "cases[0].court_case_number",
        &["text in quotes", "not 5"],
    );

    let mut v = fresh();
    v["cases"][0].as_object_mut().unwrap().remove("case_name");
    refused(
        d,
        &db,
        &bytes(&v),
        "cases[0]",
        &["\"case_name\" is missing"],
    );

    let mut v = fresh();
    v["cases"][0]["children"][0]["nickname"] = "Sî".into();
    refused(
        d,
        &db,
        &bytes(&v),
        "cases[0].children[0].nickname",
        &["\"nickname\" is not a field"],
    );

    let mut v = fresh();
    v["cases"][0]["status"] = "pending".into();
    refused(
        d,
        &db,
        &bytes(&v),
        "cases[0].status",
        &["\"pending\" is not one of", "\"open\""],
    );
}

#[test]
fn huge_strings_and_too_many_things_are_refused_by_their_limits() {
    let dir = tempfile::tempdir().unwrap();
    let db = data_file(dir.path());
    let d = dir.path();

    let mut v = fresh();
    v["cases"][0]["case_name"] = "x".repeat(100_000).into();
    v["cases"][0]["notes"] = "y".repeat(20_001).into();
    let e = refused(
        d,
        &db,
        &bytes(&v),
        "cases[0].case_name",
        &["200 characters or fewer"],
    );
    assert!(
        e.contains("cases[0].notes: Notes must be 20000 characters or fewer"),
        "{e}"
    );

    let mut v = fresh();
    v["cases"][0]["children"][1]["ref"] = "r".repeat(500).into();
    refused(
        d,
        &db,
        &bytes(&v),
        "cases[0].children[1].ref",
        &["200 characters"],
    );

    let mut v = fresh();
    let child = v["cases"][0]["children"][0].clone();
    v["cases"][0]["children"] = Value::Array(vec![child; 51]);
    refused(
        d,
        &db,
        &bytes(&v),
        "cases[0].children",
        &["51 children", "at most 50"],
    );

    let mut v = fresh();
    let s0 = v["cases"][0]["referrals"][0]["sessions"][0].clone();
    v["cases"][0]["referrals"][0]["sessions"] = Value::Array(vec![s0; 1_001]);
    refused(
        d,
        &db,
        &bytes(&v),
        "cases[0].referrals[0].sessions",
        &["1001 sessions", "at most 1000"],
    );
}
