//! A referral as its page shows it: the referral, who may attend, its sessions with attendance,
//! the hours planned and used, its review and period, what it still needs, and its deadlines.

use serde::Serialize;

use crate::model::{ContactRecordKind, NamedPerson, Referral, SessionDetail};
use crate::rules::{Deadline, HoursSummary, PeriodStatus, ReviewStatus};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ReferralDetail {
    pub referral: Referral,
    pub case_number: String,
    pub case_name: String,
    /// The people named on the referral: the only ones who may attend its sessions.
    pub permitted_people: Vec<NamedPerson>,
    /// Sessions in date order, each with its attendance.
    pub sessions: Vec<SessionDetail>,
    pub hours: HoursSummary,
    /// The review after the initial sessions (centre-based contact).
    pub review: ReviewStatus,
    /// The maximum period (CCI and Level 1-3 services), once the service has started.
    pub period: Option<PeriodStatus>,
    /// What must still be added before the referral can be sent, in plain words.
    pub missing_to_send: Vec<String>,
    /// This referral's deadlines, done ones included, earliest first.
    pub deadlines: Vec<Deadline>,
    /// Which record the service keeps, as the core decides it (none for SPIP): the page offers
    /// the links for that record only.
    pub record_kind: Option<ContactRecordKind>,
    /// What the rules warn about without refusing (rules/warnings.rs), in plain words.
    pub warnings: Vec<String>,
    /// The same warnings as keys, in the same order, which the UI says in the chosen language.
    pub warnings_msg: Vec<Option<crate::message::Message>>,
    /// The adviser's written reasons to go ahead without the review, oldest first.
    pub review_overrides: Vec<crate::model::ReviewOverride>,
    /// The consultation with the duty FCA/FCSW (court-ordered referrals), if recorded.
    pub duty_consultation: Option<crate::model::DutyConsultation>,
    /// Court-ordered with no consultation recorded: flagged for the area Practice Manager on
    /// duty (rules/duty.rs).
    pub practice_manager_flag: bool,
    /// Supported contact: the centre's pre-contact assessment, if recorded.
    pub pre_contact: Option<crate::model::PreContactAssessment>,
}
