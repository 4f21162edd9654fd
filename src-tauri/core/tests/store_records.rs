//! Records of contact through the store: drafts, finalising with its completeness check, the SQL
//! triggers that keep final records unchanged, addenda, fingerprints, verify, history, deadlines.

use crate::common;

use chrono::{NaiveDateTime, NaiveTime};
use common::*;
use contact_records_core::model::*;
use contact_records_core::rules::DeadlineKind;
use contact_records_core::{ErrorCode, Store};

pub fn now() -> NaiveDateTime {
    today().and_time(NaiveTime::from_hms_opt(16, 30, 0).unwrap())
}

fn signer() -> SignerInput {
    SignerInput {
        name: "Rhys Morgan".into(),
        role: "Contact supervisor".into(),
    }
}

/// A sent supervised referral naming the father and Siân, with one session that took place on
/// 20/11/2026 10:00-11:00 and both recorded present. Returns (family, referral, session).
fn observed_case(s: &mut Store) -> (Family, i64, i64) {
    let f = family(s, "CF24P00123");
    let input = referral_input(Service::SupervisedContact, vec![f.father, f.sian]);
    let rid = s
        .create_referral(f.case_id, &input, today())
        .unwrap()
        .referral
        .id;
    s.mark_referral_sent(rid, "06/11/2026", today()).unwrap();
    accept(s, rid);
    let sid = s
        .add_session(
            rid,
            &session("20/11/2026", "10:00", 60, SessionStatus::TookPlace),
            today(),
        )
        .unwrap()
        .sessions[0]
        .session
        .id;
    s.record_attendance(sid, &present(f.sian, "09:55", "11:00"), today())
        .unwrap();
    s.record_attendance(sid, &present(f.father, "10:00", "11:00"), today())
        .unwrap();
    (f, rid, sid)
}

fn child_id(p: PersonRef) -> i64 {
    match p {
        PersonRef::Child(id) => id,
        PersonRef::Adult(_) => panic!("not a child"),
    }
}

fn full_content(f: &Family) -> RecordContent {
    RecordContent {
        actual_start: "10:00".into(),
        actual_end: "11:00".into(),
        aim_and_requirements: "AIMTEXT Observe play.".into(),
        arrival_and_greeting: "ARRIVALTEXT Siân ran to her father.".into(),
        adult_engagement: "ENGAGEMENTTEXT Warm and patient; ŵ ŷ typed here.".into(),
        children: vec![ChildNotes {
            child_id: child_id(f.sian),
            observations: "SIANOBS Siân laughed often.".into(),
            quotes: vec!["Dw i eisiau aros gyda Dad.".into()],
        }],
        ending_and_handover: "ENDINGTEXT Calm goodbye.".into(),
        summary: "SUMMARYTEXT A warm session.".into(),
        ..RecordContent::default()
    }
}

/// Opens a store on a temporary file, so a raw connection can reach the same database.
fn file_store() -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.db");
    let s = create_store(&path);
    (dir, path, s)
}

fn finalised(s: &mut Store) -> (Family, i64, i64, i64) {
    let (f, rid, sid) = observed_case(s);
    s.save_record_draft(sid, &full_content(&f), today())
        .unwrap();
    let v = s.finalise_record(sid, &signer(), now()).unwrap();
    (f, rid, sid, v.record_id.unwrap())
}

#[test]
fn reading_a_record_creates_nothing_and_a_draft_is_saved_and_read_back() {
    let mut s = Store::open_in_memory().unwrap();
    let (f, _, sid) = observed_case(&mut s);
    let v = s.record_for_session(sid, today()).unwrap();
    assert_eq!(v.status, RecordStatus::NotStarted);
    assert_eq!(v.kind, ContactRecordKind::Observed);
    assert_eq!(v.record_id, None);
    let ctx = &v.context;
    assert_eq!(ctx.court_case_number, "CF24P00123");
    assert_eq!(ctx.session.as_ref().unwrap().scheduled_end, "11:00");
    assert_eq!(ctx.children.len(), 1);
    assert_eq!(ctx.children[0].name, "Siân Llŷr");
    assert_eq!(ctx.children[0].age, 7);
    assert_eq!(ctx.attendance.len(), 2);
    let saved = s
        .save_record_draft(sid, &full_content(&f), today())
        .unwrap();
    assert_eq!(saved.revision, 1);
    let again = s
        .save_record_draft(sid, &full_content(&f), today())
        .unwrap();
    assert_eq!(again.revision, 2);
    assert_eq!(again.record_id, saved.record_id);
    let v = s.record_for_session(sid, today()).unwrap();
    assert_eq!(v.status, RecordStatus::Draft);
    assert_eq!(v.content, full_content(&f));
    // Autosave every second: only the first save is in the audit log (5-minute throttle).
    let h = s.record_history(saved.record_id).unwrap();
    assert_eq!(h.len(), 1);
    assert_eq!(h[0].action, "insert");
}

