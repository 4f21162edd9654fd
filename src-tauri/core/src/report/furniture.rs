//! What every page carries: the running header (with the draft marker), the footer
//! (confidentiality line, "Page X of Y", fingerprint) and the draft watermark.
//! Its geometry is fixed per document, the same for a draft and the final record, so finalising
//! never moves a page break.

use super::document::Document;
use super::font::{prepare, FontStyle, Fonts};
use super::page::{Area, Item, Rule, TextRun, Watermark, Zone};
use super::strings::{self, Language};
use super::style::{Colour, Style, TextStyle};
use super::wrap::{wrap, Line};
use super::ReportError;

/// Gap between the header's left and right columns, and between the footer text and page number.
const COLUMN_GAP: f32 = 18.0;
/// Gap between text and the header or footer rule.
const RULE_GAP: f32 = 4.0;
/// Gap between the confidentiality line and the fingerprint.
const FINGERPRINT_GAP: f32 = 3.0;

pub struct Furniture<'a> {
    fonts: &'a Fonts,
    style: &'a Style,
    language: Language,
    draft: Option<String>,
    header_left: Vec<Line>,
    header_right: Vec<Line>,
    header_rule_y: f32,
    footer_lines: Vec<Line>,
    footer_rule_y: f32,
    fingerprint: Option<Vec<Line>>,
    /// The area left for the body.
    pub body: Area,
}

fn lines(
    fonts: &Fonts,
    font: FontStyle,
    ts: TextStyle,
    text: &str,
    width: f32,
) -> Result<Vec<Line>, ReportError> {
    let text = prepare(text);
    fonts.check(font, &text)?;
    Ok(wrap(fonts, font, ts.size, &text, width))
}

