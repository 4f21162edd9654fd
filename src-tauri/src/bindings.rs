//! The list of commands the window may call, and the TypeScript bindings generated from it.

use specta_typescript::Typescript;
use tauri_specta::{collect_commands, Builder};

use crate::commands::court_reports;
use crate::commands::idle_lock;
use crate::commands::search;
use crate::commands::sending;
use crate::commands::{
    app, bundles, cases, deadlines, diary, form_drafts, incidents, people, records, referrals,
    reports, security, sessions, signer,
};

/// Where the generated bindings are committed, relative to the repository root.
pub const BINDINGS_PATH: &str = "ui/src/lib/bindings.ts";

/// Ids are SQLite rowids, far below 2^53, so they travel to TypeScript as plain numbers.
pub fn builder<R: tauri::Runtime>() -> Builder<R> {
    Builder::<R>::new()
        .dangerously_cast_bigints_to_number()
        .commands(collect_commands![
            app::app_status,
            security::passphrase_strength,
            security::create_data_file,
            security::encrypt_data_file,
            security::unlock,
            security::unlock_with_recovery_key,
            security::lock,
            security::change_passphrase,
            security::backup_data_file,
            security::restore_backup,
            cases::list_cases,
            cases::get_case,
            cases::create_case,
            cases::update_case,
            people::add_child,
            people::update_child,
            people::remove_child,
            people::add_adult,
            people::update_adult,
            people::remove_adult,
            referrals::list_referrals,
            referrals::get_referral,
            referrals::create_referral,
            referrals::update_referral,
            referrals::mark_referral_sent,
            referrals::update_referral_dates,
            sessions::add_session,
            sessions::update_session,
            sessions::record_attendance,
            sessions::remove_attendance,
            incidents::list_incidents,
            incidents::create_incident,
            incidents::update_incident,
            deadlines::dashboard,
            deadlines::case_deadlines,
            deadlines::list_closure_days,
            deadlines::add_closure_day,
            deadlines::remove_closure_day,
            deadlines::calendar_kind,
            deadlines::set_calendar_kind,
            diary::diary,
            records::get_session_record,
            records::save_record_draft,
            records::finalise_record,
            records::get_supported_record,
            records::finalise_supported_record,
            records::add_addendum,
            records::record_history,
            records::case_records,
            reports::export_report,
            reports::report_language,
            bundles::export_bundle,
            bundles::choose_bundle,
            bundles::import_chosen_bundle,
            bundles::load_sample_case,
            form_drafts::save_form_draft,
            form_drafts::get_form_draft,
            form_drafts::clear_form_draft,
            signer::signer_identity,
            signer::set_signer_identity,
            signer::final_record_fingerprint,
            signer::finalise_final_record,
            court_reports::get_court_report,
            court_reports::save_court_report,
            court_reports::finalise_court_report,
            court_reports::add_court_report_addendum,
            court_reports::export_court_report,
            court_reports::court_report_outline,
            court_reports::log_from_communications,
            crate::commands::about::about,
            crate::commands::case_services::list_case_services,
            crate::commands::exports::list_case_exports,
            crate::commands::exports::reveal_export,
            sending::record_sending,
            sending::case_sendings,
            search::search,
            idle_lock::get_idle_lock,
            idle_lock::set_idle_lock,
            crate::commands::keychain::keychain_status,
            crate::commands::keychain::remember_key,
            crate::commands::keychain::forget_key,
            crate::commands::keychain::unlock_remembered,
            crate::commands::review_overrides::record_review_override,
            crate::commands::duty_consultations::record_duty_consultation,
            crate::commands::pre_contact::record_pre_contact,
            crate::commands::office_deadlines::office_deadlines,
            crate::commands::office_deadlines::set_office_deadlines,
        ])
}

pub fn typescript() -> Typescript {
    Typescript::default().header(
        "// Generated from the Rust commands by `cargo test --test bindings`. Do not edit.\n",
    )
}
