//! The CLI's tests, as one test binary (`cli`): one link instead of one per file, and the files'
//! tests run side by side. Each file is a module; the crash harness (`crash.rs`, its own main) is
//! apart. A file left out of this list would never run: the core's `every_test_file_is_a_module`
//! refuses that.

mod common;

mod bundle;
mod cli;
mod court_reports;
mod crypt;
mod diary;
mod hostile;
mod hostile_values;
mod records;
mod records_verify;
mod report_lang;
mod signers;
