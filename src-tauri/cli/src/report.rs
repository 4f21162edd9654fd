//! `report`: exports a record of contact as a PDF, choosing the case by its court case number,
//! the referral by its position on the case, and the session by its number.

use std::path::Path;

use chrono::{NaiveDate, Utc};
use contact_records_core::model::{ContactRecordKind, ReferralSummary};
use contact_records_core::record_reports::{default_language, export_report};
use contact_records_core::report::{write_atomically, Language, ReportRequest};
use contact_records_core::{Error, ErrorCode, Store};

/// What the command line asked for.
pub struct Ask<'a> {
    pub supported: bool,
    pub case: &'a str,
    pub referral: Option<usize>,
    pub session: Option<u32>,
    pub final_record: bool,
    pub out: &'a Path,
    /// `None`: the case's default (bilingual when anyone on it asked for Welsh).
    pub lang: Option<Language>,
}

fn kind_of(r: &ReferralSummary) -> Option<ContactRecordKind> {
    ContactRecordKind::for_service(r.service).ok()
}

/// The referral the user means: by position (1-based, oldest first) among the case's referrals,
/// or the only one of the wanted kind.
fn choose_referral(store: &Store, ask: &Ask<'_>) -> Result<i64, Error> {
    let case_id = store.find_case_by_number(ask.case)?.ok_or_else(|| {
        Error::new(
            ErrorCode::NotFound,
            format!(
                "No case has the court case number {}. Run `contact-records cases` to list them.",
                ask.case
            ),
        )
    })?;
    let mut referrals = store.list_referrals(case_id)?;
    referrals.reverse(); // creation order: referral 1 is the oldest.
    let wanted = if ask.supported {
        ContactRecordKind::Supported
    } else {
        ContactRecordKind::Observed
    };
    let what = if ask.supported {
        "supported"
    } else {
        "observed"
    };
    if let Some(n) = ask.referral {
        let r = n
            .checked_sub(1)
            .and_then(|i| referrals.get(i))
            .ok_or_else(|| {
                Error::rule(format!(
                    "Case {} has {} referral(s); there is no referral {n}.\n{}",
                    ask.case,
                    referrals.len(),
                    listing(&referrals)
                ))
            })?;
        if kind_of(r) != Some(wanted) {
            return Err(Error::rule(format!(
                "Referral {n} of case {} is {}, which has no {what} record.\n{}",
                ask.case,
                r.service.label(),
                listing(&referrals)
            )));
        }
        return Ok(r.id);
    }
    let matching: Vec<_> = referrals
        .iter()
        .filter(|r| kind_of(r) == Some(wanted))
        .collect();
    match matching.as_slice() {
        [only] => Ok(only.id),
        [] => Err(Error::rule(format!(
            "Case {} has no referral with a {what} record.\n{}",
            ask.case,
            listing(&referrals)
        ))),
        _ => Err(Error::rule(format!(
            "Case {} has more than one referral with a {what} record: choose one with \
             --referral N.\n{}",
            ask.case,
            listing(&referrals)
        ))),
    }
}

fn listing(referrals: &[ReferralSummary]) -> String {
    referrals
        .iter()
        .enumerate()
        .map(|(i, r)| {
            format!(
                "  --referral {}: {}, {}",
                i + 1,
                r.service.label(),
                r.provider_name
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn run(store: &Store, ask: &Ask<'_>, today: NaiveDate) -> Result<(), Error> {
    let referral_id = choose_referral(store, ask)?;
    let req = if ask.supported {
        if ask.session.is_some() || ask.final_record {
            return Err(Error::rule(
                "A Record of Supported Contact covers the whole referral: leave out --session \
                 and --final.",
            ));
        }
        ReportRequest::Supported { referral_id }
    } else if ask.final_record {
        ReportRequest::ObservedFinal { referral_id }
    } else {
        let number = ask.session.ok_or_else(|| {
            Error::rule("Say which record: --session N for one session, or --final for all.")
        })?;
        let detail = store.get_referral(referral_id, today)?;
        let session = detail
            .sessions
            .iter()
            .find(|s| s.session.number == number)
            .ok_or_else(|| {
                Error::rule(format!(
                    "This referral has no session {number}; its sessions are numbered 1 to {}.",
                    detail.sessions.len()
                ))
            })?;
        ReportRequest::ObservedSession {
            session_id: session.session.id,
        }
    };
    let lang = match ask.lang {
        Some(lang) => lang,
        None => default_language(store, &req)?,
    };
    let file = export_report(store, &req, lang, Utc::now())?;
    write_atomically(ask.out, &file.bytes)?;
    println!("{}", ask.out.display());
    Ok(())
}
