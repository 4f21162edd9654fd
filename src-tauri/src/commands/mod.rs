//! Tauri commands: typed adapters from the window to the core, grouped by domain.

pub mod app;
pub mod cases;
pub mod people;
