//! Records of contact in a bundle: from the stored rows to the bundle's form (children by `ref`
//! instead of id) and back.

use std::collections::HashMap;

use super::format::*;
use crate::error::{FieldError, Result};
use crate::model::record::ChildNotes;
use crate::model::{PersonRef, RecordContent, RecordStatus, SignedRecord};
use crate::store::records::{AddendumRow, RecordRow};

/// A stored record as the bundle carries it. `refs` names the case's people; a child the refs do
/// not know (which the store never allows) keeps an empty ref, and the import then refuses it.
pub(crate) fn export_record(
    row: &RecordRow,
    addenda: &[AddendumRow],
    refs: &HashMap<PersonRef, String>,
) -> Result<BundleRecord> {
    let c = &row.content;
    let content = BundleRecordContent {
        actual_start: c.actual_start.clone(),
        actual_end: c.actual_end.clone(),
        aim_and_requirements: c.aim_and_requirements.clone(),
        arrival_and_greeting: c.arrival_and_greeting.clone(),
        adult_engagement: c.adult_engagement.clone(),
        children: c
            .children
            .iter()
            .map(|n| BundleChildNotes {
                child: refs
                    .get(&PersonRef::Child(n.child_id))
                    .cloned()
                    .unwrap_or_default(),
                observations: n.observations.clone(),
                quotes: n.quotes.clone(),
            })
            .collect(),
        physical_contact_gifts_food_photos_phones: c
            .physical_contact_gifts_food_photos_phones
            .clone(),
        conversation_about_case: c.conversation_about_case.clone(),
        interventions: c.interventions.clone(),
        concerns_and_safeguarding: c.concerns_and_safeguarding.clone(),
        ending_and_handover: c.ending_and_handover.clone(),
        summary: c.summary.clone(),
        worker_reflections: c.worker_reflections.clone(),
        communications: c.communications.clone(),
    };
    let is_final = row.status == RecordStatus::Final;
    let document = |text: Option<&String>| -> Result<Option<SignedRecord>> {
        text.map(|t| {
            serde_json::from_str(t).map_err(|_| {
                crate::message_storage::storage(crate::message_storage::OLD_SIGNATURE_RECORD)
            })
        })
        .transpose()
    };
    let signed_snapshot = if is_final {
        document(row.signed_json.as_ref())?
    } else {
        None
    };
    let mut out_addenda = Vec::new();
    for a in addenda {
        let (Some(doc), Some(sig)) = (document(a.signed_json.as_ref())?, &a.signature) else {
            return Err(crate::message_storage::storage(
                crate::message_storage::OLD_SIGNATURE_ADDENDUM,
            ));
        };
        out_addenda.push(BundleAddendum {
            reason: a.reason.clone(),
            text: a.text.clone(),
            name: a.signed_name.clone(),
            role: a.signed_role.clone(),
            signed_at: a.signed_at.clone(),
            fingerprint: a.fingerprint.clone(),
            signed_document: doc,
            signature_ed25519: sig.clone(),
        });
    }
    Ok(BundleRecord {
        kind: row.kind,
        status: if is_final {
            BundleRecordStatus::Final
        } else {
            BundleRecordStatus::Draft
        },
        content,
        signature: match (&row.signed_name, &row.signed_role, &row.signed_at) {
            (Some(name), Some(role), Some(at)) if is_final => Some(BundleSignature {
                name: name.clone(),
                role: role.clone(),
                signed_at: at.clone(),
            }),
            _ => None,
        },
        signed_snapshot,
        fingerprint: row.fingerprint.clone().filter(|_| is_final),
        signature_ed25519: row.signature.clone().filter(|_| is_final),
        addenda: out_addenda,
    })
}

/// The bundle's record form as the store takes it; unknown child refs are problems at `path`.
pub(crate) fn import_content(
    path: &str,
    c: &BundleRecordContent,
    refs: &HashMap<String, PersonRef>,
    problems: &mut Vec<FieldError>,
) -> RecordContent {
    let mut children = Vec::new();
    for (k, n) in c.children.iter().enumerate() {
        match refs.get(&n.child) {
            Some(PersonRef::Child(id)) => children.push(ChildNotes {
                child_id: *id,
                observations: n.observations.clone(),
                quotes: n.quotes.clone(),
            }),
            _ => problems.push(super::paths::problem(
                format!("{path}.content.children[{k}].child"),
                crate::message::Message::new(crate::message_import::NO_CHILD_REF)
                    .text("ref", &n.child),
            )),
        }
    }
    RecordContent {
        actual_start: c.actual_start.clone(),
        actual_end: c.actual_end.clone(),
        aim_and_requirements: c.aim_and_requirements.clone(),
        arrival_and_greeting: c.arrival_and_greeting.clone(),
        adult_engagement: c.adult_engagement.clone(),
        children,
        physical_contact_gifts_food_photos_phones: c
            .physical_contact_gifts_food_photos_phones
            .clone(),
        conversation_about_case: c.conversation_about_case.clone(),
        interventions: c.interventions.clone(),
        concerns_and_safeguarding: c.concerns_and_safeguarding.clone(),
        ending_and_handover: c.ending_and_handover.clone(),
        summary: c.summary.clone(),
        worker_reflections: c.worker_reflections.clone(),
        communications: c.communications.clone(),
    }
}
