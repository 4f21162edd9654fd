//! What a report is made of before layout: the blocks, the running header and footer, the metadata.

use chrono::{DateTime, Utc};

use super::strings::Language;

/// A report to lay out: its blocks in reading order plus what every page carries.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// The language of the fixed texts (footer, draft marker, page numbers, contents).
    pub language: Language,
    pub header: RunningHeader,
    /// An unfinalised record: "DRAFT" in the header and a diagonal watermark on every page.
    pub draft: bool,
    /// The record fingerprint printed in small type in the footer (finalised records).
    pub fingerprint: Option<String>,
    /// Replaces the standard confidentiality line (`strings::CONFIDENTIALITY`) when set.
    pub confidentiality: Option<String>,
    pub blocks: Vec<Block>,
}

/// The running header: case name and court case number at the left, the record title at the right.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RunningHeader {
    pub case_name: String,
    pub case_number: String,
    pub record_title: String,
}

/// The PDF's document information. The engine reads no clock: pass the real creation time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentMeta {
    pub title: String,
    pub author: String,
    pub subject: String,
    pub keywords: Vec<String>,
    pub created: DateTime<Utc>,
    /// Files embedded in the PDF (`/EmbeddedFiles`), in name order: the signed documents.
    pub attachments: Vec<Attachment>,
}

/// A file embedded in the PDF, stored as it is (uncompressed) so anyone can extract it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A rendered PDF and how many pages it has (for the confirmation the user sees).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub pages: u32,
}

/// Heading levels: 1 (16 pt), 2 (14 pt), 3 (12 pt), all bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    One,
    Two,
    Three,
}

impl Level {
    pub fn number(self) -> u8 {
        match self {
            Level::One => 1,
            Level::Two => 2,
            Level::Three => 3,
        }
    }
}

/// One block of the page flow.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Kept with what follows. `bookmark`: an outline entry and a line in any contents list.
    Heading {
        level: Level,
        text: String,
        bookmark: bool,
    },
    /// Running text; line breaks typed in it are kept.
    Paragraph(String),
    /// Someone's own words, set apart with a left rule, in quotation marks, attributed
    /// ("Elis, 7:").
    Quote {
        attribution: Option<String>,
        text: String,
    },
    /// Label / value rows (a cover block, a signature block).
    KeyValues(Vec<(String, String)>),
    Table(Table),
    /// Vertical space in points (dropped at the top of a page).
    Spacer(f32),
    /// Starts a new page (nothing happens at the top of a page).
    PageBreak,
    /// A contents list of the bookmarked headings down to level `deepest`, each with its page
    /// number, each line a link (the outline still has them all).
    Contents {
        title: String,
        deepest: Level,
    },
}

impl Block {
    /// A bookmarked heading.
    pub fn heading(level: Level, text: impl Into<String>) -> Self {
        Block::Heading {
            level,
            text: text.into(),
            bookmark: true,
        }
    }

    pub fn paragraph(text: impl Into<String>) -> Self {
        Block::Paragraph(text.into())
    }

    pub fn quote(attribution: Option<&str>, text: impl Into<String>) -> Self {
        Block::Quote {
            attribution: attribution.map(str::to_string),
            text: text.into(),
        }
    }

    pub fn key_values<L: Into<String>, V: Into<String>>(
        rows: impl IntoIterator<Item = (L, V)>,
    ) -> Self {
        Block::KeyValues(
            rows.into_iter()
                .map(|(l, v)| (l.into(), v.into()))
                .collect(),
        )
    }
}

/// A table: a header row (repeated on every page the table crosses) and body rows.
/// A row is never split across pages unless it is taller than a whole page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    pub columns: Vec<Column>,
    /// Each row has one cell per column (missing cells print empty, extra cells are ignored).
    pub rows: Vec<Vec<String>>,
}

/// A table column: its header and its relative width (shares of the text width).
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub header: String,
    pub share: f32,
}

impl Table {
    /// A table with the given (header, relative width) columns and no rows yet.
    pub fn new<H: Into<String>>(columns: impl IntoIterator<Item = (H, f32)>) -> Self {
        Table {
            columns: columns
                .into_iter()
                .map(|(header, share)| Column {
                    header: header.into(),
                    share,
                })
                .collect(),
            rows: Vec::new(),
        }
    }

    /// Adds a row of cells.
    pub fn row<C: Into<String>>(mut self, cells: impl IntoIterator<Item = C>) -> Self {
        self.rows.push(cells.into_iter().map(Into::into).collect());
        self
    }
}
