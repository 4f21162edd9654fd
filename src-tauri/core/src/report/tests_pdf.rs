//! PDF tests: render the sample and read it back with poppler (pdftotext, pdfinfo, pdffonts).
//! Each test skips with a note when poppler-utils is not installed.

use std::path::Path;
use std::process::Command;

use super::tests::{meta, sample};
use super::*;

/// Runs a poppler tool on `pdf`, or `None` when the tool is missing.
pub(super) fn poppler(tool: &str, args: &[&str], pdf: &Path) -> Option<String> {
    let to_stdout: &[&str] = if tool == "pdftotext" { &["-"] } else { &[] };
    let out = match Command::new(tool)
        .args(args)
        .arg(pdf)
        .args(to_stdout)
        .output()
    {
        Ok(out) => out,
        Err(_) => {
            eprintln!("skipping: {tool} is not installed (Debian package poppler-utils)");
            return None;
        }
    };
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

pub(super) fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    // Keep a copy to look at (pdftoppm -png -r 60 ...) when asked to.
    if let Ok(keep) = std::env::var("REPORT_SAMPLE_DIR") {
        std::fs::write(Path::new(&keep).join(name), bytes).unwrap();
    }
    path
}

#[test]
fn pdf_text_fonts_pages_and_metadata() {
    let doc = sample(true, Language::English);
    let pages = layout(&doc).unwrap().pages.len();
    let rendered = render(&doc, &meta()).unwrap();
    let bytes = rendered.bytes;
    assert!(bytes.starts_with(b"%PDF-"));
    // The page count the user is told is the PDF's own.
    let read_back = lopdf::Document::load_mem(&bytes).unwrap().get_pages().len();
    assert!(pages > 1);
    assert_eq!((rendered.pages as usize, read_back), (pages, pages));
    let dir = tempfile::tempdir().unwrap();
    let pdf = write(&dir, "sample-draft.pdf", &bytes);

    let Some(text) = poppler("pdftotext", &["-enc", "UTF-8"], &pdf) else {
        return;
    };
    for welsh in [
        "Siân Llŷr",
        "Gwenllïan ap Dafydd",
        "ŵ ŷ Ŵ Ŷ",
        "Llŷr v Parry (Elis Llŷr)",
    ] {
        assert!(text.contains(welsh), "{welsh:?} missing from:\n{text}");
    }
    for n in 1..=pages {
        let line = format!("Page {n} of {pages}");
        assert!(text.contains(&line), "{line:?} missing");
    }
    assert!(!text.contains(&format!("Page {} of", pages + 1)));
    assert!(text.contains("“Dw i eisiau aros gyda Dad"));
    assert!(text.contains("DRAFT"));
    assert!(
        text.matches("Brought by").count() >= 2,
        "header row not repeated"
    );

    let Some(info) = poppler("pdfinfo", &[], &pdf) else {
        return;
    };
    let field = |key: &str| {
        let line = info.lines().find(|l| l.starts_with(&format!("{key}:")));
        line.map(|l| l[key.len() + 1..].trim().to_string())
            .unwrap_or_default()
    };
    let size: Vec<f32> = field("Page size")
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    assert!(
        (size[0] - 595.28).abs() < 0.01 && (size[1] - 841.89).abs() < 0.01,
        "{info}"
    );
    assert!(field("Page size").ends_with("(A4)"), "{info}");
    assert_eq!(field("Pages"), pages.to_string());
    assert_eq!(
        field("Title"),
        "Record of Observed Contact: Elis Llŷr, session 3"
    );
    assert_eq!(field("Author"), "Rhodri Ŵyn Jones");
    assert_eq!(field("Subject"), "CF24P00123");
    assert_eq!(field("CreationDate"), "Tue Nov 17 11:45:00 2026 UTC");
    assert_eq!(field("PDF subtype"), "", "{info}");

    let Some(fonts) = poppler("pdffonts", &[], &pdf) else {
        return;
    };
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "{fonts}");
    for row in rows {
        assert!(row.contains("DejaVuSans"), "{row}");
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name type encoding emb sub uni object ID
        let n = cols.len();
        assert_eq!(
            cols[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "emb/sub/uni in {row}"
        );
    }
}

#[test]
fn pdf_bilingual_final_and_outline() {
    let doc = sample(false, Language::Bilingual);
    let laid = layout(&doc).unwrap();
    let pages = laid.pages.len();
    let bytes = render(&doc, &meta()).unwrap().bytes;
    let dir = tempfile::tempdir().unwrap();
    let pdf = write(&dir, "sample-final-bilingual.pdf", &bytes);
    let Some(text) = poppler("pdftotext", &["-enc", "UTF-8"], &pdf) else {
        return;
    };
    for n in 1..=pages {
        assert!(
            text.contains(&format!("Tudalen {n} o {pages}\nPage {n} of {pages}")),
            "page {n}"
        );
    }
    assert!(text.contains("Ôl bys y cofnod (SHA-256) / Record fingerprint (SHA-256)"));
    assert!(text.contains("Cyfrinachol."));
    assert!(!text.contains("DRAFT"));

    // The outline: one entry per bookmarked heading, nested, in document order.
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let catalog = doc.catalog().unwrap();
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"cy-GB");
    let outlines = doc
        .get_dictionary(catalog.get(b"Outlines").unwrap().as_reference().unwrap())
        .unwrap();
    assert_eq!(
        outlines.get(b"Count").unwrap().as_i64().unwrap(),
        laid.bookmarks.len() as i64
    );
    let mut titles = Vec::new();
    let mut next = outlines
        .get(b"First")
        .ok()
        .map(|o| o.as_reference().unwrap());
    while let Some(id) = next {
        let entry = doc.get_dictionary(id).unwrap();
        let raw = entry.get(b"Title").unwrap().as_str().unwrap();
        let units: Vec<u16> = raw[2..]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        titles.push(String::from_utf16(&units).unwrap());
        next = entry.get(b"Next").ok().map(|o| o.as_reference().unwrap());
    }
    let top: Vec<String> = laid
        .bookmarks
        .iter()
        .filter(|b| b.level == 1)
        .map(|b| b.title.clone())
        .collect();
    assert_eq!(titles, top);
}

#[test]
fn pdf_is_deterministic() {
    let doc = sample(false, Language::English);
    assert_eq!(
        render(&doc, &meta()).unwrap(),
        render(&doc, &meta()).unwrap()
    );
}
