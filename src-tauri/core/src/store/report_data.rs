//! Building the plain report data (`report::record_data`) from the database: the header from the
//! case and referral, a session's Record of Observed Contact, the supported sessions, incidents.
//!
//! A finalised record is printed from its frozen snapshot (`signed_json`), never rebuilt from
//! rows that may have moved on since (a case renamed, an incident updated); a draft is built
//! live from the draft content and the current rows.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use super::cases::{case_from_row, CASE_COLUMNS};
use super::incidents;
use super::referral_read::{load_session, sessions_of};
use super::sql::{parse_date, parse_enum};
use crate::error::{Error, Result};
use crate::model::times::{minutes_of_day, parse_time};
use crate::model::{
    AdultRole, CafcassSystem, CancelledBy, Case, Incident, Party, RecordContent, Referral, Session,
    SessionStatus,
};
use crate::report::record_data::{
    AttendanceRow, ChildResponse, IncidentSummary, Intervention, ObservedSession, RecordHeader,
    SupportedSession, SupportedStatus,
};

/// What a finalised Record of Observed Contact (or communications record) freezes: the header
/// and the session as signed, without signature, addenda or fingerprint (those live in columns).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct ObservedSnapshot {
    pub header: RecordHeader,
    pub session: ObservedSession,
}

/// What a finalised Record of Supported Contact freezes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct SupportedSnapshot {
    pub header: RecordHeader,
    pub sessions: Vec<SupportedSession>,
    pub incidents: Vec<IncidentSummary>,
}

pub(crate) fn load_case(conn: &Connection, id: i64) -> Result<Case> {
    conn.query_row(
        &format!("SELECT {CASE_COLUMNS} FROM cases WHERE id = ?1"),
        [id],
        case_from_row,
    )
    .map_err(|_| Error::not_found("case"))
}

fn system_label(s: CafcassSystem) -> &'static str {
    match s {
        CafcassSystem::Iris => "Cafcass Cymru (IRIS)",
        CafcassSystem::Ecms => "Cafcass (ECMS)",
    }
}

/// The front of every record: from the case and the referral; `supervisor` from the session
/// (or, for whole-referral records, the latest session's supervisor).
pub(crate) fn header(case: &Case, referral: &Referral, supervisor: &str) -> RecordHeader {
    RecordHeader {
        case_name: case.case_name.clone(),
        court: case.court.clone(),
        court_case_number: case.court_case_number.clone(),
        cafcass_number: case.cafcass_number.clone(),
        cafcass_system: system_label(case.cafcass_system).into(),
        referring_adviser: case.adviser_name.clone(),
        referring_adviser_role: None,
        provider: referral.provider_name.clone(),
        service: referral.service.label().into(),
        referral_sent: referral.sent_on,
        referral_accepted: referral.dates.accepted_on,
        contact_started: referral.dates.started_on,
        contact_ceased: referral.dates.ceased_on,
        supervisor: supervisor.into(),
    }
}

/// Whole years from `born` to `on`.
pub(crate) fn age_on(born: NaiveDate, on: NaiveDate) -> u32 {
    on.years_since(born).unwrap_or(0)
}

fn time(text: &str) -> Option<NaiveTime> {
    parse_time(text).ok()
}

/// The scheduled start and end of a session as times of day (the end capped at 23:59).
pub(crate) fn scheduled(s: &Session) -> (Option<NaiveTime>, Option<NaiveTime>) {
    let start = time(&s.start_time);
    let end = start.and_then(|t| {
        let m = minutes_of_day(t)
            .saturating_add(s.duration_minutes)
            .min(23 * 60 + 59);
        NaiveTime::from_hms_opt(m / 60, m % 60, 0)
    });
    (start, end)
}

fn adult_role(role: AdultRole, party: Party) -> String {
    let r = match role {
        AdultRole::Mother => "Mother",
        AdultRole::Father => "Father",
        AdultRole::Grandparent => "Grandparent",
        AdultRole::OtherRelative => "Other relative",
        AdultRole::Other => "Other adult",
    };
    let p = match party {
        Party::Resident => "resident",
        Party::Visiting => "visiting",
    };
    format!("{r} ({p})")
}