#[test]
fn a_draft_over_one_megabyte_is_refused() {
    let mut s = Store::open_in_memory().unwrap();
    let (_, _, sid) = observed_case(&mut s);
    let content = RecordContent {
        summary: "x".repeat(1_000_001),
        ..Default::default()
    };
    let e = s.save_record_draft(sid, &content, today()).unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
}

#[test]
fn finalising_lists_every_missing_section() {
    let mut s = Store::open_in_memory().unwrap();
    let (_, _, sid) = observed_case(&mut s);
    let content = RecordContent {
        actual_start: "10:00".into(),
        actual_end: "09:30".into(),
        summary: "SUMMARY".into(),
        ..Default::default()
    };
    s.save_record_draft(sid, &content, today()).unwrap();
    let e = s
        .finalise_record(
            sid,
            &SignerInput {
                name: " ".into(),
                role: String::new(),
            },
            now(),
        )
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    let msgs: Vec<_> = e.fields.iter().map(|f| f.message.as_str()).collect();
    assert_eq!(
        msgs,
        [
            "The session's actual end must be after its actual start",
            "Write the aim of the session and any observation requirements",
            "Describe the arrival and greeting",
            "Describe the adult's engagement with the child",
            "Write your observations of Siân Llŷr",
            "Describe the ending and handover",
            "Enter your name to sign the record",
            "Enter your role to sign the record",
        ]
    );
    assert_eq!(
        s.record_for_session(sid, today()).unwrap().status,
        RecordStatus::Draft
    );
}

#[test]
fn finalising_needs_departure_times_and_a_session_that_took_place() {
    let mut s = Store::open_in_memory().unwrap();
    let (f, rid, _) = observed_case(&mut s);
    let sid = s
        .add_session(
            rid,
            &session("21/11/2026", "10:00", 60, SessionStatus::TookPlace),
            today(),
        )
        .unwrap()
        .sessions[1]
        .session
        .id;
    s.record_attendance(sid, &present(f.sian, "10:00", ""), today())
        .unwrap();
    s.save_record_draft(sid, &full_content(&f), today())
        .unwrap();
    let e = s.finalise_record(sid, &signer(), now()).unwrap_err();
    let msgs: Vec<_> = e.fields.iter().map(|f| f.message.as_str()).collect();
    assert_eq!(msgs, ["Enter the time Siân Llŷr left"]);
    s.record_attendance(sid, &present(f.sian, "10:00", "11:00"), today())
        .unwrap();
    let early_end = RecordContent {
        actual_end: "10:30".into(),
        ..full_content(&f)
    };
    s.save_record_draft(sid, &early_end, today()).unwrap();
    let e = s.finalise_record(sid, &signer(), now()).unwrap_err();
    assert_eq!(
        e.fields[0].message,
        "Siân Llŷr is recorded as leaving after the session ended"
    );

    let scheduled = s
        .add_session(
            rid,
            &session("05/12/2026", "10:00", 60, SessionStatus::Scheduled),
            today(),
        )
        .unwrap()
        .sessions[2]
        .session
        .id;
    let e = s.finalise_record(scheduled, &signer(), now()).unwrap_err();
    assert_eq!(
        e.fields[0].message,
        "Mark the session as having taken place before finalising its record"
    );
}

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

#[test]
fn a_supported_record_refuses_observations_and_finalises_once_contact_ceased() {
    let (_dir, path, mut s) = file_store();
    let f = family(&mut s, "CF9");
    let input = referral_input(Service::SupportedContact, vec![f.father, f.sian]);
    let rid = s
        .create_referral(f.case_id, &input, today())
        .unwrap()
        .referral
        .id;
    s.mark_referral_sent(rid, "02/11/2026", today()).unwrap();
    accept(&mut s, rid);
    let sid = s
        .add_session(
            rid,
            &session("14/11/2026", "10:00", 60, SessionStatus::TookPlace),
            today(),
        )
        .unwrap()
        .sessions[0]
        .session
        .id;
    s.record_attendance(sid, &present(f.sian, "10:00", "11:00"), today())
        .unwrap();
    let e = s
        .save_record_draft(sid, &full_content(&f), today())
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert!(e
        .message
        .starts_with("A Record of Supported Contact holds attendance only"));
    let v = s.supported_record_for_referral(rid, today()).unwrap();
    assert_eq!(v.kind, ContactRecordKind::Supported);
    assert_eq!(v.status, RecordStatus::NotStarted);
    assert_eq!(v.context.sessions.len(), 1);

    let e = s
        .finalise_supported_record(rid, &signer(), now())
        .unwrap_err();
    assert_eq!(e.fields[0].field, "contact_ceased");
    assert_eq!(e.fields.len(), 1);
    let dates = ReferralDatesInput {
        received_on: "03/11/2026".into(),
        accepted_on: "04/11/2026".into(),
        ceased_on: "21/11/2026".into(),
        ..Default::default()
    };
    s.update_referral_dates(rid, &dates, today()).unwrap();
    let deadline = |s: &Store| {
        s.referral_deadlines(rid, today())
            .unwrap()
            .into_iter()
            .find(|d| d.kind == DeadlineKind::FinalRecord)
            .unwrap()
            .done
    };
    assert!(!deadline(&s));
    let v = s.finalise_supported_record(rid, &signer(), now()).unwrap();
    assert_eq!(v.status, RecordStatus::Final);
    assert!(!deadline(&s), "signed is not sent: the deadline stays open");
    s.record_sending(
        &sent_to_referrer(SentItemKind::SupportedRecord, rid),
        today(),
    )
    .unwrap();
    assert!(
        deadline(&s),
        "the supported record deadline is done once sent"
    );
    let e = s
        .record_attendance(sid, &present(f.father, "10:00", "11:00"), today())
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Finalised);
    // The data file itself refuses, whatever program writes to it (the triggers of 0014).
    for sql in [
        "UPDATE sessions SET number = number WHERE id = ?1",
        "DELETE FROM sessions WHERE id = ?1",
        "UPDATE attendance SET departed = '10:59' WHERE session_id = ?1",
        "DELETE FROM attendance WHERE session_id = ?1",
        "INSERT INTO attendance (session_id, adult_id, arrived) VALUES (?1, 1, '10:00')",
    ] {
        let e = raw(&path).execute(sql, [sid]).unwrap_err();
        assert!(e.to_string().contains("finalised"), "{sql}: {e}");
    }
    assert!(s.verify().unwrap().is_intact());
}

