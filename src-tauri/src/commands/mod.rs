//! Tauri commands: typed adapters from the window to the core, grouped by domain.

pub mod app;
pub mod cases;
pub mod deadlines;
pub mod incidents;
pub mod people;
pub mod referrals;
pub mod sessions;
