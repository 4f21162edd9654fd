// Keeps a console window from opening next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

fn main() -> ExitCode {
    // One binary is both the app and the command line (see `contact_records_cli::invoked_as_cli`).
    let args: Vec<_> = std::env::args_os().collect();
    if contact_records_cli::invoked_as_cli(&args) {
        return contact_records_cli::main();
    }
    contact_records_app::run();
    ExitCode::SUCCESS
}
