//! Reading a record for its form: the draft, the final record or an empty one (never creating a
//! row), with the read-only context the form shows above it.

use chrono::NaiveDate;
use rusqlite::Connection;

use super::records::{
    addenda_of, load_record, not_supported, record_of_session, supported_record_of, RecordRow,
};
use super::referral_read::{
    attendance_from_row, load_referral, load_session, named_people, ATTENDANCE_SELECT,
};
use super::report_data::{age_on, incidents_where, load_case, scheduled};
use super::Store;
use crate::error::{Error, Result};
use crate::model::record::ChildNotes;
use crate::model::signed::DocContent;
use crate::model::signing::key_fingerprint;
use crate::model::times::hhmm;
use crate::model::{
    AddendumView, Attendance, ChildContext, ContactRecordKind, PersonRef, RecordContent,
    RecordContext, RecordStatus, RecordView, Referral, Session, SessionContext, SignatureView,
    SignedRecord,
};

/// A session's attendance rows, children first.
pub(crate) fn session_attendance(conn: &Connection, session_id: i64) -> Result<Vec<Attendance>> {
    let mut st = conn.prepare_cached(&format!(
        "{ATTENDANCE_SELECT} WHERE at.session_id = ?1 ORDER BY at.child_id IS NULL, at.id"
    ))?;
    let rows = st.query_map([session_id], attendance_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The children named on the referral, with their age on `on`.
fn children(conn: &Connection, referral_id: i64, on: NaiveDate) -> Result<Vec<ChildContext>> {
    let mut out = Vec::new();
    for p in named_people(conn, referral_id)? {
        if let PersonRef::Child(id) = p.person {
            let born: String = conn.query_row(
                "SELECT date_of_birth FROM children WHERE id = ?1",
                [id],
                |r| r.get(0),
            )?;
            let age = NaiveDate::parse_from_str(&born, "%Y-%m-%d")
                .map(|b| age_on(b, on))
                .unwrap_or(0);
            out.push(ChildContext {
                id,
                name: p.full_name,
                age,
            });
        }
    }
    Ok(out)
}

fn session_context(referral: &Referral, s: &Session) -> SessionContext {
    let (start, end) = scheduled(s);
    SessionContext {
        session_id: s.id,
        number: s.number,
        of_planned: referral.planned_sessions,
        date: s.date,
        scheduled_start: start.map(hhmm).unwrap_or_default(),
        scheduled_end: end.map(hhmm).unwrap_or_default(),
        venue: s.venue.clone(),
        supervisor: s.supervisor.clone(),
        status: s.status,
    }
}

/// The form's content from a signed document's, children matched by name and date of birth.
fn content_of(conn: &Connection, case_id: i64, c: &DocContent) -> Result<RecordContent> {
    let mut st = conn
        .prepare_cached("SELECT id, full_name, date_of_birth FROM children WHERE case_id = ?1")?;
    let kids: Vec<(i64, String, String)> = st
        .query_map([case_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let children = c
        .children
        .iter()
        .map(|n| ChildNotes {
            child_id: kids
                .iter()
                .find(|(_, name, born)| {
                    *name == n.full_name && *born == n.date_of_birth.format("%Y-%m-%d").to_string()
                })
                .map_or(0, |k| k.0),
            observations: n.observations.clone(),
            quotes: n.quotes.clone(),
        })
        .collect();
    Ok(RecordContent {
        actual_start: c.actual_start.clone(),
        actual_end: c.actual_end.clone(),
        aim_and_requirements: c.aim_and_requirements.clone(),
        arrival_and_greeting: c.arrival_and_greeting.clone(),
        adult_engagement: c.adult_engagement.clone(),
        children,
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

impl Store {
    /// The record form of one session (observed or communications). Never creates a row.
    pub fn record_for_session(&self, session_id: i64, _today: NaiveDate) -> Result<RecordView> {
        let conn = self.conn();
        let session = load_session(conn, session_id)?;
        let referral = load_referral(conn, session.referral_id)?;
        let kind = ContactRecordKind::for_service(referral.service)?;
        if kind == ContactRecordKind::Supported {
            return Err(Error::rule_said(crate::message::Message::new(
                crate::message_rules_said::SUPPORTED_FROM_REFERRAL,
            )));
        }
        let case = load_case(conn, referral.case_id)?;
        let context = RecordContext {
            case_id: case.id,
            case_name: case.case_name,
            court_case_number: case.court_case_number,
            referral_id: referral.id,
            service: referral.service,
            provider: referral.provider_name.clone(),
            session: Some(session_context(&referral, &session)),
            children: children(conn, referral.id, session.date)?,
            attendance: session_attendance(conn, session_id)?,
            incidents: incidents_where(conn, "session_id", session_id)?,
            sessions: Vec::new(),
        };
        self.view(kind, record_of_session(conn, session_id)?, context)
    }

    /// The Record of Supported Contact of a supported referral. Never creates a row.
    pub fn supported_record_for_referral(
        &self,
        referral_id: i64,
        today: NaiveDate,
    ) -> Result<RecordView> {
        let conn = self.conn();
        let referral = load_referral(conn, referral_id)?;
        if ContactRecordKind::for_service(referral.service)? != ContactRecordKind::Supported {
            return Err(not_supported());
        }
        let case = load_case(conn, referral.case_id)?;
        let detail = self.get_referral(referral_id, today)?;
        let context = RecordContext {
            case_id: case.id,
            case_name: case.case_name,
            court_case_number: case.court_case_number,
            referral_id,
            service: referral.service,
            provider: referral.provider_name.clone(),
            session: None,
            children: children(conn, referral_id, today)?,
            attendance: Vec::new(),
            incidents: incidents_where(conn, "referral_id", referral_id)?,
            sessions: detail.sessions,
        };
        self.view(
            ContactRecordKind::Supported,
            supported_record_of(conn, referral_id)?,
            context,
        )
    }

    /// A record by id, whichever kind it is.
    pub fn record_view(&self, record_id: i64, today: NaiveDate) -> Result<RecordView> {
        let row = load_record(self.conn(), record_id)?;
        match row.session_id {
            Some(session_id) => self.record_for_session(session_id, today),
            None => self.supported_record_for_referral(row.referral_id, today),
        }
    }

    fn view(
        &self,
        kind: ContactRecordKind,
        row: Option<RecordRow>,
        context: RecordContext,
    ) -> Result<RecordView> {
        let Some(row) = row else {
            return Ok(RecordView {
                record_id: None,
                kind,
                status: RecordStatus::NotStarted,
                content: RecordContent::default(),
                revision: 0,
                saved_at: None,
                signature: None,
                fingerprint: None,
                addenda: Vec::new(),
                context,
            });
        };
        // A finalised record is shown from its signed document only.
        let signed: Option<SignedRecord> = row
            .signed_json
            .as_deref()
            .filter(|_| row.status == RecordStatus::Final)
            .and_then(|t| serde_json::from_str(t).ok());
        let signature = match (&signed, &row.signed_name, &row.signed_role, &row.signed_at) {
            (Some(d), ..) => Some(SignatureView {
                name: d.signer.name.clone(),
                role: d.signer.role.clone(),
                signed_at: d.signed_at.clone(),
                key_fingerprint: key_fingerprint(&d.signer.public_key),
            }),
            (None, Some(name), Some(role), Some(at)) => Some(SignatureView {
                name: name.clone(),
                role: role.clone(),
                signed_at: at.clone(),
                key_fingerprint: String::new(),
            }),
            _ => None,
        };
        let content = match signed.as_ref().and_then(|d| d.content.as_ref()) {
            Some(c) => content_of(self.conn(), context.case_id, c)?,
            None => row.content,
        };
        let addenda = addenda_of(self.conn(), row.id)?
            .into_iter()
            .map(|a| AddendumView {
                id: a.id,
                reason: a.reason,
                text: a.text,
                name: a.signed_name,
                role: a.signed_role,
                signed_at: a.signed_at,
                fingerprint: a.fingerprint,
            })
            .collect();
        Ok(RecordView {
            record_id: Some(row.id),
            kind: row.kind,
            status: row.status,
            content,
            revision: row.revision,
            saved_at: Some(row.saved_at),
            signature,
            fingerprint: row.fingerprint,
            addenda,
            context,
        })
    }
}
