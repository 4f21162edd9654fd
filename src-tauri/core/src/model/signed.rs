//! The signed document: what a finalised record (or addendum, or final record of a referral)
//! asserts, in codes and data with no display labels, versioned, serialised canonically (RFC 8785)
//! and signed with Ed25519. The store persists it, bundles carry it, PDFs print from it and embed
//! it; docs/case-bundle.md describes it for anyone checking with their own tools.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::court_report::{CourtReportKind, ReportBody};
use super::record::{CommunicationNotes, InterventionNotes};
use super::{AdultRole, CafcassSystem, CancelledBy, IncidentKind, Party, Service, SessionStatus};

/// The `format` every signed document names.
pub const SIGNED_FORMAT: &str = "contact-records/signed-record";
/// The one version this code writes and reads.
pub const SIGNED_VERSION: u32 = 1;

/// Which record a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// One session's Record of Observed Contact.
    Observed,
    /// One session's communications log (Level 1).
    Communications,
    /// A referral's Record of Supported Contact.
    Supported,
    /// A referral's final Record of Observed Contact: cites each session record.
    FinalObserved,
    /// A dated, signed addendum to another document.
    Addendum,
    /// An adviser's report to court or a Level 1 log (its `report` part says which).
    Report,
}

/// One signed document. Parts that do not apply to a kind are null or empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct SignedRecord {
    /// Always "contact-records/signed-record".
    pub format: String,
    /// Always 1.
    pub version: u32,
    pub kind: DocumentKind,
    pub case: DocCase,
    pub referral: Option<DocReferral>,
    /// The session of an observed record or communications log.
    pub session: Option<DocSession>,
    /// Supported and final records: every session of the referral that has happened or was
    /// missed or cancelled, in number order.
    pub sessions: Vec<DocSession>,
    pub content: Option<DocContent>,
    pub incidents: Vec<DocIncident>,
    /// Final records: the fingerprint of each session record they cite.
    pub cites: Vec<DocCitation>,
    /// Addenda: the fingerprint of the document amended.
    pub amends: Option<String>,
    /// Addenda: the fingerprint of the addendum before this one, null for the first.
    pub previous: Option<String>,
    pub addendum: Option<DocAddendum>,
    /// Reports: what the adviser wrote. Left out of the JSON when absent, so documents signed
    /// before reports existed keep their canonical bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<DocReport>,
    pub signer: DocSigner,
    /// Local (Europe/London) date and time of signing: "2026-11-23T16:30:00".
    pub signed_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct DocCase {
    pub court_case_number: String,
    pub case_name: String,
    pub court: String,
    pub cafcass_number: String,
    pub cafcass_system: CafcassSystem,
    pub adviser_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct DocReferral {
    pub service: Service,
    pub provider_name: String,
    pub planned_sessions: Option<u32>,
    pub sent_on: Option<NaiveDate>,
    pub accepted_on: Option<NaiveDate>,
    pub started_on: Option<NaiveDate>,
    pub ceased_on: Option<NaiveDate>,
    /// Remote supervised contact: the FCA/FCSW's assessment that it is suitable. Left out of the
    /// JSON when absent, so documents signed before it was carried keep their canonical bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_assessment: Option<DocRemoteAssessment>,
}

/// The FCA/FCSW's assessment that remote supervised contact is suitable, as the referral
/// records it (Cafcass Cymru Expectation Statement).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct DocRemoteAssessment {
    pub assessed_on: NaiveDate,
    /// The FCA/FCSW who assessed it.
    pub assessed_by: String,
    /// What was discussed with the parties (and the court where appropriate).
    pub discussed: String,
    /// The limitations of remote contact explained to them.
    pub limitations: String,
    /// How feedback is given.
    pub feedback: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct DocSession {
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
    /// Children first (oldest first), then adults, in the order recorded.
    pub attendance: Vec<DocAttendance>,
}

/// A person as a document names them: enough to tell them apart without a row id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case", tag = "type", deny_unknown_fields)]
pub enum DocPerson {
    Child {
        full_name: String,
        date_of_birth: NaiveDate,
    },
    Adult {
        full_name: String,
        role: AdultRole,
        party: Party,
    },
}

impl DocPerson {
    pub fn full_name(&self) -> &str {
        match self {
            DocPerson::Child { full_name, .. } | DocPerson::Adult { full_name, .. } => full_name,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct DocAttendance {
    pub person: DocPerson,
    /// "14:30", or null when not recorded.
    pub arrived: Option<String>,
    pub departed: Option<String>,
    pub brought_by: String,
    pub late_reason: String,
}

/// The record form as signed, children named instead of numbered.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct DocContent {
    pub actual_start: String,
    pub actual_end: String,
    pub aim_and_requirements: String,
    pub arrival_and_greeting: String,
    pub adult_engagement: String,
    pub children: Vec<DocChildNotes>,
    pub physical_contact_gifts_food_photos_phones: String,
    pub conversation_about_case: String,
    pub interventions: Vec<InterventionNotes>,
    pub concerns_and_safeguarding: String,
    pub ending_and_handover: String,
    pub summary: String,
    pub worker_reflections: String,
    pub communications: Vec<CommunicationNotes>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct DocChildNotes {
    pub full_name: String,
    pub date_of_birth: NaiveDate,
    pub observations: String,
    pub quotes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct DocIncident {
    pub occurred_on: NaiveDate,
    pub occurred_time: Option<String>,
    pub session_number: Option<u32>,
    pub kind: IncidentKind,
    pub what_happened: String,
    pub action_taken: String,
    pub police_told_on: Option<NaiveDate>,
    pub police_told_whom: String,
    pub social_services_told_on: Option<NaiveDate>,
    pub social_services_told_whom: String,
    pub reported_to_referrer_on: Option<NaiveDate>,
    pub written_followup_sent_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct DocCitation {
    pub session_number: u32,
    pub fingerprint: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct DocAddendum {
    pub reason: String,
    pub text: String,
}

/// A report as signed: its kind, the children it is about, and what the adviser wrote. The
/// sessions it covers are the document's `sessions`, the records it draws on its `cites`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct DocReport {
    pub kind: CourtReportKind,
    pub children: Vec<DocReportChild>,
    pub body: ReportBody,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct DocReportChild {
    pub full_name: String,
    pub date_of_birth: NaiveDate,
}

/// Who signed: name and role as typed, and the Ed25519 public key (64 lower-case hex).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct DocSigner {
    pub name: String,
    pub role: String,
    pub public_key: String,
}

/// The form of `signed_at`.
pub const SIGNED_AT_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

impl SignedRecord {
    /// An empty document of `kind` for `case`, to be filled in by the store.
    pub fn new(kind: DocumentKind, case: DocCase) -> SignedRecord {
        SignedRecord {
            format: SIGNED_FORMAT.into(),
            version: SIGNED_VERSION,
            kind,
            case,
            referral: None,
            session: None,
            sessions: Vec::new(),
            content: None,
            incidents: Vec::new(),
            cites: Vec::new(),
            amends: None,
            previous: None,
            addendum: None,
            report: None,
            signer: DocSigner::default(),
            signed_at: String::new(),
        }
    }

    /// The signing time, when it is a real local date and time.
    pub fn signed_at_time(&self) -> Option<NaiveDateTime> {
        NaiveDateTime::parse_from_str(&self.signed_at, SIGNED_AT_FORMAT).ok()
    }
}

/// What the PDF of one record is printed from: its document, whether it is signed (a draft is
/// built from the live rows and prints DRAFT), and the signed addenda that follow it.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordSource {
    pub document: SignedRecord,
    /// The canonical text and signature, once signed.
    pub signed: Option<SignedText>,
    pub addenda: Vec<SignedText>,
}

/// A signed document exactly as stored: the canonical JSON text and its Ed25519 signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct SignedText {
    pub canonical: String,
    /// 128 lower-case hex digits.
    pub signature: String,
}

/// The person who signs in this data file, as Settings shows them. The secret key never leaves
/// the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct SignerIdentity {
    pub name: String,
    pub role: String,
    /// 64 lower-case hex digits.
    pub public_key: String,
    /// "3F2A 91C0 7B44 E2D1": what a colleague or a court compares.
    pub key_fingerprint: String,
}

/// What the final Record of Observed Contact of a referral is printed from: its own document
/// (signed once finalised) and the record of each session it covers.
#[derive(Debug, Clone, PartialEq)]
pub struct FinalSources {
    pub document: SignedRecord,
    pub signed: Option<SignedText>,
    pub sessions: Vec<RecordSource>,
    pub hours_used_minutes: u32,
}
