//! Layout tests: geometry of the laid-out pages, keeps, table headers, glyph coverage.

use chrono::TimeZone;
use proptest::prelude::*;

use super::*;

/// A record-like sample: cover block, quotes, a long attendance table, Welsh text.
pub(super) fn sample(draft: bool, language: Language) -> Document {
    let mut attendance = Table::new([
        ("Person", 2.2),
        ("Role", 1.6),
        ("Arrived", 1.0),
        ("Left", 1.0),
        ("Brought by", 1.8),
    ]);
    let people = [
        ("Siân Llŷr", "Mother (resident)", "Gwenllïan ap Dafydd"),
        ("Gwenllïan ap Dafydd", "Grandmother", "Siân Llŷr"),
        ("Elis Llŷr", "Child, 7", "Siân Llŷr"),
        (
            "Owain Glyndŵr Parry",
            "Father (visiting)",
            "Self, by bus from Llanfair-ym-Muallt",
        ),
    ];
    for i in 0..60 {
        let (who, role, by) = people[i % people.len()];
        let arrived = format!("{:02}:{:02}", 9 + i / 12, (i * 5) % 60);
        let left = format!("{:02}:{:02}", 10 + i / 12, (i * 5) % 60);
        attendance = attendance.row([who.to_string(), role.into(), arrived, left, by.into()]);
    }
    let long = "Siân arrived on time with Elis, who was holding a toy tractor. Elis ran to his \
                father and hugged him; his father knelt down and said he had missed him. They \
                sat together on the mat and built a farm with the wooden blocks, taking turns. \
                When Elis asked for a drink his father fetched water from the kitchen and \
                checked that it was not too cold. ";
    let mut blocks = vec![
        Block::heading(Level::One, "Record of Observed Contact"),
        Block::key_values([
            ("Court", "Family Court at Cardiff"),
            ("Court case number", "CF24P00123"),
            ("Cafcass Cymru number", "IRIS-2024-118734"),
            ("Referring FCA", "Gwenllïan ap Dafydd"),
            (
                "Contact centre",
                "Canolfan Gyswllt Aberystwyth, Ffordd y Môr, Aberystwyth SY23 2AZ",
            ),
            (
                "Session",
                "Session 3 of 6, Tuesday 17 November 2026, 10:00 to 11:00",
            ),
        ]),
        Block::paragraph(strings::NATURE_OF_RECORD.joined(language, "\n\n")),
        Block::Contents {
            title: strings::CONTENTS.get(Language::English),
            deepest: Level::Three,
        },
        Block::heading(Level::One, "1 Attendance"),
        Block::Table(attendance),
        Block::heading(Level::One, "2 Aim of the session"),
        Block::paragraph(
            "Welsh letters: ŵ ŷ Ŵ Ŷ â ê î ô û ẁ ẃ ẅ ỳ ý ÿ. Names: Siân Llŷr, Gwenllïan ap Dafydd.",
        ),
        Block::heading(Level::Two, "2.1 The child’s own words"),
        Block::quote(
            Some("Elis, 7:"),
            "Dw i eisiau aros gyda Dad am fwy o amser. Can we come back next week?",
        ),
        Block::paragraph(long.repeat(3)),
        Block::heading(Level::One, "3 Interventions"),
        Block::Table(
            Table::new([
                ("Time", 0.8),
                ("What the supervisor did", 2.4),
                ("Why", 2.0),
                ("Response", 2.0),
            ])
            .row([
                "10:20",
                "Reminded Mr Parry not to discuss the court case.",
                "He began to ask Elis where he wanted to live.",
                "He apologised and returned to the game.",
            ]),
        ),
        Block::Spacer(12.0),
        Block::heading(Level::One, "4 Summary"),
        Block::paragraph(long.repeat(6)),
        Block::paragraph(strings::NOTHING_RECORDED.get(language)),
    ];
    blocks.push(Block::PageBreak);
    blocks.push(Block::heading(Level::One, "5 Signature"));
    blocks.push(Block::key_values([
        ("Supervisor", "Rhodri Ŵyn Jones"),
        ("Date", "17/11/2026 11:45"),
    ]));
    Document {
        language,
        header: RunningHeader {
            case_name: "Llŷr v Parry (Elis Llŷr)".into(),
            case_number: "CF24P00123".into(),
            record_title: "Record of Observed Contact".into(),
        },
        draft,
        fingerprint: (!draft)
            .then(|| "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08".into()),
        confidentiality: None,
        blocks,
    }
}

pub(super) fn meta() -> DocumentMeta {
    DocumentMeta {
        title: "Record of Observed Contact: Elis Llŷr, session 3".into(),
        author: "Rhodri Ŵyn Jones".into(),
        subject: "CF24P00123".into(),
        keywords: vec!["contact".into()],
        created: chrono::Utc
            .with_ymd_and_hms(2026, 11, 17, 11, 45, 0)
            .unwrap(),
        attachments: Vec::new(),
    }
}

