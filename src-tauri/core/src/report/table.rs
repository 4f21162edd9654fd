//! Grids of cells: tables (header row repeated on each page, rows kept whole) and key/value rows.

use super::document::Table;
use super::font::FontStyle;
use super::layout::{Kind, Layouter, Piece, Slice};
use super::page::{Item, Rule, Zone};
use super::style::Colour;
use super::wrap::Line;
use super::ReportError;

/// One cell: its wrapped lines and the box they were wrapped into.
struct Cell {
    lines: Vec<Line>,
    font: FontStyle,
    left: f32,
    right: f32,
}

/// How a row is drawn: padding above and below, rules at its top and bottom (thickness).
struct RowSpec {
    pad_y: f32,
    top_rule: Option<f32>,
    bottom_rule: Option<f32>,
    kind: Kind,
}

/// Lays a row out as one slice, or, when it is taller than `max_height`, as several slices that
/// each hold as many lines of every cell as fit.
fn row_slices(l: &Layouter, cells: Vec<Cell>, spec: &RowSpec, max_height: f32) -> Vec<Slice> {
    let leading = l.style.body.leading();
    let n = cells
        .iter()
        .map(|c| c.lines.len())
        .max()
        .unwrap_or(1)
        .max(1);
    let per_slice = (((max_height - 2.0 * spec.pad_y) / leading).floor() as usize).max(1);
    let chunks = n.div_ceil(per_slice);
    let mut slices = Vec::with_capacity(chunks);
    for k in 0..chunks {
        let from = k * per_slice;
        let count = per_slice.min(n - from);
        let height = count as f32 * leading + 2.0 * spec.pad_y;
        let mut slice = Slice::new(height, spec.kind);
        slice.keep_with_next = matches!(spec.kind, Kind::TableHeader(_));
        for cell in &cells {
            for (i, line) in cell.lines.iter().skip(from).take(count).enumerate() {
                let top = spec.pad_y + i as f32 * leading;
                let mut run = l.run(line.clone(), cell.font, l.style.body, cell.left, top);
                run.box_left = cell.left;
                run.box_right = cell.right;
                slice.pieces.push(Piece::Item(Item::Text(run)));
            }
        }
        let rule = |y: f32, thickness: f32| {
            Piece::Item(Item::Rule(Rule {
                x1: l.body.left,
                y1: y,
                x2: l.body.right,
                y2: y,
                thickness,
                colour: Colour::RULE,
                zone: Zone::Body,
            }))
        };
        if let (0, Some(t)) = (k, spec.top_rule) {
            slice.pieces.push(rule(0.0, t));
        }
        if let (true, Some(t)) = (k + 1 == chunks, spec.bottom_rule) {
            slice.pieces.push(rule(height, t));
        }
        slices.push(slice);
    }
    slices
}

/// A table: strong rules above and below the header row, thin rules between rows.
pub fn table(l: &mut Layouter, t: &Table) -> Result<(), ReportError> {
    let s = l.style;
    let id = l.flow.table_headers.len();
    let total: f32 = t.columns.iter().map(|c| c.share.max(0.0)).sum();
    let mut edges = vec![l.body.left];
    for c in &t.columns {
        let share = if total > 0.0 {
            c.share.max(0.0) / total
        } else {
            1.0 / t.columns.len() as f32
        };
        let last = edges.last().copied().unwrap_or(l.body.left);
        edges.push(last + share * l.body.width());
    }
    let cells = |l: &Layouter, texts: &[&str], font| -> Result<Vec<Cell>, ReportError> {
        let mut out = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            let left = edges[i] + s.cell_padding_x;
            let right = (edges[i + 1] - s.cell_padding_x).max(left + 1.0);
            let lines = l.lines(text, font, s.body.size, right - left)?;
            out.push(Cell {
                lines,
                font,
                left,
                right,
            });
        }
        Ok(out)
    };
    let headers: Vec<&str> = t.columns.iter().map(|c| c.header.as_str()).collect();
    let header_spec = RowSpec {
        pad_y: s.cell_padding_y,
        top_rule: Some(s.rule_strong),
        bottom_rule: Some(s.rule_strong),
        kind: Kind::TableHeader(id),
    };
    let max = l.body.height() / 2.0;
    let header_cells = cells(l, &headers, FontStyle::Bold)?;
    let mut slices = row_slices(l, header_cells, &header_spec, max);
    let header_height: f32 = slices.iter().map(|s| s.height).sum();
    let max = l.body.height() - header_height;
    for (r, row) in t.rows.iter().enumerate() {
        let texts: Vec<&str> = (0..t.columns.len())
            .map(|i| row.get(i).map_or("", String::as_str))
            .collect();
        let last = r + 1 == t.rows.len();
        let spec = RowSpec {
            pad_y: s.cell_padding_y,
            top_rule: None,
            bottom_rule: Some(if last { s.rule_strong } else { s.rule_thin }),
            kind: Kind::TableRow(id),
        };
        let row_cells = cells(l, &texts, FontStyle::Regular)?;
        slices.extend(row_slices(l, row_cells, &spec, max));
    }
    // The header repeated on later pages: one slice (a header taller than half a page is not
    // repeated whole, only its first part).
    let mut repeat = slices
        .first()
        .cloned()
        .unwrap_or_else(|| Slice::new(0.0, Kind::TableHeader(id)));
    repeat.space_before = 0.0;
    l.flow.table_headers.push(repeat);
    l.push_block(slices, s.paragraph_space / 2.0, s.paragraph_space * 1.5);
    Ok(())
}

/// Label / value rows: the label in bold in a narrower left column, no rules.
pub fn key_values(l: &mut Layouter, rows: &[(String, String)]) -> Result<(), ReportError> {
    let s = l.style;
    let split = l.body.left + s.label_share * l.body.width();
    let gutter = 10.0;
    let spec = RowSpec {
        pad_y: 1.5,
        top_rule: None,
        bottom_rule: None,
        kind: Kind::Flow,
    };
    let mut slices: Vec<Slice> = Vec::new();
    for (label, value) in rows {
        let label_lines = l.lines(
            label,
            FontStyle::Bold,
            s.body.size,
            split - gutter - l.body.left,
        )?;
        let value_lines = l.lines(value, FontStyle::Regular, s.body.size, l.body.right - split)?;
        let cells = vec![
            Cell {
                lines: label_lines,
                font: FontStyle::Bold,
                left: l.body.left,
                right: split - gutter,
            },
            Cell {
                lines: value_lines,
                font: FontStyle::Regular,
                left: split,
                right: l.body.right,
            },
        ];
        slices.extend(row_slices(l, cells, &spec, l.body.height()));
    }
    let n = slices.len();
    if n >= 2 {
        slices[0].keep_with_next = true;
        slices[n - 2].keep_with_next = true;
    }
    l.push_block(slices, 0.0, s.paragraph_space);
    Ok(())
}
