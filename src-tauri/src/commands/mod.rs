//! Tauri commands: typed adapters from the window to the core, grouped by domain.

pub mod app;
pub mod bundles;
pub mod cases;
pub mod deadlines;
pub mod diary;
pub mod form_drafts;
pub mod idle_lock;
pub mod incidents;
pub mod people;
pub mod records;
pub mod referrals;
pub mod reports;
pub mod security;
pub mod sessions;
pub mod signer;
