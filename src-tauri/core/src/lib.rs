//! Contact Records core: the domain model, the rules, the store and the reports, with no Tauri
//! dependency, so every rule and query is reachable from `cargo test` and the CLI.

pub mod bundle;
pub mod court_reports;
pub mod error;
pub mod facade;
pub mod generate;
pub mod message;
pub mod message_deadlines;
pub mod message_file;
pub mod message_forms;
pub mod message_import;
pub mod message_import_words;
pub mod message_incident;
pub mod message_labels;
pub mod message_limits;
pub mod message_records;
pub mod message_rules;
pub mod message_rules3;
pub mod message_rules_said;
pub mod message_sending;
pub mod message_storage;
pub mod message_warnings;
pub mod model;
pub mod passphrase;
pub mod paths;
pub mod private_files;
pub mod record_reports;
pub mod report;
pub mod rules;
pub mod store;
pub mod text;

pub use error::{Error, ErrorCode, FieldError, Result};
pub use store::Store;
