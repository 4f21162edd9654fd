//! A referral of a case to a contact service: the form as typed, how it is checked, the stored
//! referral and its status, which is derived from its dates rather than stored.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::attendee::PersonRef;
use super::case::short;
use super::fields::{long_text, optional_date};
use super::remote_suitability::{check_remote, RemoteChecked};
use super::service::{Basis, CciKind, Service};
use crate::error::{Problems, Result};
use crate::text::clean;

/// Where a referral has got to. Derived from its dates (see [`ReferralStatus::from_dates`]), so
/// it can never disagree with them and needs no column of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ReferralStatus {
    /// Not sent yet: details can still be missing.
    Draft,
    /// Sent to the provider, no answer yet.
    Sent,
    /// Accepted by the provider, contact not started.
    Accepted,
    /// Declined by the provider.
    Declined,
    /// Contact has started.
    Active,
    /// Contact has ceased.
    Ceased,
}

impl ReferralStatus {
    /// The furthest step reached: ceased, declined, active, accepted, sent, else draft.
    pub fn from_dates(d: &ReferralDates, sent_on: Option<NaiveDate>) -> ReferralStatus {
        if d.ceased_on.is_some() {
            ReferralStatus::Ceased
        } else if d.declined_on.is_some() {
            ReferralStatus::Declined
        } else if d.started_on.is_some() {
            ReferralStatus::Active
        } else if d.accepted_on.is_some() {
            ReferralStatus::Accepted
        } else if sent_on.is_some() {
            ReferralStatus::Sent
        } else {
            ReferralStatus::Draft
        }
    }
}

/// The referral form as typed. Dates are UK text such as "23/11/2026" and may be left empty
/// while the referral is a draft; what must be there before sending is checked when it is sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct ReferralInput {
    pub service: Service,
    /// Only for a Child Contact Intervention; ignored for other services.
    pub cci_kinds: Vec<CciKind>,
    pub basis: Basis,
    pub provider_name: String,
    pub provider_address: String,
    pub provider_naccc_accredited: bool,
    pub provider_email: String,
    /// Current and past safeguarding issues, alleged or proven.
    pub risk_assessment: String,
    pub risk_assessed_on: String,
    pub risk_assessed_by: String,
    pub session_plan: String,
    pub planned_sessions: Option<u32>,
    /// Only for remote supervised contact; ignored for other services.
    pub remote_assessed_on: String,
    pub remote_assessed_by: String,
    /// What was discussed with the parties (and the court, where appropriate) on assessing
    /// remote contact; required once it is dated. Missing from older callers: empty.
    #[serde(default)]
    pub remote_discussed: String,
    /// The limitations of remote contact explained to the parties.
    #[serde(default)]
    pub remote_limitations: String,
    /// How feedback is given to the parties (and the court).
    #[serde(default)]
    pub remote_feedback: String,
    /// The people who may attend the sessions, chosen from the case's children and adults.
    pub permitted: Vec<PersonRef>,
}

/// A checked referral form, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferralFields {
    pub service: Service,
    pub cci_kinds: Vec<CciKind>,
    pub basis: Basis,
    pub provider_name: String,
    pub provider_address: String,
    pub provider_naccc_accredited: bool,
    pub provider_email: String,
    pub risk_assessment: String,
    pub risk_assessed_on: Option<NaiveDate>,
    pub risk_assessed_by: String,
    pub session_plan: String,
    pub planned_sessions: Option<u32>,
    pub remote_assessed_on: Option<NaiveDate>,
    pub remote_assessed_by: String,
    pub remote_discussed: String,
    pub remote_limitations: String,
    pub remote_feedback: String,
    pub permitted: Vec<PersonRef>,
}

