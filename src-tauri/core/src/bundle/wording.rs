//! serde's and chrono's messages about a bundle, reworded for a person: what is wrong with the
//! value found (shown back to them), in plain words, and what to give instead. No Rust type name
//! ("expected u32") and no parser jargon ("input is out of range") reaches the person.

use chrono::{Datelike, NaiveDate};
use serde_json::Value;

use crate::message::{Message, Msg};
use crate::message_import_words as w;

/// serde_json's message without its " at line 3 column 5" tail, which is given in words instead.
pub(super) fn without_position(msg: &str) -> &str {
    msg.find(" at line ").map_or(msg, |i| &msg[..i])
}

/// A JSON syntax error, in words: every message serde_json gives for broken syntax has its own
/// wording here, so none of its jargon ("expected ident") reaches the person.
pub(super) fn syntax(msg: &str) -> Msg {
    let m = without_position(msg);
    if m.starts_with("EOF while parsing") {
        w::SYNTAX_CUT_SHORT
    } else if m.starts_with("recursion limit exceeded") {
        w::SYNTAX_TOO_DEEP
    } else if m == "expected ident" {
        w::SYNTAX_WORD
    } else if m == "expected value" {
        w::SYNTAX_VALUE
    } else if m == "expected `:`" {
        w::SYNTAX_COLON
    } else if m.starts_with("expected `,` or") {
        w::SYNTAX_COMMA
    } else if m == "expected `\"`" || m == "key must be a string" {
        w::SYNTAX_QUOTES
    } else if m == "trailing comma" {
        w::SYNTAX_TRAILING_COMMA
    } else if m == "trailing characters" {
        w::SYNTAX_TRAILING
    } else if m.starts_with("control character") {
        w::SYNTAX_CONTROL
    } else if m == "invalid escape"
        || m == "unexpected end of hex escape"
        || m.contains("surrogate")
        || m == "invalid unicode code point"
    {
        w::SYNTAX_ESCAPE
    } else if m == "invalid number" || m == "number out of range" {
        w::SYNTAX_NUMBER
    } else {
        w::SYNTAX_OTHER
    }
}

/// The message for a value that could not be read as the bundle's field, given what was `found`
/// at its path (when it could be found).
pub(super) fn plain(msg: &str, found: Option<&Value>) -> Message {
    let m = without_position(msg);
    if let Some(rest) = m.strip_prefix("missing field ") {
        return Message::new(w::MISSING_FIELD).text("name", rest.replace('`', "\""));
    }
    if let Some(rest) = m.strip_prefix("unknown field ") {
        let name = rest.split(',').next().unwrap_or(rest).replace('`', "\"");
        return Message::new(w::UNKNOWN_FIELD).text("name", name);
    }
    if let Some(rest) = m.strip_prefix("duplicate field ") {
        return Message::new(w::DUPLICATE_FIELD).text("name", rest.replace('`', "\""));
    }
    if let Some(rest) = m.strip_prefix("unknown variant ") {
        let (value, allowed) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return Message::new(w::UNKNOWN_VARIANT)
            .text("value", value.replace('`', "\""))
            .text(
                "allowed",
                allowed.trim_start_matches("one of ").replace('`', "\""),
            );
    }
    if let Some(found) = found {
        if is_date_error(m) {
            return date_words(found);
        }
        if let Some(wanted) = m.split(", expected ").nth(1) {
            return found_words(wanted_words(Message::new(w::WRONG_TYPE), wanted), found);
        }
    }
    Message::new(w::OTHER).text("detail", m.replace('`', "\""))
}

/// chrono's messages when a string is not a date.
fn is_date_error(m: &str) -> bool {
    [
        "input is out of range",
        "no possible date and time matching input",
        "input is not enough for unique date and time",
        "premature end of input",
        "input contains invalid characters",
        "trailing input",
        "bad or unsupported format string",
    ]
    .iter()
    .any(|e| m.contains(e))
}

const MONTHS: [Msg; 12] = [
    w::JANUARY,
    w::FEBRUARY,
    w::MARCH,
    w::APRIL,
    w::MAY,
    w::JUNE,
    w::JULY,
    w::AUGUST,
    w::SEPTEMBER,
    w::OCTOBER,
    w::NOVEMBER,
    w::DECEMBER,
];

/// Why `found` is not a date, in words, naming the impossible part.
fn date_words(found: &Value) -> Message {
    let Some(text) = found.as_str() else {
        return found_words(Message::new(w::DATE_NOT_TEXT), found);
    };
    let said = |m: Msg| Message::new(m).text("shown", shown(text));
    let parts: Vec<&str> = text.split('-').collect();
    let numbers: Option<Vec<u32>> = parts.iter().map(|p| p.parse().ok()).collect();
    match (parts.as_slice(), numbers.as_deref()) {
        ([y, m, d], Some(&[year, month, day])) if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            let year = year as i32;
            let Some(name) = month.checked_sub(1).and_then(|i| MONTHS.get(i as usize)) else {
                return said(w::NO_SUCH_MONTH).text("month", month.to_string());
            };
            let days = days_in_month(year, month);
            if day == 0 || day > days {
                return said(w::DAYS_IN_MONTH)
                    .key("monthName", *name)
                    .text("year", year.to_string())
                    .text("days", days.to_string());
            }
            said(w::DATE_NOT_KEPT)
        }
        _ if text.contains('/') => said(w::DATE_AS_SHOWN),
        _ => said(w::NOT_A_DATE),
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let (ny, nm) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(ny, nm, 1)
        .and_then(|d| d.pred_opt())
        .map_or(31, |d| d.day())
}

