//! The case bundle, version 2: the serde types of the one file format used to hand cases over
//! between data files (see docs/case-bundle.md and docs/case-bundle.schema.json).
//!
//! No database ids appear: people are named by a bundle-local `ref` ("child-1", "adult-2"),
//! referrals by their position in their case's list, sessions by their number. Dates are
//! YYYY-MM-DD and times HH:MM, so the file reads the same on any machine.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::SignedRecord;
use crate::model::{
    AdultRole, Basis, CafcassSystem, CancelledBy, CaseStatus, CciKind, IncidentKind, Language,
    Party, Service, SessionStatus,
};
use crate::model::{Recipient, SendMethod, SentItemKind};
use crate::rules::CalendarKind;

pub use super::format_record::*;

/// The `format` every bundle names, so a file of another kind is refused with a clear message.
pub const BUNDLE_FORMAT: &str = "contact-records/case-bundle";
/// The one version this code writes and reads. Version 2 carries signed documents and their
/// signers' keys; version 1 (fingerprints only) is refused.
pub const BUNDLE_VERSION: u32 = 2;

/// A whole bundle: one or more cases and the data file's deadline settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct CaseBundle {
    /// Always "contact-records/case-bundle".
    pub format: String,
    /// Always 2 for this layout.
    pub version: u32,
    /// When the bundle was written, RFC 3339 in UTC.
    pub exported_at: String,
    pub settings: BundleSettings,
    pub cases: Vec<BundleCase>,
    /// The public keys of everyone who signed a record or addendum in this bundle.
    pub signers: Vec<BundleSigner>,
}

/// A signer whose records the bundle carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundleSigner {
    pub name: String,
    pub role: String,
    /// Ed25519 public key, 64 lower-case hex digits.
    pub public_key: String,
    /// "3F2A 91C0 7B44 E2D1": the first 8 bytes of the key's SHA-256, for people to compare.
    pub key_fingerprint: String,
}

/// The inputs of every deadline that belong to the data file, not to a case: whose bank
/// holidays are skipped and the office's own closure days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundleSettings {
    pub calendar_kind: CalendarKind,
    pub closure_days: Vec<BundleClosureDay>,
    /// The office's own deadlines, in working days (optional: older bundles have none, and the
    /// data file keeps its own).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_record_days: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incident_follow_up_days: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundleClosureDay {
    pub date: NaiveDate,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundleCase {
    pub court_case_number: String,
    /// The number the case's records were signed under, when it was imported as new under
    /// another number; null otherwise. Signed documents name this number.
    #[serde(default)]
    pub signed_as_number: Option<String>,
    pub case_name: String,
    pub court: String,
    pub cafcass_number: String,
    pub cafcass_system: CafcassSystem,
    pub adviser_name: String,
    pub status: CaseStatus,
    pub notes: String,
    pub children: Vec<BundleChild>,
    pub adults: Vec<BundleAdult>,
    pub referrals: Vec<BundleReferral>,
    pub incidents: Vec<BundleIncident>,
    /// The log of sending. Optional: bundles written before the log was kept have none, and a
    /// case with nothing sent writes none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sendings: Vec<BundleSending>,
}

/// One entry of the log of sending. What was sent is named by position, as incidents name
/// their referral and session: a session's record by `referral` and `session`, a referral's
/// final record or Record of Supported Contact by `referral`, a written follow-up by `incident`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundleSending {
    pub item_kind: SentItemKind,
    /// Position (from 0) of the referral in this case's `referrals`, or null.
    #[serde(default)]
    pub referral: Option<u32>,
    /// Number of the session within that referral, or null.
    #[serde(default)]
    pub session: Option<u32>,
    /// Position (from 0) of the incident in this case's `incidents`, or null.
    #[serde(default)]
    pub incident: Option<u32>,
    pub sent_on: NaiveDate,
    pub recipient: Recipient,
    pub recipient_name: String,
    pub method: SendMethod,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundleChild {
    /// Bundle-local name of this child, such as "child-1"; unique within the case.
    #[serde(rename = "ref")]
    pub reference: String,
    pub full_name: String,
    pub date_of_birth: NaiveDate,
    pub language: Language,
    pub needs: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundleAdult {
    /// Bundle-local name of this adult, such as "adult-2"; unique within the case.
    #[serde(rename = "ref")]
    pub reference: String,
    pub full_name: String,
    pub role: AdultRole,
    pub party: Party,
    pub contact_details: String,
    pub language: Language,
}

/// A referral with every field of the form, its progress dates and its sessions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundleReferral {
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
    /// What the FCA/FCSW discussed with the parties on assessing remote contact, the limitations
    /// explained and the feedback arrangements (optional: older bundles have none).
    #[serde(default)]
    pub remote_discussed: String,
    #[serde(default)]
    pub remote_limitations: String,
    #[serde(default)]
    pub remote_feedback: String,
    /// The `ref`s of the people who may attend its sessions.
    pub permitted: Vec<String>,
    pub sent_on: Option<NaiveDate>,
    pub received_on: Option<NaiveDate>,
    pub accepted_on: Option<NaiveDate>,
    pub declined_on: Option<NaiveDate>,
    pub started_on: Option<NaiveDate>,
    pub ceased_on: Option<NaiveDate>,
    pub reviewed_on: Option<NaiveDate>,
    /// In number order, numbered 1, 2, 3 … without gaps.
    pub sessions: Vec<BundleSession>,
    /// Supported contact only: the finalised Record of Supported Contact, or null.
    pub supported_record: Option<BundleRecord>,
    /// Supervised contact only: the signed final Record of Observed Contact, or null.
    #[serde(default)]
    pub final_record: Option<BundleFinalRecord>,
    /// CCI, Level 2, Level 3 and Level 1 referrals: the report to court or log, or absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<super::reports::BundleReport>,
    /// Centre-based contact and CCI: the adviser's written reasons to go ahead without the
    /// review, oldest first; absent when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub review_overrides: Vec<BundleReviewOverride>,
    /// A court-ordered referral: the consultation with the duty FCA/FCSW, or absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duty_consultation: Option<BundleDutyConsultation>,
    /// Supported contact: the centre's pre-contact assessment, or absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_contact: Option<BundlePreContact>,
}

