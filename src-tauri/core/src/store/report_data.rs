//! Small readers shared by the record form and the documents: a case by id, ages, a session's
//! scheduled times, the incidents of a session or referral, and the minutes a referral used.

use chrono::{NaiveDate, NaiveTime};
use rusqlite::Connection;

use super::cases::{case_from_row, CASE_COLUMNS};
use super::incidents;
use crate::error::{Error, Result};
use crate::model::times::{minutes_of_day, parse_time};
use crate::model::{Case, Incident, Session};

pub(crate) fn load_case(conn: &Connection, id: i64) -> Result<Case> {
    conn.query_row(
        &format!("SELECT {CASE_COLUMNS} FROM cases WHERE id = ?1"),
        [id],
        case_from_row,
    )
    .map_err(|_| Error::not_found("case"))
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

/// Incidents linked to a session (`session_id`) or to a referral (`referral_id`), oldest first.
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

/// The sessions whose minutes count towards the referral's hours (took place, did not attend).
pub(crate) fn minutes_used(conn: &Connection, referral_id: i64) -> Result<u32> {
    let referral = super::referral_read::load_referral(conn, referral_id)?;
    let sessions = super::referral_read::sessions_of(conn, referral_id)?;
    Ok(crate::rules::hours::hours_summary(
        referral.service,
        sessions.iter().map(|s| (s.status, s.duration_minutes)),
    )
    .used_minutes)
}
