//! Deadlines: what is due, by when, under which rule and source, and the "What's due" dashboard
//! that groups them into overdue, due today and due in the next 7 days. How each deadline is
//! derived from the data is in [`super::deadline_rules`].

use chrono::{Days, NaiveDate};
use serde::Serialize;

/// The dashboard's "soon": due after today and at most this many days ahead.
pub const DUE_SOON_DAYS: u64 = 7;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// The provider says whether it accepts: 10 working days from receipt (Cafcass Cymru Expectation Statement).
    ProviderAcceptance,
    /// Tell the police or social services about an immediate concern (Cafcass Cymru Expectation Statement).
    PoliceOrSocialServices,
    /// Report an incident to the referrer: 1 working day (Cafcass Cymru Expectation Statement).
    IncidentReport,
    /// Follow the report up in writing: the office's own practice, set in Settings (the day it
    /// was reported unless set otherwise).
    IncidentFollowUp,
    /// Record of Observed Contact after a supervised session: the office's own practice, set in
    /// Settings (the next working day unless set otherwise).
    ObservedContactRecord,
    /// Final Record of Observed Contact or Record of Supported Contact: 7 days after contact ceased.
    FinalRecord,
    /// Review progress after the initial sessions (Cafcass Cymru Expectation Statement).
    Review,
    /// Review a CCI at 12 weeks (JFCAS: Child contact interventions).
    CciReview,
    /// The end of a Level 1-3 service's maximum period (Cafcass: Examples of types of child contact services).
    PeriodEnd,
}

/// Where a deadline stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineState {
    Done,
    Overdue,
    DueToday,
    /// Due within the next [`DUE_SOON_DAYS`] days.
    DueSoon,
    Later,
}

impl DeadlineState {
    pub fn on(due: NaiveDate, done: bool, today: NaiveDate) -> DeadlineState {
        if done {
            DeadlineState::Done
        } else if due < today {
            DeadlineState::Overdue
        } else if due == today {
            DeadlineState::DueToday
        } else if today
            .checked_add_days(Days::new(DUE_SOON_DAYS))
            .is_none_or(|horizon| due <= horizon)
        {
            DeadlineState::DueSoon
        } else {
            DeadlineState::Later
        }
    }
}

/// One thing to do by a date, with what it belongs to and why it is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct Deadline {
    pub kind: DeadlineKind,
    pub due: NaiveDate,
    pub case_id: i64,
    pub case_number: String,
    pub case_name: String,
    pub referral_id: Option<i64>,
    pub session_id: Option<i64>,
    pub incident_id: Option<i64>,
    /// What to do, in plain words: "Send the Record of Observed Contact for session 3".
    pub what: String,
    /// The rule that sets the date.
    pub rule: String,
    /// Where the rule comes from.
    pub source: String,
    /// `what`, `rule` and `source` as keys, which the UI says in the chosen language.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[specta(optional)]
    pub what_msg: Option<crate::message::Message>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[specta(optional)]
    pub rule_msg: Option<crate::message::Message>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[specta(optional)]
    pub source_msg: Option<crate::message::Message>,
    pub done: bool,
    pub state: DeadlineState,
    /// The record is signed but its sending is not recorded: the dashboard says so, since the
    /// deadline is met only once it is sent.
    pub signed_not_sent: bool,
}

/// The case a deadline belongs to, as the dashboard names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRef {
    pub case_id: i64,
    pub case_number: String,
    pub case_name: String,
}

/// The "What's due" dashboard across all cases, for one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct Dashboard {
    pub today: NaiveDate,
    pub overdue: Vec<Deadline>,
    pub due_today: Vec<Deadline>,
    /// Due after today and within the next 7 days.
    pub due_soon: Vec<Deadline>,
}

/// Sorts deadlines the way people read a to-do list: earliest first, then by case.
pub fn sort(deadlines: &mut [Deadline]) {
    deadlines.sort_by(|a, b| {
        (
            a.due,
            &a.case_number,
            a.kind,
            a.referral_id,
            a.session_id,
            a.incident_id,
        )
            .cmp(&(
                b.due,
                &b.case_number,
                b.kind,
                b.referral_id,
                b.session_id,
                b.incident_id,
            ))
    });
}

/// Groups the deadlines still to do; done ones and those due later are left out.
pub fn dashboard(deadlines: Vec<Deadline>, today: NaiveDate) -> Dashboard {
    let mut d = Dashboard {
        today,
        overdue: Vec::new(),
        due_today: Vec::new(),
        due_soon: Vec::new(),
    };
    for mut x in deadlines {
        x.state = DeadlineState::on(x.due, x.done, today);
        match x.state {
            DeadlineState::Overdue => d.overdue.push(x),
            DeadlineState::DueToday => d.due_today.push(x),
            DeadlineState::DueSoon => d.due_soon.push(x),
            DeadlineState::Done | DeadlineState::Later => {}
        }
    }
    sort(&mut d.overdue);
    sort(&mut d.due_today);
    sort(&mut d.due_soon);
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn deadline(due: NaiveDate, done: bool, case_number: &str) -> Deadline {
        Deadline {
            kind: DeadlineKind::IncidentReport,
            due,
            case_id: 1,
            case_number: case_number.into(),
            case_name: "Re: A".into(),
            referral_id: None,
            session_id: None,
            incident_id: Some(1),
            what: String::new(),
            rule: String::new(),
            source: String::new(),
            what_msg: None,
            rule_msg: None,
            source_msg: None,
            done,
            state: DeadlineState::Later,
            signed_not_sent: false,
        }
    }

    #[test]
    fn groups_by_due_date_relative_to_today() {
        let today = d(2026, 11, 23);
        let all = vec![
            deadline(d(2026, 11, 20), false, "B"),
            deadline(d(2026, 11, 19), false, "A"),
            deadline(d(2026, 11, 19), true, "A"),
            deadline(today, false, "A"),
            deadline(d(2026, 11, 30), false, "A"),
            deadline(d(2026, 12, 1), false, "A"),
        ];
        let dash = dashboard(all, today);
        let dues = |v: &[Deadline]| v.iter().map(|x| x.due).collect::<Vec<_>>();
        assert_eq!(dues(&dash.overdue), [d(2026, 11, 19), d(2026, 11, 20)]);
        assert_eq!(dues(&dash.due_today), [today]);
        assert_eq!(dues(&dash.due_soon), [d(2026, 11, 30)]);
        assert!(dash
            .overdue
            .iter()
            .all(|x| x.state == DeadlineState::Overdue));
    }

    proptest! {
        /// Every open deadline due on or before the horizon lands in exactly one group.
        #[test]
        fn each_open_deadline_lands_in_exactly_one_group(offsets in proptest::collection::vec((-30i64..30, any::<bool>()), 0..30)) {
            let today = d(2026, 11, 23);
            let all: Vec<_> = offsets.iter().map(|&(o, done)| deadline(today + chrono::Duration::days(o), done, "A")).collect();
            let expected = offsets.iter().filter(|&&(o, done)| !done && o <= DUE_SOON_DAYS as i64).count();
            let dash = dashboard(all, today);
            prop_assert_eq!(dash.overdue.len() + dash.due_today.len() + dash.due_soon.len(), expected);
            prop_assert!(dash.overdue.iter().all(|x| x.due < today));
            prop_assert!(dash.due_soon.iter().all(|x| x.due > today));
        }
    }
}
