//! Reading a bundle file: JSON syntax (with line and column), then the `format` and `version`,
//! then every field's type (with its JSON path), each with a message a person can act on.

use serde_json::Value;

use super::format::{CaseBundle, BUNDLE_FORMAT, BUNDLE_VERSION};
use super::paths::{problem, refused};
use crate::error::{Error, ErrorCode, Result};

/// Parses and type-checks a bundle, refusing a file of another kind or version before anything
/// else so the person is told the real reason first.
pub fn parse_bundle(json: &str) -> Result<CaseBundle> {
    let value: Value = serde_json::from_str(json).map_err(|e| {
        Error::new(
            ErrorCode::Invalid,
            format!(
                "The file is not valid JSON (line {}, column {}): {}. It may be damaged or not \
                 a case bundle.",
                e.line(),
                e.column(),
                without_position(&e.to_string())
            ),
        )
    })?;
    check_kind(&value)?;
    let mut de = serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { "(bundle)".into() } else { path };
        refused(vec![problem(path, plain(&e.inner().to_string()))])
    })
}

fn check_kind(value: &Value) -> Result<()> {
    let not_bundle = |message: String| {
        Err(Error {
            code: ErrorCode::Invalid,
            message: message.clone(),
            fields: vec![problem("format", message)],
        })
    };
    let Some(obj) = value.as_object() else {
        return not_bundle(format!(
            "This file is not a Contact Records case bundle: it should be a JSON object with \
             \"format\": \"{BUNDLE_FORMAT}\"."
        ));
    };
    match obj.get("format").and_then(Value::as_str) {
        Some(BUNDLE_FORMAT) => {}
        Some(other) => {
            return not_bundle(format!(
                "This file is not a Contact Records case bundle: its format is \"{other}\", not \
                 \"{BUNDLE_FORMAT}\"."
            ))
        }
        None => {
            return not_bundle(format!(
                "This file is not a Contact Records case bundle: it has no \"format\": \
                 \"{BUNDLE_FORMAT}\"."
            ))
        }
    }
    let version = obj.get("version");
    match version.and_then(Value::as_u64) {
        Some(v) if v == u64::from(BUNDLE_VERSION) => Ok(()),
        Some(1) => Err(version_error(
            "This bundle is version 1, written before records carried real signatures, so its \
             finalised records cannot be checked. Ask whoever sent it to export the cases again \
             with an up-to-date Contact Records (which writes version 2), and import that file."
                .into(),
        )),
        Some(v) if v > u64::from(BUNDLE_VERSION) => Err(version_error(format!(
            "This bundle is version {v}, written by a newer Contact Records; this version reads \
             version {BUNDLE_VERSION} only. Update Contact Records and import it again."
        ))),
        _ => Err(version_error(format!(
            "This bundle's version ({}) is not one Contact Records knows: it reads version \
             {BUNDLE_VERSION}.",
            version.map_or("missing".into(), Value::to_string)
        ))),
    }
}

fn version_error(message: String) -> Error {
    Error {
        code: ErrorCode::Invalid,
        message: message.clone(),
        fields: vec![problem("version", message)],
    }
}

/// serde_json's message without its " at line 3 column 5" tail, which we give in words instead.
fn without_position(msg: &str) -> &str {
    msg.find(" at line ").map_or(msg, |i| &msg[..i])
}

/// serde's wording made plainer for a person reading the CLI or the app.
fn plain(msg: &str) -> String {
    let m = without_position(msg);
    if let Some(rest) = m.strip_prefix("missing field ") {
        return format!("{} is missing", rest.replace('`', "\""));
    }
    if let Some(rest) = m.strip_prefix("unknown field ") {
        let name = rest.split(',').next().unwrap_or(rest).replace('`', "\"");
        return format!("{name} is not a field of a case bundle here: check its spelling");
    }
    if m.contains("premature end of input") || m.contains("input contains invalid characters") {
        return "this is not a date in the form YYYY-MM-DD".into();
    }
    let line = msg
        .find(" at line ")
        .map(|i| format!(" ({})", &msg[i + 1..]))
        .unwrap_or_default();
    format!("{}{line}", m.replace('`', "\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_give_line_and_column() {
        let e = parse_bundle("{\n  \"format\": ,\n}").unwrap_err();
        assert!(e.message.contains("line 2, column 13"), "{}", e.message);
    }

    #[test]
    fn another_format_is_named() {
        let e = parse_bundle(r#"{"format": "something-else", "version": 1}"#).unwrap_err();
        assert!(e.message.contains("\"something-else\""), "{}", e.message);
        assert_eq!(e.fields[0].field, "format");
    }

    #[test]
    fn a_newer_version_asks_for_an_update() {
        let e =
            parse_bundle(r#"{"format": "contact-records/case-bundle", "version": 3}"#).unwrap_err();
        assert!(e.message.contains("version 3"), "{}", e.message);
        assert!(e.message.contains("Update Contact Records"));
    }

    #[test]
    fn a_version_1_bundle_says_what_to_do() {
        let e =
            parse_bundle(r#"{"format": "contact-records/case-bundle", "version": 1}"#).unwrap_err();
        assert!(
            e.message.contains("export the cases again"),
            "{}",
            e.message
        );
        assert_eq!(e.fields[0].field, "version");
    }

    #[test]
    fn a_wrong_type_is_reported_with_its_path() {
        let json = r#"{"format": "contact-records/case-bundle", "version": 2,
            "exported_at": "2026-11-23T10:00:00Z",
            "settings": {"calendar_kind": "england_wales", "closure_days": []},
            "cases": [{"court_case_number": 5}]}"#;
        let e = parse_bundle(json).unwrap_err();
        assert_eq!(e.fields[0].field, "cases[0].court_case_number");
    }
}
