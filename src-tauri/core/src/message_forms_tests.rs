//! Every fixed sentence a form's check gives as English words has its key, so none reaches the
//! UI in English only.

/// The string literals given as the message of `p.add(field, "...")` and `not_before(..., "...")`
/// in one file's code (tests left out); a message made with `format!` is given as its source
/// text, which no key matches: a sentence with a value in it is said with `Problems::say`.
fn fixed_sentences(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (call, args_before) in [("p.add(", 1), ("not_before(", 4), ("self.note(", 1)] {
        for part in code.split(call).skip(1) {
            // The arguments up to the closing bracket of the call, at depth 0.
            let mut depth = 0;
            let mut end = part.len();
            let mut in_str = false;
            let mut prev = ' ';
            for (i, c) in part.char_indices() {
                match c {
                    '"' if prev != '\\' => in_str = !in_str,
                    '(' if !in_str => depth += 1,
                    ')' if !in_str && depth == 0 => {
                        end = i;
                        break;
                    }
                    ')' if !in_str => depth -= 1,
                    _ => {}
                }
                prev = c;
            }
            let args = &part[..end];
            // The message argument: after `args_before` top-level commas.
            let mut commas = 0;
            let mut depth = 0;
            let mut in_str = false;
            let mut prev = ' ';
            let mut start = None;
            for (i, c) in args.char_indices() {
                match c {
                    '"' if prev != '\\' => in_str = !in_str,
                    '(' | '[' if !in_str => depth += 1,
                    ')' | ']' if !in_str => depth -= 1,
                    ',' if !in_str && depth == 0 => {
                        commas += 1;
                        if commas == args_before {
                            start = Some(i + 1);
                            break;
                        }
                    }
                    _ => {}
                }
                prev = c;
            }
            let Some(start) = start else { continue };
            let message = args[start..].trim().trim_end_matches(',').trim();
            if message.starts_with("format!") || message.starts_with("&format!") {
                out.push(message.to_string());
            } else if let Some(lit) = message.strip_prefix('"').and_then(|m| m.strip_suffix('"')) {
                let english: String = lit
                    .split("\\\n")
                    .map(str::trim_start)
                    .collect::<Vec<_>>()
                    .join("")
                    .replace("\\\"", "\"");
                out.push(english);
            }
        }
    }
    out
}

#[test]
fn every_fixed_sentence_of_a_form_is_keyed() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut missing = Vec::new();
    let mut seen = 0;
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if !name.ends_with(".rs") || name.ends_with("_tests.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for english in fixed_sentences(code) {
                seen += 1;
                if crate::message::fixed(&english).is_none() {
                    missing.push(format!("{name}: {english:?}"));
                }
            }
        }
    }
    assert!(
        seen >= 40,
        "only {seen} sentences found: is the scan broken?"
    );
    assert!(
        missing.is_empty(),
        "add these to message_forms.rs (and their Welsh to ui/src/lib/i18n/cy-core.ts):\n{}",
        missing.join("\n")
    );
}

#[test]
fn a_fixed_sentence_given_as_words_carries_its_key() {
    let mut p = crate::error::Problems::default();
    p.add("status", "Choose who cancelled the session");
    p.add("notes", "Some sentence with no key");
    let fields = p.into_fields();
    assert_eq!(
        fields[0].msg.as_ref().map(|m| m.key.as_str()),
        Some("core.form.whoCancelled")
    );
    assert_eq!(fields[0].message, "Choose who cancelled the session");
    assert!(fields[1].msg.is_none());
}

#[test]
fn the_scan_reads_calls_over_several_lines() {
    let code = "p.add(\n    \"x\",\n    \"One \\\n     two\",\n);\nnot_before(\n    &mut p,\n    \"f\",\n    a,\n    b.or(c),\n    \"Three\",\n);\np.add(f, format!(\"{x}\"));";
    assert_eq!(
        fixed_sentences(code),
        ["One two", "format!(\"{x}\")", "Three"]
    );
}
