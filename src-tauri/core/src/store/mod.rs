//! The SQLite store: one file, opened with safe pragmas, migrated atomically, every write audited.

pub mod adults;
pub mod attendance;
pub mod audit;
pub mod backup;
mod cached;
pub mod case_services;
pub mod cases;
pub mod check;
pub mod children;
pub mod closure_days;
mod convert;
pub(crate) mod court_report_import;
mod court_report_outline;
mod court_report_sign;
pub mod court_reports;
pub mod deadlines;
pub mod diary;
pub mod duty_consultations;
pub mod errors;
pub mod exports;
mod final_record;
pub mod form_drafts;
pub mod idle_lock;
pub mod incidents;
mod key;
mod languages;
mod migrations;
mod open;
pub mod pre_contact;
mod protect;
mod record_checks;
mod record_document;
mod record_finalise;
pub(crate) mod record_import;
pub mod record_list;
mod record_read;
mod record_sign;
pub mod records;
mod referral_checks;
mod referral_notes;
mod referral_read;
pub mod referrals;
pub mod report_build;
pub(crate) mod report_data;
pub mod review_overrides;
pub mod search;
pub mod sending;
pub mod sessions;
pub mod settings;
mod signer;
pub(crate) mod sql;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, TransactionBehavior};

use crate::error::Result;

pub use convert::encrypt_plain_file;
pub use key::{Key, RecoveryKey};
pub use migrations::LATEST_VERSION;
pub use open::shut_down_uncleanly;
pub use open::{
    file_state, missing_file_error, problem_before_unlock, Access, FileState, APPLICATION_ID,
};
pub use protect::restore;

/// An open data file. The shell keeps one behind a mutex; the CLI opens one per run.
pub struct Store {
    conn: Connection,
    actor: String,
    /// Set by [`Store::set_actor`] (the CLI's `cli:<user>`); else the signer set up in the file.
    actor_override: Option<String>,
    path: Option<PathBuf>,
    /// True while [`Store::all_or_nothing`] holds a transaction open: writes nest as savepoints.
    batch: bool,
}

impl Store {
    /// Opens the existing encrypted data file at `path` with `key` for reading and writing,
    /// refusing a wrong key, foreign, damaged, locked or newer files with a message that says what
    /// to do, and migrating older ones after a backup. A missing file is an error.
    pub fn open(path: &Path, key: &Key) -> Result<Store> {
        Store::open_with(path, key, Access::ReadWrite)
    }

    /// Opens an existing data file for reading only: it is never created, migrated or changed.
    pub fn open_read_only(path: &Path, key: &Key) -> Result<Store> {
        Store::open_with(path, key, Access::ReadOnly)
    }

    pub fn open_with(path: &Path, key: &Key, access: Access) -> Result<Store> {
        let conn = open::open_file(path, key, access)?;
        Ok(Store::from_conn(conn, Some(path)))
    }

    /// Creates a new encrypted data file (and its folders, private to the user) at `path`.
    pub fn create(path: &Path, key: &Key) -> Result<Store> {
        let conn = open::create_file(path, key)?;
        Ok(Store::from_conn(conn, Some(path)))
    }

    fn from_conn(conn: Connection, path: Option<&Path>) -> Store {
        let mut store = Store {
            conn,
            actor: default_actor(),
            actor_override: None,
            path: path.map(Path::to_path_buf),
            batch: false,
        };
        store.refresh_actor();
        store
    }

    /// A fresh database in memory, for tests.
    pub fn open_in_memory() -> Result<Store> {
        let conn = open::open_memory()?;
        Ok(Store {
            conn,
            actor: "test".into(),
            actor_override: Some("test".into()),
            path: None,
            batch: false,
        })
    }

    /// The name written as "who" in the audit log.
    pub fn set_actor(&mut self, actor: impl Into<String>) {
        let actor = actor.into();
        self.actor = actor.clone();
        self.actor_override = Some(actor);
    }

    /// Who the audit log names: the actor set, else the signer set up in this file ("Name
    /// (Role)"), else the operating-system user.
    pub(crate) fn refresh_actor(&mut self) {
        self.actor = match &self.actor_override {
            Some(a) => a.clone(),
            None => signer::actor_of(&self.conn).unwrap_or_else(default_actor),
        };
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
        if self.batch {
            let sp = self.conn.savepoint()?;
            let conn = cached::Cached(&sp);
            let w = Writer {
                tx: &conn,
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
        let conn = cached::Cached(&tx);
        let w = Writer {
            tx: &conn,
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
        if self.batch || !self.conn.is_autocommit() {
            return Err(crate::message_storage::storage(
                crate::message_storage::ALREADY_IN_PROGRESS,
            ));
        }
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        self.batch = true;
        // A panic inside `f` must not leave the transaction open: every later write would then
        // go into a savepoint that is never committed.
        let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(self)));
        self.batch = false;
        let out = match out {
            Ok(out) => out,
            Err(panic) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                std::panic::resume_unwind(panic);
            }
        };
        match out {
            Ok(v) => match self.conn.execute_batch("COMMIT") {
                Ok(()) => Ok(v),
                Err(e) => {
                    let _ = self.conn.execute_batch("ROLLBACK");
                    Err(e.into())
                }
            },
            Err(e) => {
                self.conn.execute_batch("ROLLBACK")?;
                Err(e)
            }
        }
    }
}

/// A transaction in progress (or a savepoint inside one), with who is writing and when.
pub(crate) struct Writer<'a> {
    pub tx: &'a cached::Cached<'a>,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ClosureDayInput;

    fn closure(date: &str) -> ClosureDayInput {
        ClosureDayInput {
            date: date.into(),
            reason: "Training".into(),
        }
    }

    #[test]
    fn all_or_nothing_commits_only_when_every_step_worked() {
        let mut s = Store::open_in_memory().unwrap();
        let e = s.all_or_nothing(|s| {
            s.add_closure_day(&closure("24/12/2026"))?;
            // A refused step is undone on its own; the batch goes on.
            assert!(s.add_closure_day(&closure("31/02/2026")).is_err());
            s.add_closure_day(&closure("29/12/2026"))?;
            Err::<(), _>(crate::Error::rule("give up"))
        });
        assert!(e.is_err());
        assert!(s.list_closure_days().unwrap().is_empty());
        s.all_or_nothing(|s| s.add_closure_day(&closure("24/12/2026")))
            .unwrap();
        assert_eq!(s.list_closure_days().unwrap().len(), 1);
    }

    #[test]
    fn a_panic_inside_rolls_back_and_later_writes_still_commit() {
        let mut s = Store::open_in_memory().unwrap();
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let _ = s.all_or_nothing(|s| -> Result<()> {
                s.add_closure_day(&closure("24/12/2026"))?;
                panic!("boom");
            });
        }));
        assert!(r.is_err());
        assert!(s.conn.is_autocommit());
        s.add_closure_day(&closure("29/12/2026")).unwrap();
        assert_eq!(s.list_closure_days().unwrap().len(), 1);
    }
}
