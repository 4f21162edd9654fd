//! `import` and `export`: case bundles in and out of the data file.

use std::path::Path;

use chrono::NaiveDate;
use contact_records_core::bundle::{
    export_cases, import_bundle, read_bundle_file, write_bundle_file, ImportOptions,
};
use contact_records_core::{Error, Store};

use crate::output::print_json;
use crate::show::find_case;

/// Imports a bundle, all or nothing; every problem comes back in the error with its path.
pub fn import(
    store: &mut Store,
    file: &Path,
    options: ImportOptions,
    today: NaiveDate,
    json: bool,
) -> Result<(), Error> {
    let text = read_bundle_file(file)?;
    let summary = import_bundle(store, &text, options, today)?;
    // On standard error too, so a script reading the JSON still shows the person the warning.
    for w in summary.new_signers.iter().filter_map(|n| n.warning()) {
        eprintln!("Warning: {w}");
    }
    if json {
        return print_json(&summary);
    }
    for c in &summary.cases {
        let renumbered = c
            .original_court_case_number
            .as_ref()
            .map(|o| format!(" (was {o} in the bundle)"))
            .unwrap_or_default();
        println!(
            "Imported {}{renumbered}: {} - {} children, {} adults, {} referrals, {} sessions, \
             {} attendance entries, {} records ({} addenda), {} incidents, {} reports.",
            c.court_case_number,
            c.case_name,
            c.children,
            c.adults,
            c.referrals,
            c.sessions,
            c.attendance,
            c.records,
            c.addenda,
            c.incidents,
            c.reports
        );
    }
    for n in &summary.new_signers {
        println!(
            "Trusted a new signer: \"{}\" ({}), key {}.",
            n.name, n.role, n.key_fingerprint
        );
        if let Some(w) = n.warning() {
            println!("Warning: {w}");
        }
    }
    if summary.settings_applied {
        println!("The bundle's calendar and closure days were taken on.");
    } else {
        println!("This data file keeps its own calendar and closure days.");
    }
    Ok(())
}

/// Exports the named cases to `out`, written atomically.
pub fn export(store: &Store, numbers: &[String], out: &Path) -> Result<(), Error> {
    let ids = numbers
        .iter()
        .map(|n| find_case(store, n))
        .collect::<Result<Vec<_>, _>>()?;
    let bundle = export_cases(store, &ids, chrono::Utc::now())?;
    write_bundle_file(out, &bundle)?;
    println!(
        "Exported {} case{} to {}.",
        ids.len(),
        if ids.len() == 1 { "" } else { "s" },
        out.display()
    );
    Ok(())
}
