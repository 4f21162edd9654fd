//! The Record of Supported Contact through the store, when records are done (final, then sent),
//! and which record each service keeps.

use crate::common::*;
use crate::store_records::*;
use contact_records_core::model::*;
use contact_records_core::rules::DeadlineKind;
use contact_records_core::{ErrorCode, Store};

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
    let on_dashboard = |s: &Store| {
        s.deadlines(today())
            .unwrap()
            .iter()
            .any(|d| d.kind == DeadlineKind::ObservedContactRecord && d.session_id == Some(sid))
    };
    assert!(on_dashboard(&s), "a draft record is still to do");
    s.finalise_record(sid, &signer(), now()).unwrap();
    assert!(done(&s, DeadlineKind::ObservedContactRecord));
    assert!(!on_dashboard(&s), "a final record is off the dashboard");
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
