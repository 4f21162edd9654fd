//! The PDF backend on printpdf 0.12.8: embeds and subsets the report font, draws the items, then
//! finishes the file with lopdf (nested outline in document order, `/Lang`, a stable `/ID`).

use chrono::{Datelike, Timelike};
use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::date::{Date, DateTime, Offset, Time};
use printpdf::{
    Actions, BorderArray, Color, Destination, FontId, Line, LinePoint, LinkAnnotation, Mm, Op,
    ParsedFont, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, Rgb,
    TextItem, TextMatrix,
};
use sha2::{Digest, Sha256};

use super::attach::embed;
use super::backend::PdfBackend;
use super::compress::compress;
use super::document::{Attachment, DocumentMeta};
use super::font::{prepare, FontStyle};
use super::page::{Bookmark, Link, Rule, TextRun, Watermark};
use super::style::{Colour, MM};
use super::ReportError;

/// Resource names of the two faces; their first six letters are also the subset tags.
const REGULAR_ID: &str = "CRSREG";
const BOLD_ID: &str = "CRSBLD";

/// Draws with printpdf. Deterministic: the same report gives the same bytes.
pub struct PrintPdfBackend {
    doc: PdfDocument,
    pages: Vec<PdfPage>,
    ops: Vec<Op>,
    size: (f32, f32),
    bookmarks: Vec<Bookmark>,
    attachments: Vec<Attachment>,
    language: String,
    digest: Sha256,
    /// The page's text state, so that a run sets only what changed: most of a page is runs of
    /// one font and colour, and each operator written is formatted and compressed.
    text: TextState,
}

/// What the content stream of the page being drawn has set so far.
#[derive(Default)]
struct TextState {
    in_section: bool,
    font: Option<(FontStyle, f32)>,
    fill: Option<Colour>,
}

fn colour(c: Colour) -> Color {
    Color::Rgb(Rgb {
        r: c.r,
        g: c.g,
        b: c.b,
        icc_profile: None,
    })
}

fn font_handle(font: FontStyle) -> PdfFontHandle {
    PdfFontHandle::External(FontId(
        match font {
            FontStyle::Regular => REGULAR_ID,
            FontStyle::Bold => BOLD_ID,
        }
        .to_string(),
    ))
}

fn pdf_date(t: &chrono::DateTime<chrono::Utc>) -> DateTime {
    // Both are in range by construction (chrono guarantees month 1-12, hour 0-23, ...).
    let small = |v: u32| u8::try_from(v).unwrap_or(0);
    DateTime::new_in_offset(
        Date {
            year: t.year(),
            month: small(t.month()),
            day: small(t.day()),
        },
        Time {
            hour: small(t.hour()),
            minute: small(t.minute()),
            second: small(t.second().min(59)),
            millisecond: 0,
        },
        Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    )
}

