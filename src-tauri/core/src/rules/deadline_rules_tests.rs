//! Tests of the deadline rules: each deadline's date, when it counts as done, and how closure
//! days and bank holidays move it.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::calendar::{CalendarKind, WorkingCalendar};
use super::deadline_rules::*;
use super::deadlines::{CaseRef, DeadlineKind, DeadlineState};
use crate::model::{IncidentKind, Service};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn ew() -> WorkingCalendar {
    WorkingCalendar::new(CalendarKind::EnglandWales)
}

fn case() -> CaseRef {
    CaseRef {
        case_id: 1,
        case_number: "CF24P00123".into(),
        case_name: "Re: A".into(),
    }
}

fn referral(service: Service) -> ReferralFacts {
    ReferralFacts {
        case: case(),
        referral_id: 5,
        service,
        provider_name: "Cardiff Contact Centre".into(),
        sent_on: None,
        received_on: None,
        accepted_on: None,
        declined_on: None,
        started_on: None,
        ceased_on: None,
        reviewed_on: None,
        first_session_on: None,
        review_session_on: None,
        final_record_signed: false,
        final_record_sent: false,
    }
}

fn incident(kind: IncidentKind, occurred_on: NaiveDate) -> IncidentFacts {
    IncidentFacts {
        case: case(),
        incident_id: 9,
        referral_id: Some(5),
        session_id: None,
        kind,
        occurred_on,
        police_told_on: None,
        social_services_told_on: None,
        reported_on: None,
        followup_on: None,
    }
}

fn kinds(v: &[super::deadlines::Deadline]) -> Vec<DeadlineKind> {
    v.iter().map(|x| x.kind).collect()
}

fn today() -> NaiveDate {
    d(2026, 11, 23)
}

#[test]
fn a_draft_has_no_deadlines() {
    assert!(referral_deadlines(&referral(Service::SupervisedContact), &ew(), today()).is_empty());
}

#[test]
fn acceptance_is_due_ten_working_days_after_receipt_until_answered() {
    let mut f = referral(Service::SupervisedContact);
    f.sent_on = Some(d(2026, 3, 30));
    f.received_on = Some(d(2026, 3, 31)); // Tuesday; Good Friday and Easter Monday follow
    let v = referral_deadlines(&f, &ew(), today());
    assert_eq!(kinds(&v), [DeadlineKind::ProviderAcceptance]);
    assert_eq!(v[0].due, d(2026, 4, 16));
    assert_eq!(
        v[0].what,
        "Hear from Cardiff Contact Centre whether it accepts the referral"
    );
    assert!(!v[0].done);
    f.declined_on = Some(d(2026, 4, 2));
    assert!(referral_deadlines(&f, &ew(), today())[0].done);
}

#[test]
fn without_a_receipt_date_the_clock_starts_on_sending() {
    let mut f = referral(Service::SupportedContact);
    f.sent_on = Some(d(2026, 11, 2));
    assert_eq!(
        referral_deadlines(&f, &ew(), today())[0].due,
        d(2026, 11, 16)
    );
}

#[test]
fn closure_days_push_the_acceptance_deadline() {
    let mut f = referral(Service::SupervisedContact);
    f.sent_on = Some(d(2026, 11, 2));
    let closed = ew().with_closures([d(2026, 11, 10), d(2026, 11, 11)]);
    assert_eq!(
        referral_deadlines(&f, &closed, today())[0].due,
        d(2026, 11, 18)
    );
}

#[test]
fn review_is_due_after_the_third_session_until_reviewed() {
    let mut f = referral(Service::SupervisedContact);
    f.review_session_on = Some(d(2026, 11, 16));
    let v = referral_deadlines(&f, &ew(), today());
    assert_eq!(kinds(&v), [DeadlineKind::Review]);
    assert_eq!(v[0].due, d(2026, 11, 16));
    assert_eq!(v[0].state, DeadlineState::Overdue);
    f.reviewed_on = Some(d(2026, 11, 20));
    assert!(referral_deadlines(&f, &ew(), today())[0].done);
}

#[test]
fn a_cci_is_reviewed_twelve_weeks_after_it_starts() {
    let mut f = referral(Service::ChildContactIntervention);
    f.first_session_on = Some(d(2026, 9, 7));
    let v = referral_deadlines(&f, &ew(), today());
    assert_eq!(kinds(&v), [DeadlineKind::CciReview]);
    assert_eq!(v[0].due, d(2026, 11, 30));
    f.started_on = Some(d(2026, 9, 1));
    assert_eq!(
        referral_deadlines(&f, &ew(), today())[0].due,
        d(2026, 11, 24),
        "a recorded start date wins over the first session"
    );
}

#[test]
fn an_early_review_does_not_stand_for_the_cci_twelve_week_review() {
    let mut f = referral(Service::ChildContactIntervention);
    f.started_on = Some(d(2026, 9, 1));
    f.reviewed_on = Some(d(2026, 9, 29));
    let v = referral_deadlines(&f, &ew(), today());
    assert_eq!(v[0].kind, DeadlineKind::CciReview);
    assert!(!v[0].done, "a review at 4 weeks is not the 12-week review");
    f.reviewed_on = Some(d(2026, 11, 20));
    assert!(referral_deadlines(&f, &ew(), today())[0].done);
}

#[test]
fn a_final_record_is_done_when_sent_and_says_when_it_is_only_signed() {
    let mut f = referral(Service::SupervisedContact);
    f.ceased_on = Some(d(2026, 11, 20));
    f.final_record_signed = true;
    let last = referral_deadlines(&f, &ew(), today()).pop().unwrap();
    assert!(!last.done);
    assert!(last.signed_not_sent);
    assert_eq!(
        last.what,
        "Send the final Record of Observed Contact: it is signed, not yet sent"
    );
    f.final_record_sent = true;
    let last = referral_deadlines(&f, &ew(), today()).pop().unwrap();
    assert!(last.done && !last.signed_not_sent);
    assert_eq!(last.what, "Send the final Record of Observed Contact");
}

