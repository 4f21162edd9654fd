//! `generate`: a NEW data file filled with invented cases, for training and for measuring.

use std::path::Path;

use contact_records_core::generate::generate;
use contact_records_core::store::{file_state, FileState};
use contact_records_core::Error;

pub fn run(path: &Path, cases: u32, seed: u64) -> Result<(), Error> {
    if file_state(path) != FileState::Missing {
        return Err(Error::storage(format!(
            "There is already a data file at {}. Invented cases only go into a new file, so they \
             are never mixed with real ones: give a path that does not exist yet.",
            path.display()
        )));
    }
    let mut store = crate::protect::create(path, true)?;
    crate::cli_actor(&mut store);
    let today = chrono::Local::now().date_naive();
    let started = std::time::Instant::now();
    let made = generate(&mut store, cases, seed, today)?;
    eprintln!(
        "Made {} invented cases (seed {seed}) in {:.1} s: {} referrals, {} sessions, {} records \
         ({} finalised, {} addenda), {} incidents. Every case number starts INV-.",
        made.cases,
        started.elapsed().as_secs_f64(),
        made.referrals,
        made.sessions,
        made.records,
        made.finalised,
        made.addenda,
        made.incidents
    );
    Ok(())
}