impl ReferralInput {
    /// Cleans and checks the form. Answers that do not apply to the chosen service (CCI kinds,
    /// the remote assessment) are dropped, so switching service never leaves hidden answers.
    pub fn checked(&self, today: NaiveDate) -> Result<ReferralFields> {
        let mut p = Problems::default();
        let is_cci = self.service == Service::ChildContactIntervention;
        let is_remote = self.service.needs_remote_assessment();
        let mut cci_kinds = Vec::new();
        for k in self.cci_kinds.iter().filter(|_| is_cci) {
            if !cci_kinds.contains(k) {
                cci_kinds.push(*k);
            }
        }
        let provider_name = clean(&self.provider_name);
        short(
            &mut p,
            "provider_name",
            &provider_name,
            "The provider's name",
        );
        let provider_address = long_text(
            &mut p,
            "provider_address",
            &self.provider_address,
            "The address",
        );
        let provider_email = clean(&self.provider_email);
        if !provider_email.is_empty() && !looks_like_email(&provider_email) {
            p.add(
                "provider_email",
                "Enter the provider's email address in the correct format, like name@example.org",
            );
        } else {
            short(
                &mut p,
                "provider_email",
                &provider_email,
                "The email address",
            );
        }
        let risk_assessment = long_text(
            &mut p,
            "risk_assessment",
            &self.risk_assessment,
            "The risk assessment",
        );
        let risk_assessed_on = optional_date(
            &mut p,
            "risk_assessed_on",
            &self.risk_assessed_on,
            "the date of the risk assessment",
            Some(today),
        );
        let risk_assessed_by = clean(&self.risk_assessed_by);
        short(&mut p, "risk_assessed_by", &risk_assessed_by, "The name");
        let session_plan = long_text(
            &mut p,
            "session_plan",
            &self.session_plan,
            "The session plan",
        );
        if self
            .planned_sessions
            .is_some_and(|n| !(1..=100).contains(&n))
        {
            p.add(
                "planned_sessions",
                "Enter the number of sessions planned, from 1 to 100",
            );
        }
        let remote = if is_remote {
            check_remote(&mut p, self, today)
        } else {
            RemoteChecked::default()
        };
        let mut permitted = self.permitted.clone();
        permitted.sort();
        permitted.dedup();
        p.into_result()?;
        Ok(ReferralFields {
            service: self.service,
            cci_kinds,
            basis: self.basis,
            provider_name,
            provider_address,
            provider_naccc_accredited: self.provider_naccc_accredited,
            provider_email,
            risk_assessment,
            risk_assessed_on,
            risk_assessed_by,
            session_plan,
            planned_sessions: self.planned_sessions,
            remote_assessed_on: remote.on,
            remote_assessed_by: remote.by,
            remote_discussed: remote.discussed,
            remote_limitations: remote.limitations,
            remote_feedback: remote.feedback,
            permitted,
        })
    }
}

fn looks_like_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !s.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// The dates after sending, as stored; `sent_on` is set only by sending (which checks the rules).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ReferralDates {
    pub received_on: Option<NaiveDate>,
    pub accepted_on: Option<NaiveDate>,
    pub declined_on: Option<NaiveDate>,
    pub started_on: Option<NaiveDate>,
    pub ceased_on: Option<NaiveDate>,
    /// When progress was reviewed (after the initial sessions, or a CCI's 12-week review).
    pub reviewed_on: Option<NaiveDate>,
}

/// A stored referral.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Referral {
    pub id: i64,
    pub case_id: i64,
    pub service: Service,
    pub cci_kinds: Vec<CciKind>,
    pub basis: Basis,
    pub provider_name: String,
    pub provider_address: String,
    pub provider_naccc_accredited: bool,
    pub provider_email: String,
    pub risk_assessment: String,
    pub risk_assessed_on: Option<NaiveDate>,
    pub risk_assessed_by: String,
    pub session_plan: String,
    pub planned_sessions: Option<u32>,
    pub remote_assessed_on: Option<NaiveDate>,
    pub remote_assessed_by: String,
    /// What was discussed with the parties on assessing remote contact (empty on a referral
    /// recorded before this was asked for).
    pub remote_discussed: String,
    pub remote_limitations: String,
    pub remote_feedback: String,
    pub permitted: Vec<PersonRef>,
    pub sent_on: Option<NaiveDate>,
    pub dates: ReferralDates,
    pub status: ReferralStatus,
    pub created_at: String,
    pub updated_at: String,
}

