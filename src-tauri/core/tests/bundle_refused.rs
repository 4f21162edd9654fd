//! Every way an import is refused as a whole: a bad session, a seventh hour, an attendee not on
//! the referral, every problem at once, a taken case number, settings into a file in use, and
//! malformed JSON or another format or version. Each leaves the data file as it was.

use crate::bundle::{fields, import, sample_store, sample_value, snapshot};
use crate::sample_builder::sample_today;

use contact_records_core::bundle::*;
use contact_records_core::{ErrorCode, Store};
use serde_json::json;

#[test]
fn one_bad_session_leaves_the_data_file_unchanged_and_is_named() {
    let mut target = Store::open_in_memory().unwrap();
    // The target already has a case of its own; the import must not touch it either.
    let mut v = sample_value();
    v["cases"][0]["court_case_number"] = json!("OTHER-1");
    v["cases"][0]["signed_as_number"] = json!("SA26P00417");
    import(&mut target, &v, false).unwrap();
    let before = snapshot(&target);
    let audit_before = target.verify().unwrap().audit_entries;

    let mut v = sample_value();
    v["cases"][0]["referrals"][0]["sessions"][3]["venue"] = json!("x".repeat(300));
    let e = import(&mut target, &v, false).unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert_eq!(
        fields(&e)[0].0,
        "cases[0].referrals[0].sessions[3].venue",
        "{e:?}"
    );
    assert!(e.message.contains("nothing was changed"), "{}", e.message);
    assert_eq!(snapshot(&target), before);
    assert_eq!(target.list_cases("").unwrap().total, 1);
    assert_eq!(
        target.verify().unwrap().audit_entries,
        audit_before,
        "not even an audit entry was written"
    );
}

#[test]
fn a_seventh_hour_is_refused_with_its_path() {
    let mut v = sample_value();
    // Four 1-hour sessions; make the last one 3 hours: 3 + 3 = 6 is fine, so make it 150
    // minutes on top of 4 h 30 min.
    v["cases"][0]["referrals"][0]["sessions"][2]["duration_minutes"] = json!(150);
    v["cases"][0]["referrals"][0]["sessions"][3]["duration_minutes"] = json!(150);
    let mut s = Store::open_in_memory().unwrap();
    let e = import(&mut s, &v, false).unwrap_err();
    let f = fields(&e);
    assert_eq!(f.len(), 2, "{f:?}");
    // Session 3's record was signed for a one-hour session.
    assert_eq!(
        f[0].0,
        "cases[0].referrals[0].sessions[2].record.signed_snapshot"
    );
    assert!(
        f[0].1.contains("session 3's date, start time or length"),
        "{}",
        f[0].1
    );
    assert_eq!(f[1].0, "cases[0].referrals[0].sessions[3].duration_minutes");
    assert!(f[1].1.contains("7 h of the 6 h allowed"), "{}", f[1].1);
    assert_eq!(s.list_cases("").unwrap().total, 0);
}

