//! What a bundle file holds, read without importing it: for the app's import dialog ("This file
//! holds 2 cases: …") before the person decides.

use serde::{Deserialize, Serialize};

use super::format::{BundleRecordStatus, CaseBundle};
use super::parse::parse_bundle;
use crate::error::Result;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct BundlePreview {
    pub exported_at: String,
    pub cases: Vec<BundleCasePreview>,
    /// Who signed the bundle's finalised records, with their key fingerprints.
    pub signers: Vec<super::format::BundleSigner>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct BundleCasePreview {
    pub court_case_number: String,
    pub case_name: String,
    pub children: u32,
    pub adults: u32,
    pub referrals: u32,
    pub sessions: u32,
    /// Records of contact, drafts included.
    pub records: u32,
    pub final_records: u32,
    pub incidents: u32,
    /// Reports to court and Level 1 logs.
    #[serde(default)]
    pub reports: u32,
}

/// Reads and type-checks the file (the same messages as an import) and counts what is in it.
/// The rules are only checked by [`super::import_bundle`].
pub fn preview_bundle(json: &str) -> Result<BundlePreview> {
    Ok(preview(&parse_bundle(json)?))
}

pub fn preview(b: &CaseBundle) -> BundlePreview {
    let n = |x: usize| x as u32;
    let cases = b
        .cases
        .iter()
        .map(|c| {
            let records: Vec<_> = c
                .referrals
                .iter()
                .flat_map(|r| {
                    r.sessions
                        .iter()
                        .filter_map(|s| s.record.as_ref())
                        .chain(r.supported_record.as_ref())
                })
                .collect();
            BundleCasePreview {
                court_case_number: c.court_case_number.clone(),
                case_name: c.case_name.clone(),
                children: n(c.children.len()),
                adults: n(c.adults.len()),
                referrals: n(c.referrals.len()),
                sessions: n(c.referrals.iter().map(|r| r.sessions.len()).sum()),
                records: n(records.len()),
                final_records: n(records
                    .iter()
                    .filter(|r| r.status == BundleRecordStatus::Final)
                    .count()),
                incidents: n(c.incidents.len()),
                reports: n(c.referrals.iter().filter(|r| r.report.is_some()).count()),
            }
        })
        .collect();
    BundlePreview {
        exported_at: b.exported_at.clone(),
        cases,
        // The fingerprint shown is worked out from the key, not the bundle's text of it.
        signers: b
            .signers
            .iter()
            .map(|s| super::format::BundleSigner {
                key_fingerprint: crate::model::signing::key_fingerprint(&s.public_key),
                ..s.clone()
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_is_counted() {
        let p = preview_bundle(crate::bundle::sample_bundle_json()).unwrap();
        let c = &p.cases[0];
        assert_eq!(c.court_case_number, "SA26P00417");
        assert_eq!(
            (c.referrals, c.sessions, c.records, c.final_records),
            // Three contact referrals (9 sessions, 6 records of which 5 final), then the court
            // work: CCI, Level 2 and Level 3 with 7 sessions and 7 final records, and Level 1.
            (7, 16, 13, 12)
        );
        assert_eq!(c.incidents, 1);
        // The CCI, Level 2 and Level 3 reports and the Level 1 log.
        assert_eq!(c.reports, 4);
    }
}