const EPS: f32 = 0.01;

/// Every text run fits its box and the page; body runs stay inside the body area.
fn assert_geometry(laid: &LaidOut) {
    for page in &laid.pages {
        for run in page.texts() {
            let at = format!("page {} {:?}", page.number, run.text);
            assert!(
                run.width <= run.box_right - run.box_left + EPS,
                "too wide: {at}"
            );
            assert!(run.x >= run.box_left - EPS, "left of its box: {at}");
            assert!(
                run.x + run.width <= run.box_right + EPS,
                "right of its box: {at}"
            );
            assert!(
                run.box_left >= laid.body.left - EPS && run.box_right <= laid.body.right + EPS,
                "{at}"
            );
            assert!(
                run.top >= 10.0 * MM && run.bottom <= laid.height - 10.0 * MM,
                "{at}"
            );
            if run.zone == Zone::Body {
                assert!(run.top >= laid.body.top - EPS, "above the body: {at}");
                assert!(run.bottom <= laid.body.bottom + EPS, "below the body: {at}");
            } else {
                assert!(
                    run.bottom <= laid.body.top || run.top >= laid.body.bottom,
                    "{at}"
                );
            }
        }
    }
}

#[test]
fn sample_lays_out_within_margins() {
    let laid = layout(&sample(true, Language::English)).unwrap();
    assert!(laid.pages.len() >= 4, "{} pages", laid.pages.len());
    assert_geometry(&laid);
    let bilingual = layout(&sample(false, Language::Bilingual)).unwrap();
    assert_geometry(&bilingual);
}

#[test]
fn margins_and_page_are_a4() {
    let laid = layout(&sample(false, Language::English)).unwrap();
    assert!((laid.width - 595.28).abs() < 0.01 && (laid.height - 841.89).abs() < 0.01);
    assert!((laid.body.left - 25.0 * MM).abs() < 0.01);
    assert!((laid.width - laid.body.right - 20.0 * MM).abs() < 0.01);
    assert!(laid.body.top >= 20.0 * MM && laid.height - laid.body.bottom >= 20.0 * MM);
}

#[test]
fn draft_and_final_paginate_alike() {
    let draft = layout(&sample(true, Language::English)).unwrap();
    let fin = layout(&sample(false, Language::English)).unwrap();
    assert_eq!(draft.body, fin.body);
    assert_eq!(draft.pages.len(), fin.pages.len());
    let marks = |l: &LaidOut| {
        l.pages
            .iter()
            .filter(|p| p.items.iter().any(|i| matches!(i, Item::Watermark(_))))
            .count()
    };
    assert_eq!(marks(&draft), draft.pages.len());
    assert_eq!(marks(&fin), 0);
}

#[test]
fn table_header_repeats_and_rows_stay_whole() {
    let laid = layout(&sample(false, Language::English)).unwrap();
    let with_header: Vec<usize> = laid
        .pages
        .iter()
        .filter(|p| {
            p.texts()
                .any(|t| t.text == "Brought by" && t.font == FontStyle::Bold)
        })
        .map(|p| p.number)
        .collect();
    assert!(with_header.len() >= 2, "header on pages {with_header:?}");
    // A row never splits: each row's arrival and departure times share a page and a baseline.
    let header_x = |name: &str| {
        let run = laid
            .pages
            .iter()
            .flat_map(|p| p.texts())
            .find(|t| t.text == name);
        run.map(|t| t.x).unwrap()
    };
    let (ax, lx) = (header_x("Arrived"), header_x("Left"));
    let find = |text: &str, x: f32| {
        laid.pages
            .iter()
            .find_map(|p| {
                p.texts()
                    .find(|t| t.text == text && t.x == x)
                    .map(|t| (p.number, t.baseline))
            })
            .unwrap()
    };
    for i in 0..60 {
        let arrived = format!("{:02}:{:02}", 9 + i / 12, (i * 5) % 60);
        let left = format!("{:02}:{:02}", 10 + i / 12, (i * 5) % 60);
        assert_eq!(find(&arrived, ax), find(&left, lx), "row {i}");
    }
}

