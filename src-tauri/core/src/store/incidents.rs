//! The `incidents` table: recording an incident or concern under a case (and, if it happened
//! there, its referral and session), and who was told when.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::cases::touch;
use super::referral_read::{load_referral, load_session};
use super::sql::{enum_text, iso, opt_iso, parse_date, parse_enum, parse_opt_date};
use super::{audit::Action, Store, Writer};
use crate::error::{Error, FieldError, Result};
use crate::message::{Message, Msg};
use crate::message_forms;
use crate::model::incident::IncidentFields;
use crate::model::times::hhmm;
use crate::model::{Incident, IncidentInput};
use crate::rules::sessions::check_incident_on_session_day;

pub(crate) const COLUMNS: &str =
    "id, case_id, referral_id, session_id, occurred_on, occurred_time, kind, \
    by_whom, people_involved, what_happened, action_taken, police_told_on, police_told_whom, \
    social_services_told_on, social_services_told_whom, reported_to_referrer_on, \
    written_followup_sent_on, created_at, updated_at";

pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<Incident> {
    Ok(Incident {
        id: r.get(0)?,
        case_id: r.get(1)?,
        referral_id: r.get(2)?,
        session_id: r.get(3)?,
        occurred_on: parse_date(r, 4)?,
        occurred_time: r.get(5)?,
        kind: parse_enum(r, 6)?,
        by_whom: r.get(7)?,
        people_involved: r.get(8)?,
        what_happened: r.get(9)?,
        action_taken: r.get(10)?,
        police_told_on: parse_opt_date(r, 11)?,
        police_told_whom: r.get(12)?,
        social_services_told_on: parse_opt_date(r, 13)?,
        social_services_told_whom: r.get(14)?,
        reported_to_referrer_on: parse_opt_date(r, 15)?,
        written_followup_sent_on: parse_opt_date(r, 16)?,
        created_at: r.get(17)?,
        updated_at: r.get(18)?,
    })
}

fn load(conn: &Connection, id: i64) -> Result<Incident> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM incidents WHERE id = ?1"),
        [id],
        from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("incident"))
}

fn invalid(field: &str, said: Msg) -> Error {
    Error::invalid(vec![FieldError::said(field, Message::new(said))])
}

/// The referral must be the case's, and the session the referral's; a session alone implies its
/// referral. Returns the referral to store.
fn check_links(w: &Writer<'_>, case_id: i64, f: &IncidentFields) -> Result<Option<i64>> {
    let session = match f.session_id {
        Some(id) => Some(
            load_session(w.tx, id)
                .map_err(|_| invalid("session_id", message_forms::SESSION_OF_CASE))?,
        ),
        None => None,
    };
    let referral_id = f.referral_id.or(session.as_ref().map(|s| s.referral_id));
    if let Some(rid) = referral_id {
        let referral = load_referral(w.tx, rid)
            .map_err(|_| invalid("referral_id", message_forms::REFERRAL_OF_CASE))?;
        if referral.case_id != case_id {
            return Err(invalid("referral_id", message_forms::REFERRAL_OF_CASE));
        }
    }
    if session
        .as_ref()
        .is_some_and(|s| Some(s.referral_id) != referral_id)
    {
        return Err(invalid("session_id", message_forms::SESSION_OF_REFERRAL));
    }
    if let Some(s) = &session {
        check_incident_on_session_day(f.occurred_on, s.number, s.date)
            .map_err(|e| e.on_field("occurred_on"))?;
    }
    Ok(referral_id)
}

/// Writes every field of the form to an existing row; creating inserts the row first.
fn write_fields(
    w: &Writer<'_>,
    id: i64,
    referral_id: Option<i64>,
    f: &IncidentFields,
) -> Result<()> {
    w.tx.execute(
        "UPDATE incidents SET referral_id = ?2, session_id = ?3, occurred_on = ?4,
            occurred_time = ?5, kind = ?6, by_whom = ?7, people_involved = ?8,
            what_happened = ?9, action_taken = ?10, police_told_on = ?11, police_told_whom = ?12,
            social_services_told_on = ?13, social_services_told_whom = ?14,
            reported_to_referrer_on = ?15, written_followup_sent_on = ?16, updated_at = ?17
         WHERE id = ?1",
        params![
            id,
            referral_id,
            f.session_id,
            iso(f.occurred_on),
            f.occurred_time.map(hhmm),
            enum_text(&f.kind),
            f.by_whom,
            f.people_involved,
            f.what_happened,
            f.action_taken,
            opt_iso(f.police_told_on),
            f.police_told_whom,
            opt_iso(f.social_services_told_on),
            f.social_services_told_whom,
            opt_iso(f.reported_to_referrer_on),
            opt_iso(f.written_followup_sent_on),
            w.now,
        ],
    )?;
    Ok(())
}

impl Store {
    pub fn create_incident(
        &mut self,
        case_id: i64,
        input: &IncidentInput,
        today: NaiveDate,
    ) -> Result<Incident> {
        let f = input.checked(today)?;
        let id = self.write(|w| {
            touch(w, case_id)?;
            let referral_id = check_links(w, case_id, &f)?;
            w.tx.execute(
                "INSERT INTO incidents (case_id, occurred_on, kind, what_happened, created_at,
                    updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                params![
                    case_id,
                    iso(f.occurred_on),
                    enum_text(&f.kind),
                    f.what_happened,
                    w.now
                ],
            )?;
            let id = w.tx.last_insert_rowid();
            write_fields(w, id, referral_id, &f)?;
            w.audit(
                "incidents",
                id,
                Action::Insert,
                None,
                Some(&load(w.tx, id)?),
            )?;
            Ok(id)
        })?;
        load(self.conn(), id)
    }

    pub fn update_incident(
        &mut self,
        id: i64,
        input: &IncidentInput,
        today: NaiveDate,
    ) -> Result<Incident> {
        let f = input.checked(today)?;
        self.write(|w| {
            let before = load(w.tx, id)?;
            let referral_id = check_links(w, before.case_id, &f)?;
            write_fields(w, id, referral_id, &f)?;
            touch(w, before.case_id)?;
            let after = load(w.tx, id)?;
            w.audit("incidents", id, Action::Update, Some(&before), Some(&after))
        })?;
        load(self.conn(), id)
    }

    pub fn get_incident(&self, id: i64) -> Result<Incident> {
        load(self.conn(), id)
    }

    /// A case's incidents, most recent first.
    pub fn list_incidents(&self, case_id: i64) -> Result<Vec<Incident>> {
        self.case_row(case_id)?;
        let mut st = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM incidents WHERE case_id = ?1
             ORDER BY occurred_on DESC, occurred_time DESC, id DESC"
        ))?;
        let rows = st.query_map([case_id], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sql_lists_every_column_once() {
        let cols: Vec<_> = super::COLUMNS.split(", ").collect();
        let mut unique = cols.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(cols.len(), unique.len());
        assert_eq!(cols.len(), 19);
    }
}
