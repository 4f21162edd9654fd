//! Reading referrals: one row, the people named on it, its sessions with attendance, and the
//! referral page that puts them together with the hours, review, period and deadlines.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row};

use super::sql::{parse_date, parse_enum, parse_json, parse_opt_date};
use super::Store;
use crate::error::{Error, Result};
use crate::facade::ReferralDetail;
use crate::model::attendee::describe;
use crate::model::{
    AdultRole, Attendance, NamedPerson, PersonRef, Referral, ReferralDates, ReferralStatus,
    Session, SessionDetail, SessionStatus,
};
use crate::model::{ContactRecordKind, RecordStatus};
use crate::rules::warnings::{referral_warnings_said, WarningFacts};
use crate::rules::{hours, review, sending};

const COLUMNS: &str = "id, case_id, service, cci_kinds, basis, provider_name, provider_address, \
    provider_naccc_accredited, provider_email, risk_assessment, risk_assessed_on, risk_assessed_by, \
    session_plan, planned_sessions, remote_assessed_on, remote_assessed_by, sent_on, received_on, \
    accepted_on, declined_on, started_on, ceased_on, reviewed_on, created_at, updated_at, \
    remote_discussed, remote_limitations, remote_feedback";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Referral> {
    let dates = ReferralDates {
        received_on: parse_opt_date(r, 17)?,
        accepted_on: parse_opt_date(r, 18)?,
        declined_on: parse_opt_date(r, 19)?,
        started_on: parse_opt_date(r, 20)?,
        ceased_on: parse_opt_date(r, 21)?,
        reviewed_on: parse_opt_date(r, 22)?,
    };
    let sent_on = parse_opt_date(r, 16)?;
    Ok(Referral {
        id: r.get(0)?,
        case_id: r.get(1)?,
        service: parse_enum(r, 2)?,
        cci_kinds: parse_json(r, 3)?,
        basis: parse_enum(r, 4)?,
        provider_name: r.get(5)?,
        provider_address: r.get(6)?,
        provider_naccc_accredited: r.get(7)?,
        provider_email: r.get(8)?,
        risk_assessment: r.get(9)?,
        risk_assessed_on: parse_opt_date(r, 10)?,
        risk_assessed_by: r.get(11)?,
        session_plan: r.get(12)?,
        planned_sessions: r.get(13)?,
        remote_assessed_on: parse_opt_date(r, 14)?,
        remote_assessed_by: r.get(15)?,
        remote_discussed: r.get(25)?,
        remote_limitations: r.get(26)?,
        remote_feedback: r.get(27)?,
        permitted: Vec::new(),
        sent_on,
        status: ReferralStatus::from_dates(&dates, sent_on),
        dates,
        created_at: r.get(23)?,
        updated_at: r.get(24)?,
    })
}

/// One referral with the people named on it.
pub(crate) fn load_referral(conn: &Connection, id: i64) -> Result<Referral> {
    let mut r = conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM referrals WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| Error::not_found("referral"))?;
    r.permitted = named_people(conn, id)?
        .into_iter()
        .map(|p| p.person)
        .collect();
    Ok(r)
}

pub(crate) fn person_from(
    child: Option<i64>,
    adult: Option<i64>,
    idx: usize,
) -> rusqlite::Result<PersonRef> {
    PersonRef::from_columns(child, adult).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            rusqlite::types::Type::Integer,
            "a row names both or neither of a child and an adult".into(),
        )
    })
}

