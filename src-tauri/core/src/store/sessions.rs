//! The `sessions` table: planning a referral's sessions and recording whether they took place,
//! with the hour limit and SPIP rules checked in the same transaction.

use chrono::NaiveDate;
use rusqlite::params;

use super::cases::touch;
use super::referral_checks::verify_referral;
use super::referral_read::{load_referral, load_session};
use super::sql::{enum_text, iso};
use super::{audit::Action, Store, Writer};
use crate::error::{Error, Result};
use crate::facade::ReferralDetail;
use crate::model::session::SessionFields;
use crate::model::times::hhmm;
use crate::model::{Referral, SessionInput};
use crate::rules::hours;

/// Minutes of the referral's other sessions that count towards its hours.
fn other_minutes(w: &Writer<'_>, referral_id: i64, except: Option<i64>) -> Result<u32> {
    Ok(w.tx.query_row(
        "SELECT coalesce(sum(duration_minutes), 0) FROM sessions
         WHERE referral_id = ?1 AND status <> 'cancelled' AND id IS NOT ?2",
        params![referral_id, except],
        |r| r.get(0),
    )?)
}

/// The rules one session must meet, with messages about that session.
fn check_session(
    w: &Writer<'_>,
    referral: &Referral,
    f: &SessionFields,
    except: Option<i64>,
) -> Result<()> {
    if referral.dates.declined_on.is_some() && f.status.counts() {
        return Err(Error::rule_said(crate::message::Message::new(
            crate::message_rules_said::DECLINED_NO_SESSIONS,
        )));
    }
    let others = other_minutes(w, referral.id, except)?;
    hours::check_centre_hours(referral.service, f.status, f.duration_minutes, others)
}

impl Store {
    /// Adds a session to a referral; it gets the next session number.
    pub fn add_session(
        &mut self,
        referral_id: i64,
        input: &SessionInput,
        today: NaiveDate,
    ) -> Result<ReferralDetail> {
        self.insert_session(referral_id, input, today)?;
        self.get_referral(referral_id, today)
    }

    /// [`Store::add_session`] without reading the referral back: the new session's id.
    pub(crate) fn insert_session(
        &mut self,
        referral_id: i64,
        input: &SessionInput,
        today: NaiveDate,
    ) -> Result<i64> {
        let f = input.checked(today)?;
        self.write(|w| {
            let referral = load_referral(w.tx, referral_id)?;
            check_session(w, &referral, &f, None)?;
            let number: u32 = w.tx.query_row(
                "SELECT coalesce(max(number), 0) + 1 FROM sessions WHERE referral_id = ?1",
                [referral_id],
                |r| r.get(0),
            )?;
            w.tx.execute(
                "INSERT INTO sessions (referral_id, number, date, start_time, duration_minutes,
                    venue, supervisor, status, cancelled_by, cancel_reason, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
                params![
                    referral_id,
                    number,
                    iso(f.date),
                    hhmm(f.start_time),
                    f.duration_minutes,
                    f.venue,
                    f.supervisor,
                    enum_text(&f.status),
                    f.cancelled_by.map(|c| enum_text(&c)),
                    f.cancel_reason,
                    w.now,
                ],
            )?;
            let id = w.tx.last_insert_rowid();
            verify_referral(w, referral_id)?;
            touch(w, referral.case_id)?;
            w.audit(
                "sessions",
                id,
                Action::Insert,
                None,
                Some(&load_session(w.tx, id)?),
            )?;
            Ok(id)
        })
    }

    /// Changes a session: its time, place, length or status (took place, cancelled, …).
    pub fn update_session(
        &mut self,
        id: i64,
        input: &SessionInput,
        today: NaiveDate,
    ) -> Result<ReferralDetail> {
        let f = input.checked(today)?;
        let referral_id = self.write(|w| {
            let before = load_session(w.tx, id)?;
            let referral = load_referral(w.tx, before.referral_id)?;
            check_session(w, &referral, &f, Some(id))?;
            if f.status == crate::model::SessionStatus::Cancelled {
                refuse_cancelling_attended(w, id)?;
            }
            w.tx.execute(
                "UPDATE sessions SET date = ?2, start_time = ?3, duration_minutes = ?4, venue = ?5,
                    supervisor = ?6, status = ?7, cancelled_by = ?8, cancel_reason = ?9,
                    updated_at = ?10
                 WHERE id = ?1",
                params![
                    id,
                    iso(f.date),
                    hhmm(f.start_time),
                    f.duration_minutes,
                    f.venue,
                    f.supervisor,
                    enum_text(&f.status),
                    f.cancelled_by.map(|c| enum_text(&c)),
                    f.cancel_reason,
                    w.now,
                ],
            )?;
            verify_referral(w, before.referral_id)?;
            touch(w, referral.case_id)?;
            let after = load_session(w.tx, id)?;
            w.audit("sessions", id, Action::Update, Some(&before), Some(&after))?;
            Ok(before.referral_id)
        })?;
        self.get_referral(referral_id, today)
    }
}

/// A session where people are recorded as present cannot become cancelled: remove them first,
/// so the record never says both that someone came and that the session did not happen.
fn refuse_cancelling_attended(w: &Writer<'_>, session_id: i64) -> Result<()> {
    let recorded: i64 = w.tx.query_row(
        "SELECT count(*) FROM attendance WHERE session_id = ?1 AND arrived IS NOT NULL",
        [session_id],
        |r| r.get(0),
    )?;
    if recorded > 0 {
        return Err(Error::rule_said(crate::message::Message::new(
            crate::message_rules_said::ATTENDED_NOT_CANCELLED,
        )));
    }
    Ok(())
}