/// The attendance rows of a session as printed: "Father (visiting)", "Child, 7".
pub(crate) fn attendance_rows(conn: &Connection, session: &Session) -> Result<Vec<AttendanceRow>> {
    let mut st = conn.prepare_cached(
        "SELECT coalesce(ch.full_name, a.full_name), ch.date_of_birth, a.role, a.party,
                at.arrived, at.departed, at.brought_by, at.late_reason
         FROM attendance at
         LEFT JOIN children ch ON ch.id = at.child_id
         LEFT JOIN adults a ON a.id = at.adult_id
         WHERE at.session_id = ?1
         ORDER BY at.child_id IS NULL, ch.date_of_birth, at.id",
    )?;
    let rows = st.query_map([session.id], |r| {
        let role = match r.get::<_, Option<String>>(1)? {
            Some(_) => format!("Child, {}", age_on(parse_date(r, 1)?, session.date)),
            None => adult_role(parse_enum(r, 2)?, parse_enum(r, 3)?),
        };
        let arrived: Option<String> = r.get(4)?;
        let departed: Option<String> = r.get(5)?;
        Ok(AttendanceRow {
            person: r.get(0)?,
            role,
            arrived: arrived.as_deref().and_then(time),
            left: departed.as_deref().and_then(time),
            brought_by: r.get(6)?,
            notes: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Incidents linked to a session (`session`) or to a referral (`referral`), oldest first.
pub(crate) fn incidents_where(
    conn: &Connection,
    column: &'static str,
    id: i64,
) -> Result<Vec<Incident>> {
    let sql = format!(
        "SELECT {} FROM incidents WHERE {column} = ?1 ORDER BY occurred_on, occurred_time, id",
        incidents::COLUMNS
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map([id], incidents::from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// An incident as the records tell it: who was told, and when.
pub(crate) fn incident_summary(conn: &Connection, i: &Incident) -> Result<IncidentSummary> {
    let number = match i.session_id {
        Some(id) => Some(load_session(conn, id)?.number),
        None => None,
    };
    let mut told = Vec::new();
    let mut first: Option<NaiveDate> = None;
    let mut note = |who: String, on: Option<NaiveDate>| {
        if let Some(on) = on {
            told.push(who);
            first = Some(first.map_or(on, |f: NaiveDate| f.min(on)));
        }
    };
    note(format!("Police: {}", i.police_told_whom), i.police_told_on);
    note(
        format!("Social services: {}", i.social_services_told_whom),
        i.social_services_told_on,
    );
    note("The referrer".into(), i.reported_to_referrer_on);
    let at = i
        .occurred_time
        .as_deref()
        .and_then(time)
        .unwrap_or_default();
    Ok(IncidentSummary {
        when: i.occurred_on.and_time(at),
        session_number: number,
        what_happened: i.what_happened.clone(),
        action_taken: i.action_taken.clone(),
        reported_to: told.join("; "),
        reported_on: first,
        written_follow_up_sent: i.written_followup_sent_on,
    })
}

pub(crate) fn summaries(conn: &Connection, list: &[Incident]) -> Result<Vec<IncidentSummary>> {
    list.iter().map(|i| incident_summary(conn, i)).collect()
}

/// The names and birth dates of a case's children, by id.
fn children_by_id(conn: &Connection, case_id: i64) -> Result<HashMap<i64, (String, NaiveDate)>> {
    let mut st = conn
        .prepare_cached("SELECT id, full_name, date_of_birth FROM children WHERE case_id = ?1")?;
    let rows = st.query_map([case_id], |r| {
        Ok((r.get(0)?, (r.get(1)?, parse_date(r, 2)?)))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A session's record as it stands: the draft (or empty) content with the session's current
/// rows. Unsigned: it prints as a DRAFT.
pub(crate) fn observed_live(
    conn: &Connection,
    case: &Case,
    referral: &Referral,
    session: &Session,
    content: &RecordContent,
) -> Result<ObservedSnapshot> {
    let children = children_by_id(conn, case.id)?;
    let (scheduled_start, scheduled_end) = scheduled(session);
    let incidents = incidents_where(conn, "session_id", session.id)?;
    let observed = ObservedSession {
        number: session.number,
        of_planned: referral.planned_sessions,
        date: session.date,
        scheduled_start,
        scheduled_end,
        actual_start: time(&content.actual_start),
        actual_end: time(&content.actual_end),
        venue: session.venue.clone(),
        remote: referral.service == crate::model::Service::RemoteSupervisedContact,
        attendance: attendance_rows(conn, session)?,
        aim_and_requirements: content.aim_and_requirements.clone(),
        arrival_and_greeting: content.arrival_and_greeting.clone(),
        adult_engagement: content.adult_engagement.clone(),
        children: content
            .children
            .iter()
            .map(|c| {
                let (name, age) = children
                    .get(&c.child_id)
                    .map(|(n, born)| (n.clone(), Some(age_on(*born, session.date))))
                    .unwrap_or_default();
                ChildResponse {
                    child_name: name,
                    child_age: age,
                    observations: c.observations.clone(),
                    quotes: c.quotes.clone(),
                }
            })
            .collect(),
        physical_contact_gifts_food_photos_phones: content
            .physical_contact_gifts_food_photos_phones
            .clone(),
        conversation_about_case: content.conversation_about_case.clone(),
        interventions: content
            .interventions
            .iter()
            .map(|i| Intervention {
                time: time(&i.time),
                what: i.what.clone(),
                why: i.why.clone(),
                response: i.response.clone(),
            })
            .collect(),
        concerns_and_safeguarding: content.concerns_and_safeguarding.clone(),
        incidents: summaries(conn, &incidents)?,
        ending_and_handover: content.ending_and_handover.clone(),
        summary: content.summary.clone(),
        worker_reflections: content.worker_reflections.clone(),
        signature: None,
        addenda: Vec::new(),
        fingerprint: None,
    };
    Ok(ObservedSnapshot {
        header: header(case, referral, &session.supervisor),
        session: observed,
    })
}

fn cancelled_by(by: Option<CancelledBy>) -> String {
    match by {
        Some(CancelledBy::ResidentParty) => "the resident party",
        Some(CancelledBy::VisitingParty) => "the visiting party",
        Some(CancelledBy::Provider) => "the centre",
        Some(CancelledBy::Referrer) => "the referrer",
        Some(CancelledBy::Other) | None => "someone else",
    }
    .into()
}

/// Every session of a supported referral as the monitoring information reports it. Sessions
/// still scheduled are left out: they have not happened (finalising refuses them anyway).
pub(crate) fn supported_sessions(
    conn: &Connection,
    referral_id: i64,
) -> Result<Vec<SupportedSession>> {
    let mut out = Vec::new();
    for s in sessions_of(conn, referral_id)? {
        let status = match s.status {
            SessionStatus::Scheduled => continue,
            SessionStatus::TookPlace => SupportedStatus::Attended,
            SessionStatus::Cancelled => SupportedStatus::Cancelled {
                by: cancelled_by(s.cancelled_by),
            },
            SessionStatus::DidNotAttend => SupportedStatus::DidNotAttend { who: String::new() },
        };
        let (scheduled_start, scheduled_end) = scheduled(&s);
        out.push(SupportedSession {
            number: s.number,
            date: s.date,
            scheduled_start,
            scheduled_end,
            status,
            attendance: attendance_rows(conn, &s)?,
        });
    }
    Ok(out)
}

/// The supported record as it stands, unsigned.
pub(crate) fn supported_live(
    conn: &Connection,
    case: &Case,
    referral: &Referral,
) -> Result<SupportedSnapshot> {
    let sessions = sessions_of(conn, referral.id)?;
    let coordinator = sessions
        .iter()
        .rev()
        .find(|s| !s.supervisor.is_empty())
        .map_or("", |s| s.supervisor.as_str());
    let incidents = incidents_where(conn, "referral_id", referral.id)?;
    Ok(SupportedSnapshot {
        header: header(case, referral, coordinator),
        sessions: supported_sessions(conn, referral.id)?,
        incidents: summaries(conn, &incidents)?,
    })
}

/// Reads a stored local date-time ("2026-11-23T16:30:00").
pub(crate) fn parse_signed_at(text: &str) -> Result<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S")
        .map_err(|_| Error::storage("A signed record has an unreadable signing date."))
}

/// The sessions whose minutes count towards the referral's hours (took place, did not attend).
pub(crate) fn minutes_used(conn: &Connection, referral_id: i64) -> Result<u32> {
    Ok(conn.query_row(
        "SELECT coalesce(sum(duration_minutes), 0) FROM sessions
         WHERE referral_id = ?1 AND status IN ('took_place', 'did_not_attend')",
        params![referral_id],
        |r| r.get(0),
    )?)
}
