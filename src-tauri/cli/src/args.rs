//! The command line's grammar: the global options, every command with its arguments and help,
//! and the values they take (report kinds, languages, working-day questions).

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use contact_records_core::paths::DB_ENV_VAR;
use contact_records_core::report::Language;
use contact_records_core::rules::CalendarKind;

#[derive(Parser)]
#[command(
    name = "contact-records",
    version,
    about = "Contact Records from the command line: list and show cases, import and export case \
        bundles, see what is due, count working days, export records as PDF, check and verify the \
        data file.",
    after_help = "The data file is encrypted. The passphrase is read from $CONTACT_RECORDS_PASSPHRASE \
        when set, otherwise asked for on the terminal (not shown as it is typed). With \
        --recovery-key the recovery key is read from $CONTACT_RECORDS_RECOVERY_KEY or asked for.\n\n\
        Exit codes: 0 done, 1 refused by a rule or a check, 2 usage, 3 problem with the data file \
        (missing, wrong passphrase, damaged, foreign, newer, in use)."
)]
pub(crate) struct Cli {
    /// The data file (default: the app's own, or $CONTACT_RECORDS_DB).
    #[arg(long, global = true, value_name = "PATH", env = DB_ENV_VAR)]
    pub(crate) db: Option<PathBuf>,

    /// Open the data file with its recovery key instead of the passphrase.
    #[arg(long, global = true)]
    pub(crate) recovery_key: bool,

    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Subcommand)]
