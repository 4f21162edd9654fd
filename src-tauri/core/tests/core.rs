//! The core's integration tests, as one test binary: one link instead of one per file, and the
//! tests of every file run side by side. Each file below is one module; a file added to `tests/`
//! and not listed here would never run, which `every_test_file_is_a_module` refuses.

mod common;
mod sample_builder;

mod bundle;
mod bundle_schema;
mod bundle_signers;
mod bundle_tamper;
mod final_record;
mod generate;
mod hostile_inputs;
mod message_keys;
mod search;
mod store_case_services;
mod store_cases;
mod store_deadlines;
mod store_diary;
mod store_duty_consultation;
mod store_encrypted;
mod store_export;
mod store_export_welsh;
mod store_exports;
mod store_migrate;
mod store_open;
mod store_pre_contact;
mod store_records;
mod store_referrals;
mod store_reports;
mod store_review_override;
mod store_rules;
mod store_sessions;
mod store_spip;
mod store_verify;

#[test]
fn every_test_file_is_a_module() {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let listed = std::fs::read_to_string(here.join("core.rs")).expect("tests/core.rs");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(&here).expect("tests/") {
        let name = entry
            .expect("an entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        if let Some(module) = name.strip_suffix(".rs") {
            if module != "core" && !listed.contains(&format!("\nmod {module};\n")) {
                missing.push(name.clone());
            }
        }
    }
    assert!(
        missing.is_empty(),
        "test files that are not modules of tests/core.rs, so never run: {missing:?}"
    );
}
