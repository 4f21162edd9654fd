//! The shell's command tests, as one test binary (`shell`): one link of the Tauri app instead of
//! one per file. `bindings` (run alone to regenerate them) and `keychain_absent` (it sets the
//! process's D-Bus address) stay their own binaries. A file left out of this list would never run:
//! the core's `every_test_file_is_a_module` refuses that.

mod common;

mod bundle_commands;
mod bundle_import_commands;
mod capabilities;
mod commands;
mod court_report_commands;
mod keychain;
mod lock;
