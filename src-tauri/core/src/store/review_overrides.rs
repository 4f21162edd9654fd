//! The reasons recorded to go ahead without a review (migration 0012): append-only, audited,
//! read by the referral checks and shown on the referral.

use chrono::NaiveDate;
use rusqlite::{params, Connection};

use super::audit::Action;
use super::referral_read::load_referral;
use super::sql::{iso, parse_date};
use super::{Store, Writer};
use crate::error::{Error, Result};
use crate::facade::ReferralDetail;
use crate::message::Message;
use crate::message_rules::NO_REVIEW_TO_OVERRIDE;
use crate::model::{ReviewOverride, ReviewOverrideInput};
use crate::rules::review_first::has_review;

const COLUMNS: &str = "id, referral_id, reason, decided_on, decided_by, recorded_at";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ReviewOverride> {
    Ok(ReviewOverride {
        id: r.get(0)?,
        referral_id: r.get(1)?,
        reason: r.get(2)?,
        decided_on: parse_date(r, 3)?,
        decided_by: r.get(4)?,
        recorded_at: r.get(5)?,
    })
}

/// A referral's reasons to go ahead without the review, oldest first.
pub(crate) fn overrides_of(conn: &Connection, referral_id: i64) -> Result<Vec<ReviewOverride>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM review_overrides WHERE referral_id = ?1 ORDER BY decided_on, id"
    ))?;
    let rows = st.query_map([referral_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Whether the adviser recorded a reason to go ahead without the review.
pub(crate) fn is_overridden(conn: &Connection, referral_id: i64) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM review_overrides WHERE referral_id = ?1)",
        [referral_id],
        |r| r.get(0),
    )?)
}

fn insert(
    w: &Writer<'_>,
    referral_id: i64,
    reason: &str,
    decided_on: NaiveDate,
    decided_by: &str,
) -> Result<i64> {
    let referral = load_referral(w.tx, referral_id)?;
    if !has_review(referral.service) {
        return Err(Error::rule_said(Message::new(NO_REVIEW_TO_OVERRIDE)));
    }
    w.tx.execute(
        "INSERT INTO review_overrides (referral_id, reason, decided_on, decided_by, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![referral_id, reason, iso(decided_on), decided_by, w.now],
    )?;
    let id = w.tx.last_insert_rowid();
    let row = w.tx.query_row(
        &format!("SELECT {COLUMNS} FROM review_overrides WHERE id = ?1"),
        [id],
        from_row,
    )?;
    w.audit("review_overrides", id, Action::Insert, None, Some(&row))?;
    super::cases::touch(w, referral.case_id)?;
    Ok(id)
}

impl Store {
    /// Records the adviser's written reason to hold sessions without the review (today, by the
    /// app's user) and returns the referral as its page shows it. Refused, with nothing saved,
    /// when the reason is empty or the service has no review.
    pub fn record_review_override(
        &mut self,
        referral_id: i64,
        input: &ReviewOverrideInput,
        today: NaiveDate,
    ) -> Result<ReferralDetail> {
        let reason = input.checked()?;
        self.write(|w| insert(w, referral_id, &reason, today, w.actor))?;
        self.get_referral(referral_id, today)
    }

    /// A reason carried in a bundle, kept with its own date and author.
    pub(crate) fn import_review_override(
        &mut self,
        referral_id: i64,
        input: &ReviewOverrideInput,
        decided_on: NaiveDate,
        decided_by: &str,
    ) -> Result<i64> {
        let reason = input.checked()?;
        let by = crate::text::clean(decided_by);
        self.write(|w| insert(w, referral_id, &reason, decided_on, &by))
    }

    /// A referral's reasons to go ahead without the review, oldest first.
    pub fn review_overrides(&self, referral_id: i64) -> Result<Vec<ReviewOverride>> {
        overrides_of(self.conn(), referral_id)
    }
}
