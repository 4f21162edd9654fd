//! The domain model: cases and their people, referrals, sessions, attendance and incidents, and
//! how their forms are checked.

pub mod attendee;
pub mod case;
pub mod closure_day;
pub mod court_report;
pub mod dates;
pub mod diary;
pub mod duty_consultation;
pub(crate) mod fields;
pub mod incident;
pub mod limits;
pub mod log_lines;
pub mod office_deadlines;
pub mod person;
pub mod pre_contact;
pub mod record;
pub mod referral;
pub mod referral_dates;
pub mod remote_suitability;
pub mod review_override;
pub mod search;
pub mod sending;
pub mod service;
pub mod session;
pub mod signed;
pub mod signing;
pub mod times;

pub use attendee::{NamedPerson, PersonRef};
pub use case::{CafcassSystem, Case, CaseDetail, CaseInput, CaseList, CaseStatus, CaseSummary};
pub use closure_day::{ClosureDay, ClosureDayInput};
pub use court_report::{
    CourtReportKind, EntrySource, EvidenceItem, LogEntry, LogEntryKind, Recommendation, ReportBody,
    ReportEntry, ReportOutline, ReportSection, ReportView, SectionCode,
};
pub use duty_consultation::{DutyConsultation, DutyConsultationInput};
pub use incident::{Incident, IncidentInput, IncidentKind};
pub use log_lines::communications_to_log;
pub use office_deadlines::{OfficeDeadlines, OfficeDeadlinesInput};
pub use person::{Adult, AdultInput, AdultRole, Child, ChildInput, Language, Party};
pub use pre_contact::{PreContactAssessment, PreContactInput};
pub use record::{
    AddendumInput, AddendumView, ChildContext, ChildNotes, CommunicationNotes, ContactRecordKind,
    DraftSaved, InterventionNotes, RecordContent, RecordContext, RecordStatus, RecordView,
    SessionContext, SignatureView, SignerInput, TamperedRecord, VerifyReport,
};
pub use referral::{Referral, ReferralDates, ReferralInput, ReferralStatus, ReferralSummary};
pub use referral_dates::ReferralDatesInput;
pub use remote_suitability::RemoteAssessment;
pub use review_override::{ReviewOverride, ReviewOverrideInput};
pub use search::{Fragment, SearchCase, SearchHit, SearchResults, SearchSource};
pub use sending::{Recipient, SendMethod, Sending, SendingInput, SentItemKind};
pub use service::{Basis, CciKind, MaxPeriod, Service};
pub use session::{
    Attendance, AttendanceInput, CancelledBy, Session, SessionDetail, SessionInput, SessionStatus,
};
pub use signed::{
    DocRemoteAssessment, DocumentKind, RecordSource, SignedRecord, SignedText, SignerIdentity,
};
