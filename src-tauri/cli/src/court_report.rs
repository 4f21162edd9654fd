//! `report cci|level2|welfare|contact-log`: exports a referral's report to court or its Level 1
//! log as a PDF, choosing the referral by its position on the case or as the only one of the
//! case that makes that report.

use std::path::Path;

use chrono::Utc;
use contact_records_core::court_reports::{export_court_report, report_referral};
use contact_records_core::model::CourtReportKind;
use contact_records_core::report::{write_atomically, Language};
use contact_records_core::{Error, Store};

/// What the command line asked for.
pub struct Ask<'a> {
    pub kind: CourtReportKind,
    pub case: &'a str,
    pub referral: Option<usize>,
    /// `--session N` or `--final` were given: they do not apply to a report.
    pub session_or_final: bool,
    pub out: &'a Path,
    /// Left out: both languages when anyone on the case asked for Welsh, English otherwise.
    pub lang: Option<Language>,
}

pub fn run(store: &Store, ask: &Ask<'_>) -> Result<(), Error> {
    if ask.session_or_final {
        return Err(Error::rule(
            "A report covers the whole referral: leave out --session and --final.",
        ));
    }
    let referral_id = report_referral(store, ask.case, ask.kind, ask.referral)?;
    let lang = match ask.lang {
        Some(lang) => lang,
        None => contact_records_core::report::for_preferences(
            &store.languages_of_referral(referral_id)?,
        ),
    };
    let file = export_court_report(store, referral_id, lang, Utc::now())?;
    write_atomically(ask.out, &file.bytes)?;
    println!("{}", ask.out.display());
    Ok(())
}
