//! serde's and chrono's messages about a bundle, reworded for a person: what is wrong with the
//! value found (shown back to them), in plain words, and what to give instead. No Rust type name
//! ("expected u32") and no parser jargon ("input is out of range") reaches the person.

use chrono::{Datelike, NaiveDate};
use serde_json::Value;

/// serde_json's message without its " at line 3 column 5" tail, which is given in words instead.
pub(super) fn without_position(msg: &str) -> &str {
    msg.find(" at line ").map_or(msg, |i| &msg[..i])
}

/// A JSON syntax error, in words: every message serde_json gives for broken syntax has its own
/// wording here, so none of its jargon ("expected ident") reaches the person.
pub(super) fn syntax(msg: &str) -> String {
    let m = without_position(msg);
    let words = if m.starts_with("EOF while parsing") {
        "the file ends too soon: it may have been cut short while it was copied or downloaded"
    } else if m.starts_with("recursion limit exceeded") {
        "it is nested too deeply (lists or objects more than 128 levels inside each other), which a \
         case bundle never is"
    } else if m == "expected ident" {
        "a word there is misspelt or cut short (JSON allows only true, false and null unquoted)"
    } else if m == "expected value" {
        "a value is missing or is not written as JSON allows (text in double quotes, a number, \
         true, false, null, a list or an object)"
    } else if m == "expected `:`" {
        "a colon is missing between a name and its value"
    } else if m.starts_with("expected `,` or") {
        "a comma or a closing bracket is missing"
    } else if m == "expected `\"`" || m == "key must be a string" {
        "a name is not in double quotes"
    } else if m == "trailing comma" {
        "there is a comma after the last item of a list or object"
    } else if m == "trailing characters" {
        "there is more after the end of the bundle"
    } else if m.starts_with("control character") {
        "a piece of text holds a control character (such as a raw line break) that JSON allows \
         only written as an escape"
    } else if m == "invalid escape"
        || m == "unexpected end of hex escape"
        || m.contains("surrogate")
        || m == "invalid unicode code point"
    {
        "a piece of text holds a broken escape (a backslash sequence)"
    } else if m == "invalid number" || m == "number out of range" {
        "a number is written wrongly or is far too large"
    } else {
        "it is not written as JSON allows"
    };
    words.into()
}

