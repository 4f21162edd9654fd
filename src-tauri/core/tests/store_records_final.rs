//! A final record through the store: signed and fingerprinted, unchanged by raw SQL, its session
//! and attendance locked, addenda, and `verify` catching a record changed behind the triggers.

use crate::common::*;
use crate::store_records::*;
use contact_records_core::model::*;
use contact_records_core::{ErrorCode, Store};

#[test]
fn a_final_record_is_signed_fingerprinted_and_refuses_drafts() {
    let mut s = Store::open_in_memory().unwrap();
    let (f, _, sid, _) = finalised(&mut s);
    let v = s.record_for_session(sid, today()).unwrap();
    assert_eq!(v.status, RecordStatus::Final);
    assert_eq!(
        v.signature.as_ref().unwrap().signed_at,
        "2026-11-23T16:30:00"
    );
    assert_eq!(v.fingerprint.as_ref().unwrap().len(), 64);
    let e = s
        .save_record_draft(sid, &full_content(&f), today())
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Finalised);
    assert_eq!(
        e.message,
        "This record was finalised on 23/11/2026 and cannot be changed. Add an addendum instead."
    );
    let e = s.finalise_record(sid, &signer(), now()).unwrap_err();
    assert_eq!(e.code, ErrorCode::Finalised);
    let report = s.verify().unwrap();
    assert!(report.is_intact(), "{report:?}");
    assert_eq!(report.records_checked, 1);
}

#[test]
fn raw_sql_cannot_update_or_delete_a_final_record() {
    let (_dir, path, mut s) = file_store();
    let (_, _, _, record_id) = finalised(&mut s);
    let raw = raw(&path);
    let e = raw
        .execute(
            "UPDATE records SET content_json = '{}' WHERE id = ?1",
            [record_id],
        )
        .unwrap_err();
    assert!(e.to_string().contains("finalised"), "{e}");
    let e = raw
        .execute("DELETE FROM records WHERE id = ?1", [record_id])
        .unwrap_err();
    assert!(e.to_string().contains("finalised"), "{e}");
    let e = raw
        .execute(
            "UPDATE records SET status = 'draft', signed_name = NULL, signed_role = NULL,
                signed_at = NULL, signed_json = NULL, fingerprint = NULL WHERE id = ?1",
            [record_id],
        )
        .unwrap_err();
    assert!(e.to_string().contains("finalised"), "{e}");
}

#[test]
fn attendance_and_session_of_a_finalised_record_are_locked() {
    let (_dir, path, mut s) = file_store();
    let (f, _, sid, _) = finalised(&mut s);
    let e = s
        .record_attendance(sid, &present(f.sian, "09:50", "11:00"), today())
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Finalised);
    assert!(
        e.message.contains("attendance cannot be changed"),
        "{}",
        e.message
    );
    let e = s
        .update_session(
            sid,
            &session("20/11/2026", "10:30", 60, SessionStatus::TookPlace),
            today(),
        )
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Finalised);
    let raw = raw(&path);
    for sql in [
        "DELETE FROM attendance WHERE session_id = ?1",
        "UPDATE attendance SET departed = '10:59' WHERE session_id = ?1",
        "INSERT INTO attendance (session_id, adult_id, arrived) VALUES (?1, 1, '10:00')",
        "DELETE FROM sessions WHERE id = ?1",
    ] {
        let e = raw.execute(sql, [sid]).unwrap_err();
        assert!(e.to_string().contains("finalised"), "{sql}: {e}");
    }
}

