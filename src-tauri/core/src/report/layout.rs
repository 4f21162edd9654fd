//! Blocks to slices: every block becomes a run of unbreakable, measured slices with keep rules
//! (headings keep with what follows, no lone first or last line), not yet placed on a page.

use super::document::{Block, Level};
use super::font::{prepare, FontStyle, Fonts};
use super::page::{Area, Item, Link, Rule, TextRun, Zone};
use super::strings::Language;
use super::style::{Colour, Style, TextStyle};
use super::wrap::{wrap, Line};
use super::{table, ReportError};

/// Something a slice draws; page numbers and links to headings are resolved after pagination.
#[derive(Debug, Clone)]
pub enum Piece {
    Item(Item),
    /// The page number of heading `anchor`, right-aligned at `run.box_right`.
    PageNumber {
        anchor: usize,
        run: TextRun,
    },
    /// A link to heading `anchor`.
    LinkTo {
        anchor: usize,
        area: Area,
    },
}

impl Piece {
    pub fn shift(&mut self, dy: f32) {
        match self {
            Piece::Item(Item::Text(run)) | Piece::PageNumber { run, .. } => run.shift(dy),
            Piece::Item(Item::Rule(rule)) => {
                rule.y1 += dy;
                rule.y2 += dy;
            }
            Piece::Item(Item::Link(Link { area, .. })) | Piece::LinkTo { area, .. } => {
                area.top += dy;
                area.bottom += dy;
            }
            Piece::Item(Item::Watermark(w)) => w.centre_y += dy,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Flow,
    PageBreak,
    TableHeader(usize),
    TableRow(usize),
}

/// An outline entry to record where its slice lands; `anchor` links it to contents entries.
#[derive(Debug, Clone)]
pub struct Mark {
    pub title: String,
    pub level: u8,
    pub anchor: Option<usize>,
}

/// An unbreakable piece of the flow; pieces are positioned relative to the slice's top.
#[derive(Debug, Clone)]
pub struct Slice {
    /// Space above, dropped at the top of a page.
    pub space_before: f32,
    pub height: f32,
    /// Must share a page with the next slice (when the two fit on one page at all).
    pub keep_with_next: bool,
    pub pieces: Vec<Piece>,
    pub kind: Kind,
    pub mark: Option<Mark>,
}

impl Slice {
    pub fn new(height: f32, kind: Kind) -> Self {
        Slice {
            space_before: 0.0,
            height,
            keep_with_next: false,
            pieces: Vec::new(),
            kind,
            mark: None,
        }
    }
}

/// The measured flow of a document: its slices, and the header slice of each table by id.
#[derive(Debug, Default)]
pub struct Flow {
    pub slices: Vec<Slice>,
    pub table_headers: Vec<Slice>,
}

/// Lays blocks out into a [`Flow`] inside the body area.
pub struct Layouter<'a> {
    pub fonts: &'a Fonts,
    pub style: &'a Style,
    pub body: Area,
    pub flow: Flow,
    language: Language,
    /// Space owed after the previous block.
    pending_space: f32,
    /// Bookmarked headings (title, level), for contents lists.
    headings: Vec<(String, u8)>,
    next_anchor: usize,
}

impl<'a> Layouter<'a> {
    pub fn new(fonts: &'a Fonts, style: &'a Style, body: Area, language: Language) -> Self {
        Layouter {
            fonts,
            style,
            body,
            flow: Flow::default(),
            language,
            pending_space: 0.0,
            headings: Vec::new(),
            next_anchor: 0,
        }
    }

    /// Prepares, checks and wraps `text` into lines no wider than `width`.
    pub fn lines(
        &self,
        text: &str,
        font: FontStyle,
        size: f32,
        width: f32,
    ) -> Result<Vec<Line>, ReportError> {
        let text = prepare(text);
        self.fonts.check(font, &text)?;
        Ok(wrap(self.fonts, font, size, &text, width))
    }

