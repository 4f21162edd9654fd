//! The office's own deadlines: the session record and the incident follow-up counted the number
//! of working days the office set, across weekends and bank holidays, and labelled as its own
//! practice rather than a document's.

use chrono::NaiveDate;

use super::calendar::{CalendarKind, WorkingCalendar};
use super::deadline_rules::*;
use super::deadlines::{CaseRef, DeadlineKind};
use crate::model::IncidentKind;

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

fn session_on(date: NaiveDate) -> SessionFacts {
    SessionFacts {
        case: case(),
        referral_id: 5,
        session_id: 7,
        number: 3,
        date,
        record_done: false,
    }
}

fn incident(occurred_on: NaiveDate, reported_on: Option<NaiveDate>) -> IncidentFacts {
    IncidentFacts {
        case: case(),
        incident_id: 9,
        referral_id: Some(5),
        session_id: None,
        kind: IncidentKind::Threatening,
        occurred_on,
        police_told_on: None,
        social_services_told_on: None,
        reported_on,
        followup_on: None,
    }
}

fn today() -> NaiveDate {
    d(2026, 11, 23)
}

fn record_due(date: NaiveDate, days: u32) -> NaiveDate {
    session_deadline(&session_on(date), days, &ew(), today()).due
}

fn follow_up_due(f: &IncidentFacts, days: u32) -> NaiveDate {
    let v = incident_deadlines(f, days, &ew(), today());
    let x = v
        .iter()
        .find(|x| x.kind == DeadlineKind::IncidentFollowUp)
        .unwrap();
    x.due
}

#[test]
fn a_session_record_is_due_0_1_or_3_working_days_after_across_a_weekend() {
    let friday = d(2026, 11, 20);
    assert_eq!(record_due(friday, 0), friday, "0: the day of the session");
    assert_eq!(record_due(friday, 1), d(2026, 11, 23), "1: Monday");
    assert_eq!(record_due(friday, 3), d(2026, 11, 25), "3: Wednesday");
}

#[test]
fn a_session_record_skips_the_easter_bank_holidays() {
    // Thursday 2 April 2026: Good Friday 3 and Easter Monday 6 April are bank holidays.
    let thursday = d(2026, 4, 2);
    assert_eq!(record_due(thursday, 0), thursday);
    assert_eq!(record_due(thursday, 1), d(2026, 4, 7));
    assert_eq!(record_due(thursday, 3), d(2026, 4, 9));
}

#[test]
fn a_follow_up_is_counted_from_the_day_the_incident_was_reported() {
    // Reported on Thursday 24 December 2026: Christmas Day (Friday) and Boxing Day's substitute
    // (Monday 28) are bank holidays, with the weekend between.
    let f = incident(d(2026, 12, 23), Some(d(2026, 12, 24)));
    assert_eq!(follow_up_due(&f, 0), d(2026, 12, 24), "0: the same day");
    assert_eq!(follow_up_due(&f, 1), d(2026, 12, 29));
    assert_eq!(follow_up_due(&f, 3), d(2026, 12, 31));
    // Not reported yet: counted from the day it is due to be reported (the next working day).
    let waiting = incident(d(2026, 11, 20), None);
    assert_eq!(follow_up_due(&waiting, 0), d(2026, 11, 23));
    assert_eq!(follow_up_due(&waiting, 3), d(2026, 11, 26));
}

#[test]
fn both_say_they_are_the_office_s_practice_in_english_and_by_key() {
    let s = session_deadline(&session_on(d(2026, 11, 20)), 1, &ew(), today());
    let v = incident_deadlines(&incident(d(2026, 11, 20), None), 0, &ew(), today());
    let f = v
        .iter()
        .find(|x| x.kind == DeadlineKind::IncidentFollowUp)
        .unwrap();
    for x in [&s, f] {
        assert_eq!(x.source, "Your office's practice (set in Settings)");
        assert_eq!(
            x.source_msg.as_ref().map(|m| m.key.as_str()),
            Some("core.source.officePractice")
        );
        assert!(x.rule.starts_with("Your office sets how many working days"));
        assert!(x.rule_msg.is_some(), "the rule is keyed too");
    }
    // The report itself still comes from the Expectation Statement.
    let report = v
        .iter()
        .find(|x| x.kind == DeadlineKind::IncidentReport)
        .unwrap();
    assert!(report
        .source
        .starts_with("Cafcass Cymru Expectation Statement"));
}
