//! The case bundle: one versioned JSON file holding whole cases, for handing a case over to
//! another adviser and for administrators' batch exports. `export` writes it from the store,
//! `import` reads it back through the store's own checks, all or nothing.

pub mod export;
mod export_sending;
pub mod format;
mod format_record;
pub mod import;
mod import_people;
mod import_record;
mod import_referral;
mod import_sending;
pub mod parse;
pub mod paths;
pub mod preview;
mod records;
pub mod reports;
pub mod sample;
mod shape;
pub mod signers;
mod wording;
#[cfg(test)]
mod wording_keys_tests;

pub use export::{bundle_to_json, export_cases, write_bundle_file};
pub use format::*;
pub use import::{import_bundle, import_bundle_with_progress, ImportProgress};
pub use parse::{read_bundle_file, MAX_BUNDLE_BYTES};
pub use preview::{preview_bundle, BundleCasePreview, BundlePreview};
pub use reports::{BundleReport, BundleSignedDocument};
pub use sample::sample_bundle_json;
pub use signers::{bundle_new_signers, new_signers, NewSigner};
