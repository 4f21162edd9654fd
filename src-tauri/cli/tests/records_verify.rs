//! The built `contact-records` binary's `verify`: intact, then a tampered record, a changed byte of
//! an exported PDF, and dropped triggers, each named.

use crate::common;
use crate::records::*;
use contact_records_core::Store;

#[test]
fn verify_says_intact_then_catches_a_tampered_record() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("data.db");
    let record_id = seed(&db, false);
    let o = run(&["--db", db.to_str().unwrap(), "verify"]);
    assert!(o.status.success(), "{o:?}");
    assert!(
        out(&o).contains("The audit chain is intact."),
        "{}",
        out(&o)
    );
    assert!(out(&o).contains("Signed records checked: 1"));

    let raw = common::raw(&db);
    raw.execute_batch(&format!(
        "DROP TRIGGER records_final_no_update;
         UPDATE records SET signed_name = 'Someone Else' WHERE id = {record_id};"
    ))
    .unwrap();
    drop(raw);
    let o = run(&["--db", db.to_str().unwrap(), "verify"]);
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    assert!(out(&o).contains("Tampered: record"), "{}", out(&o));
    assert!(out(&o).contains("case CF24P00123, session 1"));
    assert!(err(&o).contains("failed verification"));

    let o = run(&["--db", db.to_str().unwrap(), "verify", "--json"]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    assert_eq!(v["tampered"][0]["record_id"], record_id);
}

#[test]
fn verify_pdf_passes_on_an_exported_record_and_names_a_changed_byte() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("data.db");
    seed(&db, false);
    let pdf = dir.path().join("s1.pdf");
    let db_s = db.to_str().unwrap();
    let pdf_s = pdf.to_str().unwrap();
    let o = run(&[
        "--db",
        db_s,
        "report",
        "observed",
        "--case",
        "CF24P00123",
        "--session",
        "1",
        "--out",
        pdf_s,
    ]);
    assert!(o.status.success(), "{}", err(&o));

    let o = run(&["verify-pdf", pdf_s]);
    assert_eq!(o.status.code(), Some(0), "{}{}", out(&o), err(&o));
    let text = out(&o);
    assert!(
        text.contains(
            "Verified: record-CF24P00123-session-1.json (case CF24P00123, session 1), signed by"
        ),
        "{text}"
    );
    assert!(!text.contains("WARNING"), "{text}");

    let o = run(&["--db", db_s, "verify-pdf", pdf_s]);
    assert_eq!(o.status.code(), Some(0), "{}{}", out(&o), err(&o));
    assert!(
        out(&o).contains("This data file knows this key as theirs."),
        "{}",
        out(&o)
    );

    // Another data file has never seen this key.
    let other = dir.path().join("other.db");
    drop(Store::create(&other, &common::key()).unwrap());
    let o = run(&["--db", other.to_str().unwrap(), "verify-pdf", pdf_s]);
    assert_eq!(o.status.code(), Some(1));
    assert!(out(&o).contains("does not know this key"), "{}", out(&o));

    let mut bytes = std::fs::read(&pdf).unwrap();
    let needle = b"\"summary\":\"";
    let at = bytes
        .windows(needle.len())
        .position(|w| w == needle)
        .unwrap();
    bytes[at + needle.len()] ^= 0x01;
    let tampered = dir.path().join("tampered.pdf");
    std::fs::write(&tampered, bytes).unwrap();
    let o = run(&["verify-pdf", tampered.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let text = out(&o);
    assert!(
        text.contains("FAILED: record-CF24P00123-session-1.json: The signature does not verify"),
        "{text}"
    );
    assert!(err(&o).contains("failed verification"), "{}", err(&o));
}

#[test]
fn verify_names_dropped_triggers() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("data.db");
    seed(&db, false);
    let raw = common::raw(&db);
    raw.execute_batch("DROP TRIGGER sessions_locked_update;")
        .unwrap();
    drop(raw);
    let o = run(&["--db", db.to_str().unwrap(), "verify"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        out(&o).contains("Missing trigger: sessions_locked_update"),
        "{}",
        out(&o)
    );
}
