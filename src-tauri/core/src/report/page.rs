//! The laid-out result: pages of positioned text runs and rules, ready for any backend to draw.
//! Coordinates are points from the top-left corner of the page, y growing downwards.

use super::font::FontStyle;
use super::style::Colour;

/// A rectangle in page coordinates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Area {
    pub left: f32,
    pub top: f32,
    pub right: f32,
    pub bottom: f32,
}

impl Area {
    pub fn width(&self) -> f32 {
        self.right - self.left
    }

    pub fn height(&self) -> f32 {
        self.bottom - self.top
    }
}

/// Where on the page an item belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    Header,
    Body,
    Footer,
}

/// One line of text in one style.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    pub text: String,
    pub font: FontStyle,
    pub size: f32,
    /// Left end of the text and its baseline.
    pub x: f32,
    pub baseline: f32,
    /// The measured width of `text`.
    pub width: f32,
    /// Top and bottom of the glyph box (ascent above and descent below the baseline).
    pub top: f32,
    pub bottom: f32,
    /// The horizontal box the line was wrapped into: `box_left <= x`, `x + width <= box_right`.
    pub box_left: f32,
    pub box_right: f32,
    pub zone: Zone,
}

impl TextRun {
    pub(crate) fn shift(&mut self, dy: f32) {
        self.baseline += dy;
        self.top += dy;
        self.bottom += dy;
    }
}

/// A straight rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub x1: f32,
    pub y1: f32,
    pub x2: f32,
    pub y2: f32,
    pub thickness: f32,
    pub colour: Colour,
    pub zone: Zone,
}

/// A clickable area that goes to a place in the document (contents entries).
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub area: Area,
    /// 1-based page number and the y of the target on that page.
    pub page: usize,
    pub y: f32,
}

/// Large light text rotated across the page, drawn under everything else.
#[derive(Debug, Clone, PartialEq)]
pub struct Watermark {
    pub text: String,
    pub font: FontStyle,
    pub size: f32,
    /// The centre of the text on the page.
    pub centre_x: f32,
    pub centre_y: f32,
    /// The text's width at `size`.
    pub width: f32,
    /// Anticlockwise, in degrees.
    pub angle: f32,
    pub colour: Colour,
}

/// Something drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Watermark(Watermark),
    Text(TextRun),
    Rule(Rule),
    Link(Link),
}

/// One page: its 1-based number and its items in drawing order.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub number: usize,
    pub items: Vec<Item>,
}

impl Page {
    pub fn texts(&self) -> impl Iterator<Item = &TextRun> {
        self.items.iter().filter_map(|i| match i {
            Item::Text(t) => Some(t),
            _ => None,
        })
    }
}

/// An outline entry: a heading's title, its level (1 = top) and where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Bookmark {
    pub title: String,
    pub level: u8,
    pub page: usize,
    pub y: f32,
}

/// A whole laid-out report.
#[derive(Debug, Clone, PartialEq)]
pub struct LaidOut {
    pub width: f32,
    pub height: f32,
    /// The area the body flows in; header and footer sit above and below it.
    pub body: Area,
    pub pages: Vec<Page>,
    /// In document order.
    pub bookmarks: Vec<Bookmark>,
    /// The language tag for the PDF catalogue.
    pub language: &'static str,
}
