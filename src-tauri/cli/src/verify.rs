//! `verify`: the audit chain, the triggers, and every signed record: its signature, and its
//! document against the live rows.

use contact_records_core::{Error, Store};

use crate::output::print_json;

/// Prints what was checked; a broken chain or a tampered record is an error (exit code 1).
pub fn run(store: &Store, json: bool) -> Result<(), Error> {
    let report = store.verify()?;
    if json {
        print_json(&report)?;
    } else {
        println!("Audit entries checked: {}", report.audit_entries);
        println!(
            "Signed records checked: {} (with {} addenda)",
            report.records_checked, report.addenda_checked
        );
        match report.first_broken_audit_entry {
            None => println!("The audit chain is intact."),
            Some(id) => println!("The audit chain is broken at entry {id}."),
        }
        for t in &report.missing_triggers {
            println!("Missing trigger: {t} (signed rows are no longer protected in SQL).");
        }
        for t in &report.tampered {
            let session = t
                .session_number
                .map(|n| format!(", session {n}"))
                .unwrap_or_default();
            println!(
                "Tampered: record {} (case {}{session}): {}",
                t.record_id, t.case_number, t.what
            );
        }
    }
    if report.is_intact() {
        Ok(())
    } else {
        Err(Error::rule(
            "The data file failed verification: restore it from a backup and report the problem.",
        ))
    }
}