/// `{wanted}` of `m`: what serde expected, in words.
fn wanted_words(m: Message, wanted: &str) -> Message {
    let w = wanted.trim();
    let whole = |max: &str| {
        m.clone()
            .key("wanted", w::WANT_WHOLE_UP_TO)
            .text("max", max)
    };
    match w {
        "u8" => whole("255"),
        "u16" => whole("65535"),
        "u32" => whole("4294967295"),
        "u64" | "usize" => whole("18446744073709551615"),
        "i8" | "i16" | "i32" | "i64" | "isize" => m.key("wanted", w::WANT_WHOLE),
        "f32" | "f64" => m.key("wanted", w::WANT_NUMBER),
        "a string" | "a borrowed string" | "a character" => m.key("wanted", w::WANT_TEXT),
        "a boolean" => m.key("wanted", w::WANT_BOOLEAN),
        "a sequence" => m.key("wanted", w::WANT_LIST),
        "a map" => m.key("wanted", w::WANT_OBJECT),
        _ if w.starts_with("struct ") || w.starts_with("a map") => m.key("wanted", w::WANT_OBJECT),
        _ if w.starts_with("a tuple") || w.starts_with("tuple") => m.key("wanted", w::WANT_LIST),
        _ => m.text("wanted", w.replace('`', "\"")),
    }
}

/// `{found}` of `m`: the value found, in words.
fn found_words(m: Message, found: &Value) -> Message {
    match found {
        Value::Null => m.text("found", "null"),
        Value::Bool(b) => m.text("found", b.to_string()),
        Value::Number(n) => m.text("found", n.to_string()),
        Value::String(s) => m.key("found", w::FOUND_TEXT).text("shown", shown(s)),
        Value::Array(_) => m.key("found", w::FOUND_LIST),
        Value::Object(_) => m.key("found", w::FOUND_OBJECT),
    }
}

/// A string as shown back in a message: quoted, cut short when long.
fn shown(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() > MAX {
        let head: String = s.chars().take(MAX).collect();
        format!("\"{head}…\"")
    } else {
        format!("\"{s}\"")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn said(msg: &str, found: Option<&Value>) -> String {
        plain(msg, found).english()
    }

    fn syntax_en(msg: &str) -> &'static str {
        syntax(msg).en
    }

    /// Every kind of broken JSON serde_json reports, each said in words without its jargon
    /// (the fuzzer found "expected ident" said as it was).
    #[test]
    fn every_json_syntax_error_is_said_in_words() {
        let broken = [
            "{\"format\": tru}",
            "{\"format\": }",
            "{\"format\" \"x\"}",
            "{\"format\": \"x\" \"version\": 2}",
            "[1 2]",
            "{format: 1}",
            "{\"a\": 1,}",
            "{} x",
            "{\"a\": \"line\nbreak\"}",
            "{\"a\": \"\\q\"}",
            "{\"a\": \"\\ud800\"}",
            "{\"a\": 1e999}",
            "{\"a\": -}",
            "{\"a\": [",
        ];
        for input in broken {
            let e = serde_json::from_str::<Value>(input)
                .unwrap_err()
                .to_string();
            let said = syntax(&e).en;
            for jargon in ["expected", "ident", "EOF", "`", " at line "] {
                assert!(!said.contains(jargon), "{input}: {e} -> {said}");
            }
            assert_ne!(said, w::SYNTAX_OTHER.en, "{input}: {e} has no own words");
        }
    }

    #[test]
    fn impossible_dates_name_the_impossible_part() {
        let m = said("input is out of range", Some(&json!("2026-02-30")));
        assert_eq!(
            m,
            "\"2026-02-30\" is not a real date: February 2026 has 28 days. Correct the day"
        );
        let m = said("input is out of range", Some(&json!("2024-02-30")));
        assert!(m.contains("February 2024 has 29 days"), "{m}");
        let m = said("input is out of range", Some(&json!("2026-13-01")));
        assert!(m.contains("there is no month 13"), "{m}");
        let m = said(
            "input contains invalid characters",
            Some(&json!("23/11/2026")),
        );
        assert!(m.contains("year-month-day"), "{m}");
        let m = said("premature end of input", Some(&json!("2026-11")));
        assert!(m.contains("\"2026-11\" is not a date"), "{m}");
    }

    #[test]
    fn numbers_never_name_a_rust_type() {
        for (msg, found) in [
            ("invalid value: integer `-5`, expected u32", json!(-5)),
            (
                "invalid value: integer `4294967296`, expected u32",
                json!(4_294_967_296u64),
            ),
            ("invalid type: string \"60\", expected u32", json!("60")),
            (
                "invalid type: floating point `1.5`, expected u32",
                json!(1.5),
            ),
        ] {
            let m = said(msg, Some(&found));
            assert!(!m.contains("u32"), "{m}");
            assert!(
                m.starts_with("this should be a whole number from 0 to 4294967295"),
                "{m}"
            );
        }
        let m = said(
            "invalid type: integer `5`, expected a string",
            Some(&json!(5)),
        );
        assert_eq!(m, "this should be text in quotes, not 5: correct it");
    }

    #[test]
    fn long_values_are_cut_short() {
        let m = said(
            "invalid type: string, expected u32",
            Some(&json!("x".repeat(1000))),
        );
        assert!(m.len() < 200, "{m}");
    }

    #[test]
    fn syntax_errors_in_words() {
        assert!(syntax_en("EOF while parsing an object at line 3 column 1").contains("cut short"));
        assert!(syntax_en("recursion limit exceeded at line 1 column 129").contains("nested"));
    }
}
