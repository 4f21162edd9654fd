//! Gathering the facts deadlines are derived from, in three queries whatever the number of cases
//! (referrals, supervised sessions that took place, incidents), and the "What's due" dashboard.
//!
//! A session's record deadline is done once the record is finalised (`record_done_sql`); a
//! final record's 7-day deadline once it is recorded as sent (`final_record_sent_sql`), and
//! until then the dashboard says whether it is at least signed (`final_record_signed_sql`).
//! An incident's written follow-up is done on its recorded date or once its sending is logged.

use chrono::NaiveDate;
use rusqlite::{Connection, Row};

use super::settings::working_calendar;
use super::sql::{parse_date, parse_enum, parse_opt_date, sql_list, sql_text};
use super::Store;
use crate::error::Result;
use crate::model::{
    CaseStatus, ContactRecordKind, IncidentKind, RecordStatus, SentItemKind, Service, SessionStatus,
};
use crate::rules::deadline_rules::{
    incident_deadlines, referral_deadlines, session_deadline, IncidentFacts, ReferralFacts,
    RememberedDays, SessionFacts,
};
use crate::rules::deadlines::{dashboard, sort, CaseRef};
use crate::rules::review::INITIAL_SESSIONS;
use crate::rules::{Dashboard, Deadline, WorkingCalendar};

/// Whether session `s`'s Record of Observed Contact is final.
fn record_done_sql() -> String {
    format!(
        "EXISTS (SELECT 1 FROM records rc WHERE rc.session_id = s.id AND rc.status = {final_})",
        final_ = sql_text(&RecordStatus::Final)
    )
}

/// The services that keep one Record of Supported Contact per referral, as an SQL list:
/// `ContactRecordKind::of_service`'s answer.
fn per_referral_services() -> String {
    sql_list(&Service::ALL, |s| {
        ContactRecordKind::of_service(s) == Some(ContactRecordKind::Supported)
    })
}

/// Whether referral `r`'s final record is signed: its final Record of Supported Contact, or its
/// signed final Record of Observed Contact.
fn final_record_signed_sql() -> String {
    format!(
        "CASE WHEN r.service IN ({per_referral}) THEN \
         EXISTS (SELECT 1 FROM records rc WHERE rc.referral_id = r.id AND rc.kind = {supported} \
             AND rc.status = {final_}) \
         ELSE EXISTS (SELECT 1 FROM final_records fr WHERE fr.referral_id = r.id) END",
        per_referral = per_referral_services(),
        supported = sql_text(&ContactRecordKind::Supported),
        final_ = sql_text(&RecordStatus::Final),
    )
}

