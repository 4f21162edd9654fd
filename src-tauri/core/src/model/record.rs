//! A record of contact: what the form holds while it is typed (autosaved as a draft), what the
//! screens are shown, and the forms that sign it and add addenda to it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::incident::Incident;
use super::service::Service;
use super::session::{Attendance, SessionDetail, SessionStatus};
use crate::error::{Problems, Result};

/// The largest draft the store accepts. The form is autosaved every second while it is typed, so
/// this guards the file against a runaway paste, not against a long but honest record.
pub const MAX_CONTENT_BYTES: usize = 1_000_000;

/// Which record a service keeps (DOMAIN.md, "The two records").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ContactRecordKind {
    /// A Record of Observed Contact for each session.
    Observed,
    /// One Record of Supported Contact per referral: monitoring information only.
    Supported,
    /// A log of each communication or contact, with the child's and parents' responses (Level 1).
    Communications,
}

impl ContactRecordKind {
    /// The record a service keeps. SPIP keeps none: its attendance is confirmed on the session.
    pub fn for_service(service: Service) -> Result<ContactRecordKind> {
        Self::of_service(service).ok_or_else(|| {
            crate::error::Error::rule_said(crate::message::Message::new(
                crate::message_rules_said::SPIP_NO_RECORD,
            ))
        })
    }

    /// The one answer to "which record does this service keep": `None` for SPIP.
    pub fn of_service(service: Service) -> Option<ContactRecordKind> {
        match service {
            Service::SupportedContact => Some(ContactRecordKind::Supported),
            Service::Level1IndirectContactSupport | Service::Level1IndividualWorkWithChildren => {
                Some(ContactRecordKind::Communications)
            }
            Service::Spip => None,
            _ => Some(ContactRecordKind::Observed),
        }
    }
}

/// Where a record stands. `None` (serialised "none") means nothing has been typed yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum RecordStatus {
    #[serde(rename = "none")]
    NotStarted,
    Draft,
    Final,
}

/// What one child did and said.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
pub struct ChildNotes {
    pub child_id: i64,
    pub observations: String,
    /// The child's own words, each as said.
    pub quotes: Vec<String>,
}

/// Something the supervisor did, why, and how the adult responded. `time` as typed ("10:20").
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
pub struct InterventionNotes {
    pub time: String,
    pub what: String,
    pub why: String,
    pub response: String,
}

/// One communication (letter, card, call) of a Level 1 log. `date` as typed ("23/11/2026").
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
pub struct CommunicationNotes {
    pub date: String,
    pub what: String,
    pub child_response: String,
    pub parents_response: String,
}

/// The record form as typed. Flat and with every field always present, so the form can autosave
/// whatever it holds; the checks that matter run when the record is finalised.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
pub struct RecordContent {
    /// "HH:MM", or "" while not yet typed.
    pub actual_start: String,
    pub actual_end: String,
    pub aim_and_requirements: String,
    pub arrival_and_greeting: String,
    pub adult_engagement: String,
    pub children: Vec<ChildNotes>,
    pub physical_contact_gifts_food_photos_phones: String,
    pub conversation_about_case: String,
    pub interventions: Vec<InterventionNotes>,
    pub concerns_and_safeguarding: String,
    pub ending_and_handover: String,
    pub summary: String,
    pub worker_reflections: String,
    pub communications: Vec<CommunicationNotes>,
}

impl RecordContent {
    /// Whether any observation (anything but the times) has been typed: a Record of Supported
    /// Contact must never hold any.
    pub fn has_observations(&self) -> bool {
        let texts = [
            &self.aim_and_requirements,
            &self.arrival_and_greeting,
            &self.adult_engagement,
            &self.physical_contact_gifts_food_photos_phones,
            &self.conversation_about_case,
            &self.concerns_and_safeguarding,
            &self.ending_and_handover,
            &self.summary,
            &self.worker_reflections,
        ];
        texts.iter().any(|t| !t.trim().is_empty())
            || !self.children.is_empty()
            || !self.interventions.is_empty()
            || !self.communications.is_empty()
    }
}

/// Who signs a record when it is finalised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct SignerInput {
    pub name: String,
    pub role: String,
}

/// A dated, signed correction or addition to a finalised record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AddendumInput {
    pub reason: String,
    pub text: String,
    pub name: String,
    pub role: String,
}

impl AddendumInput {
    /// Every field is required: an addendum says why, what, and who.
    pub fn checked(&self) -> Result<AddendumInput> {
        let clean = crate::text::clean;
        let a = AddendumInput {
            reason: clean(&self.reason),
            text: clean(&self.text),
            name: clean(&self.name),
            role: clean(&self.role),
        };
        let mut p = Problems::default();
        if a.reason.is_empty() {
            p.add("reason", "Say why the addendum is needed");
        }
        if a.text.is_empty() {
            p.add("text", "Enter the text of the addendum");
        }
        if a.name.is_empty() {
            p.add("name", "Enter your name to sign the addendum");
        }
        if a.role.is_empty() {
            p.add("role", "Enter your role to sign the addendum");
        }
        super::fields::text_within(&mut p, "reason", &a.reason, "The reason", 2_000);
        super::fields::text_within(
            &mut p,
            "text",
            &a.text,
            "The text",
            super::case::LONG_TEXT_MAX,
        );
        super::case::short(&mut p, "name", &a.name, "Your name");
        super::case::short(&mut p, "role", &a.role, "Your role");
        p.into_result()?;
        Ok(a)
    }
}