pub(crate) enum Command {
    /// Create a new, empty, encrypted data file and print its recovery key.
    #[command(
        after_help = "The passphrase is read from $CONTACT_RECORDS_NEW_PASSPHRASE when set, \
        otherwise typed twice on the terminal.\n\n\
        Example:\n  contact-records --db cases.db init"
    )]
    Init,
    /// Upgrade a data file written by an older version (a backup is made first).
    #[command(after_help = "Example:\n  contact-records --db cases.db upgrade")]
    Upgrade,
    /// Write an encrypted copy of the data file, opened by the same passphrase and recovery key.
    #[command(
        after_help = "Example:\n  contact-records --db cases.db backup --out cases-2026-11-29.bak"
    )]
    Backup {
        /// Where to write the copy (replaced if it exists, once the copy is written and checked).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Put a backup in place of the data file (created if absent). The backup is checked first;
    /// the current file is kept aside until the restored one opens.
    #[command(
        after_help = "Example:\n  contact-records --db cases.db restore cases-2026-11-29.bak"
    )]
    Restore {
        /// The backup file.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Change the passphrase and print the new recovery key (the old one stops working).
    #[command(
        after_help = "The new passphrase is read from $CONTACT_RECORDS_NEW_PASSPHRASE when \
        set, otherwise typed twice on the terminal.\n\n\
        Example:\n  contact-records --db cases.db passphrase"
    )]
    Passphrase,
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
    /// Make a NEW data file filled with invented cases (Welsh and English names, a referral of
    /// every service, sessions, records, addenda, incidents), for training and for measuring.
    #[command(
        after_help = "The same --seed makes the same cases. Every case number starts INV- \
        and every case's notes say it is invented; the file is encrypted like any other.\n\n\
        Example:\n  contact-records --db training.db generate --cases 500 --seed 7"
    )]
    Generate {
        /// How many cases to invent.
        #[arg(long, value_name = "N")]
        cases: u32,
        /// The seed: the same seed makes the same cases.
        #[arg(long, value_name = "S", default_value_t = 1)]
        seed: u64,
    },
    /// Search everything: case numbers and names, people, referrals, records (drafts and
    /// finalised), addenda and incidents. Accents and capitals are ignored; each word may be the
    /// start of a longer one, and every word must be found.
    #[command(
        after_help = "Examples:\n  contact-records --db cases.db search Sian\n  \
        contact-records --db cases.db search \"board game\" --json\n\n\
        Results are grouped by case, best first; matched words are shown in [brackets]."
    )]
    Search {
        /// The words to look for.
        #[arg(value_name = "TEXT", required = true, num_args = 1..)]
        text: Vec<String>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Show one case: its people, referrals with sessions and record status, incidents and deadlines.
    #[command(after_help = "Example:\n  contact-records --db cases.db show SA26P00417")]
    Show {
        /// The court case number.
        #[arg(value_name = "CASE_NO")]
        case_number: String,
        /// The day deadlines are counted from, as YYYY-MM-DD (default: today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<NaiveDate>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Import a case bundle: every case in it, or nothing at all if any problem is found.
    #[command(
        after_help = "Each problem is printed on stderr with where it is in the file, e.g.\n  \
        cases[0].referrals[0].sessions[3].duration_minutes: This session would bring the total to 7 h ...\n\n\
        Example:\n  contact-records --db cases.db import handover.json\n  \
        contact-records --db cases.db import handover.json --as-new"
    )]
    Import {
        /// The bundle file (JSON).
        #[arg(value_name = "FILE.json")]
        file: PathBuf,
        /// Import a case whose court case number is already taken under a new number
        /// (NUMBER-2, NUMBER-3 …) instead of refusing it.
        #[arg(long)]
        as_new: bool,
        /// Take in records signed with keys this data file has not seen before (each is named
        /// with its key fingerprint when refused: check it with the signer first).
        #[arg(long)]
        trust_new_signers: bool,
        /// Print what was imported as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Export one or more cases, with everything under them, to a case bundle.
    #[command(
        after_help = "The file is written to a temporary name and renamed, so it is never half written.\n\n\
        Example:\n  contact-records --db cases.db export SA26P00417 CF24P00123 --out handover.json"
    )]
    Export {
        /// The court case numbers.
        #[arg(value_name = "CASE_NO", required = true)]
        case_numbers: Vec<String>,
        /// Where to write the bundle.
        #[arg(long, value_name = "FILE.json")]
        out: PathBuf,
    },
    /// Check the data file for damage (SQLite integrity and foreign keys); exit 3 if damaged.
    #[command(after_help = "Example:\n  contact-records --db cases.db check")]
    Check,
    /// List what is due across the open cases: overdue, due today, due in the next 7 days.
    #[command(
        after_help = "Examples:\n  contact-records --db cases.db deadlines\n  \
        contact-records --db cases.db deadlines --today 2026-11-23 --json"
    )]
    Deadlines {
        /// The day to count from, as YYYY-MM-DD (default: today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<NaiveDate>,
        /// Print every open deadline as JSON instead of the grouped tables.
        #[arg(long)]
        json: bool,
    },
    /// List every case's sessions between two dates, and the clashes among them: a supervisor,
    /// a venue or a child in two sessions that overlap in time (cancelled sessions never clash).
    #[command(
        after_help = "Examples:\n  contact-records --db cases.db diary --from 2026-12-07 --to 2026-12-13\n  \
        contact-records --db cases.db diary --from 2026-12-01 --to 2026-12-31 --json\n\n\
        The JSON has `sessions` and a `clashes` list; each clash names its kind (supervisor, venue \
        or child), what is shared, and the two sessions with their court case numbers."
    )]
    Diary {
        /// The first day, as YYYY-MM-DD.
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: NaiveDate,
        /// The last day, included, as YYYY-MM-DD.
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: NaiveDate,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Check the data file: the audit chain, and every signed record against its fingerprint.
    #[command(
        after_help = "Example:\n  contact-records --db cases.db verify\n\nExit code 1 when the \
        chain is broken or a signed record was changed."
    )]
    Verify {
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Check a PDF of a finalised record without any data file: every signed record embedded in
    /// it verifies, and every fingerprint printed on its pages is one of them.
    #[command(
        name = "verify-pdf",
        after_help = "Examples:\n  contact-records verify-pdf s2.pdf\n  \
        contact-records verify-pdf s2.pdf --db cases.db\n\nWith --db it also says whether each \
        signer's key is the one that data file knows for that name.\nExit code 1 when anything \
        in the PDF was changed or does not verify."
    )]
    VerifyPdf {
        /// The PDF to check.
        #[arg(value_name = "FILE.pdf")]
        file: PathBuf,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Export a Record of Observed Contact (one session, or --final for all) or the Record of
    /// Supported Contact of a referral as a PDF.
    #[command(after_help = "Examples:\n  \
        contact-records --db cases.db report observed --case CF24P00123 --session 2 --out s2.pdf\n  \
        contact-records --db cases.db report observed --case CF24P00123 --referral 2 --final --out final.pdf\n  \
        contact-records --db cases.db report supported --case CF24P00123 --out supported.pdf\n  \
        contact-records --db cases.db report cci --case CF24P00123 --out cci.pdf --lang bilingual\n  \
        contact-records --db cases.db report welfare --case CF24P00123 --referral 4 --out welfare.pdf\n\n\
        --referral N is the referral's position on the case, oldest first; it may be left out \
        when the case has only one referral with that kind of record.")]
    Report {
        /// Which record: observed or supported; or which report: cci, level2, welfare (Level 3)
        /// or contact-log (Level 1).
        #[arg(value_enum)]
        kind: ReportKindArg,
        /// The court case number.
        #[arg(long, value_name = "CASE_NO")]
        case: String,
        /// The referral's position on the case (1 = the oldest).
        #[arg(long, value_name = "N")]
        referral: Option<usize>,
        /// The session number (observed records).
        #[arg(long, value_name = "N", conflicts_with = "final_record")]
        session: Option<u32>,
        /// The final Record of Observed Contact: every session of the referral.
        #[arg(long = "final", id = "final_record")]
        final_record: bool,
        /// The PDF to write (replaced if it exists).
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// The language of the record's fixed texts: en, cy or both (Welsh first). Left out, it
        /// is both when anyone on the case asked for Welsh, en otherwise.
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
    },
    /// Count working days on the bank-holiday calendars (needs no data file).
    #[command(
        subcommand,
        after_help = "Examples:\n  contact-records working-days add 2026-04-02 1\n  \
            contact-records working-days between 2026-04-02 2026-04-07 --calendar jersey"
    )]
    WorkingDays(WorkingDays),
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub(crate) enum ReportKindArg {
    Observed,
    Supported,
    Cci,
    Level2,
    Welfare,
    ContactLog,
}

