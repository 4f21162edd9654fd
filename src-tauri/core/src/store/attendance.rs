//! The `attendance` table: who was at a session (for SPIP, who is booked into it), when they
//! arrived and left, and who brought the child; only people named on the referral.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

use super::cases::touch;
use super::referral_checks::verify_referral;
use super::referral_read::{
    attendance_from_row, load_referral, load_session, named_people, person, ATTENDANCE_SELECT,
};
use super::{audit::Action, Store, Writer};
use crate::error::{Error, Result};
use crate::facade::ReferralDetail;
use crate::model::times::hhmm;
use crate::model::{Attendance, AttendanceInput, PersonRef};
use crate::rules::attendance::{check_permitted, check_session_open};

fn read(w: &Writer<'_>, id: i64) -> Result<Attendance> {
    w.tx.query_row(
        &format!("{ATTENDANCE_SELECT} WHERE at.id = ?1"),
        [id],
        attendance_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("attendance record"))
}

fn existing(w: &Writer<'_>, session_id: i64, who: PersonRef) -> Result<Option<i64>> {
    let (child, adult) = who.columns();
    Ok(w.tx
        .query_row(
            "SELECT id FROM attendance
             WHERE session_id = ?1 AND child_id IS ?2 AND adult_id IS ?3",
            params![session_id, child, adult],
            |r| r.get(0),
        )
        .optional()?)
}

impl Store {
    /// Records one person at a session, or updates their times if already recorded. Refused for
    /// anyone not named on the referral, at a cancelled session, or against the SPIP rules.
    pub fn record_attendance(
        &mut self,
        session_id: i64,
        input: &AttendanceInput,
        today: NaiveDate,
    ) -> Result<ReferralDetail> {
        let referral_id = self.put_attendance(session_id, input)?;
        self.get_referral(referral_id, today)
    }

    /// [`Store::record_attendance`] without reading the referral back: the referral's id.
    pub(crate) fn put_attendance(
        &mut self,
        session_id: i64,
        input: &AttendanceInput,
    ) -> Result<i64> {
        let f = input.checked()?;
        self.write(|w| {
            let session = load_session(w.tx, session_id)?;
            let referral = load_referral(w.tx, session.referral_id)?;
            let (_, name, _) = person(w.tx, f.person)?;
            check_permitted(f.person, &name, &named_people(w.tx, referral.id)?)?;
            check_session_open(session.status)?;
            let (child, adult) = f.person.columns();
            let arrived = f.arrived.map(hhmm);
            let departed = f.departed.map(hhmm);
            let (id, before) = match existing(w, session_id, f.person)? {
                Some(id) => {
                    let before = read(w, id)?;
                    w.tx.execute(
                        "UPDATE attendance SET arrived = ?2, departed = ?3, brought_by = ?4,
                            late_reason = ?5 WHERE id = ?1",
                        params![id, arrived, departed, f.brought_by, f.late_reason],
                    )?;
                    (id, Some(before))
                }
                None => {
                    w.tx.execute(
                        "INSERT INTO attendance (session_id, child_id, adult_id, arrived, departed,
                            brought_by, late_reason)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                        params![
                            session_id,
                            child,
                            adult,
                            arrived,
                            departed,
                            f.brought_by,
                            f.late_reason
                        ],
                    )?;
                    (w.tx.last_insert_rowid(), None)
                }
            };
            verify_referral(w, referral.id)?;
            touch(w, referral.case_id)?;
            let after = read(w, id)?;
            let action = if before.is_some() {
                Action::Update
            } else {
                Action::Insert
            };
            w.audit("attendance", id, action, before.as_ref(), Some(&after))?;
            Ok(referral.id)
        })
    }

    /// Removes one person's attendance (or SPIP booking) from a session.
    pub fn remove_attendance(&mut self, id: i64, today: NaiveDate) -> Result<ReferralDetail> {
        let referral_id = self.write(|w| {
            let before = read(w, id)?;
            let session = load_session(w.tx, before.session_id)?;
            let referral = load_referral(w.tx, session.referral_id)?;
            w.tx.execute("DELETE FROM attendance WHERE id = ?1", [id])?;
            touch(w, referral.case_id)?;
            w.audit::<Attendance>("attendance", id, Action::Delete, Some(&before), None)?;
            Ok(referral.id)
        })?;
        self.get_referral(referral_id, today)
    }
}

/// A person recorded at a session or named on a referral cannot be removed from the case: the
/// record of who was permitted and who attended must stay whole.
pub(crate) fn refuse_removing_linked(w: &Writer<'_>, who: PersonRef, name: &str) -> Result<()> {
    let (child, adult) = who.columns();
    let count = |sql: &str| -> Result<i64> {
        Ok(w.tx.query_row(sql, params![child, adult], |r| r.get(0))?)
    };
    let attended =
        count("SELECT count(*) FROM attendance WHERE child_id IS ?1 AND adult_id IS ?2")?;
    if attended > 0 {
        return Err(Error::rule_said(
            crate::message::Message::new(crate::message_rules_said::ATTENDED_STAYS_ON_CASE)
                .text("name", name),
        ));
    }
    let named =
        count("SELECT count(*) FROM referral_attendees WHERE child_id IS ?1 AND adult_id IS ?2")?;
    if named > 0 {
        return Err(Error::rule_said(
            crate::message::Message::new(crate::message_rules_said::NAMED_STAYS_ON_CASE)
                .text("name", name),
        ));
    }
    Ok(())
}
