//! Property tests over the commands' inputs and the bundle reader: whatever the window or a file
//! sends, the checks never panic, what they accept is within the limits and holds nothing hidden,
//! and what they refuse is named by field in plain words.

use chrono::NaiveDate;
use contact_records_core::bundle::{import_bundle, ImportOptions};
use contact_records_core::model::case::SHORT_TEXT_MAX;
use contact_records_core::model::*;
use contact_records_core::text::{hidden_in_line, hidden_in_text};
use contact_records_core::Store;
use proptest::prelude::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

/// Text as a hostile sender makes it: any characters, weighted towards the tricky ones.
fn text() -> impl Strategy<Value = String> {
    let tricky = prop::sample::select(vec![
        '\u{0}', '\u{7}', '\n', '\t', '\u{200B}', '\u{200D}', '\u{202E}', '\u{2066}', '\u{FEFF}',
        '\u{AD}', 'ŵ', '\u{302}', 'a', ' ', '/', ':', '-', '0', '9',
    ]);
    prop_oneof![
        prop::collection::vec(prop_oneof![tricky, any::<char>()], 0..40)
            .prop_map(|cs| cs.into_iter().collect()),
        (0usize..400).prop_map(|n| "x".repeat(n)),
    ]
}

fn no_message_names_a_type(e: &contact_records_core::Error) {
    for m in std::iter::once(&e.message).chain(e.fields.iter().map(|f| &f.message)) {
        assert!(!m.trim().is_empty());
        for jargon in ["u32", "i64", "expected struct", "out of range"] {
            assert!(!m.contains(jargon), "{m}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_case_form_is_accepted_clean_or_refused_by_field(
        number in text(), name in text(), court in text(), notes in text()
    ) {
        let input = CaseInput {
            court,
            court_case_number: number,
            cafcass_number: String::new(),
            cafcass_system: CafcassSystem::Iris,
            adviser_name: String::new(),
            case_name: name,
            status: CaseStatus::Open,
            notes,
        };
        match input.checked() {
            Ok(c) => {
                for field in [&c.court_case_number, &c.case_name, &c.court] {
                    prop_assert!(hidden_in_line(field).is_none(), "{field:?}");
                    prop_assert!(field.chars().count() <= SHORT_TEXT_MAX);
                    prop_assert!(!field.is_empty());
                }
                prop_assert!(hidden_in_text(&c.notes).is_none());
            }
            Err(e) => {
                no_message_names_a_type(&e);
                for f in &e.fields {
                    prop_assert!(
                        ["court_case_number", "case_name", "court", "notes"].contains(&f.field.as_str()),
                        "{}", f.field
                    );
                }
            }
        }
    }

    #[test]
    fn a_session_never_overflows_and_always_ends_by_midnight(
        start in prop_oneof![text(), (0u32..30, 0u32..70).prop_map(|(h, m)| format!("{h}:{m:02}"))],
        minutes in any::<u32>(),
    ) {
        let input = SessionInput {
            date: "21/11/2026".into(),
            start_time: start,
            duration_minutes: minutes,
            venue: "Centre".into(),
            supervisor: "Rhys".into(),
            status: SessionStatus::Scheduled,
            cancelled_by: None,
            cancel_reason: String::new(),
        };
        match input.checked(today()) {
            Ok(s) => {
                use chrono::Timelike;
                let end = s.start_time.hour() * 60 + s.start_time.minute() + s.duration_minutes;
                prop_assert!(end <= 24 * 60);
            }
            Err(e) => no_message_names_a_type(&e),
        }
    }

    #[test]
    fn a_child_form_refuses_hidden_characters_in_the_name(name in text(), dob in text()) {
        let input = ChildInput {
            full_name: name,
            date_of_birth: dob,
            language: Language::English,
            needs: String::new(),
        };
        match input.checked(today()) {
            Ok(c) => prop_assert!(hidden_in_line(&c.full_name).is_none()),
            Err(e) => no_message_names_a_type(&e),
        }
    }

    #[test]
    fn any_text_as_a_bundle_is_refused_in_words_and_changes_nothing(json in text()) {
        let mut store = Store::open_in_memory().unwrap();
        let e = import_bundle(&mut store, &json, ImportOptions::default(), today()).unwrap_err();
        no_message_names_a_type(&e);
        prop_assert_eq!(store.list_cases("").unwrap().total, 0);
    }
}