/// A text string for the PDF (UTF-16BE with a byte-order mark).
fn pdf_text(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in s.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

impl PrintPdfBackend {
    pub fn new() -> Result<Self, ReportError> {
        let mut doc = PdfDocument::new("");
        for (id, style) in [(REGULAR_ID, FontStyle::Regular), (BOLD_ID, FontStyle::Bold)] {
            let font = ParsedFont::from_bytes(style.bytes(), 0, &mut Vec::new())
                .ok_or_else(|| ReportError::Font(format!("{style:?} face did not parse")))?;
            doc.resources
                .fonts
                .map
                .insert(FontId(id.to_string()), PdfFont::new(font));
        }
        Ok(PrintPdfBackend {
            doc,
            pages: Vec::new(),
            ops: Vec::new(),
            size: (0.0, 0.0),
            bookmarks: Vec::new(),
            attachments: Vec::new(),
            language: String::new(),
            digest: Sha256::new(),
            text: TextState::default(),
        })
    }

    fn flush_page(&mut self) {
        self.end_text();
        self.text = TextState::default();
        if self.size.0 > 0.0 {
            let ops = std::mem::take(&mut self.ops);
            let (w, h) = self.size;
            self.pages.push(PdfPage::new(Mm(w / MM), Mm(h / MM), ops));
        }
    }

    fn y(&self, top_down: f32) -> f32 {
        self.size.1 - top_down
    }

    /// Closes the text section a run opened, before anything that is not text.
    fn end_text(&mut self) {
        if self.text.in_section {
            self.ops.push(Op::EndTextSection);
            self.text.in_section = false;
        }
    }

    fn show(&mut self, text: &str, font: FontStyle, size: f32, matrix: TextMatrix, col: Colour) {
        self.digest.update(text.as_bytes());
        if !self.text.in_section {
            self.ops.push(Op::StartTextSection);
            self.text.in_section = true;
        }
        if self.text.fill != Some(col) {
            self.ops.push(Op::SetFillColor { col: colour(col) });
            self.text.fill = Some(col);
        }
        if self.text.font != Some((font, size)) {
            self.ops.push(Op::SetFont {
                font: font_handle(font),
                size: Pt(size),
            });
            self.text.font = Some((font, size));
        }
        self.ops.extend([
            Op::SetTextMatrix { matrix },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_string())],
            },
        ]);
    }

    /// Replaces printpdf's flat, name-sorted outline with a nested one in document order.
    fn outline(&self, pdf: &mut lopdf::Document) -> Result<(), lopdf::Error> {
        if self.bookmarks.is_empty() {
            return Ok(());
        }
        let pages = pdf.get_pages();
        let root = pdf.new_object_id();
        let ids: Vec<ObjectId> = self.bookmarks.iter().map(|_| pdf.new_object_id()).collect();
        // parent[i]: the nearest earlier entry of a lower level.
        let mut parent: Vec<Option<usize>> = Vec::with_capacity(ids.len());
        let mut stack: Vec<usize> = Vec::new();
        for (i, b) in self.bookmarks.iter().enumerate() {
            while stack
                .last()
                .is_some_and(|&j| self.bookmarks[j].level >= b.level)
            {
                stack.pop();
            }
            parent.push(stack.last().copied());
            stack.push(i);
        }
        let children = |p: Option<usize>| -> Vec<usize> {
            (0..ids.len()).filter(|&i| parent[i] == p).collect()
        };
        let link_siblings = |list: &[usize], parent_id: ObjectId, pdf: &mut lopdf::Document| {
            for (k, &i) in list.iter().enumerate() {
                let b = &self.bookmarks[i];
                let page_number = u32::try_from(b.page).unwrap_or(u32::MAX);
                let dest = match pages.get(&page_number) {
                    Some(page_id) => Object::Array(vec![
                        Object::Reference(*page_id),
                        "XYZ".into(),
                        Object::Null,
                        Object::Real(self.size.1 - b.y + 6.0),
                        Object::Null,
                    ]),
                    None => Object::Null,
                };
                let mut dict = Dictionary::from_iter(vec![
                    ("Title", pdf_text(&b.title)),
                    ("Parent", Object::Reference(parent_id)),
                    ("Dest", dest),
                ]);
                if k > 0 {
                    dict.set("Prev", Object::Reference(ids[list[k - 1]]));
                }
                if let Some(&next) = list.get(k + 1) {
                    dict.set("Next", Object::Reference(ids[next]));
                }
                let kids = children(Some(i));
                if let (Some(&first), Some(&last)) = (kids.first(), kids.last()) {
                    dict.set("First", Object::Reference(ids[first]));
                    dict.set("Last", Object::Reference(ids[last]));
                    dict.set("Count", Object::Integer(kids.len() as i64));
                }
                pdf.objects.insert(ids[i], Object::Dictionary(dict));
            }
        };
        link_siblings(&children(None), root, pdf);
        for (i, id) in ids.iter().enumerate() {
            let kids = children(Some(i));
            if !kids.is_empty() {
                link_siblings(&kids, *id, pdf);
            }
        }
        let top = children(None);
        let mut outlines = Dictionary::from_iter(vec![
            ("Type", Object::Name(b"Outlines".to_vec())),
            ("Count", Object::Integer(ids.len() as i64)),
        ]);
        if let (Some(&first), Some(&last)) = (top.first(), top.last()) {
            outlines.set("First", Object::Reference(ids[first]));
            outlines.set("Last", Object::Reference(ids[last]));
        }
        pdf.objects.insert(root, Object::Dictionary(outlines));
        let catalog = pdf.catalog_mut()?;
        catalog.set("Outlines", Object::Reference(root));
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
        Ok(())
    }
}

impl PdfBackend for PrintPdfBackend {
    fn metadata(&mut self, meta: &DocumentMeta, language: &str) {
        let info = &mut self.doc.metadata.info;
        info.document_title = prepare(&meta.title);
        info.author = prepare(&meta.author);
        info.subject = prepare(&meta.subject);
        info.keywords = meta.keywords.iter().map(|k| prepare(k)).collect();
        info.creator = "Contact Records".to_string();
        info.producer = "Contact Records (printpdf 0.12.8)".to_string();
        info.creation_date = pdf_date(&meta.created);
        info.modification_date = info.creation_date;
        info.metadata_date = info.creation_date;
        self.language = language.to_string();
        self.digest.update(format!("{meta:?}").as_bytes());
    }