#[test]
fn addenda_only_on_final_records_and_never_changed() {
    let (_dir, path, mut s) = file_store();
    let (f, _, sid) = observed_case(&mut s);
    let draft = s
        .save_record_draft(sid, &full_content(&f), today())
        .unwrap();
    let input = AddendumInput {
        reason: "Arrival time corrected".into(),
        text: "Mr Jones arrived at 10:05.".into(),
        name: "Rhys Morgan".into(),
        role: "Contact supervisor".into(),
    };
    let e = s.add_addendum(draft.record_id, &input, now()).unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    assert_eq!(
        e.message,
        "Only a finalised record takes addenda: edit the draft instead."
    );
    let raw = raw(&path);
    let e = raw
        .execute(
            "INSERT INTO record_addenda (record_id, reason, text, signed_name, signed_role,
                signed_at, fingerprint) VALUES (?1, 'r', 't', 'n', 'x', '2026-11-23T10:00:00', 'f')",
            [draft.record_id],
        )
        .unwrap_err();
    assert!(e.to_string().contains("Only a finalised record"), "{e}");

    s.finalise_record(sid, &signer(), now()).unwrap();
    let e = s
        .add_addendum(
            draft.record_id,
            &AddendumInput {
                reason: String::new(),
                ..input.clone()
            },
            now(),
        )
        .unwrap_err();
    assert_eq!(e.fields[0].field, "reason");
    let v = s.add_addendum(draft.record_id, &input, now()).unwrap();
    assert_eq!(v.addenda.len(), 1);
    let v = s.add_addendum(draft.record_id, &input, now()).unwrap();
    assert_ne!(v.addenda[0].fingerprint, v.addenda[1].fingerprint);
    for sql in [
        "UPDATE record_addenda SET text = 'changed' WHERE record_id = ?1",
        "DELETE FROM record_addenda WHERE record_id = ?1",
    ] {
        let e = raw.execute(sql, [draft.record_id]).unwrap_err();
        assert!(e.to_string().contains("cannot be"), "{sql}: {e}");
    }
    assert_eq!(s.verify().unwrap().addenda_checked, 2);

    let h = s.record_history(draft.record_id).unwrap();
    let summary: Vec<_> = h
        .iter()
        .map(|e| (e.table_name.as_str(), e.action.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            ("records", "insert"),
            ("records", "update"),
            ("record_addenda", "insert"),
            ("record_addenda", "insert"),
        ]
    );
    let signed = h[1].after_json.as_deref().unwrap();
    assert!(signed.contains("\"status\":\"final\""));
    assert!(
        signed.contains("SUMMARYTEXT"),
        "the finalise entry carries the snapshot"
    );
}

#[test]
fn verify_catches_a_final_record_changed_behind_the_triggers() {
    let (_dir, path, mut s) = file_store();
    let (_, _, _, record_id) = finalised(&mut s);
    drop(s);
    let raw = raw(&path);
    raw.execute_batch(&format!(
        "DROP TRIGGER records_final_no_update;
         UPDATE records SET signed_json = replace(signed_json, 'A warm session', 'A cold session')
         WHERE id = {record_id};"
    ))
    .unwrap();
    drop(raw);
    let s = open_store(&path);
    let report = s.verify().unwrap();
    assert_eq!(report.first_broken_audit_entry, None);
    assert_eq!(report.tampered.len(), 1, "{report:?}");
    let t = &report.tampered[0];
    assert_eq!(t.record_id, record_id);
    assert_eq!(t.case_number, "CF24P00123");
    assert_eq!(t.session_number, Some(1));
    assert!(t.what.contains("signature does not verify"), "{}", t.what);
    assert_eq!(report.missing_triggers, ["records_final_no_update"]);
    assert!(!report.is_intact());
}

#[test]
fn verify_catches_a_final_record_turned_back_into_a_draft() {
    let (_dir, path, mut s) = file_store();
    let (_, _, _, record_id) = finalised(&mut s);
    drop(s);
    let raw = raw(&path);
    raw.execute_batch(&format!(
        "DROP TRIGGER records_final_no_update;
         UPDATE records SET status = 'draft', signed_name = NULL, signed_role = NULL,
            signed_at = NULL, signed_json = NULL, fingerprint = NULL WHERE id = {record_id};"
    ))
    .unwrap();
    drop(raw);
    let report = open_store(&path).verify().unwrap();
    assert_eq!(report.records_checked, 0);
    assert_eq!(report.tampered.len(), 1, "{report:?}");
    assert!(report.tampered[0].what.contains("audit log shows"));
}
