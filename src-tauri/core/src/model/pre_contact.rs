//! Supported contact's pre-contact assessment session (Cafcass Cymru Expectation Statement): when the centre held it, who
//! held it and what it found; never changed once recorded.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::case::required;
use super::fields::{long_text, required_date};
use crate::error::{Error, Problems, Result};
use crate::text::clean;

/// The "pre-contact assessment" form as typed: the date as UK text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct PreContactInput {
    pub assessed_on: String,
    /// The centre worker who held the assessment.
    pub assessed_by: String,
    /// What it found about risks to the parties (optional).
    pub notes: String,
}

/// A checked assessment: date, who held it, notes.
pub type PreContactFields = (NaiveDate, String, String);

impl PreContactInput {
    pub fn checked(&self, today: NaiveDate) -> Result<PreContactFields> {
        let mut p = Problems::default();
        let on = required_date(
            &mut p,
            "assessed_on",
            &self.assessed_on,
            "the date of the pre-contact assessment",
            Some(today),
        );
        let by = clean(&self.assessed_by);
        required(
            &mut p,
            "assessed_by",
            &by,
            "Enter who held the pre-contact assessment",
            "The name",
        );
        let notes = long_text(&mut p, "notes", &self.notes, "The notes");
        p.into_result()?;
        // required_date reports a problem whenever it gives no date.
        let on = on.ok_or_else(|| Error::invalid(Vec::new()))?;
        Ok((on, by, notes))
    }
}

/// A recorded pre-contact assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct PreContactAssessment {
    pub id: i64,
    pub referral_id: i64,
    pub assessed_on: NaiveDate,
    pub assessed_by: String,
    pub notes: String,
    pub recorded_by: String,
    pub recorded_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_not_in_the_future_and_who_held_it_are_required() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let e = PreContactInput {
            assessed_on: "24/11/2026".into(),
            assessed_by: String::new(),
            notes: String::new(),
        }
        .checked(today)
        .unwrap_err();
        let fields: Vec<&str> = e.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["assessed_on", "assessed_by"]);
        let ok = PreContactInput {
            assessed_on: "20/11/2026".into(),
            assessed_by: "Rhys Morgan".into(),
            notes: "No risks found.".into(),
        }
        .checked(today)
        .unwrap();
        assert_eq!(ok.1, "Rhys Morgan");
    }
}
