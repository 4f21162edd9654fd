//! Greedy line breaking at Unicode line-break opportunities (UAX #14), measured in the report font.

use unicode_linebreak::{linebreaks, BreakOpportunity};
use unicode_normalization::char::is_combining_mark;

use super::font::{FontStyle, Fonts};

/// One wrapped line and its width in points (trailing spaces excluded).
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub text: String,
    pub width: f32,
}

struct Wrapper<'a> {
    fonts: &'a Fonts,
    style: FontStyle,
    size: f32,
    max: f32,
    lines: Vec<Line>,
    current: String,
    current_width: f32,
}

impl Wrapper<'_> {
    fn measure(&self, text: &str) -> f32 {
        self.fonts.width(self.style, text, self.size)
    }

    fn push_line(&mut self) {
        let text = self.current.trim_end().to_string();
        let width = self.measure(&text);
        self.lines.push(Line { text, width });
        self.current.clear();
        self.current_width = 0.0;
    }

    /// Adds a segment (a word and the spaces after it) to the current line or a new one.
    fn place(&mut self, segment: &str) {
        let word = segment.trim_end();
        let word_width = self.measure(word);
        if !self.current.is_empty() && self.current_width + word_width > self.max {
            self.push_line();
        }
        if self.current.is_empty() && word_width > self.max {
            self.break_word(word);
            let spaces = &segment[word.len()..];
            self.current.push_str(spaces);
            self.current_width += self.measure(spaces);
        } else {
            self.current.push_str(segment);
            self.current_width += self.measure(segment);
        }
    }

    /// Breaks a word wider than the line between characters (keeping combining marks with their
    /// base). The last piece stays open as the current line.
    fn break_word(&mut self, word: &str) {
        let mut clusters: Vec<String> = Vec::new();
        for c in word.chars() {
            match clusters.last_mut() {
                Some(last) if is_combining_mark(c) => last.push(c),
                _ => clusters.push(c.to_string()),
            }
        }
        for cluster in clusters {
            let w = self.measure(&cluster);
            if !self.current.is_empty() && self.current_width + w > self.max {
                self.push_line();
            }
            self.current.push_str(&cluster);
            self.current_width += w;
        }
    }
}

/// Wraps prepared text (see `font::prepare`) into lines no wider than `max` points. Typed line
/// breaks are kept; an empty text gives one empty line. A single character wider than `max` is
/// the only thing that can overflow (it then stands alone on its line).
pub fn wrap(fonts: &Fonts, style: FontStyle, size: f32, text: &str, max: f32) -> Vec<Line> {
    let mut w = Wrapper {
        fonts,
        style,
        size,
        max,
        lines: Vec::new(),
        current: String::new(),
        current_width: 0.0,
    };
    let mut start = 0;
    for (end, opportunity) in linebreaks(text) {
        let segment = &text[start..end];
        start = end;
        let mandatory = opportunity == BreakOpportunity::Mandatory;
        let segment = segment.strip_suffix('\n').unwrap_or(segment);
        w.place(segment);
        if mandatory && end < text.len() {
            w.push_line();
        }
    }
    w.push_line();
    w.lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Line]) -> Vec<&str> {
        lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn wraps_at_spaces_and_keeps_typed_breaks() {
        let fonts = Fonts::load().unwrap();
        let one = fonts.width(FontStyle::Regular, "Gwenllïan", 12.0);
        let lines = wrap(
            &fonts,
            FontStyle::Regular,
            12.0,
            "Siân Llŷr Siân Llŷr\nGwenllïan",
            one + 5.0,
        );
        assert_eq!(texts(&lines), ["Siân Llŷr", "Siân Llŷr", "Gwenllïan"]);
        assert!(lines.iter().all(|l| l.width <= one + 5.0));
        assert_eq!(
            texts(&wrap(&fonts, FontStyle::Regular, 12.0, "", 100.0)),
            [""]
        );
        assert_eq!(
            texts(&wrap(&fonts, FontStyle::Regular, 12.0, "a\n\nb", 100.0)),
            ["a", "", "b"]
        );
    }

    #[test]
    fn breaks_long_words_by_characters() {
        let fonts = Fonts::load().unwrap();
        let word = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch";
        let lines = wrap(&fonts, FontStyle::Bold, 12.0, word, 60.0);
        assert!(lines.len() > 3);
        assert!(lines.iter().all(|l| l.width <= 60.0));
        assert_eq!(
            lines.iter().map(|l| l.text.as_str()).collect::<String>(),
            word
        );
    }

    #[test]
    fn breaks_after_hyphens_and_slashes() {
        let fonts = Fonts::load().unwrap();
        let w = fonts.width(FontStyle::Regular, "known", 12.0);
        let lines = wrap(&fonts, FontStyle::Regular, 12.0, "well-known", w + 1.0);
        assert_eq!(texts(&lines), ["well-", "known"]);
    }
}
