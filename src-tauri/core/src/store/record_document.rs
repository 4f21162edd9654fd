//! Building a record's document (model/signed.rs) from the live rows: what finalising signs,
//! what a draft prints, and what `verify` and import compare a signed document with.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::Connection;

use super::referral_read::{load_referral, load_session, sessions_of};
use super::report_data::load_case;
use super::sql::{parse_date, parse_enum};
use crate::error::Result;
use crate::model::signed::*;
use crate::model::{
    Case, ContactRecordKind, Incident, RecordContent, Referral, Service, Session, SessionStatus,
};

pub(crate) fn case_part(case: &Case) -> DocCase {
    DocCase {
        court_case_number: case.court_case_number.clone(),
        case_name: case.case_name.clone(),
        court: case.court.clone(),
        cafcass_number: case.cafcass_number.clone(),
        cafcass_system: case.cafcass_system,
        adviser_name: case.adviser_name.clone(),
    }
}

pub(crate) fn referral_part(r: &Referral) -> DocReferral {
    DocReferral {
        service: r.service,
        provider_name: r.provider_name.clone(),
        planned_sessions: r.planned_sessions,
        sent_on: r.sent_on,
        accepted_on: r.dates.accepted_on,
        started_on: r.dates.started_on,
        ceased_on: r.dates.ceased_on,
        remote_assessment: remote_part(r),
    }
}

/// The assessment a remote supervised referral records; none for any other service.
fn remote_part(r: &Referral) -> Option<DocRemoteAssessment> {
    if r.service != Service::RemoteSupervisedContact {
        return None;
    }
    let a = r.remote_assessment();
    a.on.map(|on| DocRemoteAssessment {
        assessed_on: on,
        assessed_by: a.by.to_string(),
        discussed: a.discussed.to_string(),
        limitations: a.limitations.to_string(),
        feedback: a.feedback.to_string(),
    })
}

