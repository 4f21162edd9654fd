//! Deadlines and the dashboard through the store, with a fixed `today`, incidents, closure days
//! and the calendar setting.

use crate::common;

use common::*;
use contact_records_core::model::*;
use contact_records_core::rules::{CalendarKind, DeadlineKind, DeadlineState};
use contact_records_core::{ErrorCode, Store};

/// A sent supervised referral with one session that took place on Friday 20/11/2026.
fn busy_case(s: &mut Store, number: &str) -> (Family, i64, i64) {
    let f = family(s, number);
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
    (f, rid, sid)
}

#[test]
fn a_referral_a_session_and_an_incident_each_bring_their_deadlines() {
    let mut s = Store::open_in_memory().unwrap();
    let (f, rid, sid) = busy_case(&mut s, "CF1");
    let mut inc = incident_input(IncidentKind::Threatening, "20/11/2026");
    inc.session_id = Some(sid);
    let incident = s.create_incident(f.case_id, &inc, today()).unwrap();
    assert_eq!(
        incident.referral_id,
        Some(rid),
        "the session implies its referral"
    );

    let all = s.deadlines(today()).unwrap();
    let summary: Vec<_> = all.iter().map(|d| (d.kind, d.due, d.state)).collect();
    assert_eq!(
        summary,
        [
            (
                DeadlineKind::IncidentReport,
                d(2026, 11, 23),
                DeadlineState::DueToday
            ),
            (
                DeadlineKind::IncidentFollowUp,
                d(2026, 11, 23),
                DeadlineState::DueToday
            ),
            (
                DeadlineKind::ObservedContactRecord,
                d(2026, 11, 23),
                DeadlineState::DueToday
            ),
        ]
    );
    let roc = &all[2];
    assert_eq!(roc.session_id, Some(sid));
    assert_eq!(roc.case_number, "CF1");
    assert_eq!(
        roc.what,
        "Send the Record of Observed Contact for session 1 (20/11/2026)"
    );
    // No document sets it: the office's own practice, set in Settings.
    assert_eq!(roc.source, "Your office's practice (set in Settings)");
    assert!(!roc.source.contains("seed"));

    let mut reported = inc.clone();
    reported.reported_to_referrer_on = "23/11/2026".into();
    s.update_incident(incident.id, &reported, today()).unwrap();
    let kinds: Vec<_> = s
        .deadlines(today())
        .unwrap()
        .iter()
        .map(|d| d.kind)
        .collect();
    assert!(!kinds.contains(&DeadlineKind::IncidentReport));
    assert!(
        kinds.contains(&DeadlineKind::IncidentFollowUp),
        "the written follow-up stays due until sent"
    );
    let case_view = s.case_deadlines(f.case_id, today()).unwrap();
    assert!(case_view
        .iter()
        .any(|d| d.kind == DeadlineKind::IncidentReport && d.done));
}

#[test]
fn the_dashboard_groups_overdue_today_and_the_next_seven_days() {
    let mut s = Store::open_in_memory().unwrap();
    let (f, _, _) = busy_case(&mut s, "CF1");
    s.create_incident(
        f.case_id,
        &incident_input(IncidentKind::Abusive, "23/11/2026"),
        today(),
    )
    .unwrap();
    // A second referral the centre has not answered: its acceptance is overdue.
    let waiting = s
        .create_referral(
            f.case_id,
            &referral_input(Service::SupportedContact, vec![f.father, f.sian]),
            today(),
        )
        .unwrap()
        .referral
        .id;
    s.mark_referral_sent(waiting, "06/11/2026", today())
        .unwrap();
    let dash = s.dashboard(today()).unwrap();
    let kinds =
        |v: &[contact_records_core::rules::Deadline]| v.iter().map(|d| d.kind).collect::<Vec<_>>();
    assert_eq!(kinds(&dash.overdue), [DeadlineKind::ProviderAcceptance]);
    assert_eq!(
        kinds(&dash.due_today),
        [DeadlineKind::ObservedContactRecord]
    );
    assert_eq!(
        kinds(&dash.due_soon),
        [DeadlineKind::IncidentReport, DeadlineKind::IncidentFollowUp]
    );
    assert_eq!(dash.due_soon[0].due, d(2026, 11, 24));

    let a_week_later = s.dashboard(d(2026, 12, 1)).unwrap();
    assert_eq!(a_week_later.overdue.len(), 4);
    assert!(a_week_later.due_today.is_empty());
}