/// The message for a value that could not be read as the bundle's field, given what was `found`
/// at its path (when it could be found).
pub(super) fn plain(msg: &str, found: Option<&Value>) -> String {
    let m = without_position(msg);
    if let Some(rest) = m.strip_prefix("missing field ") {
        return format!("{} is missing: add it", rest.replace('`', "\""));
    }
    if let Some(rest) = m.strip_prefix("unknown field ") {
        let name = rest.split(',').next().unwrap_or(rest).replace('`', "\"");
        return format!(
            "{name} is not a field of a case bundle here: check its spelling, or remove it"
        );
    }
    if let Some(rest) = m.strip_prefix("duplicate field ") {
        return format!("{} is given twice here: keep one", rest.replace('`', "\""));
    }
    if let Some(rest) = m.strip_prefix("unknown variant ") {
        let (value, allowed) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!(
            "{} is not one of the values allowed here ({}): use one of them",
            value.replace('`', "\""),
            allowed.trim_start_matches("one of ").replace('`', "\"")
        );
    }
    if let Some(found) = found {
        if is_date_error(m) {
            return date_words(found);
        }
        if let Some(wanted) = m.split(", expected ").nth(1) {
            return format!(
                "this should be {}, not {}: correct it",
                wanted_words(wanted),
                found_words(found)
            );
        }
    }
    m.replace('`', "\"")
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

/// Why `found` is not a date, in words, naming the impossible part.
fn date_words(found: &Value) -> String {
    let Some(text) = found.as_str() else {
        return format!(
            "this should be a date in quotes, such as \"2026-11-23\", not {}",
            found_words(found)
        );
    };
    let shown = shown(text);
    let form = "give it as YYYY-MM-DD (year-month-day), for example \"2026-11-23\"";
    let parts: Vec<&str> = text.split('-').collect();
    let numbers: Option<Vec<u32>> = parts.iter().map(|p| p.parse().ok()).collect();
    match (parts.as_slice(), numbers.as_deref()) {
        ([y, m, d], Some(&[year, month, day])) if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            let year = year as i32;
            if !(1..=12).contains(&month) {
                return format!(
                    "{shown} is not a real date: there is no month {month}. Correct it"
                );
            }
            let days = days_in_month(year, month);
            if day == 0 || day > days {
                let name = NaiveDate::from_ymd_opt(year, month, 1)
                    .map(|d| d.format("%B %Y").to_string())
                    .unwrap_or_else(|| format!("month {month}"));
                return format!(
                    "{shown} is not a real date: {name} has {days} days. Correct the day"
                );
            }
            format!("{shown} is not a date this app can keep: {form}")
        }
        _ if text.contains('/') => {
            format!("{shown} is written the way the app shows dates; in a bundle, {form}")
        }
        _ => format!("{shown} is not a date: {form}"),
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

/// What serde expected, in words.
fn wanted_words(wanted: &str) -> String {
    let w = wanted.trim();
    let whole = |max: &str| format!("a whole number from 0 to {max}");
    match w {
        "u8" => whole("255"),
        "u16" => whole("65535"),
        "u32" => whole("4294967295"),
        "u64" | "usize" => whole("18446744073709551615"),
        "i8" | "i16" | "i32" | "i64" | "isize" => "a whole number".into(),
        "f32" | "f64" => "a number".into(),
        "a string" | "a borrowed string" | "a character" => "text in quotes".into(),
        "a boolean" => "true or false".into(),
        "a sequence" => "a list in [ ]".into(),
        "a map" => "an object in { }".into(),
        _ if w.starts_with("struct ") || w.starts_with("a map") => "an object in { }".into(),
        _ if w.starts_with("a tuple") || w.starts_with("tuple") => "a list in [ ]".into(),
        _ => w.replace('`', "\""),
    }
}

/// The value found, in words.
fn found_words(found: &Value) -> String {
    match found {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => format!("the text {}", shown(s)),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
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
            let said = syntax(&e);
            for jargon in ["expected", "ident", "EOF", "`", " at line "] {
                assert!(!said.contains(jargon), "{input}: {e} -> {said}");
            }
            assert_ne!(
                said, "it is not written as JSON allows",
                "{input}: {e} has no own words"
            );
        }
    }

    #[test]
    fn impossible_dates_name_the_impossible_part() {
        let m = plain("input is out of range", Some(&json!("2026-02-30")));
        assert_eq!(
            m,
            "\"2026-02-30\" is not a real date: February 2026 has 28 days. Correct the day"
        );
        let m = plain("input is out of range", Some(&json!("2024-02-30")));
        assert!(m.contains("February 2024 has 29 days"), "{m}");
        let m = plain("input is out of range", Some(&json!("2026-13-01")));
        assert!(m.contains("there is no month 13"), "{m}");
        let m = plain(
            "input contains invalid characters",
            Some(&json!("23/11/2026")),
        );
        assert!(m.contains("year-month-day"), "{m}");
        let m = plain("premature end of input", Some(&json!("2026-11")));
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
            let m = plain(msg, Some(&found));
            assert!(!m.contains("u32"), "{m}");
            assert!(
                m.starts_with("this should be a whole number from 0 to 4294967295"),
                "{m}"
            );
        }
        let m = plain(
            "invalid type: integer `5`, expected a string",
            Some(&json!(5)),
        );
        assert_eq!(m, "this should be text in quotes, not 5: correct it");
    }

    #[test]
    fn long_values_are_cut_short() {
        let m = plain(
            "invalid type: string, expected u32",
            Some(&json!("x".repeat(1000))),
        );
        assert!(m.len() < 200, "{m}");
    }

    #[test]
    fn syntax_errors_in_words() {
        assert!(syntax("EOF while parsing an object at line 3 column 1").contains("cut short"));
        assert!(syntax("recursion limit exceeded at line 1 column 129").contains("nested"));
    }
}
