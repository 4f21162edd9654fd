//! The adviser's reports to court (CCI report, Level 2 report, Level 3 welfare-checklist report)
//! and the Level 1 contact logs: what the adviser types, in codes and data only. The printed
//! headings and labels live in the report layer, in English and Welsh; a finalised report is a
//! signed document (`SignedRecord` of kind `report`, see model/signed.rs).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{CciKind, Service};
use crate::error::{FieldError, Problems};

/// Which report a referral's service calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum CourtReportKind {
    /// Child Contact Intervention report to court (JFCAS: Child contact interventions).
    Cci,
    /// Level 2 contact intervention, observed and reported: a summary report.
    Level2,
    /// Level 3 contact supervision, social work intervention and report: the welfare checklist.
    Welfare,
    /// Level 1 indirect contact support, individual work or escorted contact: a dated log.
    ContactLog,
}

impl CourtReportKind {
    /// The report a service makes, if any.
    pub fn for_service(service: Service) -> Option<CourtReportKind> {
        match service {
            Service::ChildContactIntervention => Some(CourtReportKind::Cci),
            Service::Level2ContactIntervention => Some(CourtReportKind::Level2),
            Service::Level3ContactSupervision => Some(CourtReportKind::Welfare),
            Service::Level1IndirectContactSupport
            | Service::Level1IndividualWorkWithChildren
            | Service::Level1EscortedContact => Some(CourtReportKind::ContactLog),
            _ => None,
        }
    }

    /// The sections the adviser writes, in the order they are printed.
    pub fn sections(self) -> &'static [SectionCode] {
        use SectionCode::*;
        match self {
            CourtReportKind::Cci => &[
                WorkDone,
                HowContactWent,
                ChildViews,
                Parents,
                Recommendations,
            ],
            CourtReportKind::Level2 => &[
                Summary,
                HowContactWent,
                ChildViews,
                Parents,
                Recommendations,
            ],
            CourtReportKind::Welfare => &[
                WishesAndFeelings,
                Needs,
                EffectOfChange,
                Characteristics,
                Harm,
                Capability,
                RangeOfPowers,
                Viability,
                Recommendations,
            ],
            CourtReportKind::ContactLog => &[Summary],
        }
    }

    /// Whether the report ends in recommendations.
    pub fn recommends(self) -> bool {
        self != CourtReportKind::ContactLog
    }
}

/// A section of a report. The welfare checklist items are the Children Act 1989 s1(3)(a)-(g).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum SectionCode {
    WorkDone,
    HowContactWent,
    ChildViews,
    Parents,
    Recommendations,
    Summary,
    /// s1(3)(a)
    WishesAndFeelings,
    /// s1(3)(b)
    Needs,
    /// s1(3)(c)
    EffectOfChange,
    /// s1(3)(d)
    Characteristics,
    /// s1(3)(e)
    Harm,
    /// s1(3)(f)
    Capability,
    /// s1(3)(g)
    RangeOfPowers,
    Viability,
}

/// Where a passage of a report comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum EntrySource {
    /// The adviser's own words.
    #[default]
    Own,
    /// Words quoted from a session record, as said.
    Quote,
    /// An observation taken from a session record.
    Observation,
    /// An incident of the referral.
    Incident,
    /// A paper read, a person spoken to or a meeting held.
    Enquiry,
}

/// One passage of a section. A cited passage names its session (by number); the store fills in
/// the session's date, so a citation always reads "Session 2, 14/03/2026".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct ReportEntry {
    pub text: String,
    pub source: EntrySource,
    pub session: Option<u32>,
    /// The cited session's date, or an incident's or enquiry's date.
    pub date: Option<NaiveDate>,
    /// Who said the quoted words ("Elis, 7").
    pub speaker: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct ReportSection {
    pub code: SectionCode,
    pub entries: Vec<ReportEntry>,
}

/// What the report recommends to the court.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Recommendation {
    FurtherIntervention,
    IndirectContact,
    DirectContact,
    IndependentArrangement,
    /// No recommendation for contact.
    NoContact,
}

/// A paper read, a person spoken to or a meeting held, with its date when known.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct EvidenceItem {
    pub date: Option<NaiveDate>,
    pub text: String,
}

/// What a log entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum LogEntryKind {
    /// A letter, card, gift or message passed on (indirect contact support).
    #[default]
    Communication,
    /// A meeting with the child (individual work or escorted contact).
    Contact,
}

