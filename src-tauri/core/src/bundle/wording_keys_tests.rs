//! Every wording of a bundle's import problems (a value of the wrong type, an impossible date,
//! broken JSON) is a key with its parameters, in the English and the Welsh catalogues, so the
//! import screen in Welsh says it in Welsh.

use serde_json::{json, Value};

use super::parse::parse_bundle;
use super::wording::{plain, syntax};
use crate::message::{Message, Param};

/// The Welsh catalogues' text, where each key appears as `'key':`.
fn welsh() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/i18n");
    ["cy-core.ts", "cy-core-storage.ts"]
        .iter()
        .map(|f| std::fs::read_to_string(dir.join(f)).unwrap_or_default())
        .collect()
}

/// The keys a message uses: its own and those of its keyed parameters.
fn keys_of(m: &Message) -> Vec<String> {
    let mut keys = vec![m.key.clone()];
    for p in m.params.values() {
        match p {
            Param::Key(k) => keys.push(k.clone()),
            Param::Keys(ks) => keys.extend(ks.iter().cloned()),
            _ => {}
        }
    }
    keys
}

fn assert_keyed(m: &Message, welsh: &str) {
    for key in keys_of(m) {
        assert!(
            crate::message::all().any(|t| t.key == key),
            "{key} is not in the core's messages ({})",
            m.english()
        );
        assert!(
            welsh.contains(&format!("'{key}':")),
            "{key} has no Welsh in cy-core.ts or cy-core-storage.ts"
        );
    }
    let english = m.english();
    let unfilled = english
        .split('{')
        .skip(1)
        .any(|rest| rest.starts_with(|c: char| c.is_alphanumeric()));
    assert!(!unfilled, "a parameter is left unfilled: {english}");
}

#[test]
fn every_wording_of_a_type_or_date_problem_has_a_key_in_both_catalogues() {
    let welsh = welsh();
    let cases: Vec<(&str, Option<Value>)> = vec![
        ("missing field `court_case_number`", None),
        ("unknown field `colour`, expected one of `a`, `b`", None),
        ("duplicate field `cases`", None),
        ("unknown variant `weekly`, expected one of `a`, `b`", None),
        ("invalid value: integer `-5`, expected u32", Some(json!(-5))),
        (
            "invalid type: integer `5`, expected a string",
            Some(json!(5)),
        ),
        ("invalid type: string \"x\", expected i64", Some(json!("x"))),
        ("invalid type: string \"x\", expected f64", Some(json!("x"))),
        ("invalid type: null, expected a boolean", Some(json!(null))),
        ("invalid type: map, expected a sequence", Some(json!({}))),
        (
            "invalid type: sequence, expected struct Case",
            Some(json!([])),
        ),
        (
            "invalid type: boolean `true`, expected a tuple",
            Some(json!(true)),
        ),
        ("input is out of range", Some(json!("2026-02-30"))),
        ("input is out of range", Some(json!("2026-13-01"))),
        ("input is out of range", Some(json!("2026-11-23T10"))),
        (
            "input contains invalid characters",
            Some(json!("23/11/2026")),
        ),
        ("premature end of input", Some(json!("2026-11"))),
        ("premature end of input", Some(json!(20261123))),
        ("trailing input", Some(json!("0000-01-01"))),
        ("something serde never said", None),
    ];
    for (msg, found) in &cases {
        assert_keyed(&plain(msg, found.as_ref()), &welsh);
    }
    for input in [
        "{\"a\": tru}",
        "{\"a\": }",
        "{\"a\" 1}",
        "[1 2]",
        "{a: 1}",
        "{\"a\": 1,}",
    ] {
        let e = serde_json::from_str::<Value>(input)
            .unwrap_err()
            .to_string();
        assert_keyed(&Message::new(syntax(&e)), &welsh);
    }
}

#[test]
fn a_wrong_type_is_said_as_keys_with_its_path_and_the_value_found() {
    let json = r#"{"format": "contact-records/case-bundle", "version": 2,
        "exported_at": "2026-11-23T10:00:00Z",
        "settings": {"calendar_kind": "england_wales", "closure_days": []},
        "cases": [{"court_case_number": 5}]}"#;
    let e = parse_bundle(json).unwrap_err();
    let f = &e.fields[0];
    assert_eq!(f.field, "cases[0].court_case_number");
    let m = f.msg.as_ref().expect("keyed");
    assert_eq!(
        serde_json::to_value(m).unwrap(),
        json!({"key": "core.bundle.atLine", "params": {
            "problem": {"key": "core.bundle.wrongType"},
            "wanted": {"key": "core.bundle.wantText"},
            "found": {"text": "5"},
            "line": {"text": "4"},
            "column": {"text": "41"}}})
    );
    assert_eq!(
        f.message,
        "this should be text in quotes, not 5: correct it (line 4 column 41)"
    );
    assert_keyed(m, &welsh());
}

#[test]
fn an_impossible_date_names_its_month_as_a_key() {
    let m = plain("input is out of range", Some(&json!("2026-02-30")));
    assert_eq!(
        m.params.get("monthName"),
        Some(&Param::Key("core.month.2".into()))
    );
    assert_eq!(
        m.english(),
        "\"2026-02-30\" is not a real date: February 2026 has 28 days. Correct the day"
    );
}

#[test]
fn a_signed_document_that_does_not_check_out_is_keyed() {
    use crate::model::signing::check_signed;
    let welsh = welsh();
    for (text, signature) in [
        ("not json", ""),
        ("{\"format\": \"other\"}", ""),
        (
            "{\"format\": \"contact-records/signed-record\", \"version\": 99}",
            "",
        ),
    ] {
        let e = check_signed(text, signature).unwrap_err();
        let key = crate::message::fixed(&e.0).unwrap_or_else(|| panic!("no key: {}", e.0));
        assert!(welsh.contains(&format!("'{}':", key.key)), "{}", key.key);
    }
}
