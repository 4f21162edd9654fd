//! How each deadline is derived from the facts of a referral, a session or an incident, counted
//! on the working-day calendar (bank holidays plus the user's closure days).
//!
//! The store says whether each session's record is finalised (`record_done`: its deadline is
//! done) and whether each referral's final record is signed and sent (`final_record_signed`,
//! `final_record_sent`): the 7-day deadline is done only once the record is sent.

use std::cell::RefCell;
use std::collections::HashMap;

use chrono::{Days, NaiveDate};

use super::calendar::WorkingCalendar;
use super::deadlines::{CaseRef, Deadline, DeadlineKind, DeadlineState};
use super::review::{period_end, INITIAL_SESSIONS};
use crate::message::{Message, Said};
use crate::message_deadlines as said;
use crate::model::dates::uk;
use crate::model::{IncidentKind, Service};

/// Working days a centre has to say whether it accepts a referral (Cafcass Cymru Expectation Statement).
pub const ACCEPTANCE_WORKING_DAYS: u32 = 10;
/// Working days to report an incident (Cafcass Cymru Expectation Statement).
pub const INCIDENT_REPORT_WORKING_DAYS: u32 = 1;
/// Calendar days after contact ceased for the final record (Cafcass Cymru Expectation Statement).
pub const FINAL_RECORD_DAYS: u64 = 7;

const EXPECTATION_STATEMENT: &str = "Cafcass Cymru Expectation Statement: Child Contact Services";
const JFCAS_INTERVENTIONS: &str = "JFCAS: Child contact interventions";
const TYPES_OF_SERVICES: &str = "Cafcass: Examples of types of child contact services";
const OFFICE_PRACTICE: &str = crate::message_rules3::OFFICE_PRACTICE.en;
const OFFICE_SESSION_RULE: &str = crate::message_rules3::SESSION_RECORD_RULE.en;
const OFFICE_FOLLOW_UP_RULE: &str = crate::message_rules3::FOLLOW_UP_RULE.en;

/// What the deadlines of one referral depend on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferralFacts {
    pub case: CaseRef,
    pub referral_id: i64,
    pub service: Service,
    pub provider_name: String,
    pub sent_on: Option<NaiveDate>,
    pub received_on: Option<NaiveDate>,
    pub accepted_on: Option<NaiveDate>,
    pub declined_on: Option<NaiveDate>,
    pub started_on: Option<NaiveDate>,
    pub ceased_on: Option<NaiveDate>,
    pub reviewed_on: Option<NaiveDate>,
    /// The first session that took place: the start when no start date is recorded.
    pub first_session_on: Option<NaiveDate>,
    /// The session after which the initial review is due (the third that took place).
    pub review_session_on: Option<NaiveDate>,
    /// Whether the final record is signed (store/deadlines.rs says how).
    pub final_record_signed: bool,
    /// Whether its sending is recorded: the 7-day deadline is met only then (Cafcass Cymru Expectation Statement: "sent").
    pub final_record_sent: bool,
}

/// What the Record of Observed Contact deadline of one session depends on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionFacts {
    pub case: CaseRef,
    pub referral_id: i64,
    pub session_id: i64,
    pub number: u32,
    pub date: NaiveDate,
    /// Whether its record is finalised.
    pub record_done: bool,
}

/// What the deadlines of one incident depend on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncidentFacts {
    pub case: CaseRef,
    pub incident_id: i64,
    pub referral_id: Option<i64>,
    pub session_id: Option<i64>,
    pub kind: IncidentKind,
    pub occurred_on: NaiveDate,
    pub police_told_on: Option<NaiveDate>,
    pub social_services_told_on: Option<NaiveDate>,
    pub reported_on: Option<NaiveDate>,
    pub followup_on: Option<NaiveDate>,
}

/// Counting forward in working days; the calendar itself, or [`RememberedDays`] for many asks.
pub trait WorkingDays {
    fn add_working_days(&self, date: NaiveDate, n: u32) -> NaiveDate;
}

impl WorkingDays for WorkingCalendar {
    fn add_working_days(&self, date: NaiveDate, n: u32) -> NaiveDate {
        WorkingCalendar::add_working_days(self, date, n)
    }
}

/// A calendar that remembers its answers: the dashboard asks the same few questions (which
/// working day follows this session's date?) thousands of times, and each costs a holiday lookup.
pub struct RememberedDays<'a> {
    calendar: &'a WorkingCalendar,
    answers: RefCell<HashMap<(NaiveDate, u32), NaiveDate>>,
}

