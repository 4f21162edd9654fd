//! Reading a bundle file: JSON syntax (with line and column), then the `format` and `version`,
//! then every field's type (with its JSON path), each with a message a person can act on.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use serde_json::Value;

use super::format::{CaseBundle, BUNDLE_FORMAT, BUNDLE_VERSION};
use super::paths::{problem, refused};
use super::wording::{plain, syntax};
use crate::error::{Error, ErrorCode, Result};

/// The largest bundle file read. A real handover of one family is well under 1 MB; a batch
/// export of a whole service a few MB. Anything larger is refused before it is parsed, so a huge
/// file cannot hold the app's memory or time.
pub const MAX_BUNDLE_BYTES: u64 = 50 * 1024 * 1024;

/// Reads a bundle file, refusing one over [`MAX_BUNDLE_BYTES`] from its size alone, and one that is
/// not text.
pub fn read_bundle_file(path: &Path) -> Result<String> {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let unreadable = |e: std::io::Error| {
        Error::said(
            ErrorCode::NotFound,
            crate::message::Message::new(crate::message_import::COULD_NOT_READ)
                .text("name", &name)
                .text("error", e.to_string()),
        )
    };
    let file = File::open(path).map_err(unreadable)?;
    let size = file.metadata().map_err(unreadable)?.len();
    if size > MAX_BUNDLE_BYTES {
        return Err(too_big(size));
    }
    // The size is checked again as it is read: a file can grow, or be a pipe with no size.
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(MAX_BUNDLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_BUNDLE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    String::from_utf8(bytes).map_err(|_| {
        Error::said(
            ErrorCode::Invalid,
            crate::message::Message::new(crate::message_import::NOT_TEXT).text("name", &name),
        )
    })
}

fn too_big(size: u64) -> Error {
    let mb = |b: u64| b as f64 / (1024.0 * 1024.0);
    let said = crate::message::Message::new(crate::message_import::TOO_BIG)
        .text("size", format!("{:.1}", mb(size)))
        .text("max", format!("{:.0}", mb(MAX_BUNDLE_BYTES)));
    let mut e = Error::said(ErrorCode::Invalid, said.clone());
    e.fields = vec![problem("(file)", said)];
    e
}

/// Parses and type-checks a bundle, refusing a file of another kind or version before anything
/// else so the person is told the real reason first.
pub fn parse_bundle(json: &str) -> Result<CaseBundle> {
    if json.len() as u64 > MAX_BUNDLE_BYTES {
        return Err(too_big(json.len() as u64));
    }
    let value: Value = serde_json::from_str(json).map_err(|e| {
        Error::said(
            ErrorCode::Invalid,
            crate::message::Message::new(crate::message_import::NOT_JSON)
                .text("line", e.line().to_string())
                .text("column", e.column().to_string())
                .key("detail", syntax(&e.to_string())),
        )
    })?;
    check_kind(&value)?;
    let mut de = serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let found = value_at(&value, e.path());
        let path = e.path().to_string();
        let path = if path == "." { "(bundle)".into() } else { path };
        let said = plain(&e.inner().to_string(), found);
        let said = match (e.inner().line(), e.inner().column()) {
            (0, _) => said,
            (line, column) => {
                // The problem said inside "(line 3 column 5)", its parameters kept beside.
                let mut at = crate::message::Message::new(crate::message_import_words::AT_LINE)
                    .text("line", line.to_string())
                    .text("column", column.to_string());
                at.params.extend(said.params);
                at.params
                    .insert("problem".into(), crate::message::Param::Key(said.key));
                at
            }
        };
        refused(vec![problem(path, said)])
    })
}

/// The value at a path serde reported, to show the person what was found there.
fn value_at<'v>(root: &'v Value, path: &serde_path_to_error::Path) -> Option<&'v Value> {
    use serde_path_to_error::Segment;
    path.iter().try_fold(root, |v, seg| match seg {
        Segment::Seq { index } => v.get(*index),
        Segment::Map { key } => v.get(key.as_str()),
        Segment::Enum { .. } | Segment::Unknown => None,
    })
}

fn check_kind(value: &Value) -> Result<()> {
    let not_bundle = |said: crate::message::Message| {
        let said = said.text("format", BUNDLE_FORMAT);
        let mut e = Error::said(ErrorCode::Invalid, said.clone());
        e.fields = vec![problem("format", said)];
        Err(e)
    };
    let Some(obj) = value.as_object() else {
        return not_bundle(crate::message::Message::new(
            crate::message_import::NOT_OBJECT,
        ));
    };
    match obj.get("format").and_then(Value::as_str) {
        Some(BUNDLE_FORMAT) => {}
        Some(other) => {
            return not_bundle(
                crate::message::Message::new(crate::message_import::OTHER_FORMAT)
                    .text("other", other),
            )
        }
        None => {
            return not_bundle(crate::message::Message::new(
                crate::message_import::NO_FORMAT,
            ))
        }
    }
    let version = obj.get("version");
    match version.and_then(Value::as_u64) {
        Some(v) if v == u64::from(BUNDLE_VERSION) => Ok(()),
        Some(1) => Err(version_error(crate::message::Message::new(
            crate::message_import::VERSION_ONE,
        ))),
        Some(v) if v > u64::from(BUNDLE_VERSION) => Err(version_error(
            crate::message::Message::new(crate::message_import::VERSION_NEWER)
                .text("version", v.to_string())
                .text("reads", BUNDLE_VERSION.to_string()),
        )),
        _ => Err(version_error(
            crate::message::Message::new(crate::message_import::VERSION_UNKNOWN)
                .text(
                    "version",
                    version.map_or("missing".into(), Value::to_string),
                )
                .text("reads", BUNDLE_VERSION.to_string()),
        )),
    }
}

fn version_error(said: crate::message::Message) -> Error {
    let mut e = Error::said(ErrorCode::Invalid, said.clone());
    e.fields = vec![problem("version", said)];
    e
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
