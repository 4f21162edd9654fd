//! The list of commands the window may call, and the TypeScript bindings generated from it.

use specta_typescript::Typescript;
use tauri_specta::{collect_commands, Builder};

use crate::commands::{app, cases, people};

/// Where the generated bindings are committed, relative to the repository root.
pub const BINDINGS_PATH: &str = "ui/src/lib/bindings.ts";

/// Ids are SQLite rowids, far below 2^53, so they travel to TypeScript as plain numbers.
pub fn builder<R: tauri::Runtime>() -> Builder<R> {
    Builder::<R>::new()
        .dangerously_cast_bigints_to_number()
        .commands(collect_commands![
            app::app_status,
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
        ])
}

pub fn typescript() -> Typescript {
    Typescript::default().header(
        "// Generated from the Rust commands by `cargo test --test bindings`. Do not edit.\n",
    )
}
