//! The records of one case, newest session first, for the case page: what exists, where each
//! stands, who signed it, how many addenda it has.

use chrono::NaiveDate;
use rusqlite::Row;
use serde::Serialize;

use super::sql::{parse_enum, parse_opt_date};
use super::Store;
use crate::error::Result;
use crate::model::{ContactRecordKind, RecordStatus, Service};

/// One record as the case page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct RecordSummary {
    pub record_id: i64,
    pub kind: ContactRecordKind,
    pub status: RecordStatus,
    pub referral_id: i64,
    pub service: Service,
    /// The session of a per-session record; `None` for a Record of Supported Contact.
    pub session_id: Option<i64>,
    pub session_number: Option<u32>,
    pub session_date: Option<NaiveDate>,
    pub signed_name: Option<String>,
    /// Local time of signing, "2026-11-23T16:30:00".
    pub signed_at: Option<String>,
    pub addenda: u32,
    /// When the draft was last saved (UTC, RFC 3339).
    pub saved_at: String,
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<RecordSummary> {
    let status: String = r.get(2)?;
    Ok(RecordSummary {
        record_id: r.get(0)?,
        kind: parse_enum(r, 1)?,
        status: if status == "final" {
            RecordStatus::Final
        } else {
            RecordStatus::Draft
        },
        referral_id: r.get(3)?,
        service: parse_enum(r, 4)?,
        session_id: r.get(5)?,
        session_number: r.get(6)?,
        session_date: parse_opt_date(r, 7)?,
        signed_name: r.get(8)?,
        signed_at: r.get(9)?,
        addenda: r.get(10)?,
        saved_at: r.get(11)?,
    })
}

impl Store {
    /// Every record of the case's referrals, the latest session first, then supported records.
    pub fn case_records(&self, case_id: i64) -> Result<Vec<RecordSummary>> {
        let mut st = self.conn().prepare_cached(
            "SELECT rc.id, rc.kind, rc.status, rc.referral_id, r.service, rc.session_id, s.number,
                    s.date, rc.signed_name, rc.signed_at,
                    (SELECT count(*) FROM record_addenda a WHERE a.record_id = rc.id), rc.saved_at
             FROM records rc
             JOIN referrals r ON r.id = rc.referral_id
             LEFT JOIN sessions s ON s.id = rc.session_id
             WHERE r.case_id = ?1
             ORDER BY s.date IS NULL, s.date DESC, s.number DESC, rc.id DESC",
        )?;
        let rows = st.query_map([case_id], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::{import_bundle, sample_bundle_json, ImportOptions};

    #[test]
    fn the_sample_case_lists_its_records_latest_session_first() {
        let mut s = Store::open_in_memory().unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let done = import_bundle(
            &mut s,
            sample_bundle_json(),
            ImportOptions {
                as_new: false,
                trust_new_signers: true,
            },
            today,
        )
        .unwrap();
        let list = s.case_records(done.cases[0].case_id).unwrap();
        let observed: Vec<_> = list
            .iter()
            .filter(|r| r.kind == ContactRecordKind::Observed)
            .map(|r| (r.session_number, r.status, r.addenda))
            .collect();
        assert_eq!(
            observed,
            [
                (Some(1), RecordStatus::Final, 0), // 07/11, the ceased referral
                // The court work: CCI 20/10, Level 3 15/10, Level 2 14/10, CCI 13/10.
                (Some(3), RecordStatus::Final, 0),
                (Some(2), RecordStatus::Final, 0),
                (Some(2), RecordStatus::Final, 0),
                (Some(2), RecordStatus::Final, 0),
                (Some(4), RecordStatus::Draft, 0), // 10/10, supervised contact
                // Level 3 08/10, Level 2 07/10, CCI 06/10.
                (Some(1), RecordStatus::Final, 0),
                (Some(1), RecordStatus::Final, 0),
                (Some(1), RecordStatus::Final, 0),
                (Some(3), RecordStatus::Final, 0),
                (Some(2), RecordStatus::Final, 0),
                (Some(1), RecordStatus::Final, 1),
            ]
        );
        let supported = list.last().unwrap();
        assert_eq!(supported.kind, ContactRecordKind::Supported);
        assert_eq!(supported.session_id, None);
        assert!(supported.signed_name.is_some());
    }
}
