//! The built `contact-records` binary on case bundles: import (all or nothing, problems with
//! their paths on stderr), export (atomic), show, check, and the help of each.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Output;

fn run(args: &[&str]) -> Output {
    common::contact_records()
        .args(args)
        .output()
        .expect("run contact-records")
}

fn out(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn err(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/sample-case.json")
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A data file with the sample case imported.
fn with_sample(dir: &Path) -> PathBuf {
    let db = dir.join("cases.db");
    let o = run(&[
        "--db",
        s(&db),
        "import",
        s(&sample()),
        "--trust-new-signers",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    db
}

#[test]
fn import_prints_what_was_imported() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cases.db");
    let o = run(&[
        "--db",
        s(&db),
        "import",
        s(&sample()),
        "--trust-new-signers",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let text = out(&o);
    assert!(
        text.contains("Imported SA26P00417: Re: S and D (children)"),
        "{text}"
    );
    // The supervised, supported and final-record referrals (9 sessions, 7 records) and the court
    // work after them: CCI (3 sessions), Level 2 (2), Level 3 (2), each session with its record.
    assert!(text.contains("16 sessions"), "{text}");
    assert!(text.contains("14 records (1 addenda)"), "{text}");

    let o = run(&[
        "--db",
        s(&db),
        "import",
        s(&sample()),
        "--as-new",
        "--trust-new-signers",
        "--json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    assert_eq!(v["cases"][0]["court_case_number"], "SA26P00417-2");
    assert_eq!(v["cases"][0]["original_court_case_number"], "SA26P00417");
}

#[test]
fn import_problems_go_to_stderr_with_their_paths_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let db = with_sample(dir.path());
    let o = run(&[
        "--db",
        s(&db),
        "import",
        s(&sample()),
        "--trust-new-signers",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(out(&o).is_empty());
    assert!(
        err(&o).contains(
            "  cases[0].court_case_number: A case with court case number SA26P00417 already exists"
        ),
        "{}",
        err(&o)
    );

    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(sample()).unwrap()).unwrap();
    v["cases"][0]["court_case_number"] = "NEW-1".into();
    // Its records were signed under the sample's number, which the bundle must then say.
    v["cases"][0]["signed_as_number"] = "SA26P00417".into();
    v["cases"][0]["referrals"][0]["sessions"][3]["duration_minutes"] = 240.into();
    v["cases"][0]["referrals"][0]["sessions"][2]["attendance"][0]["person"] = "adult-3".into();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, v.to_string()).unwrap();
    let o = run(&["--db", s(&db), "import", s(&bad), "--trust-new-signers"]);
    assert_eq!(o.status.code(), Some(1));
    let e = err(&o);
    assert!(
        e.contains("nothing was changed: 3 problems were found"),
        "{e}"
    );
    // Session 3's record was signed with the attendance as it was.
    assert!(
        e.contains("  cases[0].referrals[0].sessions[2].record.signed_snapshot: the signed document does not match"),
        "{e}"
    );
    assert!(
        e.contains("  cases[0].referrals[0].sessions[3].duration_minutes: "),
        "{e}"
    );
    assert!(
        e.contains("  cases[0].referrals[0].sessions[2].attendance[0]: Only the people named"),
        "{e}"
    );
    let o = run(&["--db", s(&db), "cases"]);
    assert!(!out(&o).contains("NEW-1"), "nothing was imported");
}

#[test]
fn import_refuses_broken_files_and_other_formats() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cases.db");
    let broken = dir.path().join("broken.json");
    std::fs::write(
        &broken,
        "{\n  \"format\": \"contact-records/case-bundle\",\n  oops\n}",
    )
    .unwrap();
    let o = run(&["--db", s(&db), "import", s(&broken)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("not valid JSON (line 3, column 3)"),
        "{}",
        err(&o)
    );

    let other = dir.path().join("other.json");
    std::fs::write(&other, r#"{"format": "something/else", "version": 1}"#).unwrap();
    let o = run(&["--db", s(&db), "import", s(&other)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("not a Contact Records case bundle"),
        "{}",
        err(&o)
    );

    let newer = dir.path().join("newer.json");
    std::fs::write(
        &newer,
        r#"{"format": "contact-records/case-bundle", "version": 7}"#,
    )
    .unwrap();
    let o = run(&["--db", s(&db), "import", s(&newer)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("version 7"), "{}", err(&o));

    let o = run(&[
        "--db",
        s(&db),
        "import",
        s(&dir.path().join("missing.json")),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("Could not read"), "{}", err(&o));
}

#[test]
fn export_writes_a_bundle_that_imports_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let db = with_sample(dir.path());
    let file = dir.path().join("handover.json");
    let o = run(&["--db", s(&db), "export", "sa26p00417", "--out", s(&file)]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(out(&o).contains("Exported 1 case to"), "{}", out(&o));
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(names.is_empty(), "temporary file left behind: {names:?}");
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(v["format"], "contact-records/case-bundle");
    assert_eq!(v["cases"][0]["adults"][2]["full_name"], "Gwenllïan Gŵyn");

    let other = dir.path().join("other.db");
    let o = run(&["--db", s(&other), "import", s(&file), "--trust-new-signers"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));

    let o = run(&["--db", s(&db), "export", "NOPE-1", "--out", s(&file)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("No case has court case number NOPE-1"),
        "{}",
        err(&o)
    );
    let o = run(&["--db", s(&db), "export", "SA26P00417"]);
    assert_eq!(o.status.code(), Some(2), "--out is required");
}

#[test]
fn show_prints_the_case_as_text_or_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = with_sample(dir.path());
    let o = run(&[
        "--db",
        s(&db),
        "show",
        "SA26P00417",
        "--today",
        "2026-11-23",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let text = out(&o);
    for expected in [
        "SA26P00417  Re: S and D (children)",
        "Gwenllïan Gŵyn      grandparent, visiting",
        "Referral 1: Supervised contact at Tŷ Cyswllt Abertawe (active)",
        "4    10/10/2026  10:00  1 h     took place  draft",
        "Record of Supported Contact: final",
        "26/09/2026  abusive behaviour  Mark Thompson",
        "Send the Record of Observed Contact for session 4",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from:\n{text}"
        );
    }
    let o = run(&["--db", s(&db), "show", "SA26P00417", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    assert_eq!(v["case"]["court_case_number"], "SA26P00417");
    assert_eq!(v["referrals"][0]["session_records"][0]["record"], "final");
    assert_eq!(v["referrals"][1]["supported_record"], "final");
    assert_eq!(v["incidents"].as_array().unwrap().len(), 1);

    let o = run(&["--db", s(&db), "show", "XX1"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn check_passes_a_good_file_and_fails_a_damaged_one_with_3() {
    let dir = tempfile::tempdir().unwrap();
    let db = with_sample(dir.path());
    let o = run(&["--db", s(&db), "check"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(out(&o), "Integrity check: ok\nForeign keys: ok\n");

    // Scribble over the middle of the file, as a failing disk might.
    let mut bytes = std::fs::read(&db).unwrap();
    let (mid, len) = (bytes.len() / 2, bytes.len());
    for b in &mut bytes[mid..mid + 4096.min(len - mid)] {
        *b = 0xA5;
    }
    std::fs::write(&db, bytes).unwrap();
    let o = run(&["--db", s(&db), "check"]);
    assert_eq!(o.status.code(), Some(3), "{}\n{}", out(&o), err(&o));
}

#[test]
fn every_new_command_has_an_example_in_its_help() {
    for cmd in ["show", "import", "export", "check"] {
        let o = run(&[cmd, "--help"]);
        assert_eq!(o.status.code(), Some(0));
        assert!(out(&o).contains("Example"), "{cmd} --help has no example");
    }
}

#[test]
fn search_finds_the_samples_words_with_and_without_accents() {
    let dir = tempfile::tempdir().unwrap();
    let db = with_sample(dir.path());
    for q in ["Sian", "Siân"] {
        let o = run(&["--db", s(&db), "search", q]);
        assert_eq!(o.status.code(), Some(0), "{}", err(&o));
        let text = out(&o);
        assert!(
            text.starts_with("SA26P00417  Re: S and D (children)"),
            "{text}"
        );
        assert!(text.contains("Child: [Siân] Llŷr-Thompson"), "{text}");
    }
    let o = run(&["--db", s(&db), "search", "gwyn", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    let hits = v["cases"][0]["hits"].as_array().unwrap();
    assert_eq!(hits[0]["source"], "adult");
    let words: Vec<&str> = hits
        .iter()
        .flat_map(|h| {
            h["title"]
                .as_array()
                .unwrap()
                .iter()
                .chain(h["passage"].as_array().unwrap())
        })
        .filter(|f| f["matched"] == true)
        .filter_map(|f| f["text"].as_str())
        .collect();
    assert!(words.contains(&"Gŵyn"), "{words:?}");
    // Two words, one in the record of the third session; nothing found is not an error.
    let o = run(&["--db", s(&db), "search", "board", "game"]);
    assert!(out(&o).contains("[board] [game]"), "{}", out(&o));
    let o = run(&["--db", s(&db), "search", "zzzz"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(out(&o), "Nothing found for \"zzzz\".\n");
}

#[test]
fn cases_json_lists_every_case_beyond_the_registers_page() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("many.db");
    {
        let mut st = contact_records_core::Store::create(&db, &common::key()).unwrap();
        st.all_or_nothing(|st| {
            for i in 0..205 {
                st.create_case(&contact_records_core::model::CaseInput {
                    court: "Family Court at Cardiff".into(),
                    court_case_number: format!("CF24P{i:05}"),
                    cafcass_number: String::new(),
                    cafcass_system: contact_records_core::model::CafcassSystem::Iris,
                    adviser_name: String::new(),
                    case_name: "Re: A (a child)".into(),
                    status: contact_records_core::model::CaseStatus::Open,
                    notes: String::new(),
                })?;
            }
            Ok(())
        })
        .unwrap();
    }
    let o = run(&["--db", s(&db), "cases", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    assert_eq!(v["total"], 205);
    assert_eq!(v["cases"].as_array().unwrap().len(), 205);
}
