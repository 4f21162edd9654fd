//! `verify-pdf`: checks a PDF's embedded signed records and printed fingerprints, with no data
//! file; with one, also whether each signer's key is the one it knows for that name.

use std::path::Path;

use contact_records_core::report::verify_pdf;
use contact_records_core::{Error, ErrorCode, Store};
use serde::Serialize;

use crate::output::print_json;

#[derive(Serialize)]
struct Output<'a> {
    #[serde(flatten)]
    check: &'a contact_records_core::report::PdfCheck,
    /// With --db: for each record, the name the data file knows its key by (null: unknown).
    known_as: Option<Vec<Option<String>>>,
}

pub fn run(file: &Path, store: Option<&Store>, json: bool) -> Result<(), Error> {
    let bytes = std::fs::read(file).map_err(|e| {
        Error::new(
            ErrorCode::NotFound,
            format!("Could not read {}: {e}", file.display()),
        )
    })?;
    let check = verify_pdf(&bytes);
    let known_as = match store {
        Some(s) => Some(
            check
                .records
                .iter()
                .map(|r| s.known_signer_name(&r.public_key))
                .collect::<Result<Vec<_>, _>>()?,
        ),
        None => None,
    };
    let mut key_problem = false;
    if json {
        print_json(&Output {
            check: &check,
            known_as: known_as.clone(),
        })?;
    }
    for (i, r) in check.records.iter().enumerate() {
        let session = r
            .session_number
            .map(|n| format!(", session {n}"))
            .unwrap_or_default();
        let line = match &r.problem {
            None => format!(
                "Verified: {} (case {}{session}), signed by {} ({}) with key {}; fingerprint {}.",
                r.file, r.case_number, r.signer, r.role, r.key_fingerprint, r.fingerprint
            ),
            Some(p) => format!("FAILED: {}: {p}", r.file),
        };
        let known = known_as.as_ref().and_then(|k| k.get(i)).map(|k| match k {
            Some(name) if name.eq_ignore_ascii_case(&r.signer) => {
                "  This data file knows this key as theirs.".to_string()
            }
            Some(name) => {
                key_problem = true;
                format!(
                    "  WARNING: this data file knows this key as {name}, not {}.",
                    r.signer
                )
            }
            None => {
                key_problem = true;
                format!(
                    "  WARNING: this data file does not know this key for {}.",
                    r.signer
                )
            }
        });
        if !json {
            println!("{line}");
            if let Some(k) = known {
                println!("{k}");
            }
        }
    }
    if !json {
        for f in &check.unmatched_fingerprints {
            println!("FAILED: the fingerprint {f} printed on the pages is not that of any signed record in the file.");
        }
        for p in &check.problems {
            println!("FAILED: {p}");
        }
    }
    if check.is_intact() && !key_problem {
        Ok(())
    } else if check.is_intact() {
        Err(Error::rule(
            "The PDF is intact, but its signer's key is not the one this data file knows for them.",
        ))
    } else {
        Err(Error::rule(
            "The PDF failed verification: it was changed after it was made, or is not a \
             finalised record from Contact Records.",
        ))
    }
}