#[test]
fn closure_days_push_deadlines_and_can_be_removed() {
    let mut s = Store::open_in_memory().unwrap();
    let (f, _, _) = busy_case(&mut s, "CF1");
    s.create_incident(
        f.case_id,
        &incident_input(IncidentKind::Violent, "23/11/2026"),
        today(),
    )
    .unwrap();
    let report_due = |s: &Store| {
        s.deadlines(today())
            .unwrap()
            .into_iter()
            .find(|d| d.kind == DeadlineKind::IncidentReport)
            .unwrap()
            .due
    };
    assert_eq!(report_due(&s), d(2026, 11, 24));
    let days = s
        .add_closure_day(&ClosureDayInput {
            date: "24/11/2026".into(),
            reason: "Office closed for training".into(),
        })
        .unwrap();
    assert_eq!(days.len(), 1);
    assert_eq!(report_due(&s), d(2026, 11, 25));
    let e = s
        .add_closure_day(&ClosureDayInput {
            date: "24 Nov 2026".into(),
            reason: String::new(),
        })
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert_eq!(e.fields[0].message, "24/11/2026 is already a closure day");
    // Keyed, so a Welsh screen says it in Welsh.
    let said = e.fields[0].msg.as_ref().expect("a keyed message");
    assert_eq!(said.key, "core.form.closureDayTaken");
    assert!(s.remove_closure_day(days[0].id).unwrap().is_empty());
    assert_eq!(report_due(&s), d(2026, 11, 24));
    assert_eq!(s.history("closure_days", days[0].id).unwrap().len(), 2);
}

#[test]
fn the_jersey_calendar_skips_liberation_day() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "JY1");
    let jfcas = |s: &Store| {
        s.case_deadlines(f.case_id, today())
            .unwrap()
            .into_iter()
            .find(|d| d.kind == DeadlineKind::IncidentReport)
            .unwrap()
            .due
    };
    s.create_incident(
        f.case_id,
        &incident_input(IncidentKind::Abusive, "08/05/2025"),
        today(),
    )
    .unwrap();
    assert_eq!(s.calendar_kind().unwrap(), CalendarKind::EnglandWales);
    assert_eq!(jfcas(&s), d(2025, 5, 9));
    s.set_calendar_kind(CalendarKind::Jersey).unwrap();
    assert_eq!(jfcas(&s), d(2025, 5, 12), "Friday 9 May is Liberation Day");
}

#[test]
fn closed_cases_leave_the_dashboard_but_keep_their_deadlines() {
    let mut s = Store::open_in_memory().unwrap();
    let (f, _, _) = busy_case(&mut s, "CF1");
    assert!(!s.deadlines(today()).unwrap().is_empty());
    let mut closed = case_input("CF1", "Re: S and E (children)");
    closed.status = CaseStatus::Closed;
    s.update_case(f.case_id, &closed).unwrap();
    assert!(s.deadlines(today()).unwrap().is_empty());
    assert!(!s.case_deadlines(f.case_id, today()).unwrap().is_empty());
}

#[test]
fn an_incident_links_only_to_its_own_case() {
    let mut s = Store::open_in_memory().unwrap();
    let (_, _, sid) = busy_case(&mut s, "CF1");
    let other = family(&mut s, "CF2");
    let mut inc = incident_input(IncidentKind::Discriminatory, "20/11/2026");
    inc.session_id = Some(sid);
    let e = s.create_incident(other.case_id, &inc, today()).unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert_eq!(e.fields[0].field, "referral_id");
    assert!(s.list_incidents(other.case_id).unwrap().is_empty());
}

#[test]
fn a_ceased_referral_owes_its_final_record_within_seven_days() {
    let mut s = Store::open_in_memory().unwrap();
    let (_, rid, _) = busy_case(&mut s, "CF1");
    let dates = ReferralDatesInput {
        received_on: "06/11/2026".into(),
        accepted_on: "10/11/2026".into(),
        started_on: "20/11/2026".into(),
        ceased_on: "20/11/2026".into(),
        ..Default::default()
    };
    let r = s.update_referral_dates(rid, &dates, today()).unwrap();
    let last = r
        .deadlines
        .iter()
        .find(|d| d.kind == DeadlineKind::FinalRecord)
        .unwrap();
    assert_eq!(last.due, d(2026, 11, 27));
    assert_eq!(last.what, "Send the final Record of Observed Contact");
    let acceptance = r
        .deadlines
        .iter()
        .find(|d| d.kind == DeadlineKind::ProviderAcceptance)
        .unwrap();
    assert!(acceptance.done);
}
