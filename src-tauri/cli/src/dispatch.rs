//! Whether a process started as the app should run as the command line instead. The installed
//! package has one binary for both (about half the size of two): `/usr/bin/contact-records` is a
//! link to the app, and the app also takes the command line's arguments directly.

use std::ffi::OsString;
use std::path::Path;

use clap::CommandFactory;

use crate::Cli;

/// The command line's name: started under it (through the link), the binary is the command line.
pub const CLI_NAME: &str = "contact-records";

/// True when `args` (the process's own, program name first) ask for the command line: the
/// program is named `contact-records`, or the first argument is one of its commands or global
/// options. Anything else (no arguments, or what a launcher or WebDriver adds, such as
/// `--automation`) starts the window.
pub fn invoked_as_cli(args: &[OsString]) -> bool {
    let named_cli = args
        .first()
        .and_then(|a| Path::new(a).file_stem())
        .is_some_and(|stem| stem == CLI_NAME);
    named_cli || args.get(1).is_some_and(is_cli_argument)
}

fn is_cli_argument(arg: &OsString) -> bool {
    let Some(arg) = arg.to_str() else {
        return false;
    };
    let option = arg.split('=').next().unwrap_or(arg);
    if matches!(
        option,
        "--db" | "--recovery-key" | "-h" | "--help" | "-V" | "--version"
    ) {
        return true;
    }
    let cli = Cli::command();
    let found = cli
        .get_subcommands()
        .any(|c| c.get_name() == arg || c.get_all_aliases().any(|a| a == arg));
    found || arg == "help"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_link_name_is_the_command_line_whatever_the_arguments() {
        assert!(invoked_as_cli(&args(&["/usr/bin/contact-records"])));
        assert!(invoked_as_cli(&args(&["contact-records", "--automation"])));
        assert!(invoked_as_cli(&args(&[
            r"C:\x\contact-records.exe",
            "cases"
        ])));
    }

    #[test]
    fn the_app_takes_the_command_lines_commands_and_global_options() {
        for first in [
            "cases",
            "verify-pdf",
            "working-days",
            "help",
            "--db=x.db",
            "--version",
        ] {
            assert!(
                invoked_as_cli(&args(&["/usr/bin/contact-records-app", first])),
                "{first}"
            );
        }
    }

    #[test]
    fn no_arguments_or_a_launchers_arguments_start_the_window() {
        assert!(!invoked_as_cli(&args(&["/usr/bin/contact-records-app"])));
        assert!(!invoked_as_cli(&args(&[
            "contact-records-app",
            "--automation"
        ])));
        assert!(!invoked_as_cli(&args(&["contact-records-app", "casesx"])));
        assert!(!invoked_as_cli(&args(&[])));
    }
}
