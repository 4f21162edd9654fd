//! Exporting a record: one entry point from a request to the PDF bytes and the file name to
//! offer, and writing a file so that a crash or a full disk never leaves half a PDF behind.
//! Shared by the app and the CLI.

use std::io::Write;
use std::path::Path;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::file_name::{suggested_file_name_in, RecordKind};
use super::record_data::SupportedStatus;
use super::strings::Language;
use super::{attach, from_document};
use super::{final_pdf, observed_session_pdf, supported_pdf, FinalParts, SupportedParts};
use crate::error::{Error, Result};
use crate::model::signed::FinalSources;
use crate::model::RecordSource;

/// Which document to export: `{"kind": "observed_session", "session_id": 4}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum ReportRequest {
    /// One session's Record of Observed Contact (a draft prints DRAFT on every page).
    ObservedSession { session_id: i64 },
    /// The final Record of Observed Contact: every session of the referral.
    ObservedFinal { referral_id: i64 },
    /// The Record of Supported Contact of a supported referral.
    Supported { referral_id: i64 },
}

/// An exported document: its bytes and the file name to offer in the save dialog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct ReportFile {
    pub file_name: String,
    pub bytes: Vec<u8>,
    /// For the confirmation the user sees ("12 pages"): the pages drawn.
    pub pages: u32,
}

/// What a requested document is printed from, as the store gives it (see
/// `crate::record_reports`, where the two meet).
#[derive(Debug, Clone, PartialEq)]
pub enum ReportSource {
    ObservedSession(RecordSource),
    ObservedFinal(FinalSources),
    Supported(RecordSource),
}

/// Builds the document from its sources. The file name carries the court case number and the
/// session's date (one session) or the day of export (whole-referral records).
/// A character the report font cannot draw is refused with a message naming it.
pub fn export_source(
    source: &ReportSource,
    lang: Language,
    created: DateTime<Utc>,
) -> Result<ReportFile> {
    let today = created.date_naive();
    let (kind, number, date, pdf) = match source {
        ReportSource::ObservedSession(src) => {
            let (header, session) = from_document::observed(src, lang);
            let files = attach::attachments(&attach::signed_files(&[src]))?;
            let pdf = observed_session_pdf(&header, &session, lang, created, files)?;
            (
                RecordKind::ObservedSession,
                header.court_case_number,
                session.date,
                pdf,
            )
        }
        ReportSource::ObservedFinal(f) => {
            if f.sessions.is_empty() {
                return Err(Error::rule_said(crate::message::Message::new(
                    crate::message_rules_said::NO_SESSION_HELD_YET,
                )));
            }
            let sessions: Vec<_> = f
                .sessions
                .iter()
                .map(|s| from_document::observed(s, lang).1)
                .collect();
            let supervisor = f
                .sessions
                .iter()
                .rev()
                .filter_map(|s| s.document.session.as_ref())
                .map(|s| s.supervisor.as_str())
                .find(|s| !s.is_empty())
                .unwrap_or_default();
            let header = from_document::header(&f.document, supervisor, lang);
            let incidents: Vec<_> = f
                .document
                .incidents
                .iter()
                .map(|i| from_document::incident(i, lang))
                .collect();
            let planned = f
                .document
                .referral
                .as_ref()
                .and_then(|r| r.planned_sessions);
            let not_held: Vec<_> = from_document::supported_sessions(&f.document, lang)
                .into_iter()
                .filter(|s| s.status != SupportedStatus::Attended)
                .collect();
            let (signature, fingerprint) =
                from_document::signed_parts(&f.document, f.signed.as_ref());
            let parts = FinalParts {
                header: &header,
                sessions: &sessions,
                incidents: &incidents,
                planned_sessions: planned,
                hours_used_minutes: f.hours_used_minutes,
                not_held: &not_held,
                signature: signature.as_ref(),
                fingerprint: fingerprint.as_deref(),
            };
            let own = RecordSource {
                document: f.document.clone(),
                signed: f.signed.clone(),
                addenda: Vec::new(),
            };
            let mut sources: Vec<_> = f.sessions.iter().collect();
            sources.push(&own);
            let files = attach::attachments(&attach::signed_files(&sources))?;
            let pdf = final_pdf(&parts, lang, created, files)?;
            (
                RecordKind::ObservedFinal,
                header.court_case_number,
                today,
                pdf,
            )
        }
        ReportSource::Supported(src) => {
            let doc = &src.document;
            let coordinator = doc
                .sessions
                .iter()
                .rev()
                .map(|s| s.supervisor.as_str())
                .find(|s| !s.is_empty())
                .unwrap_or_default();
            let header = from_document::header(doc, coordinator, lang);
            let sessions = from_document::supported_sessions(doc, lang);
            let incidents: Vec<_> = doc
                .incidents
                .iter()
                .map(|i| from_document::incident(i, lang))
                .collect();
            let (signature, fingerprint) = from_document::signed_parts(doc, src.signed.as_ref());
            let files = attach::attachments(&attach::signed_files(&[src]))?;
            let parts = SupportedParts {
                header: &header,
                sessions: &sessions,
                incidents: &incidents,
                signature: signature.as_ref(),
                fingerprint: fingerprint.as_deref(),
            };
            let pdf = supported_pdf(&parts, lang, created, files)?;
            (RecordKind::Supported, header.court_case_number, today, pdf)
        }
    };
    Ok(ReportFile {
        file_name: suggested_file_name_in(kind, &number, date, lang),
        bytes: pdf.bytes,
        pages: pdf.pages,
    })
}

fn write_error(path: &Path, e: &std::io::Error) -> Error {
    crate::message_storage::write_error(path, e)
}

/// Writes `bytes` to `path` all or nothing: a temporary file in the same folder, flushed to disk,
/// then renamed over the destination. On any failure the destination is left as it was.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| crate::message_storage::storage(crate::message_storage::FILE_NOT_FOLDER))?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        file_name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        // The rename itself is durable once the folder is synced (not possible on Windows).
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    result.map_err(|e: std::io::Error| {
        let _ = std::fs::remove_file(&tmp);
        write_error(path, &e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_is_tagged_by_kind() {
        assert_eq!(
            serde_json::to_value(ReportRequest::ObservedSession { session_id: 4 }).unwrap(),
            serde_json::json!({"kind": "observed_session", "session_id": 4})
        );
    }

    #[test]
    fn writes_and_replaces_without_leaving_temporary_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.pdf");
        write_atomically(&path, b"one").unwrap();
        write_atomically(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_missing_folder_is_a_plain_error() {
        let dir = tempfile::tempdir().unwrap();
        let e = write_atomically(&dir.path().join("nope/out.pdf"), b"x").unwrap_err();
        assert!(e.message.contains("folder does not exist"), "{}", e.message);
    }
}
