//! The `cases` table: the register, one case, creating and editing.

use rusqlite::{params, OptionalExtension, Row};

use super::sql::{enum_text, parse_enum};
use super::{audit::Action, Store, Writer};
use crate::error::{Error, FieldError, Result};
use crate::model::case::court_case_number_key;
use crate::model::{Case, CaseDetail, CaseInput, CaseList, CaseSummary};
use crate::text::{fold, like_anywhere};

/// The register shows this many rows at most; the rest are found by searching.
pub const REGISTER_LIMIT: u32 = 200;

pub(crate) const CASE_COLUMNS: &str =
    "id, court, court_case_number, cafcass_number, cafcass_system, \
    adviser_name, case_name, status, notes, created_at, updated_at";

pub(crate) fn case_from_row(r: &Row<'_>) -> rusqlite::Result<Case> {
    Ok(Case {
        id: r.get(0)?,
        court: r.get(1)?,
        court_case_number: r.get(2)?,
        cafcass_number: r.get(3)?,
        cafcass_system: parse_enum(r, 4)?,
        adviser_name: r.get(5)?,
        case_name: r.get(6)?,
        status: parse_enum(r, 7)?,
        notes: r.get(8)?,
        created_at: r.get(9)?,
        updated_at: r.get(10)?,
    })
}

fn search_key(c: &CaseInput) -> String {
    fold(&format!(
        "{} {} {} {}",
        c.court_case_number,
        court_case_number_key(&c.court_case_number),
        c.cafcass_number,
        c.case_name
    ))
}

const MATCHES: &str = "(?1 = '%%'
    OR c.search_key LIKE ?1 ESCAPE '\\'
    OR EXISTS (SELECT 1 FROM children ch WHERE ch.case_id = c.id AND ch.search_key LIKE ?1 ESCAPE '\\')
    OR EXISTS (SELECT 1 FROM adults a WHERE a.case_id = c.id AND a.search_key LIKE ?1 ESCAPE '\\'))";

impl Store {
    /// Cases whose number, name or any person's name contains `query` (accents and case ignored),
    /// open cases first, most recently changed first.
    pub fn list_cases(&self, query: &str) -> Result<CaseList> {
        self.list_cases_up_to(query, REGISTER_LIMIT)
    }

    /// Every case matching `query`, in the register's order: for the command line, which does
    /// not page.
    pub fn list_every_case(&self, query: &str) -> Result<CaseList> {
        self.list_cases_up_to(query, u32::MAX)
    }

