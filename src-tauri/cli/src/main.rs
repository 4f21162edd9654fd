//! `contact-records`: the headless command line of Contact Records, on the same core as the app.

mod cases;
mod output;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use contact_records_core::paths::{default_db_path, DB_ENV_VAR};
use contact_records_core::{Error, ErrorCode, Store};

#[derive(Parser)]
#[command(
    name = "contact-records",
    version,
    about = "Contact Records from the command line: list cases, and (in later versions) export and verify records.",
    after_help = "Exit codes: 0 done, 1 refused by a rule or a check, 2 usage, 3 problem with the data file."
)]
struct Cli {
    /// The data file (default: the app's own, or $CONTACT_RECORDS_DB).
    #[arg(long, global = true, value_name = "PATH", env = DB_ENV_VAR)]
    db: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List the case register.
    #[command(after_help = "Example:\n  contact-records --db cases.db cases --json")]
    Cases {
        /// Only cases whose number or any person's name contains this text.
        #[arg(long, short)]
        search: Option<String>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("contact-records: {}", e.message);
            for f in &e.fields {
                eprintln!("  {}: {}", f.field, f.message);
            }
            ExitCode::from(exit_code(e.code))
        }
    }
}

fn run(cli: Cli) -> Result<(), Error> {
    let store = open(cli.db)?;
    match cli.command {
        Command::Cases { search, json } => {
            cases::list(&store, search.as_deref().unwrap_or(""), json)
        }
    }
}

fn open(db: Option<PathBuf>) -> Result<Store, Error> {
    let path = db.or_else(default_db_path).ok_or_else(|| {
        Error::storage("No data file: give one with --db PATH or set CONTACT_RECORDS_DB.")
    })?;
    Store::open(&path)
}

/// 1 for a refusal by a rule or check, 3 for anything wrong with the data file (2 is clap's usage).
fn exit_code(code: ErrorCode) -> u8 {
    match code {
        ErrorCode::Invalid | ErrorCode::RuleBroken | ErrorCode::Finalised | ErrorCode::NotFound => {
            1
        }
        ErrorCode::Locked
        | ErrorCode::ForeignFile
        | ErrorCode::NewerVersion
        | ErrorCode::Corrupt
        | ErrorCode::Storage => 3,
    }
}
