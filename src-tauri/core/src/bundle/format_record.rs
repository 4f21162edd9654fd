//! The records of contact in a case bundle (see `format.rs`): a record as typed, or finalised
//! with its signature, signed document and addenda, its children named by bundle `ref`.

use serde::{Deserialize, Serialize};

use crate::model::record::{CommunicationNotes, InterventionNotes};
use crate::model::{ContactRecordKind, SignedRecord};

/// Whether a record is still a draft or finalised (signed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum BundleRecordStatus {
    Draft,
    Final,
}

/// A record of contact. A final one carries its signature (who and when), the signed document
/// (`signed_snapshot`, model/signed.rs; its RFC 8785 canonical form is what was signed), that
/// form's SHA-256 `fingerprint` and its Ed25519 `signature_ed25519`. The import verifies all of
/// it and compares the document with the rows the bundle gives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundleRecord {
    pub kind: ContactRecordKind,
    pub status: BundleRecordStatus,
    pub content: BundleRecordContent,
    pub signature: Option<BundleSignature>,
    pub signed_snapshot: Option<SignedRecord>,
    pub fingerprint: Option<String>,
    /// Ed25519 signature of the canonical `signed_snapshot`, 128 lower-case hex digits.
    pub signature_ed25519: Option<String>,
    pub addenda: Vec<BundleAddendum>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundleSignature {
    pub name: String,
    pub role: String,
    /// Local date and time of signing, "2026-11-23T16:30:00".
    pub signed_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundleAddendum {
    pub reason: String,
    pub text: String,
    pub name: String,
    pub role: String,
    pub signed_at: String,
    /// SHA-256 of the canonical `signed_document`.
    pub fingerprint: String,
    /// The addendum's own signed document: it names the record's fingerprint (`amends`) and the
    /// previous addendum's (`previous`).
    pub signed_document: SignedRecord,
    pub signature_ed25519: String,
}

/// The record form as typed (the model's `RecordContent`), with children named by `ref`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundleRecordContent {
    pub actual_start: String,
    pub actual_end: String,
    pub aim_and_requirements: String,
    pub arrival_and_greeting: String,
    pub adult_engagement: String,
    pub children: Vec<BundleChildNotes>,
    pub physical_contact_gifts_food_photos_phones: String,
    pub conversation_about_case: String,
    pub interventions: Vec<InterventionNotes>,
    pub concerns_and_safeguarding: String,
    pub ending_and_handover: String,
    pub summary: String,
    pub worker_reflections: String,
    pub communications: Vec<CommunicationNotes>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundleChildNotes {
    /// The `ref` of the child.
    pub child: String,
    pub observations: String,
    pub quotes: Vec<String>,
}
