//! Checking a PDF with no data file: every embedded signed document verifies with the key beside
//! it, and every fingerprint printed on the pages is the fingerprint of an embedded document.

use serde::Serialize;

use super::attach::{attached, page_text, printed_fingerprints};
use crate::model::signing::{check_signed, fingerprint, key_fingerprint};

/// One signed document found in the PDF.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PdfRecord {
    pub file: String,
    pub case_number: String,
    pub session_number: Option<u32>,
    pub signer: String,
    pub role: String,
    pub public_key: String,
    pub key_fingerprint: String,
    pub fingerprint: String,
    /// Why it does not verify; `None` when it does.
    pub problem: Option<String>,
}

/// What `verify-pdf` found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PdfCheck {
    pub records: Vec<PdfRecord>,
    /// Fingerprints printed on the pages with no embedded document to match.
    pub unmatched_fingerprints: Vec<String>,
    /// Problems with the PDF as a whole.
    pub problems: Vec<String>,
}

impl PdfCheck {
    pub fn is_intact(&self) -> bool {
        self.problems.is_empty()
            && self.unmatched_fingerprints.is_empty()
            && self.records.iter().all(|r| r.problem.is_none())
    }
}

/// Checks the PDF in `bytes`.
pub fn verify_pdf(bytes: &[u8]) -> PdfCheck {
    let mut check = PdfCheck {
        records: Vec::new(),
        unmatched_fingerprints: Vec::new(),
        problems: Vec::new(),
    };
    let doc = match lopdf::Document::load_mem(bytes) {
        Ok(d) => d,
        Err(e) => {
            check
                .problems
                .push(format!("This file cannot be read as a PDF ({e})."));
            return check;
        }
    };
    for a in attached(&doc) {
        let fp = fingerprint(&a.canonical);
        let mut record = PdfRecord {
            file: a.name.clone(),
            case_number: String::new(),
            session_number: None,
            signer: String::new(),
            role: String::new(),
            public_key: String::new(),
            key_fingerprint: String::new(),
            fingerprint: fp.clone(),
            problem: None,
        };
        let Some(sig) = &a.signature else {
            record.problem = Some("it has no signature file beside it".into());
            check.records.push(record);
            continue;
        };
        match check_signed(&a.canonical, &sig.signature_ed25519) {
            Ok(d) => {
                record.case_number = d.case.court_case_number.clone();
                record.session_number = d.session.as_ref().map(|s| s.number);
                record.signer = d.signer.name.clone();
                record.role = d.signer.role.clone();
                record.key_fingerprint = key_fingerprint(&d.signer.public_key);
                if sig.public_key != d.signer.public_key || sig.fingerprint != fp {
                    record.problem =
                        Some("its signature file names another key or fingerprint".into());
                }
                record.public_key = d.signer.public_key;
            }
            Err(p) => record.problem = Some(p.0),
        }
        check.records.push(record);
    }
    let printed = printed_fingerprints(&page_text(&doc));
    if check.records.is_empty() {
        check.problems.push(
            "This PDF carries no signed record: it is a draft, or was not made by Contact Records, \
             or its attachments were removed."
                .into(),
        );
    } else if printed.is_empty() {
        check
            .problems
            .push("No record fingerprint could be read on the pages.".into());
    }
    for p in printed {
        let known = check.records.iter().any(|r| r.fingerprint == p);
        if !known && !check.unmatched_fingerprints.contains(&p) {
            check.unmatched_fingerprints.push(p);
        }
    }
    check
}
