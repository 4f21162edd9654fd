//! No error the app can show is made from bare English: every `Error::storage(..)`,
//! `Error::rule(..)` and `Error::new(.., ..)` in the core and the app's shell is given a message
//! key, or English words that are exactly a key's (`message::fixed`), never a `format!`ed
//! sentence, which has no key. The CLI's own messages stay English by design: its crate is not
//! scanned, and the few core functions only the CLI calls are listed in `CLI_ONLY`.

use std::path::{Path, PathBuf};

/// (file, words in the message): messages only the CLI prints.
const CLI_ONLY: &[(&str, &str)] = &[
    // court_reports::report_referral: the CLI's `court-report --case N --referral N`.
    ("court_reports.rs", "contact-records cases"),
    ("court_reports.rs", "referral(s)"),
    ("court_reports.rs", "which makes no such report"),
    ("court_reports.rs", "no referral that makes this report"),
    ("court_reports.rs", "--referral N"),
    // generate: the CLI's `generate`, for benchmarks.
    ("mod.rs", "Give a number of cases from 1 to 100,000"),
    (
        "mod.rs",
        "Invented cases are only put in a new, empty data file",
    ),
];

/// The message argument of each call to an `Error` constructor in `code`: a string literal (its
/// text, continuation lines joined), a `format!` (its source), or any other expression (`None`).
fn messages(code: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for (call, commas) in [
        ("Error::storage(", 0),
        ("Error::rule(", 0),
        ("Error::new(", 1),
    ] {
        for part in code.split(call).skip(1) {
            let args = &part[..close_of(part)];
            let Some(arg) = nth_arg(args, commas) else {
                continue;
            };
            let arg = arg.trim().trim_end_matches(',').trim();
            let arg = arg
                .strip_suffix(".to_string()")
                .or_else(|| arg.strip_suffix(".into()"))
                .unwrap_or(arg);
            if arg.starts_with("format!") || arg.starts_with("&format!") {
                out.push((arg.to_string(), false));
            } else if let Some(lit) = arg.strip_prefix('"').and_then(|a| a.strip_suffix('"')) {
                let text: String = lit
                    .split("\\\n")
                    .map(str::trim_start)
                    .collect::<Vec<_>>()
                    .join("")
                    .replace("\\\"", "\"");
                out.push((text, true));
            }
        }
    }
    out
}

/// Where the call's arguments end: its closing bracket at depth 0, outside strings.
fn close_of(part: &str) -> usize {
    let (mut depth, mut in_str, mut prev) = (0, false, ' ');
    for (i, c) in part.char_indices() {
        match c {
            '"' if prev != '\\' => in_str = !in_str,
            '(' | '[' | '{' if !in_str => depth += 1,
            ')' if !in_str && depth == 0 => return i,
            ')' | ']' | '}' if !in_str => depth -= 1,
            _ => {}
        }
        prev = c;
    }
    part.len()
}

/// The argument after `commas` top-level commas.
fn nth_arg(args: &str, commas: usize) -> Option<&str> {
    let (mut depth, mut in_str, mut prev, mut seen, mut start) = (0, false, ' ', 0, 0);
    for (i, c) in args.char_indices() {
        match c {
            '"' if prev != '\\' => in_str = !in_str,
            '(' | '[' | '{' if !in_str => depth += 1,
            ')' | ']' | '}' if !in_str => depth -= 1,
            ',' if !in_str && depth == 0 => {
                if seen == commas {
                    return Some(&args[start..i]);
                }
                seen += 1;
                start = i + 1;
            }
            _ => {}
        }
        prev = c;
    }
    (seen == commas).then(|| &args[start..])
}

fn rust_files(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files
}

/// Every non-test source file of the core and the app's shell, with its code before any
/// `#[cfg(test)]`.
fn scanned_code() -> Vec<(PathBuf, String)> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = rust_files(&manifest.join("src"));
    files.extend(rust_files(&manifest.join("../src")));
    files
        .into_iter()
        .filter(|path| {
            let name = path.file_name().unwrap().to_string_lossy();
            !(name.ends_with("_tests.rs") || name == "tests.rs")
        })
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text
                .split("#[cfg(test)]")
                .next()
                .unwrap_or_default()
                .to_string();
            (path, code)
        })
        .collect()
}

#[test]
fn no_error_a_person_can_meet_is_bare_english() {
    let mut unkeyed = Vec::new();
    let mut seen = 0;
    for (path, code) in scanned_code() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        for (message, literal) in messages(&code) {
            seen += 1;
            if literal && crate::message::fixed(&message).is_some() {
                continue;
            }
            if CLI_ONLY
                .iter()
                .any(|(file, words)| name == *file && message.contains(words))
            {
                continue;
            }
            unkeyed.push(format!("{}: {message}", path.display()));
        }
    }
    assert!(
        seen >= 15,
        "only {seen} messages found: is the scan broken?"
    );
    assert!(
        unkeyed.is_empty(),
        "give these a key (message_storage.rs, or Error::said with a Message), with their Welsh \
         in ui/src/lib/i18n/cy-core-storage.ts:\n{}",
        unkeyed.join("\n")
    );
}

/// A field's problem made as `FieldError { msg: None, .. }` is English only: the form would show
/// it untranslated. Each is given a key (`FieldError::said`) or carries another error's.
#[test]
fn no_field_error_is_bare_english() {
    let mut bare = Vec::new();
    for (path, code) in scanned_code() {
        for (i, line) in code.lines().enumerate() {
            if line.trim_start().starts_with("msg: None") {
                bare.push(format!("{}:{}", path.display(), i + 1));
            }
        }
    }
    assert!(
        bare.is_empty(),
        "give these field errors a key (FieldError::said, message_forms.rs) with their Welsh in \
         ui/src/lib/i18n/cy-core.ts:\n{}",
        bare.join("\n")
    );
}

#[test]
fn the_scan_finds_literals_formats_and_skips_expressions() {
    let code = "Error::storage(\"One \\\n     two\");\nError::new(ErrorCode::Invalid, \
                format!(\"{x}\"));\nError::rule(message);\nError::new(\n    code,\n    \"Three\".to_string(),\n)";
    let found = messages(code);
    assert_eq!(
        found,
        [
            ("One two".to_string(), true),
            ("format!(\"{x}\")".to_string(), false),
            ("Three".to_string(), true),
        ]
    );
}

#[test]
fn a_report_error_is_keyed_with_the_same_english() {
    let e = crate::report::ReportError::MissingGlyph {
        ch: '😀',
        context: "Sam laughed 😀".into(),
    };
    let english = e.to_string();
    let said = crate::Error::from(e);
    assert_eq!(said.message, english);
    assert_eq!(
        said.msg.map(|m| m.key),
        Some("core.storage.reportGlyph".to_string())
    );
}

#[test]
fn a_write_error_names_the_file_and_says_what_to_do() {
    let e = std::io::Error::new(std::io::ErrorKind::PermissionDenied, "denied");
    let said = super::write_error(Path::new("/tmp/Cofnod Siân.pdf"), &e);
    assert!(said
        .message
        .starts_with("/tmp/Cofnod Siân.pdf could not be written: the folder"));
    let m = said.msg.unwrap();
    assert_eq!(m.key, "core.storage.writeReadOnly");
}
