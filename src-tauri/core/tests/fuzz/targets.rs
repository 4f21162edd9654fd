//! The bundle import target, and what the three targets share (the bundle import here; the
//! commands' inputs as the window sends them in target_commands.rs; the PDF text layout in
//! target_layout.rs). Each says what it found wrong; a panic is caught by the runner.

use chrono::NaiveDate;
use contact_records_core::bundle::{import_bundle, ImportOptions};
use contact_records_core::{Error, ErrorCode, Store};
use serde_json::Value;

use super::mutate::{mutate_text, mutate_tree, Rng};
use super::{Outcome, Target};

pub(super) const SAMPLE: &str = include_str!("../../../../tests/fixtures/sample-case.json");

pub(super) fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default()
}

/// Words that must never reach a person: Rust types and parser jargon.
const JARGON: &[&str] = &[
    "expected u",
    "expected i",
    "expected f",
    "expected struct",
    "expected usize",
    "input is out of range",
    "premature end of input",
    "input contains invalid characters",
    "trailing input",
    "rusqlite",
    "SQLITE_",
    "panicked",
];

pub(super) fn plain_words(e: &Error) -> Outcome {
    let texts = std::iter::once(&e.message).chain(e.fields.iter().map(|f| &f.message));
    for t in texts {
        if t.trim().is_empty() {
            return Err("an empty message".into());
        }
        if let Some(j) = JARGON.iter().find(|j| t.contains(*j)) {
            return Err(format!("jargon {j:?} in: {t}"));
        }
    }
    Ok(())
}

pub(super) fn fresh_store() -> Store {
    Store::open_in_memory().unwrap_or_else(|e| panic!("in-memory store: {}", e.message))
}

pub struct BundleImport {
    seed: Value,
    store: Store,
    runs: u32,
}

impl BundleImport {
    pub fn new() -> Self {
        BundleImport {
            seed: serde_json::from_str(SAMPLE).unwrap_or(Value::Null),
            store: fresh_store(),
            runs: 0,
        }
    }
}

impl Target for BundleImport {
    fn name(&self) -> &'static str {
        "bundle"
    }

    fn make(&mut self, rng: &mut Rng) -> String {
        let mut v = self.seed.clone();
        mutate_tree(rng, &mut v);
        let mut bytes = serde_json::to_vec(&v).unwrap_or_default();
        if rng.chance(10) {
            mutate_text(rng, &mut bytes);
        }
        String::from_utf8_lossy(&bytes).into_owned()
    }

    fn run(&mut self, input: &str) -> Outcome {
        self.runs += 1;
        if self.runs.is_multiple_of(50) {
            self.store = fresh_store();
        }
        let before = self.store.list_cases("").map_err(|e| e.message)?.total;
        let as_new = input.len().is_multiple_of(2);
        match import_bundle(
            &mut self.store,
            input,
            ImportOptions {
                as_new,
                trust_new_signers: true,
            },
            today(),
        ) {
            Ok(summary) => {
                let after = self.store.list_cases("").map_err(|e| e.message)?.total;
                if after as usize != before as usize + summary.cases.len() {
                    return Err(format!(
                        "{before} cases + {} imported = {after}",
                        summary.cases.len()
                    ));
                }
                let v = self.store.verify().map_err(|e| e.message)?;
                if !v.is_intact() {
                    return Err(format!("verify failed after an import: {v:?}"));
                }
                Ok(())
            }
            Err(e) => {
                let after = self.store.list_cases("").map_err(|e| e.message)?.total;
                if after != before {
                    return Err(format!(
                        "a refused import changed the cases: {before} -> {after}"
                    ));
                }
                if e.code != ErrorCode::Invalid && e.code != ErrorCode::NotFound {
                    return Err(format!("refused with {:?}: {}", e.code, e.message));
                }
                plain_words(&e)
            }
        }
    }

    fn reset(&mut self) {
        self.store = fresh_store();
    }
}
