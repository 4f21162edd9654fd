//! What makes a passphrase good enough to protect children's records, and how strong one looks.

use serde::Serialize;

use crate::error::{Error, ErrorCode, FieldError, Result};

/// Shorter than this is refused: three or four random words are longer.
pub const MIN_CHARS: usize = 10;

/// How strong a passphrase looks, for the meter beside the field; `score` 0 (weak) to 4 (strong).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct Strength {
    pub score: u8,
    pub label: String,
}

/// A rough estimate from length and the kinds of character used; it never refuses anything.
pub fn strength(text: &str) -> Strength {
    let chars = text.chars().count();
    let kinds = [
        text.chars().any(|c| c.is_lowercase()),
        text.chars().any(|c| c.is_uppercase()),
        text.chars().any(|c| c.is_ascii_digit()),
        text.chars().any(|c| !c.is_alphanumeric()),
    ]
    .iter()
    .filter(|k| **k)
    .count();
    let distinct = {
        let mut v: Vec<char> = text.chars().collect();
        v.sort_unstable();
        v.dedup();
        v.len()
    };
    let score = if chars < MIN_CHARS || distinct < 5 {
        0
    } else if chars < 14 {
        if kinds >= 3 {
            2
        } else {
            1
        }
    } else if chars < 20 {
        if kinds >= 2 {
            3
        } else {
            2
        }
    } else {
        4
    };
    let label = match score {
        0 => "Too weak",
        1 => "Weak",
        2 => "Fair",
        3 => "Good",
        _ => "Strong",
    };
    Strength {
        score,
        label: label.into(),
    }
}

/// Refuses a passphrase that is too short or too plain to protect the records.
pub fn check_new(text: &str) -> Result<()> {
    if strength(text).score == 0 {
        let said = crate::message::Message::new(crate::message_forms::PASSPHRASE_WEAK)
            .text("min", MIN_CHARS.to_string());
        let mut e = Error::said(ErrorCode::Invalid, said.clone());
        e.fields = vec![FieldError {
            field: "passphrase".into(),
            message: said.english(),
            msg: Some(said),
        }];
        return Err(e);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_or_repetitive_passphrases_are_refused_and_long_ones_are_strong() {
        assert!(check_new("short").is_err());
        assert!(check_new("aaaaaaaaaaaaaaaa").is_err());
        assert_eq!(strength("aaaaaaaaaaaaaaaa").score, 0);
        assert!(check_new("correct horse").is_ok());
        assert_eq!(strength("correct horse").score, 1);
        assert_eq!(strength("correct horse battery").score, 4);
        assert_eq!(strength("Tr0mbone-llama").score, 3);
    }
}
