//! The consultations with the duty FCA/FCSW (migration 0011): append-only, audited; the latest
//! is the referral's, and a court-ordered referral without one is flagged for the Practice Manager.

use chrono::NaiveDate;
use rusqlite::{Connection, ToSql};

use super::referral_notes::NoteTable;
use super::referral_read::load_referral;
use super::sql::{iso, parse_date};
use super::{Store, Writer};
use crate::error::{Error, Result};
use crate::facade::ReferralDetail;
use crate::message::Message;
use crate::message_rules::NOT_COURT_ORDERED;
use crate::model::{DutyConsultation, DutyConsultationInput};
use crate::rules::duty::needs_duty_consultation;

const NOTES: NoteTable<DutyConsultation> = NoteTable {
    table: "duty_consultations",
    columns: "id, referral_id, consulted_on, duty_officer, recorded_by, recorded_at",
    from_row,
};

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<DutyConsultation> {
    Ok(DutyConsultation {
        id: r.get(0)?,
        referral_id: r.get(1)?,
        consulted_on: parse_date(r, 2)?,
        duty_officer: r.get(3)?,
        recorded_by: r.get(4)?,
        recorded_at: r.get(5)?,
    })
}

/// The referral's consultation: the latest recorded (a correction is recorded after).
pub(crate) fn consultation_of(
    conn: &Connection,
    referral_id: i64,
) -> Result<Option<DutyConsultation>> {
    NOTES.latest(conn, referral_id)
}

fn insert(
    w: &Writer<'_>,
    referral_id: i64,
    consulted_on: NaiveDate,
    duty_officer: &str,
    recorded_by: &str,
) -> Result<i64> {
    let referral = load_referral(w.tx, referral_id)?;
    if !needs_duty_consultation(referral.basis) {
        return Err(Error::rule_said(Message::new(NOT_COURT_ORDERED)));
    }
    let values: [&dyn ToSql; 3] = [&iso(consulted_on), &duty_officer, &recorded_by];
    let id = NOTES.append(
        w,
        referral.case_id,
        referral_id,
        &["consulted_on", "duty_officer", "recorded_by"],
        &values,
    )?;
    Ok(id)
}

impl Store {
    /// Records that the duty FCA/FCSW was consulted before the court ordered this referral, and
    /// returns the referral. Refused, with nothing saved, for a referral not ordered at the FHDRA.
    pub fn record_duty_consultation(
        &mut self,
        referral_id: i64,
        input: &DutyConsultationInput,
        today: NaiveDate,
    ) -> Result<ReferralDetail> {
        let (on, officer) = input.checked(today)?;
        self.write(|w| insert(w, referral_id, on, &officer, w.actor))?;
        self.get_referral(referral_id, today)
    }

    /// A consultation carried in a bundle, kept with who recorded it.
    pub(crate) fn import_duty_consultation(
        &mut self,
        referral_id: i64,
        input: &DutyConsultationInput,
        recorded_by: &str,
        today: NaiveDate,
    ) -> Result<i64> {
        let (on, officer) = input.checked(today)?;
        let by = crate::text::clean(recorded_by);
        self.write(|w| insert(w, referral_id, on, &officer, &by))
    }

    /// The referral's consultation with the duty FCA/FCSW, if one is recorded.
    pub fn duty_consultation(&self, referral_id: i64) -> Result<Option<DutyConsultation>> {
        consultation_of(self.conn(), referral_id)
    }
}
