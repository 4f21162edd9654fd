//! The SQLite store: one file, opened with safe pragmas, migrated atomically, every write audited.

pub mod adults;
pub mod attendance;
pub mod audit;
pub mod cases;
pub mod check;
pub mod children;
pub mod closure_days;
pub mod deadlines;
pub mod errors;
pub mod incidents;
mod migrations;
mod open;
mod record_checks;
pub(crate) mod record_import;
mod record_read;
mod record_sign;
pub mod records;
mod referral_checks;
mod referral_read;
pub mod referrals;
pub mod report_build;
pub(crate) mod report_data;
pub mod sessions;
pub mod settings;
pub(crate) mod sql;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{Error, Result};

pub use migrations::LATEST_VERSION;
pub use open::APPLICATION_ID;

/// An open data file. The shell keeps one behind a mutex; the CLI opens one per run.
pub struct Store {
    conn: Connection,
    actor: String,
    path: Option<PathBuf>,
}

impl Store {
    /// Opens (creating if needed) the data file at `path`, refusing foreign, damaged, locked or
    /// newer files with a message that says what to do, and migrating older ones after a backup.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = open::open_file(path)?;
        Ok(Store {
            conn,
            actor: default_actor(),
            path: Some(path.to_path_buf()),
        })
    }

    /// A fresh database in memory, for tests.
    pub fn open_in_memory() -> Result<Store> {
        let conn = open::open_memory()?;
        Ok(Store {
            conn,
            actor: "test".into(),
            path: None,
        })
    }

    /// The name written as "who" in the audit log.
    pub fn set_actor(&mut self, actor: impl Into<String>) {
        self.actor = actor.into();
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs `f` in one immediate transaction: it all lands, with its audit entries, or none of it does.
    /// Inside [`Store::all_or_nothing`] a transaction is already open, so `f` runs in a savepoint
    /// instead: a refused step is undone on its own and the outer transaction decides the rest.
    pub(crate) fn write<T>(&mut self, f: impl FnOnce(&Writer<'_>) -> Result<T>) -> Result<T> {
        let now = now_utc();
        if !self.conn.is_autocommit() {
            let sp = self.conn.savepoint()?;
            let w = Writer {
                tx: &sp,
                actor: &self.actor,
                now,
            };
            let out = f(&w)?;
            sp.commit()?;
            return Ok(out);
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let w = Writer {
            tx: &tx,
            actor: &self.actor,
            now,
        };
        let out = f(&w)?;
        tx.commit()?;
        Ok(out)
    }

    /// Runs `f`, which may call any of the store's writing methods, in ONE transaction: it is
    /// committed only if `f` returns `Ok`, and rolled back otherwise. Each method inside still
    /// runs in its own savepoint (see [`Store::write`]), so `f` can try many steps, collect
    /// every refusal, and then give up as a whole. Used by the case-bundle import.
    pub fn all_or_nothing<T>(&mut self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        if !self.conn.is_autocommit() {
            return Err(Error::storage(
                "Another change is already in progress on this data file; try again.",
            ));
        }
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        // No commit happens unless `f` returns Ok; an open transaction is rolled back by SQLite
        // when the connection closes, so even a panic inside `f` cannot land half an import.
        match f(self) {
            Ok(v) => {
                self.conn.execute_batch("COMMIT")?;
                Ok(v)
            }
            Err(e) => {
                self.conn.execute_batch("ROLLBACK")?;
                Err(e)
            }
        }
    }
}

/// A transaction in progress (or a savepoint inside one), with who is writing and when.
pub(crate) struct Writer<'a> {
    pub tx: &'a Connection,
    pub actor: &'a str,
    pub now: String,
}

fn now_utc() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// The operating-system user: the person at the laptop, which is what "who" means on a one-user app.
fn default_actor() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "unknown".into())
}
