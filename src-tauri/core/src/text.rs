//! Text helpers: NFC normalisation of what people type, the folded keys used for searching, and
//! the characters that may not hide in a name or a number.

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

/// A character that cannot be seen, or that changes how the text around it is shown, and so could
/// make two different names or case numbers look the same, or reorder what a record says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HiddenKind {
    /// NUL, escape, a line break in a name, and the like.
    Control,
    /// A right-to-left or left-to-right override, embedding, isolate or mark.
    Direction,
    /// A zero-width space, joiner, word joiner, byte-order mark or soft hyphen.
    ZeroWidth,
}

impl HiddenKind {
    /// In plain words, for a message.
    pub fn words(self) -> &'static str {
        match self {
            HiddenKind::Control => "a control character",
            HiddenKind::Direction => "a hidden text-direction control",
            HiddenKind::ZeroWidth => "an invisible zero-width character",
        }
    }
}

fn hidden_kind(c: char) -> Option<HiddenKind> {
    match c {
        '\u{061C}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}' => Some(HiddenKind::Direction),
        '\u{00AD}'
        | '\u{034F}'
        | '\u{115F}'
        | '\u{1160}'
        | '\u{17B4}'
        | '\u{17B5}'
        | '\u{180E}'
        | '\u{200B}'..='\u{200D}'
        | '\u{2060}'..='\u{2064}'
        | '\u{3164}'
        | '\u{FEFF}'
        | '\u{FFA0}' => Some(HiddenKind::ZeroWidth),
        '\u{2028}' | '\u{2029}' => Some(HiddenKind::Control),
        c if c.is_control() => Some(HiddenKind::Control),
        _ => None,
    }
}

/// The first character of a name, number or other one-line field that may not be there.
pub fn hidden_in_line(s: &str) -> Option<(char, HiddenKind)> {
    s.chars().find_map(|c| hidden_kind(c).map(|k| (c, k)))
}

/// The first character of a long answer that may not be there: line breaks and tabs are fine,
/// and so are joiners (some scripts and emoji need them); controls and direction overrides are not.
pub fn hidden_in_text(s: &str) -> Option<(char, HiddenKind)> {
    s.chars().find_map(|c| match hidden_kind(c) {
        _ if matches!(c, '\n' | '\r' | '\t') => None,
        Some(HiddenKind::ZeroWidth) => None,
        Some(HiddenKind::Direction) if matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}') => None,
        k => k.map(|k| (c, k)),
    })
}

/// "U+200B"
pub fn code_point(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_characters_are_found_in_lines() {
        assert_eq!(hidden_in_line("Siân Llŷr"), None);
        assert_eq!(
            hidden_in_line("CF24\u{200B}P00123"),
            Some(('\u{200B}', HiddenKind::ZeroWidth))
        );
        assert_eq!(
            hidden_in_line("Ann\u{202E}eB"),
            Some(('\u{202E}', HiddenKind::Direction))
        );
        assert_eq!(hidden_in_line("A\0B"), Some(('\0', HiddenKind::Control)));
        assert_eq!(
            hidden_in_line("A\nB").map(|h| h.1),
            Some(HiddenKind::Control)
        );
        assert_eq!(code_point('\u{200B}'), "U+200B");
    }

    #[test]
    fn long_text_keeps_line_breaks_but_not_overrides() {
        assert_eq!(hidden_in_text("Line one\nLine two\tend"), None);
        assert_eq!(hidden_in_text("a\u{200D}b"), None);
        assert_eq!(
            hidden_in_text("said \u{202E}olleh"),
            Some(('\u{202E}', HiddenKind::Direction))
        );
        assert_eq!(
            hidden_in_text("a\u{7}b").map(|h| h.1),
            Some(HiddenKind::Control)
        );
    }

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