/// One line of a Level 1 log: a communication through its life (received, checked, then
/// delivered or withheld and why), or a contact; with the child's and parents' responses.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct LogEntry {
    pub kind: LogEntryKind,
    /// When it happened (a contact) or was received (a communication).
    pub date: NaiveDate,
    /// "Letter and birthday card from Mr Davies to Elis".
    pub what: String,
    pub checked_on: Option<NaiveDate>,
    pub delivered_on: Option<NaiveDate>,
    pub withheld_on: Option<NaiveDate>,
    pub withheld_reason: String,
    pub child_response: String,
    pub parents_response: String,
}

/// Everything the adviser types in a report; parts a kind does not use stay empty.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct ReportBody {
    /// CCI: which of the six kinds of work were done.
    pub work_done: Vec<CciKind>,
    pub sections: Vec<ReportSection>,
    pub recommendations: Vec<Recommendation>,
    pub papers_read: Vec<EvidenceItem>,
    pub people_spoken_to: Vec<EvidenceItem>,
    pub meetings: Vec<EvidenceItem>,
    /// Level 1: the log, oldest first.
    pub log: Vec<LogEntry>,
}

impl ReportBody {
    /// The entries of a section, empty when it has none.
    pub fn section(&self, code: SectionCode) -> &[ReportEntry] {
        self.sections
            .iter()
            .find(|s| s.code == code)
            .map_or(&[], |s| s.entries.as_slice())
    }

    /// Checks a draft as it is saved: every section belongs to the kind, at most once, and
    /// every log line's dates are in order. Returns the problems in plain words.
    pub fn check_draft(&self, kind: CourtReportKind) -> Vec<FieldError> {
        let mut p = Problems::default();
        let allowed = kind.sections();
        for (i, s) in self.sections.iter().enumerate() {
            if !allowed.contains(&s.code) {
                p.add(
                    format!("sections[{i}]"),
                    "this section does not belong in this kind of report",
                );
            }
            if self.sections[..i].iter().any(|o| o.code == s.code) {
                p.add(format!("sections[{i}]"), "this section is given twice");
            }
        }
        if kind != CourtReportKind::Cci && !self.work_done.is_empty() {
            p.add(
                "work_done",
                "only a CCI report lists the kinds of work done",
            );
        }
        for (i, e) in self.log.iter().enumerate() {
            let field = format!("log[{i}]");
            if e.delivered_on.is_some() && e.withheld_on.is_some() {
                p.add(
                    field.clone(),
                    "a communication is either delivered or withheld, not both",
                );
            }
            if e.withheld_on.is_some() && e.withheld_reason.trim().is_empty() {
                p.add(field.clone(), "say why the communication was withheld");
            }
            let later = [e.checked_on, e.delivered_on, e.withheld_on];
            if later.iter().flatten().any(|d| *d < e.date) {
                p.add(
                    field.clone(),
                    "a communication cannot be checked or passed on before it arrived",
                );
            }
        }
        p.into_fields()
    }

    /// The further checks before signing: a report says what it recommends, a CCI report what
    /// work was done, and a log has at least one line.
    pub fn check_final(&self, kind: CourtReportKind) -> Vec<FieldError> {
        let mut p = Problems::default();
        if kind == CourtReportKind::Cci && self.work_done.is_empty() {
            p.add("work_done", "say which kinds of work were done");
        }
        if kind.recommends() && self.recommendations.is_empty() {
            p.add(
                "recommendations",
                "choose at least one recommendation (or no contact)",
            );
        }
        if kind == CourtReportKind::ContactLog && self.log.is_empty() {
            p.add("log", "the log has no entries yet");
        }
        p.into_fields()
    }
}

#[cfg(test)]
#[path = "court_report_tests.rs"]
mod tests;

/// A referral's report as the writing screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct ReportView {
    pub id: i64,
    pub referral_id: i64,
    pub kind: CourtReportKind,
    /// Draft or final.
    pub status: super::RecordStatus,
    pub body: ReportBody,
    pub revision: i64,
    pub saved_at: String,
    pub signature: Option<super::SignatureView>,
    pub fingerprint: Option<String>,
    pub addenda: Vec<super::AddendumView>,
}

/// What the writing screen needs before a report is started: which report the referral's
/// service makes, its sections in printed order, and how many children it is about (one child's
/// views or the children's views).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct ReportOutline {
    pub kind: CourtReportKind,
    pub sections: Vec<SectionCode>,
    pub children: u32,
}