    fn begin_page(&mut self, width: f32, height: f32) {
        self.flush_page();
        self.size = (width, height);
        self.digest.update(b"\x0cpage");
    }

    fn text(&mut self, run: &TextRun) {
        let matrix = TextMatrix::Translate(Pt(run.x), Pt(self.y(run.baseline)));
        self.show(&run.text, run.font, run.size, matrix, Colour::BLACK);
    }

    fn watermark(&mut self, mark: &Watermark) {
        let (sin, cos) = mark.angle.to_radians().sin_cos();
        // Start the baseline so that the text's centre lands on the given centre.
        let cx = mark.centre_x;
        let cy = self.y(mark.centre_y);
        let half = mark.width / 2.0;
        let lift = mark.size * 0.35;
        let x = cx - half * cos + lift * sin;
        let y = cy - half * sin - lift * cos;
        let matrix = TextMatrix::Raw([cos, sin, -sin, cos, x, y]);
        self.show(&mark.text, mark.font, mark.size, matrix, mark.colour);
    }

    fn rule(&mut self, rule: &Rule) {
        let point = |x: f32, y: f32| LinePoint {
            p: Point { x: Pt(x), y: Pt(y) },
            bezier: false,
        };
        let line = Line {
            points: vec![
                point(rule.x1, self.y(rule.y1)),
                point(rule.x2, self.y(rule.y2)),
            ],
            is_closed: false,
        };
        self.end_text();
        self.ops.extend([
            Op::SetOutlineColor {
                col: colour(rule.colour),
            },
            Op::SetOutlineThickness {
                pt: Pt(rule.thickness),
            },
            Op::DrawLine { line },
        ]);
    }

    fn link(&mut self, link: &Link) {
        let a = link.area;
        let rect = Rect::from_xywh(
            Pt(a.left),
            Pt(self.y(a.bottom)),
            Pt(a.width()),
            Pt(a.height()),
        );
        let target = Destination::Xyz {
            page: link.page,
            left: None,
            top: Some(self.y(link.y) + 6.0),
            zoom: None,
        };
        let link = LinkAnnotation::new(
            rect,
            Actions::go_to(target),
            Some(BorderArray::Solid([0.0, 0.0, 0.0])),
            None,
            None,
        );
        self.end_text();
        self.ops.push(Op::LinkAnnotation { link });
    }

    fn bookmark(&mut self, bookmark: &Bookmark) {
        self.bookmarks.push(bookmark.clone());
    }

    fn attach(&mut self, attachment: &Attachment) {
        self.attachments.push(attachment.clone());
    }

    fn finish(mut self) -> Result<Vec<u8>, ReportError> {
        self.flush_page();
        let pages = std::mem::take(&mut self.pages);
        self.doc.with_pages(pages);
        let opts = PdfSaveOptions {
            subset_fonts: true,
            ..PdfSaveOptions::default()
        };
        let mut warnings = Vec::new();
        let mut pdf = self.doc.to_lopdf_document(&opts, &mut warnings);
        let fail = |e: lopdf::Error| ReportError::Pdf(e.to_string());
        self.outline(&mut pdf).map_err(fail)?;
        pdf.catalog_mut()
            .map_err(fail)?
            .set("Lang", Object::string_literal(self.language.as_str()));
        // printpdf marks every file as PDF/X (an empty GTS_PDFXVersion); it is not.
        if let Ok(info) = pdf.trailer.get(b"Info").and_then(Object::as_reference) {
            if let Ok(dict) = pdf.get_object_mut(info).and_then(Object::as_dict_mut) {
                dict.remove(b"GTS_PDFXVersion");
                dict.remove(b"Identifier");
            }
        }
        pdf.version = "1.7".to_string();
        let id = self.digest.finalize().to_vec();
        let id = Object::String(id[..16].to_vec(), StringFormat::Hexadecimal);
        pdf.trailer.set("ID", Object::Array(vec![id.clone(), id]));
        compress(&mut pdf);
        embed(&mut pdf, &self.attachments).map_err(fail)?;
        let mut bytes = Vec::new();
        pdf.save_to(&mut bytes)
            .map_err(|e| ReportError::Pdf(e.to_string()))?;
        Ok(bytes)
    }
}
