//! Mapping the model's enums, dates and lists to and from the text stored in SQLite.

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

/// An enum value as an SQL string literal, so that queries name values through the enum rather
/// than repeating its stored text.
pub fn sql_text<T: Serialize>(value: &T) -> String {
    format!("'{}'", enum_text(value).replace('\'', "''"))
}

/// Every value of `all` that `keep` accepts, as an SQL list for `IN (...)`; `''` when none does,
/// so the list is never empty.
pub fn sql_list<T: Serialize + Copy>(all: &[T], keep: impl Fn(T) -> bool) -> String {
    let items: Vec<String> = all.iter().filter(|v| keep(**v)).map(sql_text).collect();
    if items.is_empty() {
        "''".to_string()
    } else {
        items.join(", ")
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

pub fn parse_opt_date(
    row: &rusqlite::Row<'_>,
    idx: usize,
) -> rusqlite::Result<Option<chrono::NaiveDate>> {
    let text: Option<String> = row.get(idx)?;
    text.map(|t| {
        chrono::NaiveDate::parse_from_str(&t, "%Y-%m-%d")
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(e)))
    })
    .transpose()
}

/// A value stored as JSON text, such as a list of enums.
pub fn parse_json<T: DeserializeOwned>(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    serde_json::from_str(&text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(e)))
}

/// The ISO text a date is stored as.
pub fn iso(date: chrono::NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

pub fn opt_iso(date: Option<chrono::NaiveDate>) -> Option<String> {
    date.map(iso)
}
