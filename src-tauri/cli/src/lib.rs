//! `contact-records`: the headless command line of Contact Records, on the same core as the app.

mod bundle;
mod cases;
mod check;
mod court_report;
mod deadlines;
mod diary;
mod generate;
mod output;
mod protect;
mod report;
mod search;
mod sent;
mod show;
mod unlock;
mod verify;
mod verify_pdf;
mod working_days;

mod dispatch;
pub use dispatch::{invoked_as_cli, CLI_NAME};

mod args;
mod data_file;

use std::process::ExitCode;

use clap::Parser;
use contact_records_core::model::CourtReportKind;
use contact_records_core::report::Language;
use contact_records_core::store::Access;
use contact_records_core::{Error, ErrorCode};

use args::{Cli, Command, ReportKindArg, WorkingDays};
pub(crate) use data_file::cli_actor;
use data_file::Db;

/// The whole command line: parses the process's arguments, runs the command, returns its exit code.
/// The `contact-records` binary and the app (when started as `contact-records`) both call this.
pub fn main() -> ExitCode {
    output::end_quietly_on_closed_pipe();
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
    let db = Db {
        path: cli.db,
        recovery: cli.recovery_key,
    };
    match cli.command {
        Command::Init => protect::init(&db.path()?),
        Command::Upgrade => db.open(Access::ReadWrite).map(|_| ()),
        Command::Backup { out } => protect::backup(&db.open(Access::ReadWrite)?, &out),
        Command::Restore { file } => protect::restore(&file, &db.path()?, db.recovery),
        Command::Passphrase => protect::change_passphrase(&mut db.open(Access::ReadWrite)?),
        Command::Cases { search, json } => {
            cases::list(&db.read()?, search.as_deref().unwrap_or(""), json)
        }
        Command::Generate { cases, seed } => generate::run(&db.path()?, cases, seed),
        Command::Search { text, json } => search::run(&db.read()?, &text.join(" "), json),
        Command::Deadlines { today, json } => {
            let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
            deadlines::list(&db.read()?, today, json)
        }
        Command::Diary { from, to, json } => diary::run(&db.read()?, from, to, json),
        Command::Show {
            case_number,
            today,
            json,
        } => {
            let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
            show::run(&db.read()?, &case_number, today, json)
        }
        Command::Import {
            file,
            as_new,
            trust_new_signers,
            json,
        } => {
            let today = chrono::Local::now().date_naive();
            let options = contact_records_core::bundle::ImportOptions {
                as_new,
                trust_new_signers,
            };
            bundle::import(&mut db.open_or_create()?, &file, options, today, json)
        }
        Command::Export { case_numbers, out } => bundle::export(&db.read()?, &case_numbers, &out),
        Command::Check => check::run(&db.read()?),
        Command::Verify { json } => verify::run(&db.read()?, json),
        Command::VerifyPdf { file, json } => {
            // Only with --db (or $CONTACT_RECORDS_DB) is a data file opened: a PDF stands alone.
            let store = match db.path {
                Some(_) => Some(db.read()?),
                None => None,
            };
            verify_pdf::run(&file, store.as_ref(), json)
        }
        Command::Report {
            kind,
            case,
            referral,
            session,
            final_record,
            out,
            lang,
        } => {
            let court = match kind {
                ReportKindArg::Cci => Some(CourtReportKind::Cci),
                ReportKindArg::Level2 => Some(CourtReportKind::Level2),
                ReportKindArg::Welfare => Some(CourtReportKind::Welfare),
                ReportKindArg::ContactLog => Some(CourtReportKind::ContactLog),
                ReportKindArg::Observed | ReportKindArg::Supported => None,
            };
            if let Some(kind) = court {
                let ask = court_report::Ask {
                    kind,
                    case: &case,
                    referral,
                    session_or_final: session.is_some() || final_record,
                    out: &out,
                    lang: lang.map(Language::from),
                };
                return court_report::run(&db.read()?, &ask);
            }
            let ask = report::Ask {
                supported: matches!(kind, ReportKindArg::Supported),
                case: &case,
                referral,
                session,
                final_record,
                out: &out,
                lang: lang.map(Language::from),
            };
            let today = chrono::Local::now().date_naive();
            report::run(&db.read()?, &ask, today)
        }
        // Pure arithmetic on the calendars: no data file is opened.
        Command::WorkingDays(WorkingDays::Add { date, n, calendar }) => {
            working_days::add(date, n, calendar)
        }
        Command::WorkingDays(WorkingDays::Between { a, b, calendar }) => {
            working_days::between(a, b, calendar)
        }
    }
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
        | ErrorCode::WrongKey
        | ErrorCode::NotEncrypted
        | ErrorCode::NeedsUnlock
        | ErrorCode::Storage => 3,
    }
}
