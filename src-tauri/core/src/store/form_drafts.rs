//! The `form_drafts` table: unsaved typing in the forms for new things, kept so that a crash or
//! a killed app does not lose it. Not audited (see the migration): these are not records.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::Store;
use crate::error::{Error, ErrorCode, Result};

/// The most a form's draft may hold: far beyond any honest form, small enough for the file.
pub const MAX_FORM_DRAFT_BYTES: usize = 200_000;

/// A form's kept typing, as the form sent it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct FormDraft {
    pub json: String,
    /// When it was last written (UTC, RFC 3339).
    pub saved_at: String,
}

fn check_form(form: &str) -> Result<()> {
    let ok = !form.is_empty()
        && form.len() <= 100
        && form
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | ':' | '_'));
    if ok {
        Ok(())
    } else {
        Err(Error::new(
            ErrorCode::Invalid,
            "That is not the name of a form.",
        ))
    }
}

impl Store {
    /// Keeps what is typed in `form` (a name such as "child-new:12"), replacing what was kept.
    pub fn save_form_draft(&mut self, form: &str, json: &str) -> Result<String> {
        check_form(form)?;
        if json.len() > MAX_FORM_DRAFT_BYTES {
            return Err(Error::new(
                ErrorCode::Invalid,
                "This form holds more text than can be kept as a draft. Save it, or shorten it.",
            ));
        }
        if serde_json::from_str::<serde_json::Value>(json).is_err() {
            return Err(Error::new(
                ErrorCode::Invalid,
                "The form's draft could not be read.",
            ));
        }
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        self.conn().execute(
            "INSERT INTO form_drafts (form, json, saved_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (form) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at",
            params![form, json, now],
        )?;
        Ok(now)
    }

    /// What was kept for `form`, if anything.
    pub fn form_draft(&self, form: &str) -> Result<Option<FormDraft>> {
        check_form(form)?;
        Ok(self
            .conn()
            .query_row(
                "SELECT json, saved_at FROM form_drafts WHERE form = ?1",
                [form],
                |r| {
                    Ok(FormDraft {
                        json: r.get(0)?,
                        saved_at: r.get(1)?,
                    })
                },
            )
            .optional()?)
    }

    /// Forgets `form`'s draft: it was saved, or the user cancelled.
    pub fn clear_form_draft(&mut self, form: &str) -> Result<()> {
        check_form(form)?;
        self.conn()
            .execute("DELETE FROM form_drafts WHERE form = ?1", [form])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_is_kept_replaced_and_cleared() {
        let mut s = Store::open_in_memory().unwrap();
        assert_eq!(s.form_draft("case-new").unwrap(), None);
        s.save_form_draft("case-new", r#"{"case_name":"Re: S"}"#)
            .unwrap();
        s.save_form_draft("case-new", r#"{"case_name":"Re: Siân"}"#)
            .unwrap();
        let kept = s.form_draft("case-new").unwrap().unwrap();
        assert_eq!(kept.json, r#"{"case_name":"Re: Siân"}"#);
        s.clear_form_draft("case-new").unwrap();
        assert_eq!(s.form_draft("case-new").unwrap(), None);
    }

    #[test]
    fn bad_names_oversized_or_unreadable_drafts_are_refused() {
        let mut s = Store::open_in_memory().unwrap();
        assert!(s.save_form_draft("../etc", "{}").is_err());
        assert!(s.save_form_draft("case-new", "not json").is_err());
        let big = format!(r#"{{"x":"{}"}}"#, "a".repeat(MAX_FORM_DRAFT_BYTES));
        assert_eq!(
            s.save_form_draft("case-new", &big).unwrap_err().code,
            ErrorCode::Invalid
        );
        assert_eq!(s.form_draft("case-new").unwrap(), None);
    }
}
