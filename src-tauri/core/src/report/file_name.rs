//! The file name offered when a record is exported: the record, the court case number and the
//! date, in characters every file system and e-mail gateway accepts.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Which record a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    /// One session's Record of Observed Contact.
    ObservedSession,
    /// The final Record of Observed Contact (all sessions).
    ObservedFinal,
    Supported,
}

impl RecordKind {
    fn stem(self) -> &'static str {
        match self {
            RecordKind::ObservedSession => "Record-of-Observed-Contact",
            RecordKind::ObservedFinal => "Record-of-Observed-Contact-Final",
            RecordKind::Supported => "Record-of-Supported-Contact",
        }
    }
}

/// `Record-of-Observed-Contact_CF24P00123_2026-11-23.pdf`. The case number keeps its letters
/// and digits (accents dropped: "ŵ" becomes "w"); anything else becomes a single "-".
pub fn suggested_file_name(kind: RecordKind, court_case_number: &str, date: NaiveDate) -> String {
    let mut number = String::new();
    // Decomposed, "ŵ" is "w" plus a combining circumflex: the mark is dropped, the letter kept.
    for ch in court_case_number.nfd().filter(|c| !is_combining_mark(*c)) {
        if ch.is_ascii_alphanumeric() {
            number.push(ch);
        } else if !number.is_empty() && !number.ends_with('-') {
            number.push('-');
        }
    }
    let number = number.trim_end_matches('-');
    let number = if number.is_empty() {
        "no-case-number"
    } else {
        number
    };
    format!("{}_{}_{}.pdf", kind.stem(), number, date.format("%Y-%m-%d"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn names_the_record_case_and_date() {
        assert_eq!(
            suggested_file_name(RecordKind::ObservedSession, "CF24P00123", d()),
            "Record-of-Observed-Contact_CF24P00123_2026-11-23.pdf"
        );
        assert_eq!(
            suggested_file_name(RecordKind::Supported, "CF24P00123", d()),
            "Record-of-Supported-Contact_CF24P00123_2026-11-23.pdf"
        );
        assert_eq!(
            suggested_file_name(RecordKind::ObservedFinal, "CF24P00123", d()),
            "Record-of-Observed-Contact-Final_CF24P00123_2026-11-23.pdf"
        );
    }

    #[test]
    fn sanitises_the_case_number() {
        let name = |n| suggested_file_name(RecordKind::ObservedSession, n, d());
        assert_eq!(
            name(" CF/24:P*001?23 "),
            "Record-of-Observed-Contact_CF-24-P-001-23_2026-11-23.pdf"
        );
        assert_eq!(
            name("Llŷr\\..\\ŴYN"),
            "Record-of-Observed-Contact_Llyr-WYN_2026-11-23.pdf"
        );
        assert_eq!(
            name("  "),
            "Record-of-Observed-Contact_no-case-number_2026-11-23.pdf"
        );
        assert_eq!(
            name("李"),
            "Record-of-Observed-Contact_no-case-number_2026-11-23.pdf"
        );
    }
}
