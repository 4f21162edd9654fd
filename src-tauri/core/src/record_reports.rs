//! Where the store and the report layer meet for the records of contact: a requested record
//! loaded from the store and made into a PDF, and the language it defaults to. The report layer
//! takes only model types; the app's commands and the CLI call these.

use chrono::{DateTime, Utc};

use crate::error::Result;
use crate::report::{
    export_source, for_preferences, Language, ReportFile, ReportRequest, ReportSource,
};
use crate::store::Store;

/// The requested record as a PDF, with the file name to offer (see [`export_source`]).
pub fn export_report(
    store: &Store,
    req: &ReportRequest,
    lang: Language,
    created: DateTime<Utc>,
) -> Result<ReportFile> {
    let source = match *req {
        ReportRequest::ObservedSession { session_id } => {
            ReportSource::ObservedSession(store.observed_session_report(session_id)?)
        }
        ReportRequest::ObservedFinal { referral_id } => {
            ReportSource::ObservedFinal(store.observed_final_report(referral_id)?)
        }
        ReportRequest::Supported { referral_id } => {
            ReportSource::Supported(store.supported_report(referral_id)?)
        }
    };
    export_source(&source, lang, created)
}

/// The default language of the requested document, from the people of its case: bilingual when
/// anyone asked for Welsh.
pub fn default_language(store: &Store, req: &ReportRequest) -> Result<Language> {
    let prefs = match *req {
        ReportRequest::ObservedSession { session_id } => store.languages_of_session(session_id)?,
        ReportRequest::ObservedFinal { referral_id } | ReportRequest::Supported { referral_id } => {
            store.languages_of_referral(referral_id)?
        }
    };
    Ok(for_preferences(&prefs))
}
