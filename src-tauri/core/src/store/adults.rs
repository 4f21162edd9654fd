//! The `adults` table: the parents and other adults of a case.

use rusqlite::{params, OptionalExtension, Row};

use super::attendance::refuse_removing_linked;
use super::cases::touch;
use super::sql::{enum_text, parse_enum};
use super::{audit::Action, Store, Writer};
use crate::error::{Error, Result};
use crate::model::{Adult, AdultInput, CaseDetail, PersonRef};
use crate::text::fold;

const COLUMNS: &str = "id, case_id, full_name, role, party, contact_details, language";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Adult> {
    Ok(Adult {
        id: r.get(0)?,
        case_id: r.get(1)?,
        full_name: r.get(2)?,
        role: parse_enum(r, 3)?,
        party: parse_enum(r, 4)?,
        contact_details: r.get(5)?,
        language: parse_enum(r, 6)?,
    })
}

fn read(w: &Writer<'_>, id: i64) -> Result<Adult> {
    w.tx.query_row(
        &format!("SELECT {COLUMNS} FROM adults WHERE id = ?1"),
        [id],
        from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("adult"))
}

impl Store {
    /// Adults of a case in the order they were added.
    pub fn adults_of(&self, case_id: i64) -> Result<Vec<Adult>> {
        let mut st = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM adults WHERE case_id = ?1 ORDER BY id"
        ))?;
        let rows = st.query_map([case_id], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn add_adult(&mut self, case_id: i64, input: &AdultInput) -> Result<CaseDetail> {
        self.insert_adult(case_id, input)?;
        self.get_case(case_id)
    }

    /// [`Store::add_adult`] without reading the case back: the new adult's id.
    pub(crate) fn insert_adult(&mut self, case_id: i64, input: &AdultInput) -> Result<i64> {
        let a = input.checked()?;
        self.write(|w| {
            touch(w, case_id)?;
            w.tx.execute(
                "INSERT INTO adults (case_id, full_name, role, party, contact_details, language, search_key)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    case_id,
                    a.full_name,
                    enum_text(&a.role),
                    enum_text(&a.party),
                    a.contact_details,
                    enum_text(&a.language),
                    fold(&a.full_name)
                ],
            )?;
            let id = w.tx.last_insert_rowid();
            w.audit("adults", id, Action::Insert, None, Some(&read(w, id)?))?;
            Ok(id)
        })
    }

    pub fn update_adult(&mut self, id: i64, input: &AdultInput) -> Result<CaseDetail> {
        let a = input.checked()?;
        let case_id = self.write(|w| {
            let before = read(w, id)?;
            w.tx.execute(
                "UPDATE adults SET full_name = ?2, role = ?3, party = ?4, contact_details = ?5,
                    language = ?6, search_key = ?7 WHERE id = ?1",
                params![
                    id,
                    a.full_name,
                    enum_text(&a.role),
                    enum_text(&a.party),
                    a.contact_details,
                    enum_text(&a.language),
                    fold(&a.full_name)
                ],
            )?;
            touch(w, before.case_id)?;
            w.audit(
                "adults",
                id,
                Action::Update,
                Some(&before),
                Some(&read(w, id)?),
            )?;
            Ok(before.case_id)
        })?;
        self.get_case(case_id)
    }

    pub fn remove_adult(&mut self, id: i64) -> Result<CaseDetail> {
        let case_id = self.write(|w| {
            let before = read(w, id)?;
            refuse_removing_linked(w, PersonRef::Adult(id), &before.full_name)?;
            w.tx.execute("DELETE FROM adults WHERE id = ?1", [id])?;
            touch(w, before.case_id)?;
            w.audit::<Adult>("adults", id, Action::Delete, Some(&before), None)?;
            Ok(before.case_id)
        })?;
        self.get_case(case_id)
    }
}
