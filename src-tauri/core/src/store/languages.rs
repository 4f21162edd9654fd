//! The language preferences recorded for the people of a case, found from a referral or a
//! session, so a document can default to the language its readers asked for.

use rusqlite::OptionalExtension;

use super::sql::parse_enum;
use super::Store;
use crate::error::{Error, Result};
use crate::model::Language;

const PEOPLE: &str = "SELECT language FROM children WHERE case_id = ?1 \
                      UNION ALL SELECT language FROM adults WHERE case_id = ?1";

impl Store {
    /// The preferences of every child and adult of the referral's case.
    pub fn languages_of_referral(&self, referral_id: i64) -> Result<Vec<Language>> {
        let case_id: Option<i64> = self
            .conn()
            .query_row(
                "SELECT case_id FROM referrals WHERE id = ?1",
                [referral_id],
                |r| r.get(0),
            )
            .optional()?;
        self.languages_of_case(case_id.ok_or_else(|| Error::not_found("referral"))?)
    }

    /// The preferences of every child and adult of the session's case.
    pub fn languages_of_session(&self, session_id: i64) -> Result<Vec<Language>> {
        let case_id: Option<i64> = self
            .conn()
            .query_row(
                "SELECT r.case_id FROM sessions s JOIN referrals r ON r.id = s.referral_id \
                 WHERE s.id = ?1",
                [session_id],
                |r| r.get(0),
            )
            .optional()?;
        self.languages_of_case(case_id.ok_or_else(|| Error::not_found("session"))?)
    }

    /// The preferences of every child and adult of a case.
    pub fn languages_of_case(&self, case_id: i64) -> Result<Vec<Language>> {
        let mut st = self.conn().prepare_cached(PEOPLE)?;
        let rows = st.query_map([case_id], |r| parse_enum(r, 0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
