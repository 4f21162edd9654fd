//! The log of sending: each record, final record, Record of Supported Contact, incident
//! follow-up and report is sent to someone, on a date, by some means. The log is append-only
//! evidence. What was sent is named by its kind and id, so any later document can join it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::case::short;
use super::fields::{long_text, required_date};
use crate::error::{Problems, Result};
use crate::text::clean;

/// What was sent, and which id names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum SentItemKind {
    /// A session's Record of Observed Contact: the id is the session's.
    SessionRecord,
    /// A referral's final Record of Observed Contact: the id is the referral's.
    FinalRecord,
    /// A referral's Record of Supported Contact: the id is the referral's.
    SupportedRecord,
    /// An incident's written follow-up: the id is the incident's.
    IncidentFollowUp,
    /// A report to court (CCI, Level 2, welfare checklist) or a Level 1 log: the id is the
    /// referral's, which has at most one.
    Report,
}

impl SentItemKind {
    pub const ALL: [SentItemKind; 5] = [
        SentItemKind::SessionRecord,
        SentItemKind::FinalRecord,
        SentItemKind::SupportedRecord,
        SentItemKind::IncidentFollowUp,
        SentItemKind::Report,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SentItemKind::SessionRecord => "Record of Observed Contact",
            SentItemKind::FinalRecord => "final Record of Observed Contact",
            SentItemKind::SupportedRecord => "Record of Supported Contact",
            SentItemKind::IncidentFollowUp => "written follow-up of an incident",
            SentItemKind::Report => "report",
        }
    }
}

/// To whom it was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Recipient {
    /// The referring FCA/FCSW.
    Referrer,
    Court,
    /// One of the parties (named in `recipient_name`).
    Party,
}

/// How it was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum SendMethod {
    SecureEmail,
    Post,
    CourtPortal,
}

/// The "record that it was sent" form as typed: the date as UK text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct SendingInput {
    pub item_kind: SentItemKind,
    pub item_id: i64,
    pub sent_on: String,
    pub recipient: Recipient,
    /// The person or office it went to: required for a party.
    pub recipient_name: String,
    pub method: SendMethod,
    pub notes: String,
}

/// A checked form.
#[derive(Debug, Clone, PartialEq)]
pub struct SendingFields {
    pub item_kind: SentItemKind,
    pub item_id: i64,
    pub sent_on: NaiveDate,
    pub recipient: Recipient,
    pub recipient_name: String,
    pub method: SendMethod,
    pub notes: String,
}

impl SendingInput {
    /// Checks the form: a date that is not in the future, and a name for a party.
    pub fn checked(&self, today: NaiveDate) -> Result<SendingFields> {
        let mut p = Problems::default();
        let sent_on = required_date(
            &mut p,
            "sent_on",
            &self.sent_on,
            "the date it was sent",
            Some(today),
        );
        let recipient_name = clean(&self.recipient_name);
        short(&mut p, "recipient_name", &recipient_name, "The name");
        if self.recipient == Recipient::Party
            && recipient_name.is_empty()
            && !p.has("recipient_name")
        {
            p.add(
                "recipient_name",
                "Enter the name of the party it was sent to",
            );
        }
        let notes = long_text(&mut p, "notes", &self.notes, "The notes");
        p.into_result()?;
        Ok(SendingFields {
            item_kind: self.item_kind,
            item_id: self.item_id,
            // A missing date was reported above; into_result returned.
            sent_on: sent_on.unwrap_or(today),
            recipient: self.recipient,
            recipient_name,
            method: self.method,
            notes,
        })
    }
}

/// One entry of the log, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Sending {
    pub id: i64,
    pub case_id: i64,
    pub item_kind: SentItemKind,
    pub item_id: i64,
    pub sent_on: NaiveDate,
    pub recipient: Recipient,
    pub recipient_name: String,
    pub method: SendMethod,
    pub notes: String,
    pub recorded_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> SendingInput {
        SendingInput {
            item_kind: SentItemKind::FinalRecord,
            item_id: 1,
            sent_on: "10/12/2026".into(),
            recipient: Recipient::Referrer,
            recipient_name: String::new(),
            method: SendMethod::SecureEmail,
            notes: String::new(),
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 11).unwrap()
    }

    #[test]
    fn a_sending_in_the_future_or_to_an_unnamed_party_is_refused() {
        let mut i = input();
        i.sent_on = "12/12/2026".into();
        i.recipient = Recipient::Party;
        let e = i.checked(today()).unwrap_err();
        let fields: Vec<_> = e.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["sent_on", "recipient_name"]);
        assert!(e.fields[0].message.contains("today or in the past"));
    }

    #[test]
    fn a_sending_to_the_referrer_needs_no_name() {
        let f = input().checked(today()).unwrap();
        assert_eq!(f.sent_on, NaiveDate::from_ymd_opt(2026, 12, 10).unwrap());
    }
}
