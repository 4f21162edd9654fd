//! Pagination tests: keeps (headings with what follows, no lone first or last line), page breaks.

use super::*;

/// `filler` lines of filler text, then a heading and a five-line paragraph of "zzz" words.
fn probe(filler: usize) -> LaidOut {
    let fonts = Fonts::load().unwrap();
    let style = Style::default();
    let word = "aaaa ";
    let per_line = (style.text_width() / fonts.width(FontStyle::Regular, word, 12.0)) as usize;
    let filler_text = word.repeat(per_line * filler - 1);
    let target = "zzzz ".repeat(per_line * 5 - 1);
    let doc = Document {
        blocks: vec![
            Block::paragraph(filler_text),
            Block::heading(Level::Two, "Heading yyyy"),
            Block::paragraph(target),
        ],
        ..Document::default()
    };
    layout(&doc).unwrap()
}

#[test]
fn no_lone_lines_and_headings_keep_with_next() {
    for filler in 25..50 {
        let laid = probe(filler);
        let mut heading_page = None;
        for page in &laid.pages {
            let target = page.texts().filter(|t| t.text.starts_with("zzzz")).count();
            assert!(
                target == 0 || target >= 2,
                "{target} lone line(s) on page {} (filler {filler})",
                page.number
            );
            let filler_lines = page.texts().filter(|t| t.text.starts_with("aaaa")).count();
            assert!(
                filler_lines == 0 || filler_lines >= 2,
                "lone filler line (filler {filler})"
            );
            if page.texts().any(|t| t.text == "Heading yyyy") {
                heading_page = Some(page.number);
                assert!(
                    target >= 2,
                    "heading without its paragraph on page {} (filler {filler})",
                    page.number
                );
            }
        }
        assert!(heading_page.is_some());
    }
}

#[test]
fn page_break_starts_a_new_page_once() {
    let doc = Document {
        blocks: vec![
            Block::paragraph("one"),
            Block::PageBreak,
            Block::PageBreak,
            Block::paragraph("two"),
            Block::PageBreak,
        ],
        ..Document::default()
    };
    let laid = layout(&doc).unwrap();
    assert_eq!(laid.pages.len(), 2);
    assert!(laid.pages[1].texts().any(|t| t.text == "two"));
}

#[test]
fn a_row_taller_than_a_page_is_split_and_fits() {
    let long = "Elis played with the blocks and talked about school. ".repeat(120);
    let doc = Document {
        blocks: vec![Block::Table(
            Table::new([("Time", 1.0), ("What happened", 5.0)]).row(["10:00".to_string(), long]),
        )],
        ..Document::default()
    };
    let laid = layout(&doc).unwrap();
    assert!(laid.pages.len() >= 2);
    for page in &laid.pages {
        assert!(
            page.texts().any(|t| t.text == "What happened"),
            "header on page {}",
            page.number
        );
        for t in page.texts().filter(|t| t.zone == Zone::Body) {
            assert!(
                t.bottom <= laid.body.bottom + 0.01,
                "overflow on page {}",
                page.number
            );
        }
    }
}

#[test]
fn contents_can_stop_at_a_level() {
    let doc = Document {
        blocks: vec![
            Block::Contents {
                title: "Contents".into(),
                deepest: Level::One,
            },
            Block::heading(Level::One, "Session 1"),
            Block::heading(Level::Two, "1 Attendance"),
            Block::PageBreak,
            Block::heading(Level::One, "Session 2"),
            Block::heading(Level::Two, "1 Attendance"),
        ],
        ..Document::default()
    };
    let laid = layout(&doc).unwrap();
    let first: Vec<&str> = laid.pages[0].texts().map(|t| t.text.as_str()).collect();
    assert_eq!(first.iter().filter(|t| **t == "Session 2").count(), 1);
    assert_eq!(first.iter().filter(|t| **t == "1 Attendance").count(), 1);
    assert!(first.contains(&"2"), "page of session 2 in {first:?}");
    // The outline still has every heading.
    assert_eq!(laid.bookmarks.len(), 5);
}
