//! Text helpers: NFC normalisation of what people type, and the folded keys used for searching.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Trims and NFC-normalises typed text, so "ŵ" is always U+0175 however it was entered.
pub fn clean(s: &str) -> String {
    s.trim().nfc().collect()
}

/// A search key: lower case with accents removed, so "sian llyr" finds "Siân Llŷr".
pub fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// A `LIKE` pattern matching `needle` anywhere, with `%`, `_` and `\` escaped.
pub fn like_anywhere(needle: &str) -> String {
    let mut p = String::with_capacity(needle.len() + 2);
    p.push('%');
    for c in fold(needle.trim()).chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_composes_welsh_letters() {
        assert_eq!(clean("  w\u{0302}y\u{0302} "), "\u{0175}\u{0177}");
    }

    #[test]
    fn fold_removes_accents_and_case() {
        assert_eq!(fold("Siân Llŷr"), "sian llyr");
        assert_eq!(fold("GWENLLÏAN"), "gwenllian");
    }

    #[test]
    fn like_pattern_escapes_wildcards() {
        assert_eq!(like_anywhere("50%_a\\"), "%50\\%\\_a\\\\%");
    }
}
