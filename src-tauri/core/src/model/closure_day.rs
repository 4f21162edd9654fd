//! The user's own closure days (office closures), which deadlines skip like bank holidays.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::case::short;
use super::fields::required_date;
use crate::error::{Problems, Result};
use crate::text::clean;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct ClosureDayInput {
    /// UK text such as "24/12/2026".
    pub date: String,
    /// Why the office is closed, e.g. "Office closed for staff training".
    pub reason: String,
}

impl ClosureDayInput {
    pub fn checked(&self) -> Result<(NaiveDate, String)> {
        let mut p = Problems::default();
        let date = required_date(&mut p, "date", &self.date, "the date of the closure", None);
        let reason = clean(&self.reason);
        short(&mut p, "reason", &reason, "The reason");
        p.into_result()?;
        Ok((date.unwrap_or_default(), reason))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct ClosureDay {
    pub id: i64,
    pub date: NaiveDate,
    pub reason: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closure_needs_a_real_date() {
        let i = ClosureDayInput {
            date: "31/02/2026".into(),
            reason: "Training".into(),
        };
        assert_eq!(i.checked().unwrap_err().fields[0].field, "date");
        let ok = ClosureDayInput {
            date: "24/12/2026".into(),
            reason: " Training ".into(),
        };
        assert_eq!(
            ok.checked().unwrap(),
            (
                NaiveDate::from_ymd_opt(2026, 12, 24).unwrap(),
                "Training".into()
            )
        );
    }
}