fn sent_to_referrer(item_kind: SentItemKind, item_id: i64) -> SendingInput {
    SendingInput {
        item_kind,
        item_id,
        sent_on: "23/11/2026".into(),
        recipient: Recipient::Referrer,
        recipient_name: String::new(),
        method: SendMethod::SecureEmail,
        notes: String::new(),
    }
}

#[test]
fn session_records_are_done_once_final_and_the_final_record_once_sent() {
    let mut s = Store::open_in_memory().unwrap();
    let (f, rid, sid) = observed_case(&mut s);
    let dates = ReferralDatesInput {
        received_on: "07/11/2026".into(),
        accepted_on: "09/11/2026".into(),
        ceased_on: "21/11/2026".into(),
        ..Default::default()
    };
    s.update_referral_dates(rid, &dates, today()).unwrap();
    let done = |s: &Store, kind: DeadlineKind| {
        s.referral_deadlines(rid, today())
            .unwrap()
            .into_iter()
            .find(|d| d.kind == kind)
            .unwrap()
            .done
    };
    assert!(!done(&s, DeadlineKind::ObservedContactRecord));
    assert!(!done(&s, DeadlineKind::FinalRecord));
    s.save_record_draft(sid, &full_content(&f), today())
        .unwrap();
    assert!(
        !done(&s, DeadlineKind::ObservedContactRecord),
        "a draft is not done"
    );
    s.finalise_record(sid, &signer(), now()).unwrap();
    assert!(done(&s, DeadlineKind::ObservedContactRecord));
    assert!(!done(&s, DeadlineKind::FinalRecord));
    let e = s
        .record_sending(&sent_to_referrer(SentItemKind::FinalRecord, rid), today())
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    assert!(e.message.contains("not signed yet"), "{}", e.message);
    s.finalise_final_record(rid, &signer(), now()).unwrap();
    let waiting = s
        .deadlines(today())
        .unwrap()
        .into_iter()
        .find(|d| d.kind == DeadlineKind::FinalRecord)
        .unwrap();
    assert!(
        waiting.signed_not_sent,
        "the dashboard says signed, not yet sent"
    );
    let log = s
        .record_sending(&sent_to_referrer(SentItemKind::FinalRecord, rid), today())
        .unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].method, SendMethod::SecureEmail);
    assert!(done(&s, DeadlineKind::FinalRecord));
    assert!(s
        .deadlines(today())
        .unwrap()
        .iter()
        .all(|d| d.kind != DeadlineKind::ObservedContactRecord));
}

#[test]
fn kinds_follow_the_service_and_spip_has_no_record() {
    use ContactRecordKind::*;
    let k = |s| ContactRecordKind::for_service(s).ok();
    assert_eq!(k(Service::SupportedContact), Some(Supported));
    assert_eq!(
        k(Service::Level1IndirectContactSupport),
        Some(Communications)
    );
    assert_eq!(
        k(Service::Level1IndividualWorkWithChildren),
        Some(Communications)
    );
    assert_eq!(k(Service::Level1EscortedContact), Some(Observed));
    assert_eq!(k(Service::ChildContactIntervention), Some(Observed));
    let e = ContactRecordKind::for_service(Service::Spip).unwrap_err();
    assert_eq!(
        e.message,
        "SPIP sessions have no record of contact: confirm attendance on the session instead."
    );
}
