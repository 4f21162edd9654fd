//! The people of a case: children (with date of birth and needs) and adults (with a role and party).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::case::{required, LONG_TEXT_MAX};
use super::dates::{parse_uk_date, DateProblem};
use super::fields::text_within;
use crate::error::{Problems, Result};
use crate::text::clean;

/// The language a person wants forms and documents in (Welsh Language Standards).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    English,
    Welsh,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum AdultRole {
    Mother,
    Father,
    Grandparent,
    OtherRelative,
    Other,
}

/// Whether the adult is the party the child lives with or the one the child visits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    Resident,
    Visiting,
}

/// The child form as typed; the date of birth is text such as "27/03/2019".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct ChildInput {
    pub full_name: String,
    pub date_of_birth: String,
    pub language: Language,
    pub needs: String,
}

/// A checked child form, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct ChildFields {
    pub full_name: String,
    pub date_of_birth: NaiveDate,
    pub language: Language,
    pub needs: String,
}

impl ChildInput {
    pub fn checked(&self, today: NaiveDate) -> Result<ChildFields> {
        let mut p = Problems::default();
        let full_name = clean(&self.full_name);
        required(
            &mut p,
            "full_name",
            &full_name,
            "Enter the child's full name",
            "The child's name",
        );
        let dob = match parse_uk_date(&self.date_of_birth) {
            Ok(d) if d > today => {
                p.add(
                    "date_of_birth",
                    "Date of birth must be today or in the past",
                );
                None
            }
            Ok(d) if d < earliest_birth_date() => {
                p.add(
                    "date_of_birth",
                    "Date of birth must be after 1 January 1900",
                );
                None
            }
            Ok(d) => Some(d),
            Err(DateProblem::Empty) => {
                p.add("date_of_birth", "Enter the child's date of birth");
                None
            }
            Err(DateProblem::NotReal) => {
                p.add("date_of_birth", "Date of birth must be a real date");
                None
            }
            Err(DateProblem::Unreadable) => {
                p.add(
                    "date_of_birth",
                    "Enter the date of birth as day, month and year, for example 27/03/2019",
                );
                None
            }
        };
        let needs = self.needs.trim_end().to_string();
        text_within(&mut p, "needs", &needs, "Needs", LONG_TEXT_MAX);
        p.into_result()?;
        Ok(ChildFields {
            full_name,
            // Checked above: any problem with the date has already returned.
            date_of_birth: dob.unwrap_or_default(),
            language: self.language,
            needs,
        })
    }
}

fn earliest_birth_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or_default()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Child {
    pub id: i64,
    pub case_id: i64,
    pub full_name: String,
    pub date_of_birth: NaiveDate,
    pub language: Language,
    pub needs: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct AdultInput {
    pub full_name: String,
    pub role: AdultRole,
    pub party: Party,
    pub contact_details: String,
    pub language: Language,
}

impl AdultInput {
    pub fn checked(&self) -> Result<AdultInput> {
        let a = AdultInput {
            full_name: clean(&self.full_name),
            role: self.role,
            party: self.party,
            contact_details: self.contact_details.trim().to_string(),
            language: self.language,
        };
        let mut p = Problems::default();
        required(
            &mut p,
            "full_name",
            &a.full_name,
            "Enter the adult's full name",
            "The adult's name",
        );
        text_within(
            &mut p,
            "contact_details",
            &a.contact_details,
            "Contact details",
            1000,
        );
        p.into_result()?;
        Ok(a)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Adult {
    pub id: i64,
    pub case_id: i64,
    pub full_name: String,
    pub role: AdultRole,
    pub party: Party,
    pub contact_details: String,
    pub language: Language,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn child(dob: &str) -> ChildInput {
        ChildInput {
            full_name: "Elis ap Dafydd".into(),
            date_of_birth: dob.into(),
            language: Language::Welsh,
            needs: String::new(),
        }
    }

    #[test]
    fn future_date_of_birth_is_refused() {
        let e = child("24/11/2026").checked(today()).unwrap_err();
        assert_eq!(e.fields[0].field, "date_of_birth");
        assert_eq!(
            e.fields[0].message,
            "Date of birth must be today or in the past"
        );
    }

    #[test]
    fn impossible_date_is_refused_in_plain_words() {
        let e = child("30/02/2019").checked(today()).unwrap_err();
        assert_eq!(e.fields[0].message, "Date of birth must be a real date");
    }

    #[test]
    fn good_child_is_cleaned() {
        let c = child("27/03/2019").checked(today()).unwrap();
        assert_eq!(
            c.date_of_birth,
            NaiveDate::from_ymd_opt(2019, 3, 27).unwrap()
        );
        assert_eq!(c.full_name, "Elis ap Dafydd");
    }

    #[test]
    fn adult_needs_a_name() {
        let a = AdultInput {
            full_name: " ".into(),
            role: AdultRole::Mother,
            party: Party::Resident,
            contact_details: String::new(),
            language: Language::English,
        };
        assert_eq!(
            a.checked().unwrap_err().fields[0].message,
            "Enter the adult's full name"
        );
    }
}
