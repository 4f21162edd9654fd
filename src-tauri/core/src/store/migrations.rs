//! The schema's history, embedded in the binary and applied in one transaction per run.

use rusqlite::Connection;

use crate::error::{Error, ErrorCode, Result};

/// Each entry moves the schema up by one `user_version`. Never edit one that has shipped: add one.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_cases_people_audit.sql"),
    include_str!("../../migrations/0002_referrals_sessions_incidents.sql"),
    include_str!("../../migrations/0003_records.sql"),
    include_str!("../../migrations/0004_form_drafts.sql"),
    include_str!("../../migrations/0005_signing.sql"),
    include_str!("../../migrations/0006_sending.sql"),
    include_str!("../../migrations/0007_reports.sql"),
    include_str!("../../migrations/0008_search.sql"),
    include_str!("../../migrations/0009_idle_lock.sql"),
    include_str!("../../migrations/0010_exports.sql"),
    include_str!("../../migrations/0011_rules.sql"),
    include_str!("../../migrations/0012_search_on_change.sql"),
    include_str!("../../migrations/0013_search_record_words.sql"),
    include_str!("../../migrations/0014_locked_sessions_by_index.sql"),
    include_str!("../../migrations/0015_remote_suitability_office_deadlines.sql"),
    include_str!("../../migrations/0016_search_remote_suitability.sql"),
];

pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

pub fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

pub fn refuse_newer(version: i64) -> Result<()> {
    if version > LATEST_VERSION {
        return Err(Error::new(
            ErrorCode::NewerVersion,
            "This data file was saved by a newer version of Contact Records. Nothing has been \
             changed. Install the latest version of Contact Records to open it.",
        ));
    }
    Ok(())
}

/// Applies every pending migration, all in one transaction: a failure leaves the file as it was.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    let from = user_version(conn)?;
    refuse_newer(from)?;
    if from == LATEST_VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Exclusive)?;
    for sql in &MIGRATIONS[from as usize..] {
        tx.execute_batch(sql)?;
    }
    // Marked as ours in the same transaction, so a half-made file is never taken for one of ours.
    tx.pragma_update(None, "application_id", super::open::APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", LATEST_VERSION)?;
    tx.commit()?;
    Ok(())
}
