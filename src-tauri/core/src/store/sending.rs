//! The log of sending: recorded once the thing sent is final, never changed, every entry audited.

use rusqlite::{params, Connection, OptionalExtension};

use super::audit::Action;
use super::final_record::final_record_of;
use super::records::{record_of_session, supported_record_of};
use super::referral_read::{load_referral, load_session};
use super::sql::{enum_text, iso, parse_date, parse_enum};
use super::{Store, Writer};
use crate::error::{Error, Result};
use crate::model::{RecordStatus, Sending, SendingInput, SentItemKind};

const COLUMNS: &str = "id, case_id, item_kind, item_id, sent_on, recipient, recipient_name, \
    method, notes, recorded_at";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Sending> {
    Ok(Sending {
        id: r.get(0)?,
        case_id: r.get(1)?,
        item_kind: parse_enum(r, 2)?,
        item_id: r.get(3)?,
        sent_on: parse_date(r, 4)?,
        recipient: parse_enum(r, 5)?,
        recipient_name: r.get(6)?,
        method: parse_enum(r, 7)?,
        notes: r.get(8)?,
        recorded_at: r.get(9)?,
    })
}

fn not_yet(what: &str) -> Error {
    let m = crate::message::Message::new(crate::message_rules_said::NOT_SIGNED_NOT_SENT);
    Error::rule_said(match crate::message_rules_said::sent_item(what) {
        Some(item) => m.key("what", item),
        None => m.text("what", format!("The {what}")),
    })
}

/// The case the item belongs to, once the item is ready to be sent: a record is signed first.
fn case_of_item(conn: &Connection, kind: SentItemKind, id: i64) -> Result<i64> {
    let referral_case = |referral_id: i64| Ok(load_referral(conn, referral_id)?.case_id);
    match kind {
        SentItemKind::SessionRecord => {
            let session = load_session(conn, id)?;
            match record_of_session(conn, id)? {
                Some(r) if r.status == RecordStatus::Final => referral_case(session.referral_id),
                _ => Err(not_yet(kind.label())),
            }
        }
        SentItemKind::FinalRecord => {
            let case_id = referral_case(id)?;
            match final_record_of(conn, id)? {
                Some(_) => Ok(case_id),
                None => Err(not_yet(kind.label())),
            }
        }
        SentItemKind::SupportedRecord => {
            let case_id = referral_case(id)?;
            match supported_record_of(conn, id)? {
                Some(r) if r.status == RecordStatus::Final => Ok(case_id),
                _ => Err(not_yet(kind.label())),
            }
        }
        SentItemKind::IncidentFollowUp => conn
            .query_row("SELECT case_id FROM incidents WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or_else(|| Error::not_found("incident")),
        // A referral has at most one report (CCI, Level 2, welfare or Level 1 log): named by it.
        SentItemKind::Report => {
            let case_id = referral_case(id)?;
            let signed: Option<bool> = conn
                .query_row(
                    "SELECT status = 'final' FROM reports WHERE referral_id = ?1",
                    [id],
                    |r| r.get(0),
                )
                .optional()?;
            match signed {
                Some(true) => Ok(case_id),
                _ => Err(not_yet(kind.label())),
            }
        }
    }
}

fn load(conn: &Connection, id: i64) -> Result<Sending> {
    Ok(conn.query_row(
        &format!("SELECT {COLUMNS} FROM sendings WHERE id = ?1"),
        [id],
        from_row,
    )?)
}

fn insert(w: &Writer<'_>, case_id: i64, f: &crate::model::sending::SendingFields) -> Result<i64> {
    w.tx.execute(
        "INSERT INTO sendings (case_id, item_kind, item_id, sent_on, recipient, recipient_name,
             method, notes, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            case_id,
            enum_text(&f.item_kind),
            f.item_id,
            iso(f.sent_on),
            enum_text(&f.recipient),
            f.recipient_name,
            enum_text(&f.method),
            f.notes,
            w.now
        ],
    )?;
    let id = w.tx.last_insert_rowid();
    w.audit("sendings", id, Action::Insert, None, Some(&load(w.tx, id)?))?;
    Ok(id)
}

impl Store {
    /// Adds one entry to the log of sending and returns the item's whole log, oldest first.
    /// Refused, with nothing saved, when the item is not signed yet.
    pub fn record_sending(
        &mut self,
        input: &SendingInput,
        today: chrono::NaiveDate,
    ) -> Result<Vec<Sending>> {
        let f = input.checked(today)?;
        self.write(|w| {
            let case_id = case_of_item(w.tx, f.item_kind, f.item_id)?;
            super::cases::touch(w, case_id)?;
            insert(w, case_id, &f)
        })?;
        self.sendings_of(f.item_kind, f.item_id)
    }

    /// One item's log of sending, oldest first.
    pub fn sendings_of(&self, kind: SentItemKind, id: i64) -> Result<Vec<Sending>> {
        let mut st = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM sendings WHERE item_kind = ?1 AND item_id = ?2
             ORDER BY sent_on, id"
        ))?;
        let rows = st.query_map(params![enum_text(&kind), id], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A case's whole log of sending, oldest first.
    pub fn case_sendings(&self, case_id: i64) -> Result<Vec<Sending>> {
        self.case_row(case_id)?;
        let mut st = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM sendings WHERE case_id = ?1 ORDER BY sent_on, id"
        ))?;
        let rows = st.query_map([case_id], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
