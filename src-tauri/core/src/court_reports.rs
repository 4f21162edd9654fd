//! Where the store and the report layer meet for the adviser's reports to court and the Level 1
//! logs: finding a case's report, and exporting it as a PDF carrying its signed document (and
//! addenda) as attachments. The app's commands and the CLI call these.

use chrono::{DateTime, Utc};

use crate::error::{Error, ErrorCode, Result};
use crate::model::{CourtReportKind, ReferralSummary};
use crate::report::{
    attach, court_report_pdf, suggested_file_name, Language, RecordKind, ReportFile,
};
use crate::store::Store;

/// The file name stem of each report.
fn stem(kind: CourtReportKind) -> &'static str {
    match kind {
        CourtReportKind::Cci => "CCI-Report",
        CourtReportKind::Level2 => "Level-2-Report",
        CourtReportKind::Welfare => "Welfare-Checklist-Report",
        CourtReportKind::ContactLog => "Level-1-Contact-Log",
    }
}

/// The PDF of a referral's report: signed, or a draft printed DRAFT. `CCI-Report_CASE_DATE.pdf`.
pub fn export_court_report(
    store: &Store,
    referral_id: i64,
    lang: Language,
    created: DateTime<Utc>,
) -> Result<ReportFile> {
    let src = store.report_source(referral_id)?;
    let kind = src
        .document
        .report
        .as_ref()
        .map(|r| r.kind)
        .ok_or_else(|| crate::message_storage::storage(crate::message_storage::REPORT_DOC_EMPTY))?;
    let files = attach::attachments(&attach::signed_files(&[&src]))?;
    let crate::report::Rendered { bytes, pages } = court_report_pdf(&src, lang, created, files)?;
    let name = suggested_file_name(
        RecordKind::Supported,
        &src.document.case.court_case_number,
        created.date_naive(),
    );
    Ok(ReportFile {
        file_name: name.replacen("Record-of-Supported-Contact", stem(kind), 1),
        bytes,
        pages,
    })
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

/// The referral whose report of `kind` is meant: by position on the case (1 = the oldest), or
/// the only referral of the case that makes that kind of report.
pub fn report_referral(
    store: &Store,
    case_number: &str,
    kind: CourtReportKind,
    position: Option<usize>,
) -> Result<i64> {
    let case_id = store.find_case_by_number(case_number)?.ok_or_else(|| {
        Error::new(
            ErrorCode::NotFound,
            format!(
                "No case has the court case number {case_number}. Run `contact-records cases` \
                 to list them."
            ),
        )
    })?;
    let mut referrals = store.list_referrals(case_id)?;
    referrals.reverse(); // creation order: referral 1 is the oldest.
    let makes = |r: &ReferralSummary| CourtReportKind::for_service(r.service) == Some(kind);
    if let Some(n) = position {
        let r = n
            .checked_sub(1)
            .and_then(|i| referrals.get(i))
            .ok_or_else(|| {
                Error::rule(format!(
                    "Case {case_number} has {} referral(s); there is no referral {n}.\n{}",
                    referrals.len(),
                    listing(&referrals)
                ))
            })?;
        if !makes(r) {
            return Err(Error::rule(format!(
                "Referral {n} of case {case_number} is {}, which makes no such report.\n{}",
                r.service.label(),
                listing(&referrals)
            )));
        }
        return Ok(r.id);
    }
    let matching: Vec<_> = referrals.iter().filter(|r| makes(r)).collect();
    match matching.as_slice() {
        [only] => Ok(only.id),
        [] => Err(Error::rule(format!(
            "Case {case_number} has no referral that makes this report.\n{}",
            listing(&referrals)
        ))),
        _ => Err(Error::rule(format!(
            "Case {case_number} has more than one referral that makes this report: choose one \
             with --referral N.\n{}",
            listing(&referrals)
        ))),
    }
}