#[test]
fn an_attendee_not_on_the_referral_is_refused() {
    let mut v = sample_value();
    // adult-3, the grandmother, is named on the supported referral only.
    v["cases"][0]["referrals"][0]["sessions"][0]["attendance"][2]["person"] = json!("adult-3");
    let mut s = Store::open_in_memory().unwrap();
    let e = import(&mut s, &v, false).unwrap_err();
    let f = fields(&e);
    assert_eq!(f[0].0, "cases[0].referrals[0].sessions[0].attendance[2]");
    assert!(
        f[0].1.contains("Gwenllïan Gŵyn is not named on it"),
        "{}",
        f[0].1
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let mut v = sample_value();
    let case = &mut v["cases"][0];
    case["children"][1]["full_name"] = json!("  ");
    case["referrals"][0]["sessions"][1]["attendance"][0]["person"] = json!("child-9");
    case["referrals"][1]["sessions"][0]["start_time"] = json!("25:00");
    case["incidents"][0]["session"] = json!(7);
    let mut s = Store::open_in_memory().unwrap();
    let e = import(&mut s, &v, false).unwrap_err();
    let paths: Vec<String> = fields(&e).into_iter().map(|(p, _)| p).collect();
    for expected in [
        "cases[0].children[1].full_name",
        "cases[0].referrals[0].sessions[1].attendance[0].person",
        "cases[0].referrals[1].sessions[0].start_time",
        "cases[0].incidents[0].session",
    ] {
        assert!(
            paths.iter().any(|p| p == expected),
            "{expected} missing from {paths:?}"
        );
    }
    assert!(e.message.contains("problems were found"), "{}", e.message);
}

#[test]
fn a_taken_case_number_is_refused_unless_imported_as_new() {
    let (mut s, _) = sample_store();
    let v = sample_value();
    let before = snapshot(&s);
    let e = import(&mut s, &v, false).unwrap_err();
    let f = fields(&e);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "cases[0].court_case_number");
    assert!(f[0].1.contains("SA26P00417-2"), "{}", f[0].1);
    assert_eq!(snapshot(&s), before);

    let summary = import(&mut s, &v, true).unwrap();
    let c = &summary.cases[0];
    assert_eq!(c.court_case_number, "SA26P00417-2");
    assert_eq!(c.original_court_case_number.as_deref(), Some("SA26P00417"));
    assert!(
        !summary.settings_applied,
        "a data file in use keeps its settings"
    );
    let third = import(&mut s, &v, true).unwrap();
    assert_eq!(third.cases[0].court_case_number, "SA26P00417-3");
}

#[test]
fn settings_are_taken_only_into_an_empty_data_file() {
    let mut v = sample_value();
    v["settings"]["calendar_kind"] = json!("jersey");
    let mut empty = Store::open_in_memory().unwrap();
    import(&mut empty, &v, false).unwrap();
    assert_eq!(
        empty.calendar_kind().unwrap(),
        contact_records_core::rules::CalendarKind::Jersey
    );
    assert_eq!(empty.list_closure_days().unwrap().len(), 1);

    let (mut used, _) = sample_store();
    v["cases"][0]["court_case_number"] = json!("NEW-1");
    v["cases"][0]["signed_as_number"] = json!("SA26P00417");
    v["settings"]["closure_days"] = json!([{"date": "2026-12-29", "reason": "Training"}]);
    let summary = import(&mut used, &v, false).unwrap();
    assert!(!summary.settings_applied);
    assert_eq!(
        used.calendar_kind().unwrap(),
        contact_records_core::rules::CalendarKind::EnglandWales
    );
    assert_eq!(used.list_closure_days().unwrap().len(), 1);
}

#[test]
fn malformed_json_wrong_format_and_version_say_so() {
    let mut s = Store::open_in_memory().unwrap();
    let e = import_bundle(
        &mut s,
        "{\"format\": \"contact-records/case-bundle\",\n  \"version\": 1,,}",
        ImportOptions::default(),
        sample_today(),
    )
    .unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert!(
        e.message.contains("not valid JSON (line 2, column 16)"),
        "{}",
        e.message
    );

    let mut v = sample_value();
    v["format"] = json!("contact-records/backup");
    let e = import(&mut s, &v, false).unwrap_err();
    assert!(
        e.message.contains("not a Contact Records case bundle"),
        "{}",
        e.message
    );

    let mut v = sample_value();
    v["version"] = json!(3);
    let e = import(&mut s, &v, false).unwrap_err();
    assert!(e.message.contains("version 3"), "{}", e.message);

    let mut v = sample_value();
    v["cases"][0]["children"][0]["date_of_birth"] = json!("14/02/2019");
    let e = import(&mut s, &v, false).unwrap_err();
    assert_eq!(fields(&e)[0].0, "cases[0].children[0].date_of_birth");
    assert!(fields(&e)[0].1.contains("YYYY-MM-DD"), "{:?}", fields(&e));

    let mut v = sample_value();
    v["cases"][0]["colour"] = json!("blue");
    let e = import(&mut s, &v, false).unwrap_err();
    assert!(
        fields(&e)[0].1.contains("\"colour\" is not a field"),
        "{:?}",
        fields(&e)
    );
    assert_eq!(s.list_cases("").unwrap().total, 0);
}
