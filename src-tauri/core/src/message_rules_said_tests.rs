//! Tests of the keyed refusals: their keys and English, and the scan that keeps `Error::rule(`
//! with English words out of the core.

use crate::error::{Error, ErrorCode};
use crate::message_file::{CORRUPT, FOREIGN, LOCKED};
use chrono::NaiveDate;

fn key_and_english(e: &Error) -> (&str, &str) {
    let msg = e.msg.as_ref().expect("the refusal has a key");
    assert_eq!(msg.english(), e.message, "the key's English is the message");
    (msg.key.as_str(), e.message.as_str())
}

#[test]
fn a_rule_refusal_carries_its_key_and_the_same_english() {
    use crate::model::SessionStatus;
    use crate::rules::sessions::{check_accepted, SessionFact};
    let held = SessionFact {
        number: 2,
        date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        status: SessionStatus::TookPlace,
    };
    let e = check_accepted(None, &[held]).unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    assert_eq!(
        key_and_english(&e),
        (
            "core.rule.notAccepted",
            "Session 2 on 20/11/2026 is recorded as held, but the centre has not accepted this \
             referral. Record the date the centre accepted it first, or leave the session as \
             scheduled."
        )
    );
}

#[test]
fn durations_lists_and_services_are_parameters_said_in_the_language() {
    use crate::model::{Service, SessionStatus};
    let e = crate::rules::hours::check_centre_hours(
        Service::SupervisedContact,
        SessionStatus::Scheduled,
        120,
        300,
    )
    .unwrap_err();
    let (key, en) = key_and_english(&e);
    assert_eq!(key, "core.rule.hoursOverShorten");
    assert!(en.contains("total to 7 h of the 6 h allowed for this referral (5 h already"));
    assert!(en.contains("Shorten it to 1 h or less"));
    let counting = [60; 7];
    let e = crate::rules::hours::check_referral_totals(Service::SupportedContact, &counting)
        .unwrap_err();
    let msg = e.msg.as_ref().unwrap();
    assert_eq!(
        msg.params.get("service"),
        Some(&crate::message::Param::Key(
            "core.serviceLower.supported".into()
        ))
    );
    assert!(e
        .message
        .contains("allowed for supported contact (Cafcass Cymru Expectation"));
}

#[test]
fn not_found_names_the_thing_by_a_key() {
    let e = Error::not_found("referral");
    assert_eq!(
        key_and_english(&e),
        (
            "core.notFound",
            "That referral could not be found. It may have been removed; go back and try again."
        )
    );
    assert_eq!(
        e.msg.as_ref().unwrap().params.get("what"),
        Some(&crate::message::Param::Key("core.thing.referral".into()))
    );
}

/// The fixed texts of the data file and of the triggers are given as English words; they
/// find their keys by them.
#[test]
fn fixed_texts_find_their_keys() {
    use crate::store::errors::{CORRUPT_MESSAGE, FOREIGN_MESSAGE, LOCKED_MESSAGE};
    for (text, key) in [
        (LOCKED_MESSAGE, LOCKED.key),
        (FOREIGN_MESSAGE, FOREIGN.key),
        (CORRUPT_MESSAGE, CORRUPT.key),
    ] {
        let e = Error::new(ErrorCode::Locked, text);
        assert_eq!(key_and_english(&e).0, key);
    }
    // Every `..._MESSAGE` constant of the store (the wrong passphrase, a file not encrypted).
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store");
    let mut constants = 0;
    for entry in std::fs::read_dir(src).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for part in text.split("_MESSAGE: &str = \"").skip(1) {
            let literal = part.split("\";").next().unwrap();
            let english: String = literal
                .split("\\\n")
                .map(str::trim_start)
                .collect::<Vec<_>>()
                .join("");
            constants += 1;
            assert!(
                crate::message::fixed(&english).is_some(),
                "no key for {english:?}"
            );
        }
    }
    assert!(constants >= 5, "only {constants} constants found");
    assert!(Error::new(ErrorCode::Storage, "in use").msg.is_none());
    // Every refusal the migrations' triggers raise about a finalised record or a signed
    // report has a key.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let sql = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for part in sql.split("RAISE(ABORT, '").skip(1) {
            let text = part.split("')").next().unwrap().replace("''", "'");
            if text.contains("append-only")
                || text.ends_with("is never changed")
                || text.ends_with("is never removed")
            {
                // Never reaches a person: nothing in the app changes the logs, the reasons,
                // consultations or assessments recorded (they are corrected by a later entry).
                continue;
            }
            seen += 1;
            assert!(
                crate::message::fixed(&text).is_some(),
                "no key for {text:?}"
            );
        }
    }
    assert!(seen >= 10, "only {seen} trigger messages found");
}

/// No rule refuses in English words only: every `Error::rule(` in the core's source (outside
/// tests) fails this test; use `Error::rule_said(Message)`. The CLI-only lookups of
/// `court_reports.rs` (case numbers, `--referral N`) and `generate/` are said to the CLI's
/// user in English and are left out.
#[test]
fn no_rule_refuses_in_english_only() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let cli_only = ["court_reports.rs", "generate"];
    let mut found = Vec::new();
    let mut files = 0;
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let rel = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .to_string();
            if cli_only
                .iter()
                .any(|c| rel == *c || rel.starts_with(&format!("{c}/")))
            {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && !rel.ends_with("_tests.rs") {
                files += 1;
                let text = std::fs::read_to_string(&path).unwrap();
                let code = text.split("#[cfg(test)]").next().unwrap_or_default();
                let needle = concat!("Error::rule", "(");
                for (n, line) in code.lines().enumerate() {
                    if line.contains(needle) {
                        found.push(format!("{rel}:{}: {}", n + 1, line.trim()));
                    }
                }
            }
        }
    }
    assert!(
        files > 100,
        "only {files} files scanned: is the scan broken?"
    );
    assert!(
        found.is_empty(),
        "say these as keys (Error::rule_said, see docs/messages.md):\n{}",
        found.join("\n")
    );
}
