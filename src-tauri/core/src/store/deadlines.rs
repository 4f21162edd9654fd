//! Gathering the facts deadlines are derived from, in three queries whatever the number of cases
//! (referrals, supervised sessions that took place, incidents), and the "What's due" dashboard.
//!
//! A record deadline is done once the record is finalised (signed): `RECORD_DONE_SQL` and
//! `FINAL_RECORD_DONE_SQL` read that from the `records` table in the same queries.

use chrono::NaiveDate;
use rusqlite::{Connection, Row};

use super::settings::working_calendar;
use super::sql::{parse_date, parse_enum, parse_opt_date};
use super::Store;
use crate::error::Result;
use crate::rules::deadline_rules::{
    incident_deadlines, referral_deadlines, session_deadline, IncidentFacts, ReferralFacts,
    RememberedDays, SessionFacts,
};
use crate::rules::deadlines::{dashboard, sort, CaseRef};
use crate::rules::review::INITIAL_SESSIONS;
use crate::rules::{Dashboard, Deadline, WorkingCalendar};

/// Whether session `s`'s Record of Observed Contact is final.
const RECORD_DONE_SQL: &str = "EXISTS (SELECT 1 FROM records rc \
    WHERE rc.session_id = s.id AND rc.status = 'final')";
/// Whether referral `r`'s final record is done: for supported contact its Record of Supported
/// Contact is final; otherwise at least one session took place and every session that took
/// place has a final record (the final Record of Observed Contact is made of them).
const FINAL_RECORD_DONE_SQL: &str = "CASE WHEN r.service = 'supported_contact' THEN \
    EXISTS (SELECT 1 FROM records rc WHERE rc.referral_id = r.id AND rc.kind = 'supported' \
        AND rc.status = 'final') \
    ELSE EXISTS (SELECT 1 FROM sessions s2 WHERE s2.referral_id = r.id \
            AND s2.status = 'took_place') \
        AND NOT EXISTS (SELECT 1 FROM sessions s2 WHERE s2.referral_id = r.id \
            AND s2.status = 'took_place' AND NOT EXISTS (SELECT 1 FROM records rc \
                WHERE rc.session_id = s2.id AND rc.status = 'final')) END";

/// Which deadlines to gather. `?1` is the id for the narrower scopes and NULL for `OpenCases`.
#[derive(Clone, Copy)]
enum Scope {
    /// Every case that is open: the dashboard.
    OpenCases,
    Case(i64),
    Referral(i64),
}

impl Scope {
    fn param(self) -> Option<i64> {
        match self {
            Scope::OpenCases => None,
            Scope::Case(id) | Scope::Referral(id) => Some(id),
        }
    }

    fn referrals(self) -> &'static str {
        match self {
            Scope::OpenCases => "c.status = 'open' AND ?1 IS NULL",
            Scope::Case(_) => "r.case_id = ?1",
            Scope::Referral(_) => "r.id = ?1",
        }
    }

    fn incidents(self) -> &'static str {
        match self {
            // Written exactly as the partial index `incidents_open`, so the index serves it.
            Scope::OpenCases => {
                "c.status = 'open' AND ?1 IS NULL AND (reported_to_referrer_on IS NULL
                 OR written_followup_sent_on IS NULL
                 OR (kind IN ('safeguarding_concern', 'child_protection_concern')
                     AND police_told_on IS NULL AND social_services_told_on IS NULL))"
            }
            Scope::Case(_) => "i.case_id = ?1",
            Scope::Referral(_) => "i.referral_id = ?1",
        }
    }
}

fn case_ref(r: &Row<'_>, id: usize) -> rusqlite::Result<CaseRef> {
    Ok(CaseRef {
        case_id: r.get(id)?,
        case_number: r.get(id + 1)?,
        case_name: r.get(id + 2)?,
    })
}