#[test]
fn a_level_service_ends_after_its_maximum_period() {
    let mut f = referral(Service::Level1EscortedContact);
    f.started_on = Some(d(2026, 9, 1));
    let v = referral_deadlines(&f, &ew(), today());
    assert_eq!(kinds(&v), [DeadlineKind::PeriodEnd]);
    assert_eq!(v[0].due, d(2026, 12, 1));
    assert!(v[0].what.contains("3 months"));
    f.ceased_on = Some(d(2026, 11, 20));
    assert!(referral_deadlines(&f, &ew(), today())[0].done);
}

#[test]
fn final_records_are_due_seven_calendar_days_after_contact_ceased() {
    for (service, what) in [
        (
            Service::SupervisedContact,
            "Send the final Record of Observed Contact",
        ),
        (
            Service::SupportedContact,
            "Send the Record of Supported Contact",
        ),
    ] {
        let mut f = referral(service);
        f.ceased_on = Some(d(2026, 12, 22));
        let v = referral_deadlines(&f, &ew(), today());
        let last = v.last().unwrap();
        assert_eq!(last.kind, DeadlineKind::FinalRecord);
        assert_eq!(
            last.due,
            d(2026, 12, 29),
            "calendar days, Christmas included"
        );
        assert_eq!(last.what, what);
    }
    let mut cci = referral(Service::ChildContactIntervention);
    cci.ceased_on = Some(d(2026, 12, 22));
    assert!(!kinds(&referral_deadlines(&cci, &ew(), today())).contains(&DeadlineKind::FinalRecord));
}

#[test]
fn observed_contact_record_is_due_the_next_working_day() {
    let f = SessionFacts {
        case: case(),
        referral_id: 5,
        session_id: 7,
        number: 3,
        date: d(2026, 4, 2), // Thursday before Good Friday
        record_done: false,
    };
    let x = session_deadline(&f, 1, &ew(), today());
    assert_eq!(x.due, d(2026, 4, 7));
    assert_eq!(
        x.what,
        "Send the Record of Observed Contact for session 3 (02/04/2026)"
    );
}

#[test]
fn an_incident_is_reported_within_one_working_day_then_followed_up() {
    let f = incident(IncidentKind::Threatening, d(2026, 11, 20)); // Friday
    let v = incident_deadlines(&f, 0, &ew(), today());
    assert_eq!(
        kinds(&v),
        [DeadlineKind::IncidentReport, DeadlineKind::IncidentFollowUp]
    );
    assert_eq!(v[0].due, d(2026, 11, 23));
    assert_eq!(v[0].state, DeadlineState::DueToday);
    assert_eq!(
        v[0].what,
        "Report the threatening behaviour of 20/11/2026 to the referrer"
    );
    let mut reported = f.clone();
    reported.reported_on = Some(d(2026, 11, 25));
    let v = incident_deadlines(&reported, 0, &ew(), today());
    assert!(v[0].done);
    assert!(!v[1].done, "the follow-up is due until it is sent");
    assert_eq!(v[1].due, d(2026, 11, 25));
}

#[test]
fn concerns_go_to_the_police_or_social_services_the_same_day() {
    let mut f = incident(IncidentKind::ChildProtectionConcern, d(2026, 11, 20));
    let v = incident_deadlines(&f, 0, &ew(), today());
    assert_eq!(v[0].kind, DeadlineKind::PoliceOrSocialServices);
    assert_eq!(v[0].due, d(2026, 11, 20));
    f.social_services_told_on = Some(d(2026, 11, 20));
    assert!(incident_deadlines(&f, 0, &ew(), today())[0].done);
}

proptest! {
    /// The report deadline is always exactly one working day after the incident, whatever the day
    /// and whichever closure days the user has.
    #[test]
    fn report_is_one_working_day_later(day in 0i64..3650, closures in proptest::collection::vec(0i64..3660, 0..20)) {
        let start = d(2020, 1, 1);
        let occurred = start + chrono::Duration::days(day);
        let cal = ew().with_closures(closures.iter().map(|&c| start + chrono::Duration::days(c)));
        let v = incident_deadlines(&incident(IncidentKind::Abusive, occurred), 0, &cal, today());
        prop_assert_eq!(cal.working_days_between(occurred, v[0].due), 1);
        prop_assert!(cal.is_working_day(v[0].due));
    }

    #[test]
    fn acceptance_is_ten_working_days_after_receipt(day in 0i64..3650) {
        let mut f = referral(Service::SupervisedContact);
        let received = d(2020, 1, 1) + chrono::Duration::days(day);
        f.sent_on = Some(received);
        let due = referral_deadlines(&f, &ew(), today())[0].due;
        prop_assert_eq!(ew().working_days_between(received, due), 10);
    }
}

proptest! {
    /// Remembering answers never changes them, asked once or again.
    #[test]
    fn remembered_days_agree_with_the_calendar(asks in proptest::collection::vec((0i64..800, 0u32..15), 1..40)) {
        let cal = ew().with_closures([d(2026, 12, 24)]);
        let remembered = RememberedDays::new(&cal);
        for &(day, n) in asks.iter().chain(asks.iter()) {
            let date = d(2026, 1, 1) + chrono::Duration::days(day);
            prop_assert_eq!(
                WorkingDays::add_working_days(&remembered, date, n),
                cal.add_working_days(date, n)
            );
        }
    }
}
