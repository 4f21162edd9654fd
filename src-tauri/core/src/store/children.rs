//! The `children` table: the children of a case.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Row};

use super::attendance::refuse_removing_linked;
use super::cases::touch;
use super::sql::{enum_text, parse_date, parse_enum};
use super::{audit::Action, Store, Writer};
use crate::error::{Error, Result};
use crate::model::person::ChildFields;
use crate::model::{CaseDetail, Child, ChildInput, PersonRef};
use crate::text::fold;

const COLUMNS: &str = "id, case_id, full_name, date_of_birth, language, needs";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Child> {
    Ok(Child {
        id: r.get(0)?,
        case_id: r.get(1)?,
        full_name: r.get(2)?,
        date_of_birth: parse_date(r, 3)?,
        language: parse_enum(r, 4)?,
        needs: r.get(5)?,
    })
}

fn read(w: &Writer<'_>, id: i64) -> Result<Child> {
    w.tx.query_row(
        &format!("SELECT {COLUMNS} FROM children WHERE id = ?1"),
        [id],
        from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("child"))
}

impl Store {
    /// Children of a case, oldest first.
    pub fn children_of(&self, case_id: i64) -> Result<Vec<Child>> {
        let mut st = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM children WHERE case_id = ?1 ORDER BY date_of_birth, id"
        ))?;
        let rows = st.query_map([case_id], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn add_child(
        &mut self,
        case_id: i64,
        input: &ChildInput,
        today: NaiveDate,
    ) -> Result<CaseDetail> {
        self.insert_child(case_id, input, today)?;
        self.get_case(case_id)
    }

    /// [`Store::add_child`] without reading the case back: the new child's id. An import adds
    /// many, and reading every child back after each would make it quadratic.
    pub(crate) fn insert_child(
        &mut self,
        case_id: i64,
        input: &ChildInput,
        today: NaiveDate,
    ) -> Result<i64> {
        let c = input.checked(today)?;
        self.write(|w| {
            touch(w, case_id)?;
            w.tx.execute(
                "INSERT INTO children (case_id, full_name, date_of_birth, language, needs, search_key)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![case_id, c.full_name, iso(&c), enum_text(&c.language), c.needs, fold(&c.full_name)],
            )?;
            let id = w.tx.last_insert_rowid();
            w.audit("children", id, Action::Insert, None, Some(&read(w, id)?))?;
            Ok(id)
        })
    }

    pub fn update_child(
        &mut self,
        id: i64,
        input: &ChildInput,
        today: NaiveDate,
    ) -> Result<CaseDetail> {
        let c = input.checked(today)?;
        let case_id = self.write(|w| {
            let before = read(w, id)?;
            w.tx.execute(
                "UPDATE children SET full_name = ?2, date_of_birth = ?3, language = ?4, needs = ?5,
                    search_key = ?6 WHERE id = ?1",
                params![
                    id,
                    c.full_name,
                    iso(&c),
                    enum_text(&c.language),
                    c.needs,
                    fold(&c.full_name)
                ],
            )?;
            touch(w, before.case_id)?;
            w.audit(
                "children",
                id,
                Action::Update,
                Some(&before),
                Some(&read(w, id)?),
            )?;
            Ok(before.case_id)
        })?;
        self.get_case(case_id)
    }

    pub fn remove_child(&mut self, id: i64) -> Result<CaseDetail> {
        let case_id = self.write(|w| {
            let before = read(w, id)?;
            refuse_removing_linked(w, PersonRef::Child(id), &before.full_name)?;
            w.tx.execute("DELETE FROM children WHERE id = ?1", [id])?;
            touch(w, before.case_id)?;
            w.audit::<Child>("children", id, Action::Delete, Some(&before), None)?;
            Ok(before.case_id)
        })?;
        self.get_case(case_id)
    }
}

fn iso(c: &ChildFields) -> String {
    c.date_of_birth.format("%Y-%m-%d").to_string()
}
