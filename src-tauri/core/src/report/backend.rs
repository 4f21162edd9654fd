//! The drawing interface: a laid-out report is drawn through this small trait, so another PDF
//! writer (krilla for PDF/A or PDF/UA, say) can replace printpdf without touching layout.

use super::document::{Attachment, DocumentMeta, Rendered};
use super::page::{Bookmark, Item, LaidOut, Link, Rule, TextRun, Watermark};
use super::ReportError;

/// A PDF writer. Coordinates are points from the page's top-left corner, y downwards; the
/// backend converts to its own. Calls come in order: `metadata`, then for each page
/// `begin_page` and its items, then `bookmark` for each outline entry, `attach` for each
/// embedded file, then `finish`.
pub trait PdfBackend {
    fn metadata(&mut self, meta: &DocumentMeta, language: &str);
    fn begin_page(&mut self, width: f32, height: f32);
    fn text(&mut self, run: &TextRun);
    fn watermark(&mut self, mark: &Watermark);
    fn rule(&mut self, rule: &Rule);
    fn link(&mut self, link: &Link);
    /// An outline entry, in document order; `level` nests entries (1 is the top).
    fn bookmark(&mut self, bookmark: &Bookmark);
    /// A file to embed (`/EmbeddedFiles`), uncompressed; calls come in name order.
    fn attach(&mut self, attachment: &Attachment);
    fn finish(self) -> Result<Vec<u8>, ReportError>
    where
        Self: Sized;
}

/// Draws a laid-out report through `backend` and returns the file's bytes and page count.
pub fn draw<B: PdfBackend>(
    laid_out: &LaidOut,
    meta: &DocumentMeta,
    mut backend: B,
) -> Result<Rendered, ReportError> {
    backend.metadata(meta, laid_out.language);
    for page in &laid_out.pages {
        backend.begin_page(laid_out.width, laid_out.height);
        for item in &page.items {
            match item {
                Item::Watermark(w) => backend.watermark(w),
                Item::Text(t) => backend.text(t),
                Item::Rule(r) => backend.rule(r),
                Item::Link(l) => backend.link(l),
            }
        }
    }
    for b in &laid_out.bookmarks {
        backend.bookmark(b);
    }
    for a in &meta.attachments {
        backend.attach(a);
    }
    let pages = u32::try_from(laid_out.pages.len()).unwrap_or(u32::MAX);
    Ok(Rendered {
        bytes: backend.finish()?,
        pages,
    })
}
