//! The rules checked against the whole of a referral inside the transaction that changes it, as
//! the last step before commit: whatever was changed (service, people, sessions, attendance,
//! dates), the referral is never left breaking a rule.

use rusqlite::params;

use super::pre_contact::assessment_of;
use super::referral_read::{load_referral, named_people, person_from, sessions_of};
use super::review_overrides::is_overridden;
use super::sql::{enum_text, parse_date, parse_enum};
use super::Writer;
use crate::error::{Error, Result};
use crate::model::dates::uk;
use crate::model::{AdultRole, PersonRef, Service, SessionStatus};
use crate::rules::hours::check_referral_totals;
use crate::rules::pre_contact::check_pre_contact;
use crate::rules::review_first::{check_review_first, ReviewFacts};
use crate::rules::sessions::{
    check_accepted, check_incident_on_session_day, check_remote_assessed, SessionFact,
};
use crate::rules::spip::{check_no_children, check_spip_bookings, SpipBooking};
use crate::text::{clean, fold};

/// Checks every rule that spans a referral's sessions and attendance.
pub(crate) fn verify_referral(w: &Writer<'_>, referral_id: i64) -> Result<()> {
    let referral = load_referral(w.tx, referral_id)?;
    let service = referral.service;
    let sessions = sessions_of(w.tx, referral_id)?;
    let counting: Vec<_> = sessions.iter().filter(|s| s.status.counts()).collect();

    let lengths: Vec<u32> = counting.iter().map(|s| s.duration_minutes).collect();
    check_referral_totals(service, &lengths)?;
    let facts: Vec<SessionFact> = sessions
        .iter()
        .map(|s| SessionFact {
            number: s.number,
            date: s.date,
            status: s.status,
        })
        .collect();
    check_accepted(referral.dates.accepted_on, &facts)?;
    check_remote_assessed(service, &referral.remote_assessment(), &facts)?;
    check_review_first(&ReviewFacts {
        service,
        reviewed_on: referral.dates.reviewed_on,
        overridden: is_overridden(w.tx, referral_id)?,
        started_on: referral.dates.started_on,
        sessions: &facts,
    })?;
    check_pre_contact(
        service,
        assessment_of(w.tx, referral_id)?.map(|a| a.assessed_on),
        &facts,
    )?;
    check_incidents_on_session_days(w, referral_id)?;
    if service == Service::Spip {
        check_no_children(service, &named_people(w.tx, referral_id)?)?;
    }
    if let Some(first) = counting
        .first()
        .filter(|_| referral.dates.declined_on.is_some())
    {
        return Err(Error::rule_said(
            crate::message::Message::new(crate::message_rules_said::SESSIONS_NOT_DECLINED)
                .text("number", first.number.to_string())
                .text("date", uk(first.date)),
        ));
    }
    if let Some(ceased) = referral.dates.ceased_on {
        if let Some(late) = counting.iter().find(|s| s.date > ceased) {
            return Err(Error::rule_said(
                crate::message::Message::new(crate::message_rules_said::SESSION_AFTER_CEASED)
                    .text("ceased", uk(ceased))
                    .text("number", late.number.to_string())
                    .text("date", uk(late.date)),
            ));
        }
    }
    check_attendees_named(w, referral_id, &referral.permitted)?;
    if service == Service::Spip {
        check_spip_bookings(&spip_bookings(w, referral.case_id)?)?;
    }
    Ok(())
}

/// An incident linked to one of the referral's sessions stays on that session's date, whichever
/// of the two was changed.
fn check_incidents_on_session_days(w: &Writer<'_>, referral_id: i64) -> Result<()> {
    let mut st = w.tx.prepare_cached(
        "SELECT i.occurred_on, s.number, s.date FROM incidents i
         JOIN sessions s ON s.id = i.session_id
         WHERE s.referral_id = ?1 AND i.occurred_on <> s.date",
    )?;
    let mut rows = st.query_map([referral_id], |r| {
        Ok((parse_date(r, 0)?, r.get::<_, u32>(1)?, parse_date(r, 2)?))
    })?;
    match rows.next() {
        Some(row) => {
            let (on, number, date) = row?;
            check_incident_on_session_day(on, number, date)
        }
        None => Ok(()),
    }
}

/// Everyone recorded at a session must still be named on the referral.
fn check_attendees_named(w: &Writer<'_>, referral_id: i64, permitted: &[PersonRef]) -> Result<()> {
    let mut st = w.tx.prepare_cached(
        "SELECT DISTINCT at.child_id, at.adult_id, coalesce(ch.full_name, a.full_name)
         FROM attendance at
         JOIN sessions s ON s.id = at.session_id
         LEFT JOIN children ch ON ch.id = at.child_id
         LEFT JOIN adults a ON a.id = at.adult_id
         WHERE s.referral_id = ?1",
    )?;
    let rows = st.query_map([referral_id], |r| {
        Ok((
            person_from(r.get(0)?, r.get(1)?, 0)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    let mut missing = Vec::new();
    for row in rows {
        let (who, name) = row?;
        if !permitted.contains(&who) {
            missing.push(name);
        }
    }
    if missing.is_empty() {
        return Ok(());
    }
    let m = if missing.len() == 1 {
        crate::message_rules_said::ATTENDED_STAYS_NAMED_ONE
    } else {
        crate::message_rules_said::ATTENDED_STAYS_NAMED_MANY
    };
    Err(Error::rule_said(
        crate::message::Message::new(m).list("names", &missing),
    ))
}

/// Every booking into a SPIP session of the case, across all its SPIP referrals.
fn spip_bookings(w: &Writer<'_>, case_id: i64) -> Result<Vec<SpipBooking>> {
    let mut st = w.tx.prepare_cached(
        "SELECT s.id, s.date, s.start_time, s.venue, s.status, at.child_id, at.adult_id,
                coalesce(ch.full_name, a.full_name), a.role, at.arrived IS NULL
         FROM attendance at
         JOIN sessions s ON s.id = at.session_id
         JOIN referrals r ON r.id = s.referral_id
         LEFT JOIN children ch ON ch.id = at.child_id
         LEFT JOIN adults a ON a.id = at.adult_id
         WHERE r.case_id = ?1 AND r.service = ?2
         ORDER BY s.date, at.id",
    )?;
    let rows = st.query_map(params![case_id, enum_text(&Service::Spip)], |r| {
        let status: SessionStatus = parse_enum(r, 4)?;
        let role: Option<AdultRole> = match r.get::<_, Option<String>>(8)? {
            Some(_) => Some(parse_enum(r, 8)?),
            None => None,
        };
        Ok(SpipBooking {
            session_id: r.get(0)?,
            date: parse_date(r, 1)?,
            start_time: r.get(2)?,
            venue_key: fold(&clean(&r.get::<_, String>(3)?)),
            cancelled: !status.counts()
                || status == SessionStatus::DidNotAttend
                || (status == SessionStatus::TookPlace && r.get::<_, bool>(9)?),
            person: person_from(r.get(5)?, r.get(6)?, 5)?,
            full_name: r.get(7)?,
            is_parent: matches!(role, Some(AdultRole::Mother | AdultRole::Father)),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
