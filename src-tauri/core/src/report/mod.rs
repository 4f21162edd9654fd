//! The report layout engine: blocks to laid-out A4 pages to PDF bytes, with no I/O and no clock.
//!
//! A report is a pure function of its data: build a [`Document`] (running header, footer
//! options and a list of [`Block`]s), then call [`render`] with its [`DocumentMeta`]. [`layout`]
//! gives the laid-out pages without drawing them, for tests and previews. Layout is ours
//! (NFC, glyph coverage, measuring, wrapping, keeps, pagination); drawing goes through the
//! [`PdfBackend`] trait, implemented on printpdf in [`PrintPdfBackend`].
//!
//! The court documents sit on top: [`observed_session_pdf`], [`observed_final_pdf`] and
//! [`supported_pdf`] turn the plain data of [`record_data`] into PDF bytes.

pub mod attach;
mod backend;
mod compose;
mod compress;
mod court_log;
pub mod court_report;
pub mod court_texts;
mod document;
mod export;
mod file_name;
mod final_record;
mod font;
pub mod from_document;
mod furniture;
mod language_choice;
mod layout;
mod observed;
mod page;
mod paginate;
mod printpdf_backend;
pub mod record_data;
pub mod record_texts;
pub mod strings;
mod style;
mod supported;
mod table;
mod wrap;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_court;
#[cfg(test)]
mod tests_final;
#[cfg(test)]
mod tests_flow;
#[cfg(test)]
mod tests_observed;
#[cfg(test)]
mod tests_pdf;
#[cfg(test)]
mod tests_records;
#[cfg(test)]
mod tests_supported;
mod verify_pdf;

pub use backend::{draw, PdfBackend};
pub use court_report::{court_report_document, court_report_pdf};
pub use document::{
    Attachment, Block, Column, Document, DocumentMeta, Level, Rendered, RunningHeader, Table,
};
pub use export::{export_source, write_atomically, ReportFile, ReportRequest, ReportSource};
pub use file_name::{file_safe, suggested_file_name, suggested_file_name_in, RecordKind};
pub use final_record::{
    final_document, final_pdf, observed_final_document, observed_final_pdf, FinalParts,
};
pub use font::{prepare, FontStyle, Fonts};
pub use language_choice::for_preferences;
pub use observed::{observed_session_document, observed_session_pdf};
pub use page::{Area, Bookmark, Item, LaidOut, Link, Page, Rule, TextRun, Watermark, Zone};
pub use printpdf_backend::PrintPdfBackend;
pub use record_data::{
    Addendum, AdviserRole, AttendanceRow, ChildResponse, IncidentSummary, Intervention,
    ObservedSession, RecordHeader, Signature, SupportedSession, SupportedStatus,
};
pub use strings::Language;
pub use style::{Colour, Style, TextStyle, MM};
pub use supported::{supported_document, supported_pdf, SupportedParts};
pub use verify_pdf::{verify_pdf, PdfCheck, PdfRecord};
pub use wrap::{wrap, Line};

use crate::error::{Error, ErrorCode};

/// Why a report could not be produced.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReportError {
    /// The text holds a character the report font cannot draw (an emoji, a CJK character, ...).
    #[error(
        "The character U+{code:04X} {ch} cannot be printed with the report font. It is in \
         “{context}”: remove or replace it, then export again.",
        code = u32::from(*ch)
    )]
    MissingGlyph { ch: char, context: String },
    /// The embedded font failed to load (a build problem, not the user's).
    #[error("The report font could not be loaded ({0}). Please report this problem.")]
    Font(String),
    /// The PDF writer failed.
    #[error("The PDF could not be written ({0}). Please report this problem.")]
    Pdf(String),
}

impl From<ReportError> for Error {
    fn from(e: ReportError) -> Self {
        use crate::message::Message;
        use crate::message_storage as s;
        let said = match &e {
            ReportError::MissingGlyph { ch, context } => Message::new(s::REPORT_GLYPH)
                .text("code", format!("{:04X}", u32::from(*ch)))
                .text("ch", ch.to_string())
                .text("context", context),
            ReportError::Font(detail) => Message::new(s::REPORT_FONT).text("error", detail),
            ReportError::Pdf(detail) => Message::new(s::REPORT_PDF).text("error", detail),
        };
        Error::said(ErrorCode::Invalid, said)
    }
}

/// Lays a document out with the default (court standard) style.
pub fn layout(doc: &Document) -> Result<LaidOut, ReportError> {
    layout_with(doc, &Style::default())
}

/// Lays a document out: furniture first (it fixes the body area), then the flow, then pages.
pub fn layout_with(doc: &Document, style: &Style) -> Result<LaidOut, ReportError> {
    let fonts = Fonts::load()?;
    let furniture = furniture::Furniture::plan(&fonts, style, doc)?;
    let body = furniture.body;
    let flow = layout::Layouter::new(&fonts, style, body, doc.language).layout(&doc.blocks)?;
    let paginated = paginate::paginate(&flow, body);
    let total = paginated.pages.len();
    let pages = paginated
        .pages
        .into_iter()
        .enumerate()
        .map(|(i, placed)| {
            let (under, over) = furniture.items(i + 1, total);
            let mut items = under;
            items.extend(paginate::resolve(placed.pieces, &paginated.anchors, &fonts));
            items.extend(over);
            Page {
                number: i + 1,
                items,
            }
        })
        .collect();
    Ok(LaidOut {
        width: style.page_width,
        height: style.page_height,
        body,
        pages,
        bookmarks: paginated.bookmarks,
        language: doc.language.tag(),
    })
}

/// Renders a document to PDF bytes: A4, DejaVu Sans embedded and subset, running header,
/// "Page X of Y", one outline entry per bookmarked heading, the given metadata and attachments.
pub fn render(doc: &Document, meta: &DocumentMeta) -> Result<Rendered, ReportError> {
    let laid_out = layout(doc)?;
    draw(&laid_out, meta, PrintPdfBackend::new()?)
}