/// What an autosave returns: enough for the form to say "Saved at 14:32".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct DraftSaved {
    pub record_id: i64,
    pub revision: i64,
    /// When the draft was saved (UTC, RFC 3339).
    pub saved_at: String,
}

/// The signature of a finalised record; `signed_at` is local time, "2026-11-23T16:30:00".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct SignatureView {
    pub name: String,
    pub role: String,
    pub signed_at: String,
    /// The signer's key fingerprint, "3F2A 91C0 7B44 E2D1" ("" for a record that cannot be read).
    pub key_fingerprint: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct AddendumView {
    pub id: i64,
    pub reason: String,
    pub text: String,
    pub name: String,
    pub role: String,
    pub signed_at: String,
    pub fingerprint: String,
}

/// A child of the referral as the form lists them, with their age on the day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct ChildContext {
    pub id: i64,
    pub name: String,
    pub age: u32,
}

/// The session a record belongs to, as its read-only header shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct SessionContext {
    pub session_id: i64,
    pub number: u32,
    pub of_planned: Option<u32>,
    pub date: NaiveDate,
    /// "10:00"
    pub scheduled_start: String,
    pub scheduled_end: String,
    pub venue: String,
    pub supervisor: String,
    pub status: SessionStatus,
}

/// Everything the record form shows but does not edit.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct RecordContext {
    pub case_id: i64,
    pub case_name: String,
    pub court_case_number: String,
    pub referral_id: i64,
    pub service: Service,
    pub provider: String,
    /// The session of an observed or communications record; `None` for a supported record.
    pub session: Option<SessionContext>,
    pub children: Vec<ChildContext>,
    /// The session's attendance rows (empty for a supported record: see `sessions`).
    pub attendance: Vec<Attendance>,
    /// Incidents linked to the session, or for a supported record to the referral.
    pub incidents: Vec<Incident>,
    /// For a supported record: every session of the referral with its attendance.
    pub sessions: Vec<SessionDetail>,
}

/// A record as the form shows it: the draft, the final record, or an empty one not yet saved.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct RecordView {
    pub record_id: Option<i64>,
    pub kind: ContactRecordKind,
    pub status: RecordStatus,
    pub content: RecordContent,
    pub revision: i64,
    pub saved_at: Option<String>,
    pub signature: Option<SignatureView>,
    pub fingerprint: Option<String>,
    pub addenda: Vec<AddendumView>,
    pub context: RecordContext,
}

/// One record or addendum whose stored fingerprint no longer matches its row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct TamperedRecord {
    pub record_id: i64,
    pub case_number: String,
    pub session_number: Option<u32>,
    /// What does not match, in plain words.
    pub what: String,
}

/// The result of checking the whole file: the audit chain and every signed record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct VerifyReport {
    pub audit_entries: u32,
    pub first_broken_audit_entry: Option<i64>,
    pub records_checked: u32,
    pub addenda_checked: u32,
    pub tampered: Vec<TamperedRecord>,
    /// Triggers that keep signed rows unchanged and are missing from the file.
    pub missing_triggers: Vec<String>,
}

impl VerifyReport {
    /// Nothing broken and nothing tampered with.
    pub fn is_intact(&self) -> bool {
        self.first_broken_audit_entry.is_none()
            && self.tampered.is_empty()
            && self.missing_triggers.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_serialises_every_field() {
        let v = serde_json::to_value(RecordContent::default()).unwrap();
        assert_eq!(v.as_object().unwrap().len(), 14);
        assert_eq!(v["children"], serde_json::json!([]));
    }

    #[test]
    fn status_none_is_spelt_none() {
        assert_eq!(
            serde_json::to_value(RecordStatus::NotStarted).unwrap(),
            serde_json::json!("none")
        );
    }

    #[test]
    fn times_alone_are_not_observations() {
        let mut c = RecordContent {
            actual_start: "10:00".into(),
            ..Default::default()
        };
        assert!(!c.has_observations());
        c.summary = "x".into();
        assert!(c.has_observations());
    }

    #[test]
    fn an_addendum_needs_every_field() {
        let e = AddendumInput {
            reason: " ".into(),
            text: String::new(),
            name: "A".into(),
            role: String::new(),
        }
        .checked()
        .unwrap_err();
        let f: Vec<_> = e.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(f, ["reason", "text", "role"]);
    }
}
