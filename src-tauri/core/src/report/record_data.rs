//! The plain data the court documents are made from, independent of the store: a later step maps
//! store rows into these, and the document functions turn them into PDF bytes.
//!
//! Free text is printed once, as typed. Labels the store already holds as text (roles, the
//! service, the case management system) arrive here ready to print in the record's language.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::model::DocRemoteAssessment;

/// What the front of every record of contact says about the case and the referral.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub struct RecordHeader {
    /// "Re: Elis Llŷr (a child)"; printed in the running header of every page.
    pub case_name: String,
    pub court: String,
    pub court_case_number: String,
    pub cafcass_number: String,
    /// The service and system the Cafcass number belongs to, as printed: "Cafcass Cymru (IRIS)".
    pub cafcass_system: String,
    pub referring_adviser: String,
    pub referring_adviser_role: Option<AdviserRole>,
    /// The provider or contact centre, as it should appear (name and town).
    pub provider: String,
    /// The service label, as printed: "Supervised contact (centre)".
    pub service: String,
    pub referral_sent: Option<NaiveDate>,
    pub referral_accepted: Option<NaiveDate>,
    pub contact_started: Option<NaiveDate>,
    pub contact_ceased: Option<NaiveDate>,
    /// The supervisor (observed contact) or the coordinator (supported contact).
    pub supervisor: String,
    /// Remote supervised contact: who assessed it as suitable, when, and what they recorded.
    #[serde(default)]
    pub remote_assessment: Option<DocRemoteAssessment>,
}

/// The referring adviser's role; printed in full in the record's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum AdviserRole {
    /// Family Court Adviser.
    Fca,
    /// Family Court Social Worker.
    Fcsw,
}

/// Who attended a session, when they came and went.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub struct AttendanceRow {
    pub person: String,
    /// As printed: "Father (visiting)", "Child, 7".
    pub role: String,
    /// `None` when the person did not come (say so in `notes`).
    pub arrived: Option<NaiveTime>,
    pub left: Option<NaiveTime>,
    pub brought_by: String,
    /// The reason given for lateness, or non-attendance. Not printed on supported records.
    pub notes: String,
}

/// One child's part in a session: what the supervisor saw and the child's own words.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub struct ChildResponse {
    /// As the record calls the child, usually the first name: quotes are attributed "Elis, 7:".
    pub child_name: String,
    pub child_age: Option<u32>,
    pub observations: String,
    /// The child's own words, each quoted as said.
    pub quotes: Vec<String>,
}

/// Something the supervisor did during the session, why, and how the adult responded.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub struct Intervention {
    pub time: Option<NaiveTime>,
    pub what: String,
    pub why: String,
    pub response: String,
}

/// The finalising signature: who finalised the record, in what role, and when (UK local time).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub struct Signature {
    pub name: String,
    pub role: String,
    pub signed_at: NaiveDateTime,
    /// The signer's key fingerprint ("3F2A 91C0 7B44 E2D1"), printed beside the signature so a
    /// reader can compare it with the key the signer gives them.
    #[serde(default)]
    pub key_fingerprint: Option<String>,
}

/// A dated, signed addition to a finalised record: finalised records are never changed silently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub struct Addendum {
    pub signed_at: NaiveDateTime,
    pub name: String,
    pub role: String,
    pub reason: String,
    pub text: String,
}

/// An incident: what happened, what was done, and who was told when (within one working day,
/// then in writing; child-protection concerns straight to police or social services).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub struct IncidentSummary {
    pub when: NaiveDateTime,
    pub session_number: Option<u32>,
    pub what_happened: String,
    pub action_taken: String,
    /// "Cafcass Cymru duty FCA (by telephone)", "South Wales Police".
    pub reported_to: String,
    /// Incidents are reported on a day; the time is not kept, so none is printed.
    pub reported_on: Option<NaiveDate>,
    pub written_follow_up_sent: Option<NaiveDate>,
}

/// One session of supervised contact as the Record of Observed Contact reports it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub struct ObservedSession {
    pub number: u32,
    /// The number of sessions planned for the referral ("Session 3 of 6").
    pub of_planned: Option<u32>,
    pub date: NaiveDate,
    pub scheduled_start: Option<NaiveTime>,
    pub scheduled_end: Option<NaiveTime>,
    pub actual_start: Option<NaiveTime>,
    pub actual_end: Option<NaiveTime>,
    /// The room and centre, or for remote contact the platform ("Microsoft Teams").
    pub venue: String,
    pub remote: bool,
    pub attendance: Vec<AttendanceRow>,
    pub aim_and_requirements: String,
    pub arrival_and_greeting: String,
    pub adult_engagement: String,
    pub children: Vec<ChildResponse>,
    pub physical_contact_gifts_food_photos_phones: String,
    pub conversation_about_case: String,
    pub interventions: Vec<Intervention>,
    pub concerns_and_safeguarding: String,
    /// Incidents linked to this session.
    pub incidents: Vec<IncidentSummary>,
    pub ending_and_handover: String,
    pub summary: String,
    /// The supervisor's own reactions and views, printed apart and labelled as such.
    pub worker_reflections: String,
    /// `None` while the record is a draft: it then prints DRAFT on every page and no signature.
    pub signature: Option<Signature>,
    pub addenda: Vec<Addendum>,
    /// The record's hash-chain fingerprint, printed in the footer once finalised.
    pub fingerprint: Option<String>,
}

/// How a supported session went, for the monitoring information.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum SupportedStatus {
    Attended,
    /// Cancelled in advance; `by` as printed: "the father", "the centre".
    Cancelled {
        by: String,
    },
    /// Did not come without cancelling; `who` as printed (may be empty).
    DidNotAttend {
        who: String,
    },
}

/// One scheduled session of supported contact: when, who came and went, and whether it happened.
/// Nothing about what happened inside: supported centres report only when a risk arises.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub struct SupportedSession {
    pub number: u32,
    pub date: NaiveDate,
    pub scheduled_start: Option<NaiveTime>,
    pub scheduled_end: Option<NaiveTime>,
    pub status: SupportedStatus,
    /// Person, role, arrival and departure (`brought_by` and `notes` are not printed).
    pub attendance: Vec<AttendanceRow>,
}

impl SupportedSession {
    /// The scheduled length in minutes (0 when a time is missing or the end is not after the start).
    pub fn scheduled_minutes(&self) -> u32 {
        minutes_between(self.scheduled_start, self.scheduled_end)
    }
}

impl ObservedSession {
    /// The scheduled length in minutes (0 when a time is missing or the end is not after the start).
    pub fn scheduled_minutes(&self) -> u32 {
        minutes_between(self.scheduled_start, self.scheduled_end)
    }

    /// Finalised: signed. A draft prints no signature and no fingerprint.
    pub fn is_final(&self) -> bool {
        self.signature.is_some()
    }
}

fn minutes_between(start: Option<NaiveTime>, end: Option<NaiveTime>) -> u32 {
    match (start, end) {
        (Some(s), Some(e)) if e > s => u32::try_from((e - s).num_minutes()).unwrap_or(0),
        _ => 0,
    }
}