/// The people named on a referral: children oldest first, then adults in the order added.
pub(crate) fn named_people(conn: &Connection, referral_id: i64) -> Result<Vec<NamedPerson>> {
    let mut st = conn.prepare_cached(
        "SELECT ra.child_id, ra.adult_id, coalesce(ch.full_name, a.full_name), a.role
         FROM referral_attendees ra
         LEFT JOIN children ch ON ch.id = ra.child_id
         LEFT JOIN adults a ON a.id = ra.adult_id
         WHERE ra.referral_id = ?1
         ORDER BY ra.child_id IS NULL, ch.date_of_birth, ra.id",
    )?;
    let rows = st.query_map([referral_id], |r| {
        let role: Option<AdultRole> = match r.get::<_, Option<String>>(3)? {
            Some(_) => Some(parse_enum(r, 3)?),
            None => None,
        };
        Ok(NamedPerson {
            person: person_from(r.get(0)?, r.get(1)?, 0)?,
            full_name: r.get(2)?,
            description: describe(role).into(),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A child's or adult's name, role (adults only) and case; not found if they do not exist.
pub(crate) fn person(
    conn: &Connection,
    who: PersonRef,
) -> Result<(i64, String, Option<AdultRole>)> {
    let found = match who {
        PersonRef::Child(id) => conn
            .query_row(
                "SELECT case_id, full_name FROM children WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, None)),
            )
            .optional()?,
        PersonRef::Adult(id) => conn
            .query_row(
                "SELECT case_id, full_name, role FROM adults WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, Some(parse_enum(r, 2)?))),
            )
            .optional()?,
    };
    found.ok_or_else(|| Error::not_found("person"))
}

pub(crate) const SESSION_COLUMNS: &str = "id, referral_id, number, date, start_time, \
    duration_minutes, venue, supervisor, status, cancelled_by, cancel_reason";

pub(crate) fn session_from_row(r: &Row<'_>) -> rusqlite::Result<Session> {
    let cancelled_by = match r.get::<_, Option<String>>(9)? {
        Some(_) => Some(parse_enum(r, 9)?),
        None => None,
    };
    Ok(Session {
        id: r.get(0)?,
        referral_id: r.get(1)?,
        number: r.get(2)?,
        date: parse_date(r, 3)?,
        start_time: r.get(4)?,
        duration_minutes: r.get(5)?,
        venue: r.get(6)?,
        supervisor: r.get(7)?,
        status: parse_enum(r, 8)?,
        cancelled_by,
        cancel_reason: r.get(10)?,
    })
}

pub(crate) fn load_session(conn: &Connection, id: i64) -> Result<Session> {
    conn.prepare_cached(&format!(
        "SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?1"
    ))?
    .query_row([id], session_from_row)
    .optional()?
    .ok_or_else(|| Error::not_found("session"))
}

/// A referral's sessions in date order.
pub(crate) fn sessions_of(conn: &Connection, referral_id: i64) -> Result<Vec<Session>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {SESSION_COLUMNS} FROM sessions WHERE referral_id = ?1
         ORDER BY date, start_time, number"
    ))?;
    let rows = st.query_map([referral_id], session_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) const ATTENDANCE_SELECT: &str =
    "SELECT at.id, at.session_id, at.child_id, at.adult_id, coalesce(ch.full_name, a.full_name),
            at.arrived, at.departed, at.brought_by, at.late_reason
     FROM attendance at
     LEFT JOIN children ch ON ch.id = at.child_id
     LEFT JOIN adults a ON a.id = at.adult_id";

pub(crate) fn attendance_from_row(r: &Row<'_>) -> rusqlite::Result<Attendance> {
    Ok(Attendance {
        id: r.get(0)?,
        session_id: r.get(1)?,
        person: person_from(r.get(2)?, r.get(3)?, 2)?,
        full_name: r.get(4)?,
        arrived: r.get(5)?,
        departed: r.get(6)?,
        brought_by: r.get(7)?,
        late_reason: r.get(8)?,
    })
}

/// Every attendance row of a referral's sessions, in one query.
fn attendance_of(conn: &Connection, referral_id: i64) -> Result<Vec<Attendance>> {
    let mut st = conn.prepare_cached(&format!(
        "{ATTENDANCE_SELECT}
         JOIN sessions s ON s.id = at.session_id
         WHERE s.referral_id = ?1
         ORDER BY at.session_id, at.child_id IS NULL, at.id"
    ))?;
    let rows = st.query_map([referral_id], attendance_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The dates of the sessions that took place, in order.
pub(crate) fn took_place_dates(sessions: &[Session]) -> Vec<NaiveDate> {
    sessions
        .iter()
        .filter(|s| s.status == SessionStatus::TookPlace)
        .map(|s| s.date)
        .collect()
}

impl Store {
    /// The referral page: everything about one referral, worked out for `today`.
    pub fn get_referral(&self, id: i64, today: NaiveDate) -> Result<ReferralDetail> {
        let conn = self.conn();
        let referral = load_referral(conn, id)?;
        let (case_number, case_name): (String, String) = conn.query_row(
            "SELECT court_case_number, case_name FROM cases WHERE id = ?1",
            [referral.case_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let sessions = sessions_of(conn, id)?;
        let mut by_session: HashMap<i64, Vec<Attendance>> = HashMap::new();
        for a in attendance_of(conn, id)? {
            by_session.entry(a.session_id).or_default().push(a);
        }
        let records = session_record_statuses(conn, id)?;
        let took_place = took_place_dates(&sessions);
        let service = referral.service;
        let hours = hours::hours_summary(
            service,
            sessions.iter().map(|s| (s.status, s.duration_minutes)),
        );
        let review = review::initial_review(service, &took_place, referral.dates.reviewed_on);
        let start = referral.dates.started_on.or(took_place.first().copied());
        let period = review::period_status(service, start, referral.dates.ceased_on, today);
        let missing_to_send = sending::missing_for_sending(&referral)
            .into_iter()
            .map(|m| m.what.to_string())
            .collect();
        let deadlines = self.referral_deadlines(id, today)?;
        let incidents: u32 = conn.query_row(
            "SELECT count(*) FROM incidents WHERE referral_id = ?1",
            [id],
            |r| r.get(0),
        )?;
        let review_overrides = super::review_overrides::overrides_of(conn, id)?;
        let mut warnings = referral_warnings_said(&WarningFacts {
            service,
            basis: referral.basis,
            naccc_accredited: referral.provider_naccc_accredited,
            planned_sessions: referral.planned_sessions,
            // A written reason to go ahead without the review answers the review's warnings as
            // the review itself would: the reason is shown on the page instead.
            reviewed: referral.dates.reviewed_on.is_some() || !review_overrides.is_empty(),
            sessions: sessions
                .iter()
                .map(|s| (s.status, s.duration_minutes))
                .collect(),
            incidents,
        });
        warnings.extend(crate::rules::sessions::remote_assessment_warning(
            service,
            &referral.remote_assessment(),
        ));
        let duty_consultation = super::duty_consultations::consultation_of(conn, id)?;
        let practice_manager_flag =
            crate::rules::duty::practice_manager_flag(referral.basis, duty_consultation.is_some());
        Ok(ReferralDetail {
            pre_contact: super::pre_contact::assessment_of(conn, id)?,
            duty_consultation,
            practice_manager_flag,
            review_overrides,
            warnings_msg: warnings.iter().map(|w| w.msg.clone()).collect(),
            warnings: warnings.into_iter().map(|w| w.english).collect(),
            record_kind: ContactRecordKind::of_service(service),
            permitted_people: named_people(conn, id)?,
            sessions: sessions
                .into_iter()
                .map(|session| SessionDetail {
                    attendance: by_session.remove(&session.id).unwrap_or_default(),
                    record: records
                        .get(&session.id)
                        .copied()
                        .unwrap_or(RecordStatus::NotStarted),
                    session,
                })
                .collect(),
            case_number,
            case_name,
            referral,
            hours,
            review,
            period,
            missing_to_send,
            deadlines,
        })
    }
}

/// The status of each session's own record in a referral, for the sessions table.
fn session_record_statuses(
    conn: &Connection,
    referral_id: i64,
) -> Result<HashMap<i64, RecordStatus>> {
    let mut st = conn.prepare_cached(
        "SELECT session_id, status FROM records WHERE referral_id = ?1 AND session_id IS NOT NULL",
    )?;
    let rows = st.query_map([referral_id], |r| {
        let status: String = r.get(1)?;
        let status = if status == "final" {
            RecordStatus::Final
        } else {
            RecordStatus::Draft
        };
        Ok((r.get::<_, i64>(0)?, status))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
