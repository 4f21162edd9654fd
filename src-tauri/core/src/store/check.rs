//! `check`: SQLite's own damage checks over the whole file, for the CLI and a future "Check the
//! data file" screen. Unlike `verify` (which recomputes signatures) this looks for a damaged file.

use serde::Serialize;

use super::Store;
use crate::error::Result;

/// What SQLite found: `integrity` is ["ok"] on a healthy file; `foreign_keys` lists rows that
/// point at rows that do not exist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct IntegrityReport {
    pub integrity: Vec<String>,
    pub foreign_keys: Vec<String>,
}

impl IntegrityReport {
    pub fn is_ok(&self) -> bool {
        self.integrity == ["ok"] && self.foreign_keys.is_empty()
    }
}

impl Store {
    /// Runs `PRAGMA integrity_check` and `PRAGMA foreign_key_check` (both read only).
    pub fn integrity_check(&self) -> Result<IntegrityReport> {
        let conn = self.conn();
        let mut st = conn.prepare("PRAGMA integrity_check")?;
        let integrity = st
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut st = conn.prepare("PRAGMA foreign_key_check")?;
        let foreign_keys = st
            .query_map([], |r| {
                let table: String = r.get(0)?;
                let rowid: Option<i64> = r.get(1)?;
                let parent: String = r.get(2)?;
                Ok(format!(
                    "row {} of {table} points at a missing row of {parent}",
                    rowid.map_or("?".into(), |id| id.to_string())
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(IntegrityReport {
            integrity,
            foreign_keys,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_file_is_ok() {
        let s = Store::open_in_memory().unwrap();
        let r = s.integrity_check().unwrap();
        assert!(r.is_ok(), "{r:?}");
    }
}
