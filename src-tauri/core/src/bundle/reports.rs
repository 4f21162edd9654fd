//! A referral's report to court (or Level 1 log) in a bundle: the optional `report` of a
//! referral, holding the text as typed and, once signed, its signed document and addenda.

use serde::{Deserialize, Serialize};

use super::format::BundleReferral;
use super::import::Importer;
use super::paths::{field, item};
use crate::error::Result;
use crate::model::signing::fingerprint;
use crate::model::{CourtReportKind, ReportBody, SignedRecord};
use crate::store::court_report_import::SignedPart;
use crate::store::Store;

/// A report as a bundle carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundleReport {
    pub kind: CourtReportKind,
    /// What the adviser wrote; once signed, the same as the signed document's `report.body`.
    pub body: ReportBody,
    /// The signed report, or null for a draft.
    pub signed: Option<BundleSignedDocument>,
    /// Dated, signed addenda, each chained on the report and the addendum before it.
    pub addenda: Vec<BundleSignedDocument>,
}

/// One signed document with its SHA-256 fingerprint and Ed25519 signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct BundleSignedDocument {
    pub signed_document: SignedRecord,
    pub fingerprint: String,
    pub signature_ed25519: String,
}

fn document(text: &str, signature: &str) -> Result<BundleSignedDocument> {
    Ok(BundleSignedDocument {
        signed_document: serde_json::from_str(text).map_err(|_| {
            crate::message_storage::storage(crate::message_storage::SIGNED_REPORT_UNREADABLE)
        })?,
        fingerprint: fingerprint(text),
        signature_ed25519: signature.to_string(),
    })
}

/// The report of a referral, if one was started.
pub(super) fn export_report(store: &Store, referral_id: i64) -> Result<Option<BundleReport>> {
    let Some(view) = store.report(referral_id)? else {
        return Ok(None);
    };
    let src = store.report_source(referral_id)?;
    let signed = src
        .signed
        .as_ref()
        .map(|t| document(&t.canonical, &t.signature))
        .transpose()?;
    let addenda = src
        .addenda
        .iter()
        .map(|t| document(&t.canonical, &t.signature))
        .collect::<Result<Vec<_>>>()?;
    Ok(Some(BundleReport {
        kind: view.kind,
        body: view.body,
        signed,
        addenda,
    }))
}

/// Every signed document of a referral's report, for the bundle's signers list.
pub(super) fn report_documents(r: &BundleReferral) -> Vec<&SignedRecord> {
    r.report
        .iter()
        .flat_map(|rep| rep.signed.iter().chain(&rep.addenda))
        .map(|d| &d.signed_document)
        .collect()
}

fn part(d: &BundleSignedDocument) -> SignedPart<'_> {
    SignedPart {
        document: &d.signed_document,
        signature: &d.signature_ed25519,
        fingerprint: &d.fingerprint,
    }
}

impl Importer<'_> {
    /// Takes in a referral's report after its sessions and records (which it may cite); whether
    /// one was taken in.
    pub(super) fn report(
        &mut self,
        path: &str,
        referral_id: i64,
        r: &BundleReferral,
        reported: &[u32],
    ) -> Result<bool> {
        let Some(rep) = &r.report else {
            return Ok(false);
        };
        let at = field(path, "report");
        for (i, d) in rep.signed.iter().chain(&rep.addenda).enumerate() {
            if !self
                .signer_keys
                .contains(&d.signed_document.signer.public_key)
            {
                let place = if i == 0 && rep.signed.is_some() {
                    field(&at, "signed")
                } else {
                    item(&at, "addenda", i - usize::from(rep.signed.is_some()))
                };
                self.note(
                    place,
                    "the signer's key is not in the bundle's signers list",
                );
            }
        }
        let signed = rep.signed.as_ref().map(part);
        let addenda: Vec<_> = rep.addenda.iter().map(part).collect();
        let trust = self.options.trust_new_signers;
        let res = self.store.import_report(
            referral_id,
            rep.kind,
            &rep.body,
            signed,
            &addenda,
            trust,
            reported,
        );
        Ok(self.step(&at, res)?.is_some())
    }
}