#[test]
fn bookmarks_and_contents_page_numbers() {
    let laid = layout(&sample(false, Language::English)).unwrap();
    let titles: Vec<&str> = laid.bookmarks.iter().map(|b| b.title.as_str()).collect();
    assert_eq!(
        titles[..3],
        ["Record of Observed Contact", "Contents", "1 Attendance"]
    );
    let summary = laid
        .bookmarks
        .iter()
        .find(|b| b.title == "4 Summary")
        .unwrap();
    let contents_page = &laid.pages[0];
    let numbers: Vec<&str> = contents_page
        .texts()
        .filter(|t| t.x + t.width > laid.body.right - 1.0 && t.zone == Zone::Body)
        .map(|t| t.text.as_str())
        .collect();
    assert!(
        numbers.contains(&summary.page.to_string().as_str()),
        "{numbers:?}"
    );
    let links = contents_page
        .items
        .iter()
        .filter(|i| matches!(i, Item::Link(_)))
        .count();
    assert_eq!(links, laid.bookmarks.len() - 1);
    assert!(laid
        .bookmarks
        .windows(2)
        .all(|w| (w[0].page, w[0].y) <= (w[1].page, w[1].y)));
}

#[test]
fn every_page_numbered_x_of_y() {
    let laid = layout(&sample(false, Language::Welsh)).unwrap();
    let n = laid.pages.len();
    for page in &laid.pages {
        let expected = format!("Tudalen {} o {n}", page.number);
        assert!(page.texts().any(|t| t.text == expected), "{expected}");
    }
}

#[test]
fn glyph_coverage_is_checked_before_drawing() {
    let mut doc = sample(false, Language::English);
    doc.blocks
        .push(Block::paragraph("She drew a robot 🤖 on the card."));
    let Err(err) = render(&doc, &meta()) else {
        panic!("rendered an emoji the font lacks")
    };
    assert!(
        err.to_string()
            .starts_with("The character U+1F916 🤖 cannot be printed with the report font"),
        "{err}"
    );
    let mut doc = sample(false, Language::English);
    doc.header.case_name = "李 v Parry".into();
    let err = layout(&doc).unwrap_err();
    assert_eq!(
        err,
        ReportError::MissingGlyph {
            ch: '李',
            context: "李 v Parry · CF24P00123".into()
        }
    );
    assert_eq!(crate::Error::from(err).code, crate::ErrorCode::Invalid);
}

#[test]
fn text_is_nfc_normalised() {
    let doc = Document {
        blocks: vec![Block::paragraph("Llw\u{302}yn y\u{302}")],
        ..Document::default()
    };
    let laid = layout(&doc).unwrap();
    assert!(laid.pages[0].texts().any(|t| t.text == "Llŵyn ŷ"));
}

#[test]
fn empty_document_has_one_page() {
    let laid = layout(&Document::default()).unwrap();
    assert_eq!(laid.pages.len(), 1);
    assert!(laid.pages[0].texts().any(|t| t.text == "Page 1 of 1"));
}

fn covered_char() -> impl Strategy<Value = char> {
    let fonts = Fonts::load().unwrap();
    prop_oneof![
        8 => proptest::char::range(' ', '~'),
        2 => proptest::char::range('\u{a0}', '\u{24f}'),
        1 => proptest::char::range('\u{370}', '\u{4ff}'),
        1 => proptest::char::range('\u{1e00}', '\u{1eff}'),
        1 => proptest::char::range('\u{2010}', '\u{2044}'),
        1 => Just('\n'),
    ]
    .prop_filter("covered by both faces", move |c| {
        fonts.covers(FontStyle::Regular, *c) && fonts.covers(FontStyle::Bold, *c)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn wrapped_lines_fit_their_box(
        text in proptest::collection::vec(covered_char(), 0..400).prop_map(|v| v.into_iter().collect::<String>()),
        width in 40.0f32..470.0,
        bold in any::<bool>(),
        size in prop_oneof![Just(8.0f32), Just(12.0), Just(16.0)],
    ) {
        let fonts = Fonts::load().unwrap();
        let font = if bold { FontStyle::Bold } else { FontStyle::Regular };
        let text = prepare(&text);
        for line in wrap(&fonts, font, size, &text, width) {
            prop_assert!(line.width <= width + EPS, "{:?} is {} wide in {}", line.text, line.width, width);
            prop_assert!((fonts.width(font, &line.text, size) - line.width).abs() < EPS);
        }
    }

    #[test]
    fn laid_out_pages_respect_margins(
        words in proptest::collection::vec("[a-zA-Zŵŷâ]{1,30}", 1..300),
        cells in proptest::collection::vec("[a-z ]{0,60}", 0..40),
    ) {
        let text = words.join(" ");
        let mut table = Table::new([("A", 1.0), ("B", 2.0), ("C", 1.0)]);
        for c in cells.chunks(3) {
            table = table.row(c.to_vec());
        }
        let doc = Document {
            blocks: vec![
                Block::heading(Level::One, text.chars().take(120).collect::<String>()),
                Block::paragraph(text.clone()),
                Block::quote(Some("Elis, 7:"), text.clone()),
                Block::Table(table),
                Block::key_values([("Label", text)]),
            ],
            ..Document::default()
        };
        let laid = layout(&doc).unwrap();
        assert_geometry(&laid);
    }
}
