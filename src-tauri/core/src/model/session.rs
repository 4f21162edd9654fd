//! A session of a referral (when, how long, where, who supervised, whether it took place) and
//! the attendance recorded at it: the forms as typed, how they are checked, the stored rows.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::attendee::PersonRef;
use super::case::short;
use super::fields::{long_text, optional_time, required_date, required_time};
use super::times::minutes_of_day;
use crate::error::{Problems, Result};
use crate::text::clean;

/// A session lasts at least this long and at most 12 hours.
pub const MIN_SESSION_MINUTES: u32 = 15;
pub const MAX_SESSION_MINUTES: u32 = 720;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    Scheduled,
    TookPlace,
    Cancelled,
    DidNotAttend,
}

impl SessionStatus {
    /// Whether the session counts towards a referral's hours: every session but a cancelled one
    /// (a session nobody came to still used its slot).
    pub fn counts(self) -> bool {
        self != SessionStatus::Cancelled
    }
}

/// Who cancelled a session, as the Record of Supported Contact reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum CancelledBy {
    ResidentParty,
    VisitingParty,
    Provider,
    Referrer,
    Other,
}

/// The session form as typed: the date in UK form, the start time as "14:30".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct SessionInput {
    pub date: String,
    pub start_time: String,
    pub duration_minutes: u32,
    /// The venue, or the platform for remote contact.
    pub venue: String,
    pub supervisor: String,
    pub status: SessionStatus,
    /// Required when the session is cancelled; ignored otherwise.
    pub cancelled_by: Option<CancelledBy>,
    pub cancel_reason: String,
}

/// A checked session form, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionFields {
    pub date: NaiveDate,
    pub start_time: NaiveTime,
    pub duration_minutes: u32,
    pub venue: String,
    pub supervisor: String,
    pub status: SessionStatus,
    pub cancelled_by: Option<CancelledBy>,
    pub cancel_reason: String,
}

impl SessionInput {
    pub fn checked(&self, today: NaiveDate) -> Result<SessionFields> {
        let mut p = Problems::default();
        let date = required_date(&mut p, "date", &self.date, "the session date", None);
        let start_time = required_time(&mut p, "start_time", &self.start_time, "the start time");
        if !(MIN_SESSION_MINUTES..=MAX_SESSION_MINUTES).contains(&self.duration_minutes) {
            p.add(
                "duration_minutes",
                "Enter a length from 15 minutes to 12 hours",
            );
        }
        // The length is range-checked first (a bundle can hold any u32), and the sum is checked
        // too, so no length however large can overflow.
        if let Some(t) = start_time.filter(|_| !p.has("duration_minutes")) {
            let end = minutes_of_day(t).checked_add(self.duration_minutes);
            if end.is_none_or(|end| end > 24 * 60) {
                p.add(
                    "duration_minutes",
                    "The session must end by midnight: shorten it or start earlier",
                );
            }
        }
        let venue = clean(&self.venue);
        short(&mut p, "venue", &venue, "The venue");
        let supervisor = clean(&self.supervisor);
        short(&mut p, "supervisor", &supervisor, "The supervisor's name");
        let happened = matches!(
            self.status,
            SessionStatus::TookPlace | SessionStatus::DidNotAttend
        );
        if happened && date.is_some_and(|d| d > today) {
            p.add(
                "status",
                "A session in the future cannot have taken place yet: keep it as scheduled",
            );
        }
        let cancelled = self.status == SessionStatus::Cancelled;
        if cancelled && self.cancelled_by.is_none() {
            p.add("cancelled_by", "Choose who cancelled the session");
        }
        let cancel_reason = if cancelled {
            long_text(&mut p, "cancel_reason", &self.cancel_reason, "The reason")
        } else {
            String::new()
        };
        if cancelled && cancel_reason.is_empty() {
            p.add("cancel_reason", "Enter why the session was cancelled");
        }
        p.into_result()?;
        Ok(SessionFields {
            date: date.unwrap_or_default(),
            start_time: start_time.unwrap_or_default(),
            duration_minutes: self.duration_minutes,
            venue,
            supervisor,
            status: self.status,
            cancelled_by: self.cancelled_by.filter(|_| cancelled),
            cancel_reason,
        })
    }
}

/// A stored session. `number` is given when the session is added and never changes, so a record
/// that says "session 3" keeps meaning the same session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Session {
    pub id: i64,
    pub referral_id: i64,
    pub number: u32,
    pub date: NaiveDate,
    /// "14:30"
    pub start_time: String,
    pub duration_minutes: u32,
    pub venue: String,
    pub supervisor: String,
    pub status: SessionStatus,
    pub cancelled_by: Option<CancelledBy>,
    pub cancel_reason: String,
}