impl<'a> RememberedDays<'a> {
    pub fn new(calendar: &'a WorkingCalendar) -> Self {
        RememberedDays {
            calendar,
            answers: RefCell::new(HashMap::new()),
        }
    }
}

impl WorkingDays for RememberedDays<'_> {
    fn add_working_days(&self, date: NaiveDate, n: u32) -> NaiveDate {
        *self
            .answers
            .borrow_mut()
            .entry((date, n))
            .or_insert_with(|| self.calendar.add_working_days(date, n))
    }
}

struct Ids {
    referral: Option<i64>,
    session: Option<i64>,
    incident: Option<i64>,
}

#[allow(clippy::too_many_arguments)]
fn make(
    case: &CaseRef,
    ids: Ids,
    kind: DeadlineKind,
    due: NaiveDate,
    done: bool,
    what: impl Into<Said>,
    rule: &str,
    source: &str,
    today: NaiveDate,
) -> Deadline {
    // The rule and its source are fixed English texts, keyed by their words (message::fixed).
    let what = what.into();
    let keyed = |t: &str| crate::message::fixed(t).map(Message::new);
    Deadline {
        kind,
        due,
        case_id: case.case_id,
        case_number: case.case_number.clone(),
        case_name: case.case_name.clone(),
        referral_id: ids.referral,
        session_id: ids.session,
        incident_id: ids.incident,
        what: what.english,
        rule: rule.into(),
        source: source.into(),
        what_msg: what.msg,
        rule_msg: keyed(rule),
        source_msg: keyed(source),
        done,
        state: DeadlineState::on(due, done, today),
        signed_not_sent: false,
    }
}

/// Whether a review recorded on `reviewed_on` is the CCI's 12-week review ending on `end`: a
/// review earlier in the intervention does not stand for it. A review held in the warning
/// window before the end (or later) does.
pub fn cci_reviewed(reviewed_on: Option<NaiveDate>, end: NaiveDate) -> bool {
    let window = end
        .checked_sub_days(Days::new(super::review::PERIOD_WARNING_DAYS))
        .unwrap_or(end);
    reviewed_on.is_some_and(|r| r >= window)
}

/// "End the Level 1 escorted contact or agree next steps: its 6 months run out".
fn period_what(s: Service, max: crate::model::MaxPeriod) -> Message {
    let (m, n) = match max {
        crate::model::MaxPeriod::Weeks(n) => (said::PERIOD_WEEKS_WHAT, n),
        crate::model::MaxPeriod::Months(n) => (said::PERIOD_MONTHS_WHAT, n),
    };
    Message::new(m)
        .key("service", said::service(s))
        .text("count", n.to_string())
}

/// The deadlines of one referral: acceptance, review, CCI review, period end, final record.
pub fn referral_deadlines(
    f: &ReferralFacts,
    cal: &impl WorkingDays,
    today: NaiveDate,
) -> Vec<Deadline> {
    let ids = || Ids {
        referral: Some(f.referral_id),
        session: None,
        incident: None,
    };
    let mut out = Vec::new();
    let s = f.service;
    let provider = if f.provider_name.is_empty() {
        Message::new(said::ACCEPT_WHAT)
    } else {
        Message::new(said::ACCEPT_WHAT_PROVIDER).text("provider", &f.provider_name)
    };
    // The referral goes by secure e-mail: without a receipt date, it arrived the day it was sent.
    if let Some(received) = f.received_on.or(f.sent_on).filter(|_| s.is_centre_based()) {
        out.push(make(
            &f.case,
            ids(),
            DeadlineKind::ProviderAcceptance,
            cal.add_working_days(received, ACCEPTANCE_WORKING_DAYS),
            f.accepted_on.is_some() || f.declined_on.is_some(),
            provider,
            "A centre says whether it accepts a referral within 10 working days of receiving it",
            EXPECTATION_STATEMENT,
            today,
        ));
    }
    if let Some(after) = f.review_session_on.filter(|_| s.is_centre_based()) {
        out.push(make(
            &f.case,
            ids(),
            DeadlineKind::Review,
            after,
            f.reviewed_on.is_some() || f.ceased_on.is_some(),
            Message::new(said::REVIEW_WHAT).text("count", INITIAL_SESSIONS.to_string()),
            "A referral starts with 3 to 4 one-hour sessions, then progress is reviewed",
            EXPECTATION_STATEMENT,
            today,
        ));
    }
    let start = f.started_on.or(f.first_session_on);
    if let Some((max, start)) = s.max_period().zip(start) {
        if let Some(end) = period_end(max, start) {
            if s == Service::ChildContactIntervention {
                out.push(make(
                    &f.case,
                    ids(),
                    DeadlineKind::CciReview,
                    end,
                    cci_reviewed(f.reviewed_on, end) || f.ceased_on.is_some(),
                    Message::new(said::CCI_WHAT).text("date", uk(start)),
                    "A CCI runs for at most 12 weeks before it is reviewed",
                    JFCAS_INTERVENTIONS,
                    today,
                ));
            } else {
                out.push(make(
                    &f.case,
                    ids(),
                    DeadlineKind::PeriodEnd,
                    end,
                    f.ceased_on.is_some(),
                    period_what(s, max),
                    "Each level of service is delivered over a set maximum period",
                    TYPES_OF_SERVICES,
                    today,
                ));
            }
        }
    }
    let final_record = match s {
        Service::SupervisedContact | Service::RemoteSupervisedContact => {
            Some(said::FINAL_OBSERVED_WHAT)
        }
        Service::SupportedContact => Some(said::FINAL_SUPPORTED_WHAT),
        _ => None,
    };
    if let Some((what, ceased)) = final_record.zip(f.ceased_on) {
        let waiting = f.final_record_signed && !f.final_record_sent;
        let mut d = make(
            &f.case,
            ids(),
            DeadlineKind::FinalRecord,
            ceased
                .checked_add_days(Days::new(FINAL_RECORD_DAYS))
                .unwrap_or(NaiveDate::MAX),
            f.final_record_sent,
            if waiting {
                Message::new(said::SIGNED_NOT_SENT).key("what", what)
            } else {
                Message::new(what)
            },
            "The final record is sent within 7 days of contact ceasing",
            EXPECTATION_STATEMENT,
            today,
        );
        d.signed_not_sent = waiting;
        out.push(d);
    }
    out
}

