//! The file name offered when a record is exported: the record, the court case number and the
//! date, in characters every file system and e-mail gateway accepts.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use super::strings::Language;

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

    fn stem_cy(self) -> &'static str {
        match self {
            RecordKind::ObservedSession => "Cofnod-o-Gyswllt-a-Arsylwyd",
            RecordKind::ObservedFinal => "Cofnod-o-Gyswllt-a-Arsylwyd-Terfynol",
            RecordKind::Supported => "Cofnod-o-Gyswllt-â-Chymorth",
        }
    }
}

/// `Record-of-Observed-Contact_CF24P00123_2026-11-23.pdf` (English).
pub fn suggested_file_name(kind: RecordKind, court_case_number: &str, date: NaiveDate) -> String {
    suggested_file_name_in(kind, court_case_number, date, Language::English)
}

/// The file name in the document's language: a Welsh or bilingual record is named in Welsh
/// (`Cofnod-o-Gyswllt-a-Arsylwyd_CF24P00123_2026-11-23.pdf`).
pub fn suggested_file_name_in(
    kind: RecordKind,
    court_case_number: &str,
    date: NaiveDate,
    lang: Language,
) -> String {
    let stem = match lang {
        Language::English => kind.stem(),
        Language::Welsh | Language::Bilingual => kind.stem_cy(),
    };
    let number = file_safe(court_case_number);
    let number = if number.is_empty() {
        "no-case-number".to_string()
    } else {
        number
    };
    format!("{stem}_{number}_{}.pdf", date.format("%Y-%m-%d"))
}

/// Latin letters (with their accents: "ŵ", "ï" stay as they are, composed) and digits; anything
/// else becomes a single "-". Letters of other scripts are dropped: some e-mail gateways and
/// court systems mangle them.
pub fn file_safe(text: &str) -> String {
    let mut out = String::new();
    for ch in text.nfc() {
        if ch.is_ascii_alphanumeric() || (is_latin_letter(ch) && ch.is_alphabetic()) {
            out.push(ch);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Latin-1 Supplement, Latin Extended-A and -B, Latin Extended Additional (ẁ ẃ ẅ ỳ).
fn is_latin_letter(ch: char) -> bool {
    matches!(u32::from(ch), 0xC0..=0x24F | 0x1E00..=0x1EFF) && ch != '×' && ch != '÷'
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
            "Record-of-Observed-Contact_Llŷr-ŴYN_2026-11-23.pdf"
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

    #[test]
    fn keeps_circumflex_and_diaeresis_composed() {
        // "w" + combining circumflex is composed to "ŵ", never dropped to "w".
        assert_eq!(file_safe("Gwenllïan Ŵ\u{77}\u{302}"), "Gwenllïan-Ŵŵ");
        assert_eq!(file_safe("ẁ ÿ × 5"), "ẁ-ÿ-5");
        assert_eq!(
            suggested_file_name_in(RecordKind::Supported, "CF24P00123", d(), Language::Welsh),
            "Cofnod-o-Gyswllt-â-Chymorth_CF24P00123_2026-11-23.pdf"
        );
        assert_eq!(
            suggested_file_name_in(
                RecordKind::ObservedSession,
                "CF24P00123",
                d(),
                Language::Bilingual
            ),
            "Cofnod-o-Gyswllt-a-Arsylwyd_CF24P00123_2026-11-23.pdf"
        );
    }
}
