//! The built `contact-records` binary on the reports to court: `report cci|level2|welfare|
//! contact-log --case` on the imported sample case, in every language, read back with pdftotext
//! and checked with `verify-pdf`.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Output;

fn run(args: &[&str]) -> Output {
    common::contact_records()
        .args(args)
        .output()
        .expect("run contact-records")
}

fn err(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A data file holding the imported sample case.
fn sample_db(dir: &tempfile::TempDir) -> PathBuf {
    let db = dir.path().join("cases.db");
    let sample =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/sample-case.json");
    let o = run(&["--db", s(&db), "import", s(&sample), "--trust-new-signers"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    db
}

fn pdftotext(pdf: &Path) -> Option<String> {
    let o = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .ok()?;
    Some(
        String::from_utf8_lossy(&o.stdout)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    )
}

#[test]
fn each_report_exports_without_a_referral_number_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_db(&dir);
    let cases = [
        (
            "cci",
            "Report to the court: Child Contact Intervention",
            "Adroddiad i’r llys",
        ),
        ("level2", "Level 2 report", "Adroddiad Lefel 2"),
        (
            "welfare",
            "(e) any harm which he has suffered or is at risk of suffering",
            "(e) unrhyw niwed",
        ),
        ("contact-log", "Level 1 contact log", "Log cyswllt Lefel 1"),
    ];
    for (kind, en, cy) in cases {
        for lang in ["english", "welsh", "bilingual"] {
            let pdf = dir.path().join(format!("{kind}-{lang}.pdf"));
            let o = run(&[
                "--db",
                s(&db),
                "report",
                kind,
                "--case",
                "SA26P00417",
                "--out",
                s(&pdf),
                "--lang",
                lang,
            ]);
            assert_eq!(o.status.code(), Some(0), "{kind} {lang}: {}", err(&o));
            let o = run(&["verify-pdf", s(&pdf)]);
            assert_eq!(o.status.code(), Some(0), "{kind} {lang}: {}", err(&o));
            let Some(text) = pdftotext(&pdf) else {
                continue;
            };
            match lang {
                "english" => assert!(text.contains(en) && !text.contains(cy), "{kind}: {text}"),
                "welsh" => assert!(text.contains(cy), "{kind}: {text}"),
                _ => {
                    let (w, e) = (text.find(cy), text.find(en));
                    assert!(
                        w.is_some() && e.is_some() && w < e,
                        "{kind}: Welsh first: {text}"
                    );
                }
            }
        }
    }
}

#[test]
fn a_report_refuses_session_and_a_referral_without_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_db(&dir);
    let pdf = dir.path().join("x.pdf");
    let o = run(&[
        "--db",
        s(&db),
        "report",
        "cci",
        "--case",
        "SA26P00417",
        "--session",
        "1",
        "--out",
        s(&pdf),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("leave out --session"), "{}", err(&o));
    // Referral 1 is supervised contact: it makes no CCI report; the listing says which do.
    let o = run(&[
        "--db",
        s(&db),
        "report",
        "cci",
        "--case",
        "SA26P00417",
        "--referral",
        "1",
        "--out",
        s(&pdf),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("--referral 4: Child Contact Intervention"),
        "{}",
        err(&o)
    );
    // Existing invocations still work.
    let o = run(&[
        "--db",
        s(&db),
        "report",
        "observed",
        "--case",
        "SA26P00417",
        "--referral",
        "1",
        "--session",
        "1",
        "--out",
        s(&pdf),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let o = run(&[
        "--db",
        s(&db),
        "report",
        "cci",
        "--case",
        "SA26P00417",
        "--referral",
        "4",
        "--out",
        s(&pdf),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
}
