//! The report font (DejaVu Sans, shipped in `fonts/`): text clean-up, glyph coverage and advances.

use ttf_parser::Face;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use super::ReportError;

/// DejaVu Sans (regular), embedded in the binary; licence in `fonts/DEJAVU-LICENSE.txt`.
pub const REGULAR_TTF: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold.
pub const BOLD_TTF: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

/// The two faces of the report font.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FontStyle {
    Regular,
    Bold,
}

impl FontStyle {
    /// The font program's bytes, for a backend to embed.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            FontStyle::Regular => REGULAR_TTF,
            FontStyle::Bold => BOLD_TTF,
        }
    }
}

/// Characters below this are looked up once per report: Latin-1 and Latin Extended-A (ŵ ŷ and
/// every accented letter of Welsh), which is nearly all of any record's text. Measuring goes
/// character by character, so a cmap search per character was most of a layout's time.
const CACHED: usize = 0x180;

struct Metrics {
    face: Face<'static>,
    per_em: f32,
    /// For each character below [`CACHED`]: its advance in font units, `None` if the face lacks it.
    advances: Vec<Option<u16>>,
}

impl Metrics {
    fn parse(bytes: &'static [u8]) -> Result<Self, ReportError> {
        let face = Face::parse(bytes, 0).map_err(|e| ReportError::Font(e.to_string()))?;
        let per_em = f32::from(face.units_per_em().max(1));
        let advances = (0..CACHED as u32)
            .map(|c| char::from_u32(c).and_then(|ch| Self::lookup(&face, ch)))
            .collect();
        Ok(Metrics {
            face,
            per_em,
            advances,
        })
    }

    fn lookup(face: &Face<'static>, ch: char) -> Option<u16> {
        face.glyph_index(ch)
            .map(|g| face.glyph_hor_advance(g).unwrap_or(0))
    }

    fn advance(&self, ch: char) -> Option<u16> {
        match self.advances.get(ch as usize) {
            Some(cached) => *cached,
            None => Self::lookup(&self.face, ch),
        }
    }
}

/// Measures text in the report font. Parsing is lazy and cheap: make one per report.
pub struct Fonts {
    regular: Metrics,
    bold: Metrics,
}

impl Fonts {
    pub fn load() -> Result<Self, ReportError> {
        Ok(Fonts {
            regular: Metrics::parse(REGULAR_TTF)?,
            bold: Metrics::parse(BOLD_TTF)?,
        })
    }

    fn metrics(&self, style: FontStyle) -> &Metrics {
        match style {
            FontStyle::Regular => &self.regular,
            FontStyle::Bold => &self.bold,
        }
    }

    /// Whether the face has a glyph for `ch` (a line break needs none).
    pub fn covers(&self, style: FontStyle, ch: char) -> bool {
        ch == '\n' || self.metrics(style).advance(ch).is_some()
    }

    /// The advance of `ch` at `size` points (0 for a character the face lacks).
    pub fn char_width(&self, style: FontStyle, ch: char, size: f32) -> f32 {
        let m = self.metrics(style);
        m.advance(ch)
            .map_or(0.0, |adv| f32::from(adv) * size / m.per_em)
    }

    /// The width of `text` set on one line at `size` points (no kerning, as the PDF draws it).
    pub fn width(&self, style: FontStyle, text: &str, size: f32) -> f32 {
        text.chars()
            .filter(|c| *c != '\n')
            .map(|c| self.char_width(style, c, size))
            .sum()
    }

    /// Height above the baseline, as a fraction of the size.
    pub fn ascent(&self, style: FontStyle) -> f32 {
        let m = self.metrics(style);
        f32::from(m.face.ascender()) / m.per_em
    }

    /// Depth below the baseline, as a positive fraction of the size.
    pub fn descent(&self, style: FontStyle) -> f32 {
        let m = self.metrics(style);
        -f32::from(m.face.descender()) / m.per_em
    }

    /// Refuses text with a character the face cannot draw, naming it and where it is.
    pub fn check(&self, style: FontStyle, text: &str) -> Result<(), ReportError> {
        match text.char_indices().find(|(_, c)| !self.covers(style, *c)) {
            None => Ok(()),
            Some((at, ch)) => Err(ReportError::MissingGlyph {
                ch,
                context: context_around(text, at),
            }),
        }
    }
}

