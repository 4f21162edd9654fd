//! Search everything: what a search finds, grouped by case, with the matching passage marked.

use serde::{Deserialize, Serialize};

use super::CaseStatus;

/// Where a match was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum SearchSource {
    Case,
    Child,
    Adult,
    Referral,
    Record,
    Addendum,
    Incident,
}

impl SearchSource {
    /// The name the search index stores (migration 0008).
    pub fn parse(s: &str) -> Option<SearchSource> {
        Some(match s {
            "case" => SearchSource::Case,
            "child" => SearchSource::Child,
            "adult" => SearchSource::Adult,
            "referral" => SearchSource::Referral,
            "record" => SearchSource::Record,
            "addendum" => SearchSource::Addendum,
            "incident" => SearchSource::Incident,
            _ => return None,
        })
    }
}

/// A piece of a passage: `matched` pieces are the words searched for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Fragment {
    pub text: String,
    pub matched: bool,
}

/// One matching thing in a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct SearchHit {
    pub source: SearchSource,
    /// The id of the case, person, referral, record, addendum or incident found.
    pub source_id: i64,
    pub referral_id: Option<i64>,
    pub session_id: Option<i64>,
    /// The session's number, for records and incidents of a session.
    pub session_number: Option<u32>,
    /// The name or heading of what was found (a person's name, a provider), marked.
    pub title: Vec<Fragment>,
    /// A short passage around the words found in its text, marked; empty when only the title matched.
    pub passage: Vec<Fragment>,
}

/// A case with what matched in it, best first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct SearchCase {
    pub case_id: i64,
    pub court_case_number: String,
    pub case_name: String,
    pub status: CaseStatus,
    pub hits: Vec<SearchHit>,
    /// How many more matches this case has than are shown.
    pub more_hits: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct SearchResults {
    pub query: String,
    pub cases: Vec<SearchCase>,
    /// True when more cases matched than are listed: the search should be narrowed.
    pub more_cases: bool,
}