    fn list_cases_up_to(&self, query: &str, limit: u32) -> Result<CaseList> {
        let pattern = like_anywhere(query);
        let total: u32 = self.conn().query_row(
            &format!("SELECT count(*) FROM cases c WHERE {MATCHES}"),
            [&pattern],
            |r| r.get(0),
        )?;
        let mut st = self.conn().prepare_cached(&format!(
            "SELECT c.id, c.court_case_number, c.case_name, c.court, c.adviser_name, c.status,
                    (SELECT count(*) FROM children ch WHERE ch.case_id = c.id)
             FROM cases c WHERE {MATCHES}
             ORDER BY c.status = 'closed', c.updated_at DESC, c.id DESC
             LIMIT ?2"
        ))?;
        let cases = st
            .query_map(params![pattern, limit], |r| {
                Ok(CaseSummary {
                    id: r.get(0)?,
                    court_case_number: r.get(1)?,
                    case_name: r.get(2)?,
                    court: r.get(3)?,
                    adviser_name: r.get(4)?,
                    status: parse_enum(r, 5)?,
                    children_count: r.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(CaseList { cases, total })
    }

    pub fn get_case(&self, id: i64) -> Result<CaseDetail> {
        let case = self.case_row(id)?;
        Ok(CaseDetail {
            case,
            children: self.children_of(id)?,
            adults: self.adults_of(id)?,
        })
    }

    pub fn find_case_by_number(&self, court_case_number: &str) -> Result<Option<i64>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT id FROM cases WHERE court_case_number_key = ?1",
                [court_case_number_key(court_case_number)],
                |r| r.get(0),
            )
            .optional()?)
    }

    pub(crate) fn case_row(&self, id: i64) -> Result<Case> {
        self.conn()
            .query_row(
                &format!("SELECT {CASE_COLUMNS} FROM cases WHERE id = ?1"),
                [id],
                case_from_row,
            )
            .optional()?
            .ok_or_else(|| Error::not_found("case"))
    }

    pub fn create_case(&mut self, input: &CaseInput) -> Result<CaseDetail> {
        let c = input.checked()?;
        let id = self.write(|w| {
            refuse_duplicate(w, &c, None)?;
            w.tx.execute(
                "INSERT INTO cases (court, court_case_number, court_case_number_key, cafcass_number,
                    cafcass_system, adviser_name, case_name, status, notes, search_key, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
                params![
                    c.court,
                    c.court_case_number,
                    court_case_number_key(&c.court_case_number),
                    c.cafcass_number,
                    enum_text(&c.cafcass_system),
                    c.adviser_name,
                    c.case_name,
                    enum_text(&c.status),
                    c.notes,
                    search_key(&c),
                    w.now,
                ],
            )?;
            let id = w.tx.last_insert_rowid();
            let after = read_case(w, id)?;
            w.audit("cases", id, Action::Insert, None, Some(&after))?;
            Ok(id)
        })?;
        self.get_case(id)
    }

    pub fn update_case(&mut self, id: i64, input: &CaseInput) -> Result<CaseDetail> {
        let c = input.checked()?;
        self.write(|w| {
            let before = read_case(w, id)?;
            refuse_duplicate(w, &c, Some(id))?;
            w.tx.execute(
                "UPDATE cases SET court = ?2, court_case_number = ?3, court_case_number_key = ?4,
                    cafcass_number = ?5, cafcass_system = ?6, adviser_name = ?7, case_name = ?8,
                    status = ?9, notes = ?10, search_key = ?11, updated_at = ?12
                 WHERE id = ?1",
                params![
                    id,
                    c.court,
                    c.court_case_number,
                    court_case_number_key(&c.court_case_number),
                    c.cafcass_number,
                    enum_text(&c.cafcass_system),
                    c.adviser_name,
                    c.case_name,
                    enum_text(&c.status),
                    c.notes,
                    search_key(&c),
                    w.now,
                ],
            )?;
            let after = read_case(w, id)?;
            w.audit("cases", id, Action::Update, Some(&before), Some(&after))
        })?;
        self.get_case(id)
    }
}

/// Marks a case as changed, so the register shows recently worked cases first.
pub(crate) fn touch(w: &Writer<'_>, case_id: i64) -> Result<()> {
    let n = w.tx.execute(
        "UPDATE cases SET updated_at = ?2 WHERE id = ?1",
        params![case_id, w.now],
    )?;
    if n == 0 {
        return Err(Error::not_found("case"));
    }
    Ok(())
}

fn read_case(w: &Writer<'_>, id: i64) -> Result<Case> {
    w.tx.query_row(
        &format!("SELECT {CASE_COLUMNS} FROM cases WHERE id = ?1"),
        [id],
        case_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("case"))
}

fn refuse_duplicate(w: &Writer<'_>, c: &CaseInput, except: Option<i64>) -> Result<()> {
    let other: Option<i64> =
        w.tx.query_row(
            "SELECT id FROM cases WHERE court_case_number_key = ?1 AND id IS NOT ?2",
            params![court_case_number_key(&c.court_case_number), except],
            |r| r.get(0),
        )
        .optional()?;
    if other.is_some() {
        let said = crate::message::Message::new(crate::message_forms::CASE_NUMBER_TAKEN)
            .text("number", &c.court_case_number);
        return Err(Error::invalid(vec![FieldError {
            field: "court_case_number".into(),
            message: said.english(),
            msg: Some(said),
        }]));
    }
    Ok(())
}