/// The attendance form as typed: times as "14:30", each may be left empty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct AttendanceInput {
    pub person: PersonRef,
    pub arrived: String,
    pub departed: String,
    /// Who brought the child (for children).
    pub brought_by: String,
    /// The reason given for arriving late, if they did.
    pub late_reason: String,
}

/// A checked attendance form.
#[derive(Debug, Clone, PartialEq)]
pub struct AttendanceFields {
    pub person: PersonRef,
    pub arrived: Option<NaiveTime>,
    pub departed: Option<NaiveTime>,
    pub brought_by: String,
    pub late_reason: String,
}

impl AttendanceInput {
    pub fn checked(&self) -> Result<AttendanceFields> {
        let mut p = Problems::default();
        let arrived = optional_time(&mut p, "arrived", &self.arrived, "the arrival time");
        let departed = optional_time(&mut p, "departed", &self.departed, "the departure time");
        if !crate::rules::attendance::departs_after_arriving(arrived, departed) {
            p.add(
                "departed",
                "The departure time must be after the arrival time",
            );
        }
        let brought_by = clean(&self.brought_by);
        short(&mut p, "brought_by", &brought_by, "Who brought the child");
        let late_reason = long_text(&mut p, "late_reason", &self.late_reason, "The reason");
        p.into_result()?;
        Ok(AttendanceFields {
            person: self.person,
            arrived,
            departed,
            brought_by,
            late_reason,
        })
    }
}

/// A stored attendance row: one person at one session (for SPIP, also the booking).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Attendance {
    pub id: i64,
    pub session_id: i64,
    pub person: PersonRef,
    pub full_name: String,
    pub arrived: Option<String>,
    pub departed: Option<String>,
    pub brought_by: String,
    pub late_reason: String,
}

/// A session with the people recorded at it, as the referral page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct SessionDetail {
    pub session: Session,
    pub attendance: Vec<Attendance>,
    /// Where the session's own record stands (Record of Observed Contact or contact log); "none"
    /// also for services whose record covers the whole referral.
    pub record: super::record::RecordStatus,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn input() -> SessionInput {
        SessionInput {
            date: "21/11/2026".into(),
            start_time: "10:00".into(),
            duration_minutes: 60,
            venue: "Cardiff Contact Centre".into(),
            supervisor: "Rhys Morgan".into(),
            status: SessionStatus::TookPlace,
            cancelled_by: Some(CancelledBy::Provider),
            cancel_reason: "ignored".into(),
        }
    }

    #[test]
    fn a_good_session_is_cleaned() {
        let s = input().checked(today()).unwrap();
        assert_eq!(
            s.cancelled_by, None,
            "only a cancelled session has a canceller"
        );
        assert_eq!(s.cancel_reason, "");
    }

    #[test]
    fn a_cancelled_session_says_who_and_why() {
        let mut i = input();
        i.status = SessionStatus::Cancelled;
        i.cancelled_by = None;
        i.cancel_reason = " ".into();
        let e = i.checked(today()).unwrap_err();
        let fields: Vec<_> = e.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["cancelled_by", "cancel_reason"]);
    }

    #[test]
    fn a_future_session_cannot_have_taken_place() {
        let mut i = input();
        i.date = "24/11/2026".into();
        assert_eq!(i.checked(today()).unwrap_err().fields[0].field, "status");
        i.status = SessionStatus::Scheduled;
        assert!(i.checked(today()).is_ok());
    }

    #[test]
    fn length_and_midnight() {
        let mut i = input();
        i.duration_minutes = 0;
        assert_eq!(
            i.checked(today()).unwrap_err().fields[0].field,
            "duration_minutes"
        );
        i.duration_minutes = 120;
        i.start_time = "23:00".into();
        assert!(i.checked(today()).unwrap_err().fields[0]
            .message
            .contains("midnight"));
    }

    #[test]
    fn a_huge_length_is_refused_without_overflowing() {
        let mut i = input();
        i.start_time = "23:59".into();
        for minutes in [u32::MAX, u32::MAX - 1_000, 721, 1_500] {
            i.duration_minutes = minutes;
            let e = i.checked(today()).unwrap_err();
            assert_eq!(e.fields[0].field, "duration_minutes");
            assert!(e.fields[0].message.contains("15 minutes to 12 hours"));
        }
    }

    #[test]
    fn departure_must_follow_arrival() {
        let a = AttendanceInput {
            person: PersonRef::Child(1),
            arrived: "10:05".into(),
            departed: "10:05".into(),
            brought_by: "Mother".into(),
            late_reason: "Bus was late".into(),
        };
        let e = a.checked().unwrap_err();
        assert_eq!(e.fields[0].field, "departed");
        let ok = AttendanceInput {
            departed: "11:00".into(),
            ..a
        };
        assert_eq!(
            ok.checked().unwrap().departed,
            NaiveTime::from_hms_opt(11, 0, 0)
        );
    }
}
