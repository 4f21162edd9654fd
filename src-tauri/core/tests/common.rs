//! Shared builders for the core's integration tests.
#![allow(dead_code)]

use chrono::NaiveDate;
use contact_records_core::model::*;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

pub fn case_input(number: &str, name: &str) -> CaseInput {
    CaseInput {
        court: "Family Court at Cardiff".into(),
        court_case_number: number.into(),
        cafcass_number: "IRIS-1001".into(),
        cafcass_system: CafcassSystem::Iris,
        adviser_name: "Ffion Hughes".into(),
        case_name: name.into(),
        status: CaseStatus::Open,
        notes: String::new(),
    }
}

pub fn child(name: &str, dob: &str) -> ChildInput {
    ChildInput {
        full_name: name.into(),
        date_of_birth: dob.into(),
        language: Language::Welsh,
        needs: String::new(),
    }
}

pub fn adult(name: &str, role: AdultRole, party: Party) -> AdultInput {
    AdultInput {
        full_name: name.into(),
        role,
        party,
        contact_details: String::new(),
        language: Language::English,
    }
}
