//! A case: one set of family proceedings, with its court, numbers, adviser and status.

use serde::{Deserialize, Serialize};

use super::fields::{no_hidden_in_line, text_within};
use super::person::{Adult, Child};
use crate::error::{Problems, Result};
use crate::text::clean;

pub const SHORT_TEXT_MAX: usize = 200;
pub const LONG_TEXT_MAX: usize = 20_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum CaseStatus {
    Open,
    Closed,
}

/// The case management system the Cafcass number belongs to: IRIS (Cafcass Cymru) or ECMS (Cafcass).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum CafcassSystem {
    Iris,
    Ecms,
}

/// What the case form sends; every field as typed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct CaseInput {
    pub court: String,
    pub court_case_number: String,
    pub cafcass_number: String,
    pub cafcass_system: CafcassSystem,
    pub adviser_name: String,
    pub case_name: String,
    pub status: CaseStatus,
    pub notes: String,
}

impl CaseInput {
    /// Trims and normalises every field, then checks it; returns the cleaned input.
    pub fn checked(&self) -> Result<CaseInput> {
        let c = CaseInput {
            court: clean(&self.court),
            court_case_number: clean(&self.court_case_number),
            cafcass_number: clean(&self.cafcass_number),
            cafcass_system: self.cafcass_system,
            adviser_name: clean(&self.adviser_name),
            case_name: clean(&self.case_name),
            status: self.status,
            notes: self.notes.trim_end().to_string(),
        };
        let mut p = Problems::default();
        required(
            &mut p,
            "court_case_number",
            &c.court_case_number,
            "Enter the court case number",
            "The court case number",
        );
        required(
            &mut p,
            "case_name",
            &c.case_name,
            "Enter the case name, for example Re: A and B (children)",
            "The case name",
        );
        required(
            &mut p,
            "court",
            &c.court,
            "Enter the court hearing the case",
            "The court",
        );
        short(
            &mut p,
            "cafcass_number",
            &c.cafcass_number,
            "Cafcass number",
        );
        short(&mut p, "adviser_name", &c.adviser_name, "Adviser's name");
        text_within(&mut p, "notes", &c.notes, "Notes", LONG_TEXT_MAX);
        p.into_result()?;
        Ok(c)
    }
}

/// Adds "Enter …" when empty, and what [`short`] adds otherwise.
pub(crate) fn required(p: &mut Problems, field: &str, value: &str, enter: &str, label: &str) {
    if value.is_empty() {
        match crate::message_labels::by_english(enter) {
            Some(m) => p.say(field, crate::message::Message::new(m)),
            None => p.add(field, enter),
        }
    } else {
        short(p, field, value, label);
    }
}

/// A one-line field: at most [`SHORT_TEXT_MAX`] characters, none of them hidden.
pub(crate) fn short(p: &mut Problems, field: &str, value: &str, label: &str) {
    if value.chars().count() > SHORT_TEXT_MAX {
        super::fields::too_long(p, field, label, SHORT_TEXT_MAX);
    } else {
        no_hidden_in_line(p, field, value, label);
    }
}

/// The key that makes court case numbers unique: case and spaces do not matter.
pub fn court_case_number_key(number: &str) -> String {
    number
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Case {
    pub id: i64,
    pub court: String,
    pub court_case_number: String,
    pub cafcass_number: String,
    pub cafcass_system: CafcassSystem,
    pub adviser_name: String,
    pub case_name: String,
    pub status: CaseStatus,
    pub notes: String,
    pub created_at: String,
    pub updated_at: String,
}

/// One row of the case register.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CaseSummary {
    pub id: i64,
    pub court_case_number: String,
    pub case_name: String,
    pub court: String,
    pub adviser_name: String,
    pub children_count: u32,
    pub status: CaseStatus,
}

/// The register as shown: the first rows that match, and how many match in all.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CaseList {
    pub cases: Vec<CaseSummary>,
    pub total: u32,
}

/// A case with its people, as the case page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CaseDetail {
    pub case: Case,
    pub children: Vec<Child>,
    pub adults: Vec<Adult>,
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn input() -> CaseInput {
        CaseInput {
            court: "Family Court at Cardiff".into(),
            court_case_number: "CF24P00123".into(),
            cafcass_number: "IRIS-55501".into(),
            cafcass_system: CafcassSystem::Iris,
            adviser_name: "Ffion Hughes".into(),
            case_name: "Re: A and B (children)".into(),
            status: CaseStatus::Open,
            notes: String::new(),
        }
    }

    #[test]
    fn empty_required_fields_are_named() {
        let mut i = input();
        i.court_case_number = "  ".into();
        i.case_name.clear();
        let e = i.checked().unwrap_err();
        let fields: Vec<_> = e.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["court_case_number", "case_name"]);
        assert_eq!(e.fields[0].message, "Enter the court case number");
    }

    #[test]
    fn long_names_are_refused() {
        let mut i = input();
        i.adviser_name = "x".repeat(201);
        assert_eq!(i.checked().unwrap_err().fields[0].field, "adviser_name");
    }

    #[test]
    fn checked_trims() {
        let mut i = input();
        i.court = "  Family Court at Swansea ".into();
        assert_eq!(i.checked().unwrap().court, "Family Court at Swansea");
    }

    #[test]
    fn case_number_key_ignores_case_and_spaces() {
        assert_eq!(court_case_number_key("cf24 p00123"), "CF24P00123");
    }
}
