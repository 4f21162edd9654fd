//! `verify` on a data file changed behind the app's back: each change to a signed record, its
//! session, attendance or content, or to the triggers, is caught and named by case and session.

use crate::common;
use crate::sample_builder;

use contact_records_core::model::signing::KeyPair;
use contact_records_core::model::{AddendumInput, VerifyReport};
use sample_builder::build_sample;

/// The sample case in a file, and a raw connection to change it with.
fn sample_file() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cases.db");
    let mut s = common::create_store(&path);
    build_sample(&mut s);
    assert!(s.verify().unwrap().is_intact());
    (dir, path)
}

fn tamper(path: &std::path::Path, sql: &str) -> VerifyReport {
    let raw = common::raw(path);
    raw.execute_batch(sql).unwrap();
    drop(raw);
    common::open_store(path).verify().unwrap()
}

fn named(r: &VerifyReport, session: Option<u32>, words: &str) -> bool {
    r.tampered.iter().any(|t| {
        t.case_number == "SA26P00417" && t.session_number == session && t.what.contains(words)
    })
}

#[test]
fn content_edited_in_the_file_is_caught() {
    let (_d, path) = sample_file();
    let r = tamper(
        &path,
        "DROP TRIGGER records_final_no_update;
         UPDATE records SET content_json = replace(content_json, 'Siân', 'Sian')
         WHERE session_id = (SELECT id FROM sessions WHERE number = 2 AND referral_id =
             (SELECT min(referral_id) FROM records));",
    );
    assert!(named(&r, Some(2), "the record's content"), "{r:?}");
    assert_eq!(r.missing_triggers, ["records_final_no_update"]);
    assert!(!r.is_intact());
}

#[test]
fn a_signed_document_edited_in_the_file_is_caught() {
    let (_d, path) = sample_file();
    let r = tamper(
        &path,
        "DROP TRIGGER records_final_no_update;
         UPDATE records SET signed_json = replace(signed_json, 'Siân', 'Sian') WHERE kind = 'observed';",
    );
    assert!(named(&r, Some(1), "signature does not verify"), "{r:?}");
    assert!(named(&r, Some(3), "signature does not verify"), "{r:?}");
}

#[test]
fn an_addendum_changed_or_removed_in_the_file_is_caught() {
    let (_d, path) = sample_file();
    let r = tamper(
        &path,
        "DROP TRIGGER record_addenda_no_update;
         UPDATE record_addenda SET text = text || ' (and more)'
         WHERE id = (SELECT min(id) FROM record_addenda);",
    );
    let what = |words: &str| r.tampered.iter().any(|t| t.what.contains(words));
    assert!(
        what("Addendum 1's text no longer matches what was signed."),
        "{r:?}"
    );
    assert_eq!(r.missing_triggers, ["record_addenda_no_update"]);

    // A second addendum to the sample's amended record, then the first removed: the second no
    // longer follows on from the record and the addendum before it.
    let (_d, path) = sample_file();
    let record_id: i64 = common::raw(&path)
        .query_row("SELECT min(record_id) FROM record_addenda", [], |row| {
            row.get(0)
        })
        .unwrap();
    let second = AddendumInput {
        reason: "A second correction".into(),
        text: "The visit ended at 11:05.".into(),
        name: "Rhys Morgan".into(),
        role: "Contact supervisor".into(),
    };
    let at = sample_builder::sample_today().and_hms_opt(9, 0, 0).unwrap();
    common::open_store(&path)
        .add_addendum(record_id, &second, at)
        .unwrap();
    let r = tamper(
        &path,
        &format!(
            "DROP TRIGGER record_addenda_no_delete;
             DELETE FROM record_addenda WHERE id =
                 (SELECT min(id) FROM record_addenda WHERE record_id = {record_id});"
        ),
    );
    let what = |words: &str| r.tampered.iter().any(|t| t.what.contains(words));
    assert_eq!(r.missing_triggers, ["record_addenda_no_delete"], "{r:?}");
    assert!(
        what("Addendum 1 does not follow on from the record"),
        "{r:?}"
    );
}

#[test]
fn a_finalised_session_or_its_attendance_changed_in_the_file_is_caught() {
    let (_d, path) = sample_file();
    let r = tamper(
        &path,
        "DROP TRIGGER sessions_locked_update; DROP TRIGGER attendance_locked_delete;
         UPDATE sessions SET duration_minutes = duration_minutes + 30 WHERE number = 2;
         DELETE FROM attendance WHERE id = (SELECT min(a.id) FROM attendance a
             JOIN sessions s ON s.id = a.session_id JOIN records r ON r.session_id = s.id
             WHERE s.number = 3 AND r.kind = 'observed');",
    );
    assert!(
        named(&r, Some(2), "session 2's date, start time or length"),
        "{r:?}"
    );
    assert!(named(&r, Some(3), "session 3's attendance"), "{r:?}");
    assert_eq!(
        r.missing_triggers,
        ["attendance_locked_delete", "sessions_locked_update"]
    );
}

#[test]
fn dropped_triggers_alone_fail_verification() {
    let (_d, path) = sample_file();
    let r = tamper(
        &path,
        "DROP TRIGGER audit_log_no_update; DROP TRIGGER final_records_no_delete;",
    );
    assert!(r.tampered.is_empty(), "{r:?}");
    assert_eq!(
        r.missing_triggers,
        ["audit_log_no_update", "final_records_no_delete"]
    );
    assert!(!r.is_intact());
}

#[test]
fn a_record_re_signed_with_a_key_the_file_does_not_know_is_caught() {
    let (_d, path) = sample_file();
    let s = common::open_store(&path);
    drop(s);
    let raw = common::raw(&path);
    let text: String = raw
        .query_row(
            "SELECT signed_json FROM records WHERE kind = 'supported'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let forger = KeyPair::generate().unwrap();
    let mut doc: contact_records_core::model::SignedRecord = serde_json::from_str(&text).unwrap();
    doc.signer.public_key = forger.public_hex();
    let forged = contact_records_core::model::signing::canonical(&doc).unwrap();
    raw.execute_batch("DROP TRIGGER records_final_no_update;")
        .unwrap();
    raw.execute(
        "UPDATE records SET signed_json = ?1, signature = ?2, fingerprint = ?3 WHERE kind = 'supported'",
        rusqlite::params![
            forged,
            forger.sign(&forged),
            contact_records_core::model::signing::fingerprint(&forged)
        ],
    )
    .unwrap();
    drop(raw);
    let r = common::open_store(&path).verify().unwrap();
    assert!(
        named(&r, None, "a key this data file does not know"),
        "{r:?}"
    );
    assert!(!r.is_intact());
}

#[test]
fn the_audit_log_names_the_signer_or_the_command_line() {
    let (_d, path) = sample_file();
    let mut s = common::open_store(&path);
    let history = s.record_history(1).unwrap();
    assert!(
        history
            .iter()
            .any(|e| e.actor == "Rhys Morgan (Contact supervisor)"),
        "{history:?}"
    );
    s.set_actor("cli:tester");
    let input = contact_records_core::model::ClosureDayInput {
        date: "31/12/2026".into(),
        reason: "Closed".into(),
    };
    s.add_closure_day(&input).unwrap();
    let last = s.verify_audit_chain().unwrap();
    assert!(last.first_broken.is_none());
    let actors: Vec<String> = common::raw(&path)
        .prepare("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(actors, ["cli:tester"]);
}