/// The Record of Observed Contact due `record_days` working days after a supervised session (1:
/// the next working day). No source document sets this: it is the office's own practice, set in
/// Settings, and says so.
pub fn session_deadline(
    f: &SessionFacts,
    record_days: u32,
    cal: &impl WorkingDays,
    today: NaiveDate,
) -> Deadline {
    make(
        &f.case,
        Ids {
            referral: Some(f.referral_id),
            session: Some(f.session_id),
            incident: None,
        },
        DeadlineKind::ObservedContactRecord,
        cal.add_working_days(f.date, record_days),
        f.record_done,
        Message::new(said::SESSION_RECORD_WHAT)
            .text("number", f.number.to_string())
            .text("date", uk(f.date)),
        OFFICE_SESSION_RULE,
        OFFICE_PRACTICE,
        today,
    )
}

/// Telling the police or social services (concerns only), reporting, and the written follow-up.
pub fn incident_deadlines(
    f: &IncidentFacts,
    follow_up_days: u32,
    cal: &impl WorkingDays,
    today: NaiveDate,
) -> Vec<Deadline> {
    let ids = || Ids {
        referral: f.referral_id,
        session: f.session_id,
        incident: Some(f.incident_id),
    };
    let what = |m| {
        Message::new(m)
            .key("kind", said::incident_kind(f.kind))
            .text("date", uk(f.occurred_on))
    };
    let mut out = Vec::new();
    if f.kind.goes_to_police_or_social_services() {
        out.push(make(
            &f.case,
            ids(),
            DeadlineKind::PoliceOrSocialServices,
            f.occurred_on,
            f.police_told_on.is_some() || f.social_services_told_on.is_some(),
            what(said::TELL_POLICE_WHAT),
            "Immediate child protection and safeguarding concerns go directly to the police or \
             social services",
            EXPECTATION_STATEMENT,
            today,
        ));
    }
    let report_due = cal.add_working_days(f.occurred_on, INCIDENT_REPORT_WORKING_DAYS);
    out.push(make(
        &f.case,
        ids(),
        DeadlineKind::IncidentReport,
        report_due,
        f.reported_on.is_some(),
        what(said::REPORT_INCIDENT_WHAT),
        "Violent, threatening, abusive or discriminatory behaviour and other incidents are \
         reported to Cafcass Cymru within one working day",
        EXPECTATION_STATEMENT,
        today,
    ));
    // The written follow-up is the office's own practice (set in Settings): counted from the
    // day the incident was reported, or until then from the day it is due to be reported.
    let followup_due = cal.add_working_days(f.reported_on.unwrap_or(report_due), follow_up_days);
    out.push(make(
        &f.case,
        ids(),
        DeadlineKind::IncidentFollowUp,
        followup_due,
        f.followup_on.is_some(),
        what(said::FOLLOW_UP_WHAT),
        OFFICE_FOLLOW_UP_RULE,
        OFFICE_PRACTICE,
        today,
    ));
    out
}
