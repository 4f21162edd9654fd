//! The dates of a referral after it is sent (received, accepted or declined, started, ceased,
//! reviewed): the form as typed and the order they must follow.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::fields::{not_before, optional_date};
use super::referral::ReferralDates;
use crate::error::{Problems, Result};

/// The progress form as typed; every date is UK text and may be left empty.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct ReferralDatesInput {
    pub received_on: String,
    pub accepted_on: String,
    pub declined_on: String,
    pub started_on: String,
    pub ceased_on: String,
    pub reviewed_on: String,
}

impl ReferralDatesInput {
    /// Checks each date has happened and that they follow one another: sent, received, accepted
    /// (or declined), started, ceased. `sent_on` is the referral's stored sending date.
    pub fn checked(&self, sent_on: Option<NaiveDate>, today: NaiveDate) -> Result<ReferralDates> {
        let mut p = Problems::default();
        let t = Some(today);
        let received_on = optional_date(
            &mut p,
            "received_on",
            &self.received_on,
            "the date the provider received the referral",
            t,
        );
        let accepted_on = optional_date(
            &mut p,
            "accepted_on",
            &self.accepted_on,
            "the date the referral was accepted",
            t,
        );
        let declined_on = optional_date(
            &mut p,
            "declined_on",
            &self.declined_on,
            "the date the referral was declined",
            t,
        );
        let started_on = optional_date(
            &mut p,
            "started_on",
            &self.started_on,
            "the date contact started",
            t,
        );
        let ceased_on = optional_date(
            &mut p,
            "ceased_on",
            &self.ceased_on,
            "the date contact ceased",
            t,
        );
        let reviewed_on = optional_date(
            &mut p,
            "reviewed_on",
            &self.reviewed_on,
            "the date progress was reviewed",
            t,
        );
        if sent_on.is_none() {
            for (field, date) in [
                ("received_on", received_on),
                ("accepted_on", accepted_on),
                ("declined_on", declined_on),
            ] {
                if date.is_some() && !p.has(field) {
                    p.add(
                        field,
                        "Send the referral first: this date can only be recorded once it has been sent",
                    );
                }
            }
        }
        not_before(
            &mut p,
            "received_on",
            received_on,
            sent_on,
            "The date received must be on or after the date the referral was sent",
        );
        if accepted_on.is_some() && declined_on.is_some() {
            p.add(
                "declined_on",
                "A referral is either accepted or declined: clear one of the two dates",
            );
        }
        for field in ["accepted_on", "declined_on"] {
            let date = if field == "accepted_on" {
                accepted_on
            } else {
                declined_on
            };
            not_before(
                &mut p,
                field,
                date,
                received_on.or(sent_on),
                "The provider's answer must be on or after the date it received the referral",
            );
        }
        if started_on.is_some() && accepted_on.is_none() && !p.has("started_on") {
            p.add(
                "started_on",
                "Record when the provider accepted the referral before recording when contact started",
            );
        }
        not_before(
            &mut p,
            "started_on",
            started_on,
            accepted_on,
            "Contact must start on or after the date the referral was accepted",
        );
        if ceased_on.is_some() && accepted_on.is_none() && !p.has("ceased_on") {
            p.add(
                "ceased_on",
                "Record when the provider accepted the referral before recording when contact ceased",
            );
        }
        not_before(
            &mut p,
            "ceased_on",
            ceased_on,
            started_on.or(accepted_on),
            "Contact must cease on or after the date it started",
        );
        not_before(
            &mut p,
            "reviewed_on",
            reviewed_on,
            started_on.or(sent_on),
            "The review must be on or after the date contact started",
        );
        p.into_result()?;
        Ok(ReferralDates {
            received_on,
            accepted_on,
            declined_on,
            started_on,
            ceased_on,
            reviewed_on,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn fields(i: &ReferralDatesInput, sent: Option<NaiveDate>) -> Vec<String> {
        match i.checked(sent, d(2026, 11, 23)) {
            Ok(_) => vec![],
            Err(e) => e.fields.into_iter().map(|f| f.field).collect(),
        }
    }

    #[test]
    fn dates_in_order_are_accepted() {
        let i = ReferralDatesInput {
            received_on: "03/11/2026".into(),
            accepted_on: "10/11/2026".into(),
            started_on: "14/11/2026".into(),
            ceased_on: "21/11/2026".into(),
            reviewed_on: "20/11/2026".into(),
            ..Default::default()
        };
        let dates = i.checked(Some(d(2026, 11, 2)), d(2026, 11, 23)).unwrap();
        assert_eq!(dates.accepted_on, Some(d(2026, 11, 10)));
    }

    #[test]
    fn nothing_before_sending() {
        let i = ReferralDatesInput {
            received_on: "03/11/2026".into(),
            ..Default::default()
        };
        assert_eq!(fields(&i, None), ["received_on"]);
    }

    #[test]
    fn accepted_and_declined_are_exclusive() {
        let i = ReferralDatesInput {
            accepted_on: "10/11/2026".into(),
            declined_on: "10/11/2026".into(),
            ..Default::default()
        };
        assert_eq!(fields(&i, Some(d(2026, 11, 2))), ["declined_on"]);
    }

    #[test]
    fn out_of_order_dates_are_named() {
        let i = ReferralDatesInput {
            received_on: "01/11/2026".into(),
            accepted_on: "10/11/2026".into(),
            started_on: "09/11/2026".into(),
            ceased_on: "08/11/2026".into(),
            ..Default::default()
        };
        assert_eq!(
            fields(&i, Some(d(2026, 11, 2))),
            ["received_on", "started_on", "ceased_on"]
        );
    }

    #[test]
    fn a_declined_referral_never_starts_or_ceases() {
        let i = ReferralDatesInput {
            declined_on: "10/11/2026".into(),
            ceased_on: "12/11/2026".into(),
            ..Default::default()
        };
        assert_eq!(fields(&i, Some(d(2026, 11, 2))), ["ceased_on"]);
    }

    #[test]
    fn starting_needs_acceptance_and_nothing_is_in_the_future() {
        let i = ReferralDatesInput {
            started_on: "09/11/2026".into(),
            ceased_on: "24/11/2026".into(),
            ..Default::default()
        };
        assert_eq!(
            fields(&i, Some(d(2026, 11, 2))),
            ["ceased_on", "started_on"]
        );
    }
}
