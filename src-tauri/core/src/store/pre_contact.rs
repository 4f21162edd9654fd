//! Supported contact's pre-contact assessments (migration 0011): append-only, audited; the latest
//! is the referral's, and the referral checks hold no session before it.

use chrono::NaiveDate;
use rusqlite::{Connection, ToSql};

use super::referral_notes::NoteTable;
use super::referral_read::load_referral;
use super::sql::{iso, parse_date};
use super::{Store, Writer};
use crate::error::{Error, Result};
use crate::facade::ReferralDetail;
use crate::message::Message;
use crate::message_rules::NOT_SUPPORTED;
use crate::model::pre_contact::PreContactFields;
use crate::model::{PreContactAssessment, PreContactInput};
use crate::rules::pre_contact::has_pre_contact;

const NOTES: NoteTable<PreContactAssessment> = NoteTable {
    table: "pre_contact_assessments",
    columns: "id, referral_id, assessed_on, assessed_by, notes, recorded_by, recorded_at",
    from_row,
};

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PreContactAssessment> {
    Ok(PreContactAssessment {
        id: r.get(0)?,
        referral_id: r.get(1)?,
        assessed_on: parse_date(r, 2)?,
        assessed_by: r.get(3)?,
        notes: r.get(4)?,
        recorded_by: r.get(5)?,
        recorded_at: r.get(6)?,
    })
}

/// The referral's pre-contact assessment: the latest recorded (a correction is recorded after).
pub(crate) fn assessment_of(
    conn: &Connection,
    referral_id: i64,
) -> Result<Option<PreContactAssessment>> {
    NOTES.latest(conn, referral_id)
}

fn insert(
    w: &Writer<'_>,
    referral_id: i64,
    f: &PreContactFields,
    recorded_by: &str,
) -> Result<i64> {
    let referral = load_referral(w.tx, referral_id)?;
    if !has_pre_contact(referral.service) {
        return Err(Error::rule_said(Message::new(NOT_SUPPORTED)));
    }
    let values: [&dyn ToSql; 4] = [&iso(f.0), &f.1, &f.2, &recorded_by];
    let id = NOTES.append(
        w,
        referral.case_id,
        referral_id,
        &["assessed_on", "assessed_by", "notes", "recorded_by"],
        &values,
    )?;
    // A later assessment must still come before every session held.
    super::referral_checks::verify_referral(w, referral_id)?;
    Ok(id)
}

impl Store {
    /// Records the centre's pre-contact assessment on a supported referral and returns the
    /// referral. Refused for other services, and when it would come after a session held.
    pub fn record_pre_contact(
        &mut self,
        referral_id: i64,
        input: &PreContactInput,
        today: NaiveDate,
    ) -> Result<ReferralDetail> {
        let f = input.checked(today)?;
        self.write(|w| insert(w, referral_id, &f, w.actor))?;
        self.get_referral(referral_id, today)
    }

    /// The referral's pre-contact assessment, if one is recorded.
    pub fn pre_contact(&self, referral_id: i64) -> Result<Option<PreContactAssessment>> {
        assessment_of(self.conn(), referral_id)
    }
}
