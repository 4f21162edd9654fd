//! `contact-records`: the command line on its own (development and tests). The installed app is
//! the same code: `/usr/bin/contact-records` is a link to the app, which runs this when so named.

fn main() -> std::process::ExitCode {
    contact_records_cli::main()
}