impl<'a> Furniture<'a> {
    pub fn plan(fonts: &'a Fonts, style: &'a Style, doc: &Document) -> Result<Self, ReportError> {
        let lang = doc.language;
        let left = style.text_left();
        let right = style.text_right();
        let half = (right - left - COLUMN_GAP) / 2.0;
        let h = &doc.header;
        let case = [h.case_name.trim(), h.case_number.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(strings::HEADER_SEPARATOR);
        // The draft marker's room is reserved on final records too, so they paginate alike.
        let marker = strings::DRAFT.joined(lang, " / ");
        fonts.check(FontStyle::Bold, &marker)?;
        let marker_room = fonts.width(FontStyle::Bold, &marker, style.header_text.size) + 8.0;
        let ht = style.header_text;
        let header_left = lines(fonts, FontStyle::Regular, ht, &case, half)?;
        let header_right = lines(
            fonts,
            FontStyle::Regular,
            ht,
            &h.record_title,
            half - marker_room,
        )?;
        let header_lines = header_left.len().max(header_right.len()).max(1);
        let header_rule_y = style.header_top + header_lines as f32 * ht.leading() + RULE_GAP;

        let ft = style.footer_text;
        // Room for "Page 888 of 888" (each language on its own line when bilingual).
        let widest_number = strings::page_x_of_y(lang, 888, 888);
        let number_width = widest_number
            .lines()
            .map(|l| fonts.width(FontStyle::Regular, l, ft.size))
            .fold(0.0, f32::max);
        let confidentiality = doc
            .confidentiality
            .clone()
            .unwrap_or_else(|| strings::CONFIDENTIALITY.get(lang));
        let footer_width = right - left - number_width - COLUMN_GAP;
        let footer_lines = lines(
            fonts,
            FontStyle::Regular,
            ft,
            &confidentiality,
            footer_width,
        )?;
        // The fingerprint's lines are reserved on drafts too (measured with a SHA-256 stand-in).
        let fp = style.fingerprint_text;
        let stand_in = "0".repeat(64);
        let fp_text =
            strings::fingerprint_line(lang, doc.fingerprint.as_deref().unwrap_or(&stand_in));
        let fp_lines = lines(fonts, FontStyle::Regular, fp, &fp_text, right - left)?;
        let footer_height = footer_lines.len() as f32 * ft.leading()
            + fp_lines.len() as f32 * fp.leading()
            + FINGERPRINT_GAP
            + RULE_GAP;
        let fingerprint = doc.fingerprint.is_some().then_some(fp_lines);
        let footer_rule_y = style.page_height - style.footer_bottom - footer_height;
        let body = Area {
            left,
            top: header_rule_y + style.header_gap,
            right,
            bottom: footer_rule_y - style.footer_gap,
        };
        Ok(Furniture {
            fonts,
            style,
            language: lang,
            draft: doc.draft.then_some(marker),
            header_left,
            header_right,
            header_rule_y,
            footer_lines,
            footer_rule_y,
            fingerprint,
            body,
        })
    }

    fn run(&self, text: &str, font: FontStyle, ts: TextStyle, x: f32, line_top: f32) -> TextRun {
        let ascent = self.fonts.ascent(font) * ts.size;
        let descent = self.fonts.descent(font) * ts.size;
        let baseline = line_top + (ts.leading() - ascent - descent) / 2.0 + ascent;
        let width = self.fonts.width(font, text, ts.size);
        TextRun {
            text: text.to_string(),
            font,
            size: ts.size,
            x,
            baseline,
            width,
            top: baseline - ascent,
            bottom: baseline + descent,
            box_left: self.style.text_left(),
            box_right: self.style.text_right(),
            zone: Zone::Header,
        }
    }

    fn rule(&self, y: f32, zone: Zone) -> Item {
        Item::Rule(Rule {
            x1: self.style.text_left(),
            y1: y,
            x2: self.style.text_right(),
            y2: y,
            thickness: self.style.rule_thin,
            colour: Colour::RULE,
            zone,
        })
    }

    /// The watermark, header and footer of page `page` of `pages`.
    pub fn items(&self, page: usize, pages: usize) -> (Vec<Item>, Vec<Item>) {
        let s = self.style;
        let (left, right) = (s.text_left(), s.text_right());
        let mut under = Vec::new();
        let mut over = Vec::new();
        let ht = s.header_text;
        for (i, line) in self.header_left.iter().enumerate() {
            let top = s.header_top + i as f32 * ht.leading();
            over.push(Item::Text(self.run(
                &line.text,
                FontStyle::Regular,
                ht,
                left,
                top,
            )));
        }
        let mut title_right = right;
        if let Some(marker) = &self.draft {
            let run = self.run(marker, FontStyle::Bold, ht, 0.0, s.header_top);
            let run = TextRun {
                x: right - run.width,
                ..run
            };
            title_right = run.x - 8.0;
            over.push(Item::Text(run));
            under.push(self.watermark(marker));
        }
        for (i, line) in self.header_right.iter().enumerate() {
            let top = s.header_top + i as f32 * ht.leading();
            let x = title_right - line.width;
            over.push(Item::Text(self.run(
                &line.text,
                FontStyle::Regular,
                ht,
                x,
                top,
            )));
        }
        over.push(self.rule(self.header_rule_y, Zone::Header));

        let ft = s.footer_text;
        over.push(self.rule(self.footer_rule_y, Zone::Footer));
        let first = self.footer_rule_y + RULE_GAP;
        for (i, line) in self.footer_lines.iter().enumerate() {
            let top = first + i as f32 * ft.leading();
            let run = self.run(&line.text, FontStyle::Regular, ft, left, top);
            over.push(Item::Text(TextRun {
                zone: Zone::Footer,
                ..run
            }));
        }
        let number = strings::page_x_of_y(self.language, page, pages);
        for (i, line) in number.lines().enumerate() {
            let top = first + i as f32 * ft.leading();
            let run = self.run(line, FontStyle::Regular, ft, 0.0, top);
            over.push(Item::Text(TextRun {
                x: right - run.width,
                zone: Zone::Footer,
                ..run
            }));
        }
        if let Some(fp) = &self.fingerprint {
            let first = first + self.footer_lines.len() as f32 * ft.leading() + FINGERPRINT_GAP;
            let fpt = s.fingerprint_text;
            for (i, line) in fp.iter().enumerate() {
                let top = first + i as f32 * fpt.leading();
                let run = self.run(&line.text, FontStyle::Regular, fpt, left, top);
                over.push(Item::Text(TextRun {
                    zone: Zone::Footer,
                    ..run
                }));
            }
        }
        (under, over)
    }

    /// The marker set large along the page's diagonal, centred on the body.
    fn watermark(&self, text: &str) -> Item {
        let s = self.style;
        let angle = s.page_height.atan2(s.page_width);
        let diagonal = s.page_width.hypot(s.page_height);
        let at_one = self.fonts.width(FontStyle::Bold, text, 1.0).max(0.01);
        let size = (0.55 * diagonal / at_one).min(130.0);
        Item::Watermark(Watermark {
            text: text.to_string(),
            font: FontStyle::Bold,
            size,
            centre_x: (self.body.left + self.body.right) / 2.0,
            centre_y: (self.body.top + self.body.bottom) / 2.0,
            width: at_one * size,
            angle: angle.to_degrees(),
            colour: Colour::WATERMARK,
        })
    }
}