    /// A text run for `line` in a line box starting at `line_top`, left-aligned at `x`.
    pub fn run(
        &self,
        line: Line,
        font: FontStyle,
        ts: TextStyle,
        x: f32,
        line_top: f32,
    ) -> TextRun {
        let ascent = self.fonts.ascent(font) * ts.size;
        let descent = self.fonts.descent(font) * ts.size;
        let baseline = line_top + (ts.leading() - ascent - descent) / 2.0 + ascent;
        TextRun {
            text: line.text,
            font,
            size: ts.size,
            x,
            baseline,
            width: line.width,
            top: baseline - ascent,
            bottom: baseline + descent,
            box_left: x,
            box_right: x,
            zone: Zone::Body,
        }
    }

    /// Adds a block's slices; the first gets the larger of the owed space and `before`.
    pub fn push_block(&mut self, mut slices: Vec<Slice>, before: f32, after: f32) {
        if let Some(first) = slices.first_mut() {
            first.space_before = self.pending_space.max(before);
        }
        self.flow.slices.append(&mut slices);
        self.pending_space = after;
    }

    pub fn layout(mut self, blocks: &[Block]) -> Result<Flow, ReportError> {
        for block in blocks {
            if let Block::Heading {
                level,
                text,
                bookmark: true,
            } = block
            {
                self.headings.push((prepare(text), level.number()));
            }
        }
        for block in blocks {
            self.block(block)?;
        }
        Ok(self.flow)
    }

    fn block(&mut self, block: &Block) -> Result<(), ReportError> {
        let s = self.style;
        match block {
            Block::Heading {
                level,
                text,
                bookmark,
            } => {
                let anchor = bookmark.then(|| {
                    self.next_anchor += 1;
                    self.next_anchor - 1
                });
                // A bilingual heading is two lines (Welsh, English); an outline entry is one.
                let mark = bookmark.then(|| Mark {
                    title: prepare(text).replace('\n', " / "),
                    level: level.number(),
                    anchor,
                });
                self.heading(*level, text, mark)
            }
            Block::Paragraph(text) => {
                let lines = self.lines(text, FontStyle::Regular, s.body.size, self.body.width())?;
                let lines = lines.into_iter().map(|l| (l, FontStyle::Regular)).collect();
                let slices = self.line_slices(lines, s.body, self.body.left, 0, None);
                self.push_block(slices, 0.0, s.paragraph_space);
                Ok(())
            }
            Block::Quote { attribution, text } => self.quote(attribution.as_deref(), text),
            Block::KeyValues(rows) => table::key_values(self, rows),
            Block::Table(t) => table::table(self, t),
            Block::Spacer(h) => {
                self.push_block(vec![Slice::new(0.0, Kind::Flow)], h.max(0.0), 0.0);
                Ok(())
            }
            Block::PageBreak => {
                self.push_block(vec![Slice::new(0.0, Kind::PageBreak)], 0.0, 0.0);
                Ok(())
            }
            Block::Contents { title, deepest } => self.contents(title, *deepest),
        }
    }

    fn heading(&mut self, level: Level, text: &str, mark: Option<Mark>) -> Result<(), ReportError> {
        let i = usize::from(level.number() - 1);
        let ts = self.style.headings[i];
        let lines = self.lines(text, FontStyle::Bold, ts.size, self.body.width())?;
        let n = lines.len();
        let lines = lines.into_iter().map(|l| (l, FontStyle::Bold)).collect();
        let mut slices = self.line_slices(lines, ts, self.body.left, n, None);
        if let Some(first) = slices.first_mut() {
            first.mark = mark;
        }
        let s = self.style;
        self.push_block(slices, s.heading_space_before[i], s.heading_space_after[i]);
        Ok(())
    }

