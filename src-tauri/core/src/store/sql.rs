//! Mapping the model's enums and dates to and from the text stored in SQLite.

use rusqlite::types::Type;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// The enum's serde name, e.g. `AdultRole::OtherRelative` -> "other_relative".
pub fn enum_text<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// Reads an enum stored by `enum_text`; an unknown value is a damaged row and reported as such.
pub fn parse_enum<T: DeserializeOwned>(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    serde_json::from_value(serde_json::Value::String(text))
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(e)))
}

pub fn parse_date(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<chrono::NaiveDate> {
    let text: String = row.get(idx)?;
    chrono::NaiveDate::parse_from_str(&text, "%Y-%m-%d")
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(e)))
}
