//! The rules of issue "the rules done fully": each refused with its message and nothing saved,
//! through the store (the same checks run on import, which goes through the store).

use crate::common;

use common::*;
use contact_records_core::model::*;
use contact_records_core::{ErrorCode, Store};

fn referral(s: &mut Store, f: &Family, service: Service) -> i64 {
    s.create_referral(
        f.case_id,
        &referral_input(service, vec![f.father, f.sian]),
        today(),
    )
    .unwrap()
    .referral
    .id
}

#[test]
fn a_session_is_held_only_on_an_accepted_referral_and_nothing_is_saved_when_refused() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let rid = referral(&mut s, &f, Service::SupervisedContact);
    let held = session("20/11/2026", "10:00", 60, SessionStatus::TookPlace);
    let e = s.add_session(rid, &held, today()).unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    assert_eq!(
        e.message,
        "Session 1 on 20/11/2026 is recorded as held, but the centre has not accepted this \
         referral. Record the date the centre accepted it first, or leave the session as scheduled."
    );
    assert!(s.get_referral(rid, today()).unwrap().sessions.is_empty());
    // Planned before acceptance is fine; once accepted it can be recorded as held.
    let planned = session("20/11/2026", "10:00", 60, SessionStatus::Scheduled);
    let sid = s.add_session(rid, &planned, today()).unwrap().sessions[0]
        .session
        .id;
    accept(&mut s, rid);
    s.update_session(sid, &held, today()).unwrap();
}

#[test]
fn remote_supervised_sessions_need_the_suitability_assessment() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let mut input = referral_input(Service::RemoteSupervisedContact, vec![f.father, f.sian]);
    input.remote_assessed_on = String::new();
    input.remote_assessed_by = String::new();
    let rid = s
        .create_referral(f.case_id, &input, today())
        .unwrap()
        .referral
        .id;
    let e = s
        .add_session(
            rid,
            &session("25/11/2026", "10:00", 60, SessionStatus::Scheduled),
            today(),
        )
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    assert!(
        e.message.contains("assessed remote contact as suitable"),
        "{}",
        e.message
    );
    assert!(s.get_referral(rid, today()).unwrap().sessions.is_empty());
}

#[test]
fn a_seventh_session_is_refused_however_short_and_missed_sessions_count() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let rid = referral(&mut s, &f, Service::SupportedContact);
    accept(&mut s, rid);
    for day in 14..=19 {
        let status = if day == 14 {
            SessionStatus::DidNotAttend
        } else {
            SessionStatus::Scheduled
        };
        s.add_session(
            rid,
            &session(&format!("{day}/11/2026"), "10:00", 30, status),
            today(),
        )
        .unwrap();
    }
    let e = s
        .add_session(
            rid,
            &session("20/11/2026", "10:00", 30, SessionStatus::Scheduled),
            today(),
        )
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    assert!(
        e.message.contains("7 sessions, more than the 6 allowed"),
        "{}",
        e.message
    );
    let d = s.get_referral(rid, today()).unwrap();
    assert_eq!(d.sessions.len(), 6);
    assert_eq!(d.hours.used_minutes, 30, "the missed session counts");
    assert_eq!(d.hours.remaining_minutes, Some(180));
}

#[test]
fn an_incident_linked_to_a_session_is_dated_on_its_day_both_ways() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let rid = referral(&mut s, &f, Service::SupervisedContact);
    accept(&mut s, rid);
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
    let mut input = incident_input(IncidentKind::Threatening, "21/11/2026");
    input.session_id = Some(sid);
    let e = s.create_incident(f.case_id, &input, today()).unwrap_err();
    assert_eq!(e.fields[0].field, "occurred_on");
    assert!(e.fields[0]
        .message
        .contains("dated 21/11/2026 but is linked to session 1, which was on 20/11/2026"));
    assert!(s.list_incidents(f.case_id).unwrap().is_empty());

    input.occurred_on = "20/11/2026".into();
    s.create_incident(f.case_id, &input, today()).unwrap();
    // Moving the session away from its incident is refused too.
    let moved = session("19/11/2026", "10:00", 60, SessionStatus::TookPlace);
    let e = s.update_session(sid, &moved, today()).unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    assert!(e.message.contains("linked to session 1"), "{}", e.message);
}

#[test]
fn the_sending_log_is_append_only_audited_and_refuses_an_unsigned_record() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.db");
    let mut s = create_store(&path);
    let f = family(&mut s, "CF1");
    let rid = referral(&mut s, &f, Service::SupportedContact);
    let input = SendingInput {
        item_kind: SentItemKind::SupportedRecord,
        item_id: rid,
        sent_on: "23/11/2026".into(),
        recipient: Recipient::Court,
        recipient_name: String::new(),
        method: SendMethod::CourtPortal,
        notes: String::new(),
    };
    let e = s.record_sending(&input, today()).unwrap_err();
    assert_eq!(
        e.message,
        "The Record of Supported Contact is not signed yet, so it cannot have been sent. Sign it \
         first, then record that it was sent."
    );
    let incident = s
        .create_incident(
            f.case_id,
            &incident_input(IncidentKind::Abusive, "20/11/2026"),
            today(),
        )
        .unwrap();
    let log = s
        .record_sending(
            &SendingInput {
                item_kind: SentItemKind::IncidentFollowUp,
                item_id: incident.id,
                recipient: Recipient::Referrer,
                method: SendMethod::SecureEmail,
                ..input.clone()
            },
            today(),
        )
        .unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(s.case_sendings(f.case_id).unwrap(), log);
    let history = s.history("sendings", log[0].id).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].action, "insert");
    // The written follow-up's deadline is met by the logged sending.
    let followup = s
        .case_deadlines(f.case_id, today())
        .unwrap()
        .into_iter()
        .find(|d| d.kind == contact_records_core::rules::DeadlineKind::IncidentFollowUp)
        .unwrap();
    assert!(followup.done);
    drop(s);
    let c = raw(&path);
    for sql in [
        "UPDATE sendings SET method = 'post'",
        "DELETE FROM sendings",
    ] {
        let e = c.execute(sql, []).unwrap_err().to_string();
        assert!(e.contains("append-only"), "{sql}: {e}");
    }
}