    /// One slice per line, with no lone first or last line; the first `keep` lines keep with the
    /// next. `rule_x`: draw a quote rule at that x beside every line.
    fn line_slices(
        &self,
        lines: Vec<(Line, FontStyle)>,
        ts: TextStyle,
        x: f32,
        keep: usize,
        rule_x: Option<f32>,
    ) -> Vec<Slice> {
        let n = lines.len();
        let leading = ts.leading();
        lines
            .into_iter()
            .enumerate()
            .map(|(i, (line, font))| {
                let mut slice = Slice::new(leading, Kind::Flow);
                slice.keep_with_next = i < keep || (n >= 2 && (i == 0 || i + 2 == n));
                let mut run = self.run(line, font, ts, x, 0.0);
                run.box_left = x;
                run.box_right = self.body.right;
                slice.pieces.push(Piece::Item(Item::Text(run)));
                if let Some(rx) = rule_x {
                    slice.pieces.push(Piece::Item(Item::Rule(Rule {
                        x1: rx,
                        y1: 0.0,
                        x2: rx,
                        y2: leading,
                        thickness: self.style.quote_rule,
                        colour: Colour::RULE,
                        zone: Zone::Body,
                    })));
                }
                slice
            })
            .collect()
    }

    fn quote(&mut self, attribution: Option<&str>, text: &str) -> Result<(), ReportError> {
        let s = self.style;
        let x = self.body.left + s.quote_indent;
        let width = self.body.right - x;
        let mut lines = Vec::new();
        if let Some(who) = attribution {
            for l in self.lines(who, FontStyle::Bold, s.body.size, width)? {
                lines.push((l, FontStyle::Bold));
            }
        }
        let keep = lines.len();
        let quoted = format!("“{}”", prepare(text));
        for l in self.lines(&quoted, FontStyle::Regular, s.body.size, width)? {
            lines.push((l, FontStyle::Regular));
        }
        let rule_x = self.body.left + s.quote_indent / 3.0;
        let slices = self.line_slices(lines, s.body, x, keep, Some(rule_x));
        self.push_block(slices, s.paragraph_space / 2.0, s.paragraph_space * 1.25);
        Ok(())
    }

    fn contents(&mut self, title: &str, deepest: Level) -> Result<(), ReportError> {
        let mark = Mark {
            title: prepare(title).replace('\n', " / "),
            level: 1,
            anchor: None,
        };
        self.heading(Level::One, title, Some(mark))?;
        let s = self.style;
        let ts = s.body;
        let right = self.body.right - s.contents_number_width;
        let mut slices = Vec::new();
        let listed = self.headings.clone().into_iter().enumerate();
        for (anchor, (text, level)) in listed.filter(|(_, (_, l))| *l <= deepest.number()) {
            let indent = f32::from(level.saturating_sub(1)) * 16.0;
            let x = self.body.left + indent;
            let font = if level == 1 {
                FontStyle::Bold
            } else {
                FontStyle::Regular
            };
            let lines = self.lines(&text, font, ts.size, right - x)?;
            let n = lines.len();
            let mut slice = Slice::new(n as f32 * ts.leading(), Kind::Flow);
            slice.space_before = if level == 1 { 4.0 } else { 0.0 };
            let mut last = None;
            for (i, line) in lines.into_iter().enumerate() {
                let mut run = self.run(line, font, ts, x, i as f32 * ts.leading());
                run.box_left = x;
                run.box_right = right;
                last = Some(run.clone());
                slice.pieces.push(Piece::Item(Item::Text(run)));
            }
            if let Some(mut run) = last {
                run.font = FontStyle::Regular;
                run.box_left = right;
                run.box_right = self.body.right;
                slice.pieces.push(Piece::PageNumber { anchor, run });
            }
            let area = Area {
                left: x,
                top: 0.0,
                right: self.body.right,
                bottom: slice.height,
            };
            slice.pieces.push(Piece::LinkTo { anchor, area });
            slices.push(slice);
        }
        if slices.is_empty() {
            let text = super::strings::NOTHING_RECORDED.get(self.language);
            let lines = self.lines(&text, FontStyle::Regular, ts.size, self.body.width())?;
            let lines = lines.into_iter().map(|l| (l, FontStyle::Regular)).collect();
            slices = self.line_slices(lines, ts, self.body.left, 0, None);
        }
        self.push_block(slices, 0.0, s.paragraph_space * 2.0);
        Ok(())
    }
}
