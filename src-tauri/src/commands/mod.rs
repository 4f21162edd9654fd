//! Tauri commands: typed adapters from the window to the core, grouped by domain.

pub mod about;
pub mod app;
pub mod bundles;
pub mod case_services;
pub mod cases;
pub mod court_reports;
pub mod deadlines;
pub mod diary;
pub mod duty_consultations;
pub mod exports;
pub mod form_drafts;
pub mod idle_lock;
pub mod incidents;
pub mod keychain;
pub mod office_deadlines;
pub mod people;
pub mod pre_contact;
pub mod records;
pub mod referrals;
pub mod reports;
pub mod review_overrides;
pub mod search;
pub mod security;
pub mod sending;
pub mod sessions;
pub mod signer;
