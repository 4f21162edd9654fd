//! The data of each court document, read from the store: one session's Record of Observed
//! Contact, the final Record of Observed Contact of a referral, and the Record of Supported
//! Contact. Final records come from their frozen snapshots; drafts are built live.

use rusqlite::Connection;

use super::records::{addenda_of, record_of_session, supported_record_of, RecordRow};
use super::referral_read::{load_referral, load_session, sessions_of};
use super::report_data::{
    incidents_where, load_case, minutes_used, observed_live, parse_signed_at, summaries,
    supported_live, ObservedSnapshot, SupportedSnapshot,
};
use super::Store;
use crate::error::{Error, Result};
use crate::model::{ContactRecordKind, RecordStatus, SessionStatus};
use crate::report::record_data::{
    Addendum, IncidentSummary, ObservedSession, RecordHeader, Signature, SupportedSession,
};

/// What `report::observed_final_pdf` needs.
#[derive(Debug, Clone, PartialEq)]
pub struct FinalReportData {
    pub header: RecordHeader,
    pub sessions: Vec<ObservedSession>,
    pub incidents: Vec<IncidentSummary>,
    pub planned_sessions: Option<u32>,
    pub hours_used_minutes: u32,
}

/// What `report::supported_pdf` needs.
#[derive(Debug, Clone, PartialEq)]
pub struct SupportedReportData {
    pub header: RecordHeader,
    pub sessions: Vec<SupportedSession>,
    pub incidents: Vec<IncidentSummary>,
    pub signature: Option<Signature>,
    pub fingerprint: Option<String>,
}

fn signature(row: &RecordRow) -> Result<Option<Signature>> {
    match (&row.signed_name, &row.signed_role, &row.signed_at) {
        (Some(name), Some(role), Some(at)) => Ok(Some(Signature {
            name: name.clone(),
            role: role.clone(),
            signed_at: parse_signed_at(at)?,
        })),
        _ => Ok(None),
    }
}

fn addenda(conn: &Connection, record_id: i64) -> Result<Vec<Addendum>> {
    addenda_of(conn, record_id)?
        .into_iter()
        .map(|a| {
            Ok(Addendum {
                signed_at: parse_signed_at(&a.signed_at)?,
                name: a.signed_name,
                role: a.signed_role,
                reason: a.reason,
                text: a.text,
            })
        })
        .collect()
}

fn unreadable() -> Error {
    Error::storage("A signed record could not be read back. Run `contact-records verify`.")
}

/// One session's record: the signed snapshot with its signature, addenda and fingerprint, or
/// the draft (or empty form) built live.
fn observed_session(conn: &Connection, session_id: i64) -> Result<ObservedSnapshot> {
    let session = load_session(conn, session_id)?;
    let referral = load_referral(conn, session.referral_id)?;
    match ContactRecordKind::for_service(referral.service)? {
        ContactRecordKind::Observed => {}
        ContactRecordKind::Supported => {
            return Err(Error::rule(
                "A session of supported contact has no Record of Observed Contact: export the \
                 Record of Supported Contact of its referral instead.",
            ))
        }
        ContactRecordKind::Communications => {
            return Err(Error::rule(
                "A communications log cannot be exported as a PDF yet: only Records of \
                 Observed and Supported Contact can.",
            ))
        }
    }
    let row = record_of_session(conn, session_id)?;
    match row {
        Some(row) if row.status == RecordStatus::Final => {
            let json = row.signed_json.as_deref().unwrap_or_default();
            let mut snap: ObservedSnapshot =
                serde_json::from_str(json).map_err(|_| unreadable())?;
            snap.session.signature = signature(&row)?;
            snap.session.addenda = addenda(conn, row.id)?;
            snap.session.fingerprint = row.fingerprint.clone();
            Ok(snap)
        }
        row => {
            let content = row.map(|r| r.content).unwrap_or_default();
            let case = load_case(conn, referral.case_id)?;
            observed_live(conn, &case, &referral, &session, &content)
        }
    }
}

impl Store {
    /// One session's Record of Observed Contact, ready for `report::observed_session_pdf`.
    pub fn observed_session_report(
        &self,
        session_id: i64,
    ) -> Result<(RecordHeader, ObservedSession)> {
        let snap = observed_session(self.conn(), session_id)?;
        Ok((snap.header, snap.session))
    }

    /// The final Record of Observed Contact: every session of the referral that took place or
    /// that was not attended (a missed session is part of the story the court reads); cancelled
    /// and still-scheduled sessions are left out. Incidents are all the referral's incidents.
    /// The header is built live from the case and referral (the date contact ceased included).
    pub fn observed_final_report(&self, referral_id: i64) -> Result<FinalReportData> {
        let conn = self.conn();
        let referral = load_referral(conn, referral_id)?;
        let case = load_case(conn, referral.case_id)?;
        let mut sessions = Vec::new();
        let mut supervisor = String::new();
        for s in sessions_of(conn, referral_id)? {
            if matches!(
                s.status,
                SessionStatus::TookPlace | SessionStatus::DidNotAttend
            ) {
                if !s.supervisor.is_empty() {
                    supervisor = s.supervisor.clone();
                }
                sessions.push(observed_session(conn, s.id)?.session);
            }
        }
        let incidents = incidents_where(conn, "referral_id", referral_id)?;
        Ok(FinalReportData {
            header: super::report_data::header(&case, &referral, &supervisor),
            sessions,
            incidents: summaries(conn, &incidents)?,
            planned_sessions: referral.planned_sessions,
            hours_used_minutes: minutes_used(conn, referral_id)?,
        })
    }

    /// The Record of Supported Contact: the signed snapshot once final, else built live.
    pub fn supported_report(&self, referral_id: i64) -> Result<SupportedReportData> {
        let conn = self.conn();
        let referral = load_referral(conn, referral_id)?;
        if ContactRecordKind::for_service(referral.service)? != ContactRecordKind::Supported {
            return Err(super::records::not_supported());
        }
        match supported_record_of(conn, referral_id)? {
            Some(row) if row.status == RecordStatus::Final => {
                let json = row.signed_json.as_deref().unwrap_or_default();
                let snap: SupportedSnapshot =
                    serde_json::from_str(json).map_err(|_| unreadable())?;
                Ok(SupportedReportData {
                    header: snap.header,
                    sessions: snap.sessions,
                    incidents: snap.incidents,
                    signature: signature(&row)?,
                    fingerprint: row.fingerprint.clone(),
                })
            }
            _ => {
                let case = load_case(conn, referral.case_id)?;
                let snap = supported_live(conn, &case, &referral)?;
                Ok(SupportedReportData {
                    header: snap.header,
                    sessions: snap.sessions,
                    incidents: snap.incidents,
                    signature: None,
                    fingerprint: None,
                })
            }
        }
    }
}
