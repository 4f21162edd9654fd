//! The core's integration tests, as one test binary: one link instead of one per file, and the
//! tests of every file run side by side. Each file below is one module; a file added to `tests/`
//! and not listed here would never run, which `every_test_file_is_a_module` refuses.

mod common;
mod sample_builder;

mod bundle;
mod bundle_refused;
mod bundle_remote_suitability;
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
mod store_office_deadlines;
mod store_open;
mod store_pre_contact;
mod store_records;
mod store_records_final;
mod store_records_supported;
mod store_referrals;
mod store_remote_suitability;
mod store_reports;
mod store_review_override;
mod store_rules;
mod store_sessions;
mod store_spip;
mod store_verify;

/// Each crate's tests are one binary whose root lists every file as a module: a file added to a
/// tests folder and left out of its list would compile into nothing and never run.
#[test]
fn every_test_file_is_a_module() {
    let core = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let roots = [
        (core.join("tests"), "core.rs", &[][..]),
        (core.join("../cli/tests"), "main.rs", &["crash.rs"][..]),
        (
            core.join("../../tests"),
            "shell.rs",
            &["bindings.rs", "keychain_absent.rs"][..],
        ),
    ];
    let mut missing = Vec::new();
    for (dir, root, apart) in roots {
        let listed = std::fs::read_to_string(dir.join(root)).expect("the tests' root file");
        for entry in std::fs::read_dir(&dir).expect("a tests folder") {
            let name = entry
                .expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned();
            let Some(module) = name.strip_suffix(".rs") else {
                continue;
            };
            if name != root
                && !apart.contains(&name.as_str())
                && !listed.contains(&format!("\nmod {module};\n"))
            {
                missing.push(dir.join(&name));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "test files that are in no test binary, so never run: {missing:?}"
    );
}