/// A session's attendance, children first (oldest first), then adults, in the order recorded.
fn attendance_part(conn: &Connection, session_id: i64) -> Result<Vec<DocAttendance>> {
    let mut st = conn.prepare_cached(
        "SELECT coalesce(ch.full_name, a.full_name), ch.date_of_birth, a.role, a.party,
                at.arrived, at.departed, at.brought_by, at.late_reason
         FROM attendance at
         LEFT JOIN children ch ON ch.id = at.child_id
         LEFT JOIN adults a ON a.id = at.adult_id
         WHERE at.session_id = ?1
         ORDER BY at.child_id IS NULL, ch.date_of_birth, at.id",
    )?;
    let rows = st.query_map([session_id], |r| {
        let full_name: String = r.get(0)?;
        let person = match r.get::<_, Option<String>>(1)? {
            Some(_) => DocPerson::Child {
                full_name,
                date_of_birth: parse_date(r, 1)?,
            },
            None => DocPerson::Adult {
                full_name,
                role: parse_enum(r, 2)?,
                party: parse_enum(r, 3)?,
            },
        };
        Ok(DocAttendance {
            person,
            arrived: r.get(4)?,
            departed: r.get(5)?,
            brought_by: r.get(6)?,
            late_reason: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn session_part(conn: &Connection, s: &Session) -> Result<DocSession> {
    Ok(DocSession {
        number: s.number,
        date: s.date,
        start_time: s.start_time.clone(),
        duration_minutes: s.duration_minutes,
        venue: s.venue.clone(),
        supervisor: s.supervisor.clone(),
        status: s.status,
        cancelled_by: s.cancelled_by,
        cancel_reason: s.cancel_reason.clone(),
        attendance: attendance_part(conn, s.id)?,
    })
}

fn children_by_id(conn: &Connection, case_id: i64) -> Result<HashMap<i64, (String, NaiveDate)>> {
    let mut st = conn
        .prepare_cached("SELECT id, full_name, date_of_birth FROM children WHERE case_id = ?1")?;
    let rows = st.query_map([case_id], |r| {
        Ok((r.get(0)?, (r.get(1)?, parse_date(r, 2)?)))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn content_part(
    conn: &Connection,
    case_id: i64,
    c: &RecordContent,
) -> Result<DocContent> {
    let children = children_by_id(conn, case_id)?;
    Ok(DocContent {
        actual_start: c.actual_start.clone(),
        actual_end: c.actual_end.clone(),
        aim_and_requirements: c.aim_and_requirements.clone(),
        arrival_and_greeting: c.arrival_and_greeting.clone(),
        adult_engagement: c.adult_engagement.clone(),
        children: c
            .children
            .iter()
            .map(|n| {
                let (full_name, date_of_birth) =
                    children.get(&n.child_id).cloned().unwrap_or_default();
                DocChildNotes {
                    full_name,
                    date_of_birth,
                    observations: n.observations.clone(),
                    quotes: n.quotes.clone(),
                }
            })
            .collect(),
        physical_contact_gifts_food_photos_phones: c
            .physical_contact_gifts_food_photos_phones
            .clone(),
        conversation_about_case: c.conversation_about_case.clone(),
        interventions: c.interventions.clone(),
        concerns_and_safeguarding: c.concerns_and_safeguarding.clone(),
        ending_and_handover: c.ending_and_handover.clone(),
        summary: c.summary.clone(),
        worker_reflections: c.worker_reflections.clone(),
        communications: c.communications.clone(),
    })
}

fn incidents_part(conn: &Connection, column: &'static str, id: i64) -> Result<Vec<DocIncident>> {
    let list: Vec<Incident> = super::report_data::incidents_where(conn, column, id)?;
    list.iter()
        .map(|i| {
            let session_number = match i.session_id {
                Some(sid) => Some(load_session(conn, sid)?.number),
                None => None,
            };
            Ok(DocIncident {
                occurred_on: i.occurred_on,
                occurred_time: i.occurred_time.clone(),
                session_number,
                kind: i.kind,
                what_happened: i.what_happened.clone(),
                action_taken: i.action_taken.clone(),
                police_told_on: i.police_told_on,
                police_told_whom: i.police_told_whom.clone(),
                social_services_told_on: i.social_services_told_on,
                social_services_told_whom: i.social_services_told_whom.clone(),
                reported_to_referrer_on: i.reported_to_referrer_on,
                written_followup_sent_on: i.written_followup_sent_on,
            })
        })
        .collect()
}

/// A session's record (observed or communications) as the rows stand, unsigned.
pub(crate) fn session_document(
    conn: &Connection,
    session_id: i64,
    content: &RecordContent,
) -> Result<SignedRecord> {
    let session = load_session(conn, session_id)?;
    let referral = load_referral(conn, session.referral_id)?;
    let case = load_case(conn, referral.case_id)?;
    let kind = match ContactRecordKind::for_service(referral.service)? {
        ContactRecordKind::Communications => DocumentKind::Communications,
        _ => DocumentKind::Observed,
    };
    let mut d = SignedRecord::new(kind, case_part(&case));
    d.referral = Some(referral_part(&referral));
    d.session = Some(session_part(conn, &session)?);
    d.content = Some(content_part(conn, case.id, content)?);
    d.incidents = incidents_part(conn, "session_id", session_id)?;
    Ok(d)
}

/// A referral's sessions that have happened, or were missed or cancelled, in number order.
fn sessions_that_count(conn: &Connection, referral_id: i64) -> Result<Vec<DocSession>> {
    sessions_of(conn, referral_id)?
        .iter()
        .filter(|s| s.status != SessionStatus::Scheduled)
        .map(|s| session_part(conn, s))
        .collect()
}

/// A referral's whole-referral record (supported, or the final observed record) as the rows
/// stand, unsigned and citing nothing yet.
pub(crate) fn referral_document(
    conn: &Connection,
    referral_id: i64,
    kind: DocumentKind,
) -> Result<SignedRecord> {
    let referral = load_referral(conn, referral_id)?;
    let case = load_case(conn, referral.case_id)?;
    let mut d = SignedRecord::new(kind, case_part(&case));
    d.referral = Some(referral_part(&referral));
    d.sessions = sessions_that_count(conn, referral_id)?;
    d.incidents = incidents_part(conn, "referral_id", referral_id)?;
    Ok(d)
}

/// What of a signed document no longer matches the live rows it was signed from, in plain
/// words; empty when it all matches. Case and referral details (a name corrected, a date
/// contact ceased) and incidents may move on after signing and are not compared.
pub(crate) fn differences(signed: &SignedRecord, live: &SignedRecord) -> Vec<String> {
    let mut out = Vec::new();
    if signed.kind != live.kind {
        out.push("its kind of record".to_string());
    }
    if signed.case.court_case_number != live.case.court_case_number {
        out.push(format!(
            "the court case number (signed for {}, filed under {})",
            signed.case.court_case_number, live.case.court_case_number
        ));
    }
    match (&signed.session, &live.session) {
        (Some(a), Some(b)) => session_differences(a, b, &mut out),
        (None, None) => {}
        _ => out.push("the session it is filed under".into()),
    }
    if signed.sessions.len() != live.sessions.len() {
        out.push("the number of sessions".into());
    } else {
        for (a, b) in signed.sessions.iter().zip(&live.sessions) {
            session_differences(a, b, &mut out);
        }
    }
    if signed.content != live.content {
        out.push("the record's content".into());
    }
    out
}

fn session_differences(a: &DocSession, b: &DocSession, out: &mut Vec<String>) {
    let n = a.number;
    if a.number != b.number {
        out.push(format!(
            "the session number (signed for session {}, filed under session {})",
            a.number, b.number
        ));
    }
    if (a.date, &a.start_time, a.duration_minutes) != (b.date, &b.start_time, b.duration_minutes) {
        out.push(format!("session {n}'s date, start time or length"));
    }
    if (&a.venue, &a.supervisor) != (&b.venue, &b.supervisor) {
        out.push(format!("session {n}'s venue or supervisor"));
    }
    if (a.status, a.cancelled_by, &a.cancel_reason) != (b.status, b.cancelled_by, &b.cancel_reason)
    {
        out.push(format!("session {n}'s status"));
    }
    if a.attendance != b.attendance {
        out.push(format!("session {n}'s attendance"));
    }
}