/// The pre-contact assessment of a supported referral: the centre's facts (who recorded it in
/// the app is the importing user, as for the referral's other answers).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundlePreContact {
    pub assessed_on: NaiveDate,
    pub assessed_by: String,
    pub notes: String,
}

/// The consultation with the duty FCA/FCSW before the court ordered the referral.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundleDutyConsultation {
    pub consulted_on: NaiveDate,
    pub duty_officer: String,
    pub recorded_by: String,
}

/// A reason recorded to go ahead without the review, with the day and the person who decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundleReviewOverride {
    pub reason: String,
    pub decided_on: NaiveDate,
    pub decided_by: String,
}

/// A signed final Record of Observed Contact: it cites each session record by fingerprint and
/// lists the sessions missed or cancelled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundleFinalRecord {
    pub signed_document: SignedRecord,
    /// SHA-256 of the canonical `signed_document`.
    pub fingerprint: String,
    pub signature_ed25519: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundleSession {
    pub number: u32,
    pub date: NaiveDate,
    /// "14:30"
    pub start_time: String,
    pub duration_minutes: u32,
    pub venue: String,
    pub supervisor: String,
    pub status: SessionStatus,
    pub cancelled_by: Option<CancelledBy>,
    pub cancel_reason: String,
    pub attendance: Vec<BundleAttendance>,
    /// The session's Record of Observed Contact (or communications log), draft or final; null
    /// when none was started. Supported contact keeps its record on the referral instead.
    pub record: Option<BundleRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundleAttendance {
    /// The `ref` of the child or adult.
    pub person: String,
    /// "14:30", or null when not recorded.
    pub arrived: Option<String>,
    pub departed: Option<String>,
    pub brought_by: String,
    pub late_reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundleIncident {
    /// Position (from 0) of the referral in this case's `referrals`, or null.
    pub referral: Option<u32>,
    /// Number of the session within that referral, or null.
    pub session: Option<u32>,
    pub occurred_on: NaiveDate,
    /// "14:30", or null when not known.
    pub occurred_time: Option<String>,
    pub kind: IncidentKind,
    pub by_whom: String,
    pub people_involved: String,
    pub what_happened: String,
    pub action_taken: String,
    pub police_told_on: Option<NaiveDate>,
    pub police_told_whom: String,
    pub social_services_told_on: Option<NaiveDate>,
    pub social_services_told_whom: String,
    pub reported_to_referrer_on: Option<NaiveDate>,
    pub written_followup_sent_on: Option<NaiveDate>,
}

/// What an import added, case by case, for the app and the CLI to show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct ImportSummary {
    pub cases: Vec<ImportedCase>,
    /// Whether the bundle's calendar and closure days were taken on (only into a data file with
    /// no cases yet; otherwise the data file keeps its own).
    pub settings_applied: bool,
    /// Signers this import trusted (the user agreed to new signers), each with the keys this
    /// data file already knew under the same name: a warning to show, never to drop.
    #[serde(default)]
    pub new_signers: Vec<super::signers::NewSigner>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct ImportedCase {
    pub case_id: i64,
    /// The number it was imported under.
    pub court_case_number: String,
    /// The number in the bundle, when the case was imported as new under another number.
    pub original_court_case_number: Option<String>,
    pub case_name: String,
    pub children: u32,
    pub adults: u32,
    pub referrals: u32,
    pub sessions: u32,
    pub attendance: u32,
    /// Records of contact, drafts and finalised.
    pub records: u32,
    pub addenda: u32,
    pub incidents: u32,
    /// Reports to court and Level 1 logs, drafts and signed.
    #[serde(default)]
    pub reports: u32,
}

/// How to import: `as_new` gives a case whose number already exists a new number instead of
/// refusing it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ImportOptions {
    pub as_new: bool,
    /// Take in records signed with keys this data file has not seen before (their signers are
    /// then known to it). Without it such records are refused, naming signer and key.
    pub trust_new_signers: bool,
}