/// `en`, `cy`, `both`; the first spellings (`english`, `welsh`, `bilingual`) still work.
#[derive(Clone, Copy, clap::ValueEnum)]
pub(crate) enum LangArg {
    #[value(name = "en", alias = "english")]
    English,
    #[value(name = "cy", alias = "welsh")]
    Welsh,
    #[value(name = "both", alias = "bilingual")]
    Bilingual,
}

impl From<LangArg> for Language {
    fn from(l: LangArg) -> Language {
        match l {
            LangArg::English => Language::English,
            LangArg::Welsh => Language::Welsh,
            LangArg::Bilingual => Language::Bilingual,
        }
    }
}

#[derive(Subcommand)]
pub(crate) enum WorkingDays {
    /// Print the date N working days after the given date, which is itself never counted.
    #[command(
        after_help = "Example (Good Friday and Easter Monday 2026 are skipped):\n  \
        contact-records working-days add 2026-04-02 1\n  2026-04-07"
    )]
    Add {
        /// The day the clock starts, as YYYY-MM-DD.
        #[arg(value_name = "YYYY-MM-DD")]
        date: NaiveDate,
        /// How many working days to add.
        n: u32,
        /// Whose bank holidays to skip: england-wales or jersey.
        #[arg(long, default_value = "england-wales", value_name = "CALENDAR")]
        calendar: CalendarKind,
    },
    /// Print the number of working days after A, up to and including B.
    #[command(
        after_help = "Example (Good Friday and Easter Monday 2026 are skipped):\n  \
        contact-records working-days between 2026-04-02 2026-04-07\n  1"
    )]
    Between {
        /// The first day, not counted, as YYYY-MM-DD.
        #[arg(value_name = "A")]
        a: NaiveDate,
        /// The last day, counted, as YYYY-MM-DD.
        #[arg(value_name = "B")]
        b: NaiveDate,
        /// Whose bank holidays to skip: england-wales or jersey.
        #[arg(long, default_value = "england-wales", value_name = "CALENDAR")]
        calendar: CalendarKind,
    },
}