/// Whether referral `r`'s final record is recorded as sent in the log of sending.
fn final_record_sent_sql() -> String {
    format!(
        "EXISTS (SELECT 1 FROM sendings sd WHERE sd.item_id = r.id AND sd.item_kind = \
         CASE WHEN r.service IN ({}) THEN {} ELSE {} END)",
        per_referral_services(),
        sql_text(&SentItemKind::SupportedRecord),
        sql_text(&SentItemKind::FinalRecord),
    )
}

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

    fn referrals(self) -> String {
        match self {
            Scope::OpenCases => {
                format!("c.status = {} AND ?1 IS NULL", sql_text(&CaseStatus::Open))
            }
            Scope::Case(_) => "r.case_id = ?1".to_string(),
            Scope::Referral(_) => "r.id = ?1".to_string(),
        }
    }

    fn incidents(self) -> String {
        match self {
            // Written as the partial index `incidents_open`, so the index serves it.
            Scope::OpenCases => format!(
                "c.status = {} AND ?1 IS NULL AND (reported_to_referrer_on IS NULL
                 OR written_followup_sent_on IS NULL
                 OR (kind IN ({})
                     AND police_told_on IS NULL AND social_services_told_on IS NULL))",
                sql_text(&CaseStatus::Open),
                sql_list(
                    &IncidentKind::ALL,
                    IncidentKind::goes_to_police_or_social_services
                )
            ),
            Scope::Case(_) => "i.case_id = ?1".to_string(),
            Scope::Referral(_) => "i.referral_id = ?1".to_string(),
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

fn referral_sql(scope: Scope) -> String {
    let took_place = format!(
        "SELECT s.date FROM sessions s WHERE s.referral_id = r.id \
         AND s.status = {} ORDER BY s.date, s.start_time LIMIT 1",
        sql_text(&SessionStatus::TookPlace)
    );
    format!(
        "SELECT r.id, r.case_id, c.court_case_number, c.case_name, r.service, r.provider_name,
                r.sent_on, r.received_on, r.accepted_on, r.declined_on, r.started_on,
                r.ceased_on, r.reviewed_on, ({took_place}), ({took_place} OFFSET {}),
                {}, {}
         FROM referrals r JOIN cases c ON c.id = r.case_id
         WHERE {}",
        INITIAL_SESSIONS - 1,
        final_record_signed_sql(),
        final_record_sent_sql(),
        scope.referrals()
    )
}

fn referral_facts(conn: &Connection, scope: Scope) -> Result<Vec<ReferralFacts>> {
    let mut st = conn.prepare_cached(&referral_sql(scope))?;
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
            final_record_signed: r.get(15)?,
            final_record_sent: r.get(16)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn session_sql(scope: Scope) -> String {
    // The dashboard keeps only what is still to do, so over every open case the sessions whose
    // record is final (most of a file of years) are left in SQLite instead of built and dropped.
    let still_to_do = match scope {
        Scope::OpenCases => format!(" AND NOT {}", record_done_sql()),
        Scope::Case(_) | Scope::Referral(_) => String::new(),
    };
    format!(
        "SELECT s.id, s.referral_id, s.number, s.date, r.case_id, c.court_case_number,
                c.case_name, {}
         FROM referrals r
         JOIN sessions s ON s.referral_id = r.id AND s.status = {}
         JOIN cases c ON c.id = r.case_id
         WHERE r.service IN ({}) AND {}{still_to_do}",
        record_done_sql(),
        sql_text(&SessionStatus::TookPlace),
        sql_list(&Service::ALL, Service::is_supervised),
        scope.referrals()
    )
}

fn session_facts(conn: &Connection, scope: Scope) -> Result<Vec<SessionFacts>> {
    let mut st = conn.prepare_cached(&session_sql(scope))?;
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

fn incident_sql(scope: Scope) -> String {
    format!(
        "SELECT i.id, i.case_id, c.court_case_number, c.case_name, i.referral_id, i.session_id,
                i.kind, i.occurred_on, i.police_told_on, i.social_services_told_on,
                i.reported_to_referrer_on, coalesce(i.written_followup_sent_on,
                    (SELECT min(sd.sent_on) FROM sendings sd
                     WHERE sd.item_kind = {} AND sd.item_id = i.id))
         FROM incidents i JOIN cases c ON c.id = i.case_id
         WHERE {}",
        sql_text(&SentItemKind::IncidentFollowUp),
        scope.incidents()
    )
}

fn incident_facts(conn: &Connection, scope: Scope) -> Result<Vec<IncidentFacts>> {
    let mut st = conn.prepare_cached(&incident_sql(scope))?;
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

/// The three queries the dashboard runs over every open case (`?1` is NULL): what the
/// benchmark's bare side runs to compare (`benches/scale.rs`).
pub fn dashboard_sql() -> [String; 3] {
    let scope = Scope::OpenCases;
    [referral_sql(scope), session_sql(scope), incident_sql(scope)]
}

fn gather(
    conn: &Connection,
    cal: &WorkingCalendar,
    scope: Scope,
    today: NaiveDate,
) -> Result<Vec<Deadline>> {
    let cal = RememberedDays::new(cal);
    let cal = &cal;
    let office = super::settings::office_deadlines(conn)?;
    let mut out = Vec::new();
    for f in referral_facts(conn, scope)? {
        out.extend(referral_deadlines(&f, cal, today));
    }
    for f in session_facts(conn, scope)? {
        out.push(session_deadline(&f, office.session_record_days, cal, today));
    }
    for f in incident_facts(conn, scope)? {
        out.extend(incident_deadlines(
            &f,
            office.incident_follow_up_days,
            cal,
            today,
        ));
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