fn referral_facts(conn: &Connection, scope: Scope) -> Result<Vec<ReferralFacts>> {
    let took_place = "SELECT s.date FROM sessions s WHERE s.referral_id = r.id \
        AND s.status = 'took_place' ORDER BY s.date, s.start_time LIMIT 1";
    let sql = format!(
        "SELECT r.id, r.case_id, c.court_case_number, c.case_name, r.service, r.provider_name,
                r.sent_on, r.received_on, r.accepted_on, r.declined_on, r.started_on,
                r.ceased_on, r.reviewed_on, ({took_place}), ({took_place} OFFSET {}),
                {FINAL_RECORD_DONE_SQL}
         FROM referrals r JOIN cases c ON c.id = r.case_id
         WHERE {}",
        INITIAL_SESSIONS - 1,
        scope.referrals()
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map([scope.param()], |r| {
        Ok(ReferralFacts {
            referral_id: r.get(0)?,
            case: case_ref(r, 1)?,
            service: parse_enum(r, 4)?,
            provider_name: r.get(5)?,
            sent_on: parse_opt_date(r, 6)?,
            received_on: parse_opt_date(r, 7)?,
            accepted_on: parse_opt_date(r, 8)?,
            declined_on: parse_opt_date(r, 9)?,
            started_on: parse_opt_date(r, 10)?,
            ceased_on: parse_opt_date(r, 11)?,
            reviewed_on: parse_opt_date(r, 12)?,
            first_session_on: parse_opt_date(r, 13)?,
            review_session_on: parse_opt_date(r, 14)?,
            final_record_done: r.get(15)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn session_facts(conn: &Connection, scope: Scope) -> Result<Vec<SessionFacts>> {
    let sql = format!(
        "SELECT s.id, s.referral_id, s.number, s.date, r.case_id, c.court_case_number,
                c.case_name, {RECORD_DONE_SQL}
         FROM referrals r
         JOIN sessions s ON s.referral_id = r.id AND s.status = 'took_place'
         JOIN cases c ON c.id = r.case_id
         WHERE r.service IN ('supervised_contact', 'remote_supervised_contact') AND {}",
        scope.referrals()
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map([scope.param()], |r| {
        Ok(SessionFacts {
            session_id: r.get(0)?,
            referral_id: r.get(1)?,
            number: r.get(2)?,
            date: parse_date(r, 3)?,
            case: case_ref(r, 4)?,
            record_done: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn incident_facts(conn: &Connection, scope: Scope) -> Result<Vec<IncidentFacts>> {
    let sql = format!(
        "SELECT i.id, i.case_id, c.court_case_number, c.case_name, i.referral_id, i.session_id,
                i.kind, i.occurred_on, i.police_told_on, i.social_services_told_on,
                i.reported_to_referrer_on, i.written_followup_sent_on
         FROM incidents i JOIN cases c ON c.id = i.case_id
         WHERE {}",
        scope.incidents()
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map([scope.param()], |r| {
        Ok(IncidentFacts {
            incident_id: r.get(0)?,
            case: case_ref(r, 1)?,
            referral_id: r.get(4)?,
            session_id: r.get(5)?,
            kind: parse_enum(r, 6)?,
            occurred_on: parse_date(r, 7)?,
            police_told_on: parse_opt_date(r, 8)?,
            social_services_told_on: parse_opt_date(r, 9)?,
            reported_on: parse_opt_date(r, 10)?,
            followup_on: parse_opt_date(r, 11)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn gather(
    conn: &Connection,
    cal: &WorkingCalendar,
    scope: Scope,
    today: NaiveDate,
) -> Result<Vec<Deadline>> {
    let cal = RememberedDays::new(cal);
    let cal = &cal;
    let mut out = Vec::new();
    for f in referral_facts(conn, scope)? {
        out.extend(referral_deadlines(&f, cal, today));
    }
    for f in session_facts(conn, scope)? {
        out.push(session_deadline(&f, cal, today));
    }
    for f in incident_facts(conn, scope)? {
        out.extend(incident_deadlines(&f, cal, today));
    }
    sort(&mut out);
    Ok(out)
}

impl Store {
    /// Every deadline still to do across the open cases, earliest first.
    pub fn deadlines(&self, today: NaiveDate) -> Result<Vec<Deadline>> {
        let cal = working_calendar(self.conn())?;
        let mut all = gather(self.conn(), &cal, Scope::OpenCases, today)?;
        all.retain(|d| !d.done);
        Ok(all)
    }

    /// The "What's due" dashboard: overdue, due today, and due in the next 7 days.
    pub fn dashboard(&self, today: NaiveDate) -> Result<Dashboard> {
        Ok(dashboard(self.deadlines(today)?, today))
    }

    /// One case's deadlines for its page, done ones included.
    pub fn case_deadlines(&self, case_id: i64, today: NaiveDate) -> Result<Vec<Deadline>> {
        self.case_row(case_id)?;
        let cal = working_calendar(self.conn())?;
        gather(self.conn(), &cal, Scope::Case(case_id), today)
    }

    /// One referral's deadlines (its sessions and incidents included), done ones included.
    pub fn referral_deadlines(&self, referral_id: i64, today: NaiveDate) -> Result<Vec<Deadline>> {
        let cal = working_calendar(self.conn())?;
        gather(self.conn(), &cal, Scope::Referral(referral_id), today)
    }
}
