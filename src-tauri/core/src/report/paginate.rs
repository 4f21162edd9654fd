//! Slices to pages: places the flow page by page, honouring keeps, repeating table headers,
//! then resolves page numbers and links once every heading's page is known.

use super::layout::{Flow, Kind, Piece, Slice};
use super::page::{Area, Bookmark, Item, Link};

/// Tolerance for rounding when checking whether a slice fits.
const EPSILON: f32 = 0.01;

/// A page of placed pieces, before page numbers are known.
pub struct Placed {
    pub pieces: Vec<Piece>,
}

pub struct Paginated {
    pub pages: Vec<Placed>,
    pub bookmarks: Vec<Bookmark>,
    /// The page and y of each anchored heading, by anchor.
    pub anchors: Vec<(usize, f32)>,
}

struct Paginator<'a> {
    body: Area,
    headers: &'a [Slice],
    pages: Vec<Placed>,
    bookmarks: Vec<Bookmark>,
    anchors: Vec<(usize, f32)>,
    y: f32,
    empty: bool,
}

impl Paginator<'_> {
    fn new_page(&mut self, next: Option<&Slice>) {
        self.pages.push(Placed { pieces: Vec::new() });
        self.y = self.body.top;
        self.empty = true;
        if let Some(Kind::TableRow(id)) = next.map(|s| s.kind) {
            if let Some(header) = self.headers.get(id).cloned() {
                self.place(&header, 0.0);
            }
        }
    }

    fn place(&mut self, slice: &Slice, gap: f32) {
        let top = self.y + gap;
        let page = self.pages.len();
        if let Some(mark) = &slice.mark {
            self.bookmarks.push(Bookmark {
                title: mark.title.clone(),
                level: mark.level,
                page,
                y: top,
            });
            if let Some(anchor) = mark.anchor {
                if self.anchors.len() <= anchor {
                    self.anchors.resize(anchor + 1, (page, top));
                }
                self.anchors[anchor] = (page, top);
            }
        }
        if let Some(current) = self.pages.last_mut() {
            for piece in &slice.pieces {
                let mut piece = piece.clone();
                piece.shift(top);
                current.pieces.push(piece);
            }
        }
        self.y = top + slice.height;
        self.empty = false;
    }

    /// Height of the keep chain starting at `i` (the slices up to the first that does not keep
    /// with its successor), counting `gap` above the first.
    fn chain_height(slices: &[Slice], i: usize, gap: f32) -> f32 {
        let mut h = gap + slices[i].height;
        let mut j = i;
        while slices[j].keep_with_next && j + 1 < slices.len() {
            j += 1;
            if slices[j].kind == Kind::PageBreak {
                break;
            }
            h += slices[j].space_before + slices[j].height;
        }
        h
    }
}

/// Places the flow into pages of the body area. Always returns at least one page.
pub fn paginate(flow: &Flow, body: Area) -> Paginated {
    let mut p = Paginator {
        body,
        headers: &flow.table_headers,
        pages: vec![Placed { pieces: Vec::new() }],
        bookmarks: Vec::new(),
        anchors: Vec::new(),
        y: body.top,
        empty: true,
    };
    let slices = &flow.slices;
    let capacity = body.height();
    // A page break takes effect when something follows it (no empty last page).
    let mut break_pending = false;
    for (i, slice) in slices.iter().enumerate() {
        if slice.kind == Kind::PageBreak {
            break_pending = true;
            continue;
        }
        if std::mem::take(&mut break_pending) && !p.empty {
            p.new_page(Some(slice));
        }
        let gap = if p.empty { 0.0 } else { slice.space_before };
        let chain = Paginator::chain_height(slices, i, gap);
        let previous_kept = i > 0 && slices[i - 1].keep_with_next;
        // A chain that fits on a page moves whole; otherwise break per slice. A slice that the
        // previous one keeps with was already checked as part of that chain.
        let need = if chain <= capacity + EPSILON && !previous_kept {
            chain
        } else {
            gap + slice.height
        };
        if !p.empty && p.y + need > body.bottom + EPSILON {
            p.new_page(Some(slice));
            p.place(slice, 0.0);
        } else {
            p.place(slice, if p.empty { 0.0 } else { gap });
        }
    }
    Paginated {
        pages: p.pages,
        bookmarks: p.bookmarks,
        anchors: p.anchors,
    }
}

/// Turns placed pieces into items, writing each anchored heading's page number.
pub fn resolve(
    pieces: Vec<Piece>,
    anchors: &[(usize, f32)],
    fonts: &super::font::Fonts,
) -> Vec<Item> {
    pieces
        .into_iter()
        .filter_map(|piece| match piece {
            Piece::Item(item) => Some(item),
            Piece::PageNumber { anchor, mut run } => {
                let (page, _) = anchors.get(anchor).copied()?;
                run.text = page.to_string();
                run.width = fonts.width(run.font, &run.text, run.size);
                run.x = run.box_right - run.width;
                Some(Item::Text(run))
            }
            Piece::LinkTo { anchor, area } => {
                let (page, y) = anchors.get(anchor).copied()?;
                Some(Item::Link(Link { area, page, y }))
            }
        })
        .collect()
}
