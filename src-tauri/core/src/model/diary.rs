//! The diary: every case's sessions between two dates, and the clashes among them (a supervisor,
//! a venue or a child booked into two sessions that overlap in time).

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

use super::service::Service;
use super::session::SessionStatus;

/// A child expected at a session: those whose attendance was recorded, or else those the
/// referral permits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct DiaryChild {
    pub id: i64,
    pub name: String,
}

/// One session as the diary shows it, with its case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct DiarySession {
    pub session_id: i64,
    pub referral_id: i64,
    pub case_id: i64,
    pub case_number: String,
    pub case_name: String,
    pub service: Service,
    /// The session's number within its referral.
    pub number: u32,
    pub date: NaiveDate,
    /// "14:30"
    pub start_time: String,
    /// "16:00"; on the next day when the session runs past midnight.
    pub end_time: String,
    pub duration_minutes: u32,
    pub venue: String,
    pub supervisor: String,
    pub status: SessionStatus,
    pub children: Vec<DiaryChild>,
    /// The other sessions this one clashes with.
    pub clashes_with: Vec<i64>,
}

impl DiarySession {
    /// When the session starts and ends; `None` if the stored start time cannot be read.
    pub fn span(&self) -> Option<(NaiveDateTime, NaiveDateTime)> {
        let start = self
            .date
            .and_time(NaiveTime::parse_from_str(&self.start_time, "%H:%M").ok()?);
        Some((
            start,
            start + Duration::minutes(i64::from(self.duration_minutes)),
        ))
    }
}

/// What two clashing sessions share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ClashKind {
    Supervisor,
    Venue,
    Child,
}

/// One side of a clash: the session, named as people know it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct ClashSession {
    pub session_id: i64,
    pub case_number: String,
    pub number: u32,
    pub date: NaiveDate,
    pub start_time: String,
    pub end_time: String,
}

impl From<&DiarySession> for ClashSession {
    fn from(s: &DiarySession) -> Self {
        ClashSession {
            session_id: s.session_id,
            case_number: s.case_number.clone(),
            number: s.number,
            date: s.date,
            start_time: s.start_time.clone(),
            end_time: s.end_time.clone(),
        }
    }
}

/// Two sessions that overlap in time and share a supervisor, a venue or a child.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct Clash {
    pub kind: ClashKind,
    /// The supervisor, the venue or the child, as written on the first session.
    pub shared: String,
    pub sessions: [ClashSession; 2],
}

/// The sessions between two dates (both included), in time order, and their clashes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct Diary {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub sessions: Vec<DiarySession>,
    pub clashes: Vec<Clash>,
}
