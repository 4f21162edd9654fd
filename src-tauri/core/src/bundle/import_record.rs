//! Records of contact in an import: a draft goes through the form's own autosave; a final
//! record goes in exactly as signed, once its signature (and each addendum's) verifies, its
//! document matches the bundle's rows and the same completeness checks as finalising pass.

use std::collections::HashMap;

use super::format::*;
use super::import::Importer;
use super::paths::field;
use crate::error::Result;
use crate::model::{AddendumInput, ContactRecordKind, PersonRef};
use crate::store::record_import::{AddendumImport, SignedImport};

impl Importer<'_> {
    /// Adds a record: a draft through the same autosave as the form, a final one exactly as
    /// signed once its fingerprint and the finalising checks pass.
    pub(super) fn record(
        &mut self,
        path: &str,
        referral_id: i64,
        session_id: Option<i64>,
        rec: &BundleRecord,
        refs: &HashMap<String, PersonRef>,
        out: &mut ImportedCase,
    ) -> Result<()> {
        let service = self.store.referral(referral_id)?.service;
        if let Ok(kind) = ContactRecordKind::for_service(service) {
            if kind != rec.kind {
                self.note(
                    field(path, "kind"),
                    crate::message::Message::new(crate::message_import_words::RECORD_KIND)
                        .key("service", crate::message_deadlines::service(service))
                        .text("kind", crate::store::sql::enum_text(&kind))
                        .text("found", crate::store::sql::enum_text(&rec.kind)),
                );
                return Ok(());
            }
        }
        let content = super::records::import_content(path, &rec.content, refs, &mut self.problems);
        match rec.status {
            BundleRecordStatus::Draft => {
                if rec.signature.is_some()
                    || rec.signed_snapshot.is_some()
                    || rec.fingerprint.is_some()
                    || rec.signature_ed25519.is_some()
                    || !rec.addenda.is_empty()
                {
                    self.note(
                        field(path, "status"),
                        "A draft has no signature, snapshot, fingerprint or addenda: only a \
                         finalised record has them",
                    );
                    return Ok(());
                }
                let Some(sid) = session_id else {
                    self.note(
                        field(path, "status"),
                        "A Record of Supported Contact is kept only once it is finalised",
                    );
                    return Ok(());
                };
                let r = self.store.save_record_draft(sid, &content, self.today);
                if self.step(path, r)?.is_some() {
                    out.records += 1;
                }
            }
            BundleRecordStatus::Final => {
                let (Some(sig), Some(document), Some(fingerprint), Some(signature)) = (
                    &rec.signature,
                    &rec.signed_snapshot,
                    &rec.fingerprint,
                    &rec.signature_ed25519,
                ) else {
                    self.note(
                        path.to_string(),
                        "A finalised record needs its signature, signed_snapshot, fingerprint \
                         and signature_ed25519",
                    );
                    return Ok(());
                };
                let unlisted = std::iter::once(document)
                    .chain(rec.addenda.iter().map(|a| &a.signed_document))
                    .any(|d| !self.signer_keys.contains(&d.signer.public_key));
                if unlisted {
                    self.note(
                        field(path, "signed_snapshot"),
                        "the signer's key is not in the bundle's signers list",
                    );
                }
                let signed = SignedImport {
                    name: &sig.name,
                    role: &sig.role,
                    signed_at: &sig.signed_at,
                    document,
                    signature,
                    fingerprint,
                    case_number: &self.bundle_case_number,
                    trust_new_signers: self.options.trust_new_signers,
                };
                let addenda: Vec<AddendumImport<'_>> = rec
                    .addenda
                    .iter()
                    .map(|a| AddendumImport {
                        input: AddendumInput {
                            reason: a.reason.clone(),
                            text: a.text.clone(),
                            name: a.name.clone(),
                            role: a.role.clone(),
                        },
                        signed_at: &a.signed_at,
                        fingerprint: &a.fingerprint,
                        document: &a.signed_document,
                        signature: &a.signature_ed25519,
                    })
                    .collect();
                let r = self.store.import_final_record(
                    referral_id,
                    session_id,
                    &content,
                    &signed,
                    &addenda,
                    self.today,
                );
                if self.step(path, r)?.is_some() {
                    out.records += 1;
                    out.addenda += rec.addenda.len() as u32;
                }
            }
        }
        Ok(())
    }
}
