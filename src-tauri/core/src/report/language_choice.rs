//! Which language a case's documents default to: the Welsh Language Standards say a person who
//! asked for Welsh gets Welsh, and a document read by several people goes to them bilingually.

use super::export::ReportRequest;
use super::strings::Language;
use crate::error::Result;
use crate::model;
use crate::store::Store;

/// Bilingual when anyone asked for Welsh (the others may not read it), English otherwise.
pub fn for_preferences(prefs: &[model::Language]) -> Language {
    if prefs.contains(&model::Language::Welsh) {
        Language::Bilingual
    } else {
        Language::English
    }
}

/// The default language of the requested document, from the people of its case.
pub fn default_language(store: &Store, req: &ReportRequest) -> Result<Language> {
    let prefs = match *req {
        ReportRequest::ObservedSession { session_id } => store.languages_of_session(session_id)?,
        ReportRequest::ObservedFinal { referral_id } | ReportRequest::Supported { referral_id } => {
            store.languages_of_referral(referral_id)?
        }
    };
    Ok(for_preferences(&prefs))
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::Language::{English, Welsh};

    #[test]
    fn any_welsh_preference_makes_it_bilingual() {
        assert_eq!(for_preferences(&[]), Language::English);
        assert_eq!(for_preferences(&[English, English]), Language::English);
        assert_eq!(for_preferences(&[English, Welsh]), Language::Bilingual);
        assert_eq!(for_preferences(&[Welsh]), Language::Bilingual);
    }
}
