//! Hostile bundles through the built CLI, continued: impossible dates and times, duplicates within
//! a bundle, hidden characters, each refused naming the field; and the closed pipe.

use std::process::Stdio;

use crate::common;
use crate::hostile::*;

#[test]
fn impossible_dates_and_times_say_which_and_why() {
    let dir = tempfile::tempdir().unwrap();
    let db = data_file(dir.path());
    let d = dir.path();

    let mut v = fresh();
    v["cases"][0]["children"][0]["date_of_birth"] = "2019-02-30".into();
    refused(
        d,
        &db,
        &bytes(&v),
        "cases[0].children[0].date_of_birth",
        &[
            "\"2019-02-30\" is not a real date",
            "February 2019 has 28 days",
        ],
    );

    let mut v = fresh();
    v["cases"][0]["referrals"][0]["sessions"][1]["date"] = "2026-13-01".into();
    refused(
        d,
        &db,
        &bytes(&v),
        "cases[0].referrals[0].sessions[1].date",
        &["no month 13"],
    );

    let mut v = fresh();
    v["cases"][0]["referrals"][0]["received_on"] = "23/11/2026".into();
    refused(
        d,
        &db,
        &bytes(&v),
        "cases[0].referrals[0].received_on",
        &["year-month-day"],
    );

    let mut v = fresh();
    v["cases"][0]["referrals"][0]["sessions"][0]["start_time"] = "25:00".into();
    refused(
        d,
        &db,
        &bytes(&v),
        "cases[0].referrals[0].sessions[0].start_time",
        &["24-hour clock"],
    );

    // Start plus length is range-checked before it is added: no overflow, no panic.
    for minutes in [u32::MAX, u32::MAX - 100, 100_000] {
        let mut v = fresh();
        v["cases"][0]["referrals"][0]["sessions"][0]["start_time"] = "23:59".into();
        v["cases"][0]["referrals"][0]["sessions"][0]["duration_minutes"] = minutes.into();
        refused(
            d,
            &db,
            &bytes(&v),
            "cases[0].referrals[0].sessions[0].duration_minutes",
            &["15 minutes to 12 hours"],
        );
    }
}

#[test]
fn duplicates_within_a_bundle_are_reported_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let db = data_file(dir.path());
    let d = dir.path();
    let mut v = fresh();
    let mut second = v["cases"][0].clone();
    // The same number, however it is spaced or cased.
    second["court_case_number"] = " new - 1 ".into();
    v["cases"].as_array_mut().unwrap().push(second);
    let e = refused(
        d,
        &db,
        &bytes(&v),
        "cases[1].court_case_number",
        &["cases[0] in this bundle has the same court case number"],
    );
    assert!(!e.contains("already exists in this data file"), "{e}");

    // Against the data file, a number differing only in case and spacing is the same case.
    let mut v = sample();
    v["cases"][0]["court_case_number"] = "sa26 p00417".into();
    refused(
        d,
        &db,
        &bytes(&v),
        "cases[0].court_case_number",
        &["already exists"],
    );
}

#[test]
fn hidden_characters_are_refused_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let db = data_file(dir.path());
    let d = dir.path();

    // The report: a zero-width space made a second case beside the real one.
    let mut v = sample();
    v["cases"][0]["court_case_number"] = "SA26P\u{200B}00417".into();
    refused(
        d,
        &db,
        &bytes(&v),
        "cases[0].court_case_number",
        &["The court case number", "zero-width", "U+200B"],
    );

    let cases: [(&str, &[&str], &str, &str); 6] = [
        (
            "children",
            &["0", "full_name"],
            "Siân \u{202E}nosmohT",
            "text-direction",
        ),
        (
            "children",
            &["1", "full_name"],
            "Dylan\u{200D}",
            "zero-width",
        ),
        (
            "adults",
            &["0", "full_name"],
            "Ann\u{0}e",
            "control character",
        ),
        ("adults", &["1", "full_name"], "Tom\u{FEFF}", "zero-width"),
        ("children", &["0", "ref"], "child\u{200B}-1", "zero-width"),
        (
            "adults",
            &["2", "full_name"],
            "Line\nbreak",
            "control character",
        ),
    ];
    for (list, at, value, words) in cases {
        let mut v = fresh();
        let i: usize = at[0].parse().unwrap();
        v["cases"][0][list][i][at[1]] = value.into();
        let path = format!("cases[0].{list}[{i}].{}", at[1]);
        refused(d, &db, &bytes(&v), &path, &[words]);
    }

    let mut v = fresh();
    v["cases"][0]["notes"] = "Fine.\nBut \u{202E}this is reversed".into();
    refused(
        d,
        &db,
        &bytes(&v),
        "cases[0].notes",
        &["Notes contains a hidden text-direction control"],
    );
}

#[test]
fn a_closed_pipe_ends_the_cli_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let db = data_file(dir.path());
    for args in [
        vec!["cases"],
        vec!["cases", "--json"],
        vec!["show", "SA26P00417"],
    ] {
        let mut child = common::contact_records()
            .arg("--db")
            .arg(&db)
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The reader goes away at once, as `head -1` does after its line.
        drop(child.stdout.take());
        let o = child.wait_with_output().unwrap();
        let e = err(&o);
        assert!(!e.contains("panicked"), "{args:?}: {e}");
        assert_ne!(o.status.code(), Some(101), "{args:?}: {e}");
    }
}