/// Up to a few words either side of byte offset `at`, on one line, for an error message.
fn context_around(text: &str, at: usize) -> String {
    const SPAN: usize = 24;
    let before: Vec<char> = text[..at].chars().rev().take(SPAN).collect();
    let after: String = text[at..].chars().take(SPAN + 1).collect();
    let mut out: String = before.into_iter().rev().collect();
    if out.len() < text[..at].len() {
        out.insert(0, '…');
    }
    out.push_str(&after);
    if at + after.len() < text.len() {
        out.push('…');
    }
    out.replace('\n', " ")
}

/// Prepares typed text for print: line breaks unified to `\n`, tabs to spaces, invisible format
/// characters and other control characters removed, trailing white space trimmed, then NFC
/// (so "ŵ" is always U+0175, never "w" plus a combining circumflex).
pub fn prepare(text: &str) -> String {
    // Most text needs nothing done: one pass to see that saves the four passes and copies below.
    let clean = |c: char| c == '\n' || !(c.is_control() || is_invisible(c) || is_line_break(c));
    if text.chars().all(clean)
        && text.trim_end().len() == text.len()
        && is_nfc_quick(text.chars()) == IsNormalized::Yes
    {
        return text.to_string();
    }
    let unified = text.replace("\r\n", "\n");
    let cleaned: String = unified
        .chars()
        .filter_map(|c| match c {
            c if is_line_break(c) => Some('\n'),
            '\t' => Some(' '),
            '\n' => Some('\n'),
            c if is_invisible(c) => None,
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect();
    cleaned.trim_end().nfc().collect()
}

/// A line break other than `\n`: carriage return, the Unicode line and paragraph separators, NEL.
fn is_line_break(c: char) -> bool {
    matches!(c, '\r' | '\u{2028}' | '\u{2029}' | '\u{85}')
}

/// Soft hyphen, zero-width space/joiners, word joiner, BOM, bidi marks and embeddings.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{200b}'..='\u{200f}'
            | '\u{2060}'
            | '\u{feff}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prepare_composes_and_cleans() {
        assert_eq!(prepare("w\u{302}y\u{302}\r\nA\tB\u{200b}C  \n"), "ŵŷ\nA BC");
        // Each thing the quick path must not let through, alone in otherwise clean text.
        for (typed, printed) in [
            ("Siân\u{ad}", "Siân"),
            ("a\rb", "a\nb"),
            ("a\u{2028}b", "a\nb"),
            ("a\u{7}b", "ab"),
            ("a\tb", "a b"),
            ("Gw\u{302}yn", "Gŵyn"),
            ("Llŷr ", "Llŷr"),
            ("\u{202e}abc", "abc"),
        ] {
            assert_eq!(prepare(typed), printed, "{typed:?}");
        }
        assert_eq!(prepare("Gŵyn ac Siân\nLlŷr"), "Gŵyn ac Siân\nLlŷr");
    }

    #[test]
    fn dejavu_covers_welsh_and_measures() {
        let fonts = Fonts::load().unwrap();
        for c in "âêîôûŵŷàèìòùẁẃẅỳýÿÂÊÎÔÛŴŶÀÈÌÒÙẀẂẄỲÝŸ’“”…·".chars()
        {
            assert!(fonts.covers(FontStyle::Regular, c), "{c}");
            assert!(fonts.covers(FontStyle::Bold, c), "{c}");
        }
        let w = fonts.width(FontStyle::Regular, "Siân", 12.0);
        assert!(w > 20.0 && w < 40.0, "{w}");
        assert!(fonts.width(FontStyle::Bold, "Siân", 12.0) > w);
    }

    #[test]
    fn the_cache_agrees_with_the_face() {
        let fonts = Fonts::load().unwrap();
        for style in [FontStyle::Regular, FontStyle::Bold] {
            let m = fonts.metrics(style);
            for c in (0..0x400u32).filter_map(char::from_u32) {
                assert_eq!(m.advance(c), Metrics::lookup(&m.face, c), "{c:?}");
            }
            // Outside the cache: a character the face has, and one it lacks.
            assert!(fonts.covers(style, '€') && fonts.char_width(style, '€', 10.0) > 0.0);
            assert!(!fonts.covers(style, '名'));
        }
    }

    #[test]
    fn missing_glyph_names_the_character() {
        let fonts = Fonts::load().unwrap();
        let err = fonts
            .check(FontStyle::Regular, "Elis said 🤖 and laughed")
            .unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.starts_with("The character U+1F916 🤖 cannot be printed with the report font"),
            "{msg}"
        );
        assert!(msg.contains("Elis said 🤖 and laughed"), "{msg}");
        let err = fonts.check(FontStyle::Bold, "名").unwrap_err();
        assert!(err.to_string().contains("U+540D 名"), "{err}");
    }
}