/// One row of a case's list of referrals.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ReferralSummary {
    pub id: i64,
    pub service: Service,
    pub provider_name: String,
    pub status: ReferralStatus,
    pub sent_on: Option<NaiveDate>,
    /// Sessions that are not cancelled.
    pub sessions: u32,
    /// Minutes of those sessions, planned or used.
    pub minutes: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    pub fn input(service: Service) -> ReferralInput {
        ReferralInput {
            service,
            cci_kinds: vec![CciKind::ObserveContact, CciKind::ObserveContact],
            basis: Basis::FcaRecommendation,
            provider_name: " Cardiff Contact Centre ".into(),
            provider_address: String::new(),
            provider_naccc_accredited: true,
            provider_email: "referrals@centre.example.org".into(),
            risk_assessment: String::new(),
            risk_assessed_on: String::new(),
            risk_assessed_by: String::new(),
            session_plan: String::new(),
            planned_sessions: None,
            remote_assessed_on: "01/11/2026".into(),
            remote_assessed_by: "Ffion Hughes".into(),
            remote_discussed: "Both parents, by telephone.".into(),
            remote_limitations: "No help with the call's technology.".into(),
            remote_feedback: "By email after each session.".into(),
            permitted: vec![
                PersonRef::Adult(2),
                PersonRef::Child(1),
                PersonRef::Adult(2),
            ],
        }
    }

    #[test]
    fn a_draft_may_leave_most_things_empty() {
        let f = input(Service::SupervisedContact).checked(today()).unwrap();
        assert_eq!(f.provider_name, "Cardiff Contact Centre");
        assert_eq!(f.permitted, [PersonRef::Child(1), PersonRef::Adult(2)]);
    }

    #[test]
    fn answers_for_other_services_are_dropped() {
        let f = input(Service::SupervisedContact).checked(today()).unwrap();
        assert!(f.cci_kinds.is_empty());
        assert_eq!(f.remote_assessed_on, None);
        let f = input(Service::ChildContactIntervention)
            .checked(today())
            .unwrap();
        assert_eq!(f.cci_kinds, [CciKind::ObserveContact]);
        let f = input(Service::RemoteSupervisedContact)
            .checked(today())
            .unwrap();
        assert_eq!(f.remote_assessed_by, "Ffion Hughes");
        assert!(f.remote_assessed_on.is_some());
    }

    #[test]
    fn bad_email_future_assessment_and_zero_sessions_are_named() {
        let mut i = input(Service::SupervisedContact);
        i.provider_email = "centre.example.org".into();
        i.risk_assessed_on = "24/11/2026".into();
        i.planned_sessions = Some(0);
        let e = i.checked(today()).unwrap_err();
        let fields: Vec<_> = e.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(
            fields,
            ["provider_email", "risk_assessed_on", "planned_sessions"]
        );
    }

    #[test]
    fn status_is_the_furthest_step_reached() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        let mut dates = ReferralDates::default();
        assert_eq!(
            ReferralStatus::from_dates(&dates, None),
            ReferralStatus::Draft
        );
        let sent = d(2026, 11, 2);
        assert_eq!(
            ReferralStatus::from_dates(&dates, sent),
            ReferralStatus::Sent
        );
        dates.accepted_on = d(2026, 11, 5);
        assert_eq!(
            ReferralStatus::from_dates(&dates, sent),
            ReferralStatus::Accepted
        );
        dates.started_on = d(2026, 11, 9);
        assert_eq!(
            ReferralStatus::from_dates(&dates, sent),
            ReferralStatus::Active
        );
        dates.ceased_on = d(2026, 11, 20);
        assert_eq!(
            ReferralStatus::from_dates(&dates, sent),
            ReferralStatus::Ceased
        );
        let declined = ReferralDates {
            declined_on: d(2026, 11, 4),
            ..Default::default()
        };
        assert_eq!(
            ReferralStatus::from_dates(&declined, sent),
            ReferralStatus::Declined
        );
    }
}
