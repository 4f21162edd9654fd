//! The diary: every case's sessions between two dates with the children expected at each, and
//! the clashes among them (the rule is `rules::clashes`).

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};
use rusqlite::params;

use super::sql::{iso, parse_date, parse_enum};
use super::Store;
use crate::error::{Error, Result};
use crate::model::diary::{Diary, DiaryChild, DiarySession};
use crate::model::times::hhmm;
use crate::rules::clashes::{find_clashes, mark_clashes};

/// The diary's queries, from the day before `from` (`?1`) to `to` (`?2`): its sessions, the
/// children recorded at each, and the children each referral permits. The benchmark's bare side
/// runs the same (`benches/scale.rs`).
pub const DIARY_SQL: [&str; 3] = [
    "SELECT s.id, s.referral_id, r.case_id, c.court_case_number, c.case_name, r.service,
                    s.number, s.date, s.start_time, s.duration_minutes, s.venue, s.supervisor,
                    s.status
             FROM sessions s
             JOIN referrals r ON r.id = s.referral_id
             JOIN cases c ON c.id = r.case_id
             WHERE s.date BETWEEN ?1 AND ?2
             ORDER BY s.date, s.start_time, c.court_case_number, s.number",
    "SELECT at.session_id, ch.id, ch.full_name FROM attendance at
             JOIN children ch ON ch.id = at.child_id
             JOIN sessions s ON s.id = at.session_id
             WHERE s.date BETWEEN ?1 AND ?2 ORDER BY ch.date_of_birth, ch.id",
    "SELECT ra.referral_id, ch.id, ch.full_name FROM referral_attendees ra
             JOIN children ch ON ch.id = ra.child_id
             WHERE ra.referral_id IN (SELECT referral_id FROM sessions WHERE date BETWEEN ?1 AND ?2)
             ORDER BY ch.date_of_birth, ch.id",
];

/// The longest diary asked for at once: a year, which is more than any screen shows.
pub const MAX_DIARY_DAYS: i64 = 366;

impl Store {
    /// The sessions from `from` to `to` (both included), in time order, with their clashes. A
    /// session that started the evening before `from` and runs into it is compared too, so a
    /// clash just after midnight is not missed, but it is listed only if it is in the range.
    pub fn diary(&self, from: NaiveDate, to: NaiveDate) -> Result<Diary> {
        if to < from {
            return Err(Error::rule_said(crate::message::Message::new(
                crate::message_rules_said::DIARY_BACKWARDS,
            )));
        }
        if (to - from).num_days() >= MAX_DIARY_DAYS {
            return Err(Error::rule_said(
                crate::message::Message::new(crate::message_rules_said::DIARY_TOO_LONG)
                    .text("days", MAX_DIARY_DAYS.to_string()),
            ));
        }
        let conn = self.conn();
        let mut st = conn.prepare_cached(DIARY_SQL[0])?;
        let earliest = from - Duration::days(1);
        let rows = st.query_map(params![iso(earliest), iso(to)], |r| {
            Ok(DiarySession {
                session_id: r.get(0)?,
                referral_id: r.get(1)?,
                case_id: r.get(2)?,
                case_number: r.get(3)?,
                case_name: r.get(4)?,
                service: parse_enum(r, 5)?,
                number: r.get(6)?,
                date: parse_date(r, 7)?,
                start_time: r.get(8)?,
                end_time: String::new(),
                duration_minutes: r.get(9)?,
                venue: r.get(10)?,
                supervisor: r.get(11)?,
                status: parse_enum(r, 12)?,
                children: Vec::new(),
                clashes_with: Vec::new(),
            })
        })?;
        let mut sessions: Vec<DiarySession> = rows.collect::<rusqlite::Result<_>>()?;

        let attended = children_by(conn, DIARY_SQL[1], earliest, to)?;
        let permitted = children_by(conn, DIARY_SQL[2], earliest, to)?;
        for s in &mut sessions {
            s.children = attended
                .get(&s.session_id)
                .or_else(|| permitted.get(&s.referral_id))
                .cloned()
                .unwrap_or_default();
            if let Some((_, end)) = s.span() {
                s.end_time = hhmm(end.time());
            }
        }

        let clashes = find_clashes(&sessions);
        sessions.retain(|s| s.date >= from);
        let clashes: Vec<_> = clashes
            .into_iter()
            .filter(|c| c.sessions.iter().any(|x| x.date >= from))
            .collect();
        mark_clashes(&mut sessions, &clashes);
        Ok(Diary {
            from,
            to,
            sessions,
            clashes,
        })
    }
}

/// Children keyed by the first column (a session or a referral), in the query's order.
fn children_by(
    conn: &rusqlite::Connection,
    sql: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<HashMap<i64, Vec<DiaryChild>>> {
    let mut st = conn.prepare_cached(sql)?;
    let mut out: HashMap<i64, Vec<DiaryChild>> = HashMap::new();
    let rows = st.query_map(params![iso(from), iso(to)], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            DiaryChild {
                id: r.get(1)?,
                name: r.get(2)?,
            },
        ))
    })?;
    for row in rows {
        let (key, child) = row?;
        out.entry(key).or_default().push(child);
    }
    Ok(out)
}
