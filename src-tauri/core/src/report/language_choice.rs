//! Which language a case's documents default to: the Welsh Language Standards say a person who
//! asked for Welsh gets Welsh, and a document read by several people goes to them bilingually.

use super::strings::Language;
use crate::model;

/// Bilingual when anyone asked for Welsh (the others may not read it), English otherwise.
pub fn for_preferences(prefs: &[model::Language]) -> Language {
    if prefs.contains(&model::Language::Welsh) {
        Language::Bilingual
    } else {
        Language::English
    }
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
