//! The consultation with the duty FCA/FCSW before a court orders contact at the FHDRA (Cafcass Cymru Expectation Statement):
//! when it happened and with whom, recorded on the referral; never changed once recorded.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::case::required;
use super::fields::required_date;
use crate::error::{Problems, Result};
use crate::text::clean;

/// The "duty FCA/FCSW consulted" form as typed: the date as UK text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct DutyConsultationInput {
    pub consulted_on: String,
    /// The duty FCA/FCSW who was consulted.
    pub duty_officer: String,
}

impl DutyConsultationInput {
    /// The date (today or before) and the name, cleaned; refused when either is missing.
    pub fn checked(&self, today: NaiveDate) -> Result<(NaiveDate, String)> {
        let mut p = Problems::default();
        let on = required_date(
            &mut p,
            "consulted_on",
            &self.consulted_on,
            "the date the duty FCA/FCSW was consulted",
            Some(today),
        );
        let officer = clean(&self.duty_officer);
        required(
            &mut p,
            "duty_officer",
            &officer,
            "Enter the name of the duty FCA/FCSW who was consulted",
            "The name",
        );
        p.into_result()?;
        match on {
            Some(on) => Ok((on, officer)),
            // required_date reports a problem whenever it gives no date.
            None => Err(crate::error::Error::invalid(Vec::new())),
        }
    }
}

/// A recorded consultation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct DutyConsultation {
    pub id: i64,
    pub referral_id: i64,
    pub consulted_on: NaiveDate,
    pub duty_officer: String,
    /// Who recorded it (the app's user, as in the audit log).
    pub recorded_by: String,
    pub recorded_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn a_date_not_in_the_future_and_a_name_are_required() {
        let e = DutyConsultationInput {
            consulted_on: "24/11/2026".into(),
            duty_officer: " ".into(),
        }
        .checked(today())
        .unwrap_err();
        let fields: Vec<&str> = e.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["consulted_on", "duty_officer"]);
        assert_eq!(
            e.fields[1].msg.as_ref().unwrap().key,
            "core.required.dutyOfficer"
        );
        let ok = DutyConsultationInput {
            consulted_on: "20/11/2026".into(),
            duty_officer: " Ffion Hughes ".into(),
        }
        .checked(today())
        .unwrap();
        assert_eq!(
            ok,
            (
                NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
                "Ffion Hughes".into()
            )
        );
    }
}
