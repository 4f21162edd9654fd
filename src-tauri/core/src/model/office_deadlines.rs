//! The office's own deadlines: no source document sets when a session's record or an incident's
//! written follow-up is due, so each office sets it in Settings, as a number of working days.

use serde::{Deserialize, Serialize};

use crate::error::{Problems, Result};
use crate::message::{Message, Msg};
use crate::message_rules3::{ENTER_FOLLOW_UP_DAYS, ENTER_SESSION_RECORD_DAYS};

/// The most working days either deadline may be set to.
pub const MAX_OFFICE_DAYS: u32 = 10;

/// How many working days the office gives itself, as stored in the data file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct OfficeDeadlines {
    /// Working days after a session that its record is due (1: the next working day).
    pub session_record_days: u32,
    /// Working days after an incident is reported that its written follow-up is due (0: the
    /// same day).
    pub incident_follow_up_days: u32,
}

impl Default for OfficeDeadlines {
    /// The practice before it could be set: the record the next working day, the follow-up the
    /// day the incident is reported.
    fn default() -> Self {
        OfficeDeadlines {
            session_record_days: 1,
            incident_follow_up_days: 0,
        }
    }
}

/// The Settings form as typed: each a number of working days, as text so that anything typed
/// can be answered in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct OfficeDeadlinesInput {
    pub session_record_days: String,
    pub incident_follow_up_days: String,
}

/// A whole number of working days from 0 to [`MAX_OFFICE_DAYS`], or None.
pub fn office_days(text: &str) -> Option<u32> {
    let t = text.trim();
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit()) || t.len() > 2 {
        return None;
    }
    t.parse().ok().filter(|n| *n <= MAX_OFFICE_DAYS)
}

impl OfficeDeadlinesInput {
    /// Both numbers checked; each one out of range or not a number is named on its field.
    pub fn checked(&self) -> Result<OfficeDeadlines> {
        let mut p = Problems::default();
        let mut one = |field: &str, text: &str, enter: Msg| {
            let n = office_days(text);
            if n.is_none() {
                p.say(
                    field,
                    Message::new(enter).text("max", MAX_OFFICE_DAYS.to_string()),
                );
            }
            n.unwrap_or_default()
        };
        let session_record_days = one(
            "session_record_days",
            &self.session_record_days,
            ENTER_SESSION_RECORD_DAYS,
        );
        let incident_follow_up_days = one(
            "incident_follow_up_days",
            &self.incident_follow_up_days,
            ENTER_FOLLOW_UP_DAYS,
        );
        p.into_result()?;
        Ok(OfficeDeadlines {
            session_record_days,
            incident_follow_up_days,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(session: &str, follow_up: &str) -> OfficeDeadlinesInput {
        OfficeDeadlinesInput {
            session_record_days: session.into(),
            incident_follow_up_days: follow_up.into(),
        }
    }

    #[test]
    fn zero_to_ten_working_days_are_taken() {
        assert_eq!(
            input(" 0 ", "10").checked(),
            Ok(OfficeDeadlines {
                session_record_days: 0,
                incident_follow_up_days: 10
            })
        );
        assert_eq!(
            input("3", "07").checked().unwrap().incident_follow_up_days,
            7
        );
    }

    #[test]
    fn eleven_minus_one_and_words_are_refused_on_their_fields() {
        for bad in ["11", "-1", "two", "", "1.5", "999999999999", "+1"] {
            let e = input(bad, "0").checked().unwrap_err();
            assert_eq!(e.fields.len(), 1, "{bad:?}");
            assert_eq!(e.fields[0].field, "session_record_days");
            assert_eq!(
                e.fields[0].message,
                "Enter the working days after a session that its record is due, as a whole \
                 number from 0 to 10"
            );
        }
        let e = input("11", "-1").checked().unwrap_err();
        let fields: Vec<_> = e.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["session_record_days", "incident_follow_up_days"]);
        assert_eq!(
            e.fields[1].msg.as_ref().map(|m| m.key.as_str()),
            Some("core.office.enterFollowUpDays")
        );
    }

    #[test]
    fn the_default_is_the_practice_before_it_could_be_set() {
        let d = OfficeDeadlines::default();
        assert_eq!((d.session_record_days, d.incident_follow_up_days), (1, 0));
    }
}
