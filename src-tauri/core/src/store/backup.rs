//! Encrypted backups: a copy of the data file under the same key, written into a private folder
//! beside it, checked with `integrity_check` after writing, and kept in a rotation (the newest of
//! each of the last 7 days that have one, and of each of the 4 weeks before). Backups made before
//! a migration are part of the same rotation.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDateTime};
use rusqlite::Connection;

use crate::error::Result;
use crate::private_files::{create_private_dir_all, create_private_file};

const DAILY_KEPT: usize = 7;
const WEEKLY_KEPT: usize = 4;
const STAMP: &str = "%Y%m%d-%H%M%S";

/// The folder of a data file's automatic backups: `backups` beside it.
pub fn backups_dir(db: &Path) -> PathBuf {
    db.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .join("backups")
}

fn db_name(db: &Path) -> String {
    db.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "contact-records.db".into())
}

/// `<data file name>.<YYYYMMDD-HHMMSS>.<why>.bak`, so a listing sorts by time.
fn backup_name(db: &Path, at: NaiveDateTime, why: &str) -> String {
    format!("{}.{}.{why}.bak", db_name(db), at.format(STAMP))
}

/// When a file in the backups folder was made, if it is one of this data file's backups.
fn made_at(db: &Path, file_name: &str) -> Option<NaiveDateTime> {
    let rest = file_name.strip_prefix(&format!("{}.", db_name(db)))?;
    let stamp = rest.get(..15)?;
    if !rest.ends_with(".bak") {
        return None;
    }
    NaiveDateTime::parse_from_str(stamp, STAMP).ok()
}

/// This data file's automatic backups, oldest first.
pub fn list_backups(db: &Path) -> Vec<(PathBuf, NaiveDateTime)> {
    let dir = backups_dir(db);
    let mut found: Vec<_> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            made_at(db, &name).map(|at| (dir.join(name), at))
        })
        .collect();
    found.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
    found
}

/// Writes an encrypted copy of the open database to `dest` (which must not exist yet), under the
/// connection's own key and salt, so the same passphrase and recovery key open it; then checks it.
pub(crate) fn write_copy(conn: &Connection, dest: &Path) -> Result<()> {
    let failed = || crate::message_storage::storage(crate::message_storage::BACKUP_NOT_WRITTEN);
    if let Some(parent) = dest.parent() {
        create_private_dir_all(parent).map_err(|_| failed())?;
    }
    // Created here, empty and private: SQLite would create it readable by everyone.
    create_private_file(dest).map_err(|_| failed())?;
    let written = copy_into(conn, dest);
    if written.is_err() {
        let _ = std::fs::remove_file(dest);
    }
    written
}

fn copy_into(conn: &Connection, dest: &Path) -> Result<()> {
    // A damaged file is refused before it can become a backup and push a good one out of the
    // rotation.
    super::open::check_integrity(conn)?;
    // Attached without a KEY clause, the copy takes the main database's derived key and salt.
    conn.execute(
        "ATTACH DATABASE ?1 AS backup_copy",
        [dest.to_string_lossy()],
    )?;
    let result = (|| -> Result<()> {
        conn.query_row("SELECT sqlcipher_export('backup_copy')", [], |_| Ok(()))?;
        // sqlcipher_export copies the schema and the rows, not the header's marks.
        let app_id: i64 = conn.query_row("PRAGMA main.application_id", [], |r| r.get(0))?;
        let version: i64 = conn.query_row("PRAGMA main.user_version", [], |r| r.get(0))?;
        conn.execute_batch(&format!(
            "PRAGMA backup_copy.application_id = {app_id}; PRAGMA backup_copy.user_version = {version};"
        ))?;
        let check: String =
            conn.query_row("PRAGMA backup_copy.integrity_check", [], |r| r.get(0))?;
        if check != "ok" {
            return Err(crate::message_storage::storage(
                crate::message_storage::BACKUP_CHECK_FAILED,
            ));
        }
        Ok(())
    })();
    let detached = conn.execute_batch("DETACH DATABASE backup_copy");
    result?;
    detached?;
    Ok(())
}

/// Makes a backup of the open data file into its backups folder, then applies the rotation.
pub(crate) fn make_backup(conn: &Connection, db: &Path, why: &str) -> Result<PathBuf> {
    let now = chrono::Local::now().naive_local();
    let mut dest = backups_dir(db).join(backup_name(db, now, why));
    // Two backups in the same second get a counter rather than failing.
    let mut n = 2;
    while dest.exists() {
        dest = backups_dir(db).join(backup_name(db, now, &format!("{why}-{n}")));
        n += 1;
    }
    write_copy(conn, &dest)?;
    rotate(db);
    Ok(dest)
}

/// The copy taken before a migration, so an upgrade can always be undone.
pub(crate) fn before_migration(conn: &Connection, db: &Path, version: i64) -> Result<()> {
    make_backup(conn, db, &format!("before-v{}", version + 1))
        .map(|_| ())
        .map_err(|_| crate::message_storage::storage(crate::message_storage::BACKUP_BEFORE_UPGRADE))
}

/// Whether a backup was made today (local time) already.
pub fn backed_up_today(db: &Path) -> bool {
    let today = chrono::Local::now().date_naive();
    list_backups(db).iter().any(|(_, at)| at.date() == today)
}

/// Removes the backups the rotation no longer keeps (best effort: one left behind is harmless).
pub fn rotate(db: &Path) {
    let all = list_backups(db);
    let keep = to_keep(&all.iter().map(|(_, at)| *at).collect::<Vec<_>>());
    for (i, (path, _)) in all.iter().enumerate() {
        if !keep.contains(&i) {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Which of these backup times (any order) to keep: the newest of each of the 7 most recent days
/// that have a backup, and the newest of each of the 4 most recent weeks before those.
pub fn to_keep(times: &[NaiveDateTime]) -> BTreeSet<usize> {
    let mut order: Vec<usize> = (0..times.len()).collect();
    order.sort_by(|&a, &b| times[b].cmp(&times[a]));
    let mut keep = BTreeSet::new();
    let mut days = Vec::new();
    let mut weeks = Vec::new();
    for i in order {
        let day = times[i].date();
        let week = (day.iso_week().year(), day.iso_week().week());
        if days.len() < DAILY_KEPT {
            if !days.contains(&day) {
                days.push(day);
                keep.insert(i);
            }
            continue;
        }
        if days.contains(&day) || weeks.len() >= WEEKLY_KEPT {
            continue;
        }
        let week_of_a_kept_day = days
            .iter()
            .any(|d| (d.iso_week().year(), d.iso_week().week()) == week);
        if !week_of_a_kept_day && !weeks.contains(&week) {
            weeks.push(week);
            keep.insert(i);
        }
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, NaiveDate, Timelike};

    fn at(day: NaiveDate, hour: u32) -> NaiveDateTime {
        day.and_hms_opt(hour, 0, 0).unwrap()
    }

    #[test]
    fn seven_daily_and_four_weekly_backups_are_kept() {
        // Two backups a day for 60 days.
        let start = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
        let times: Vec<_> = (0..60)
            .flat_map(|d| {
                [
                    at(start + Duration::days(d), 9),
                    at(start + Duration::days(d), 17),
                ]
            })
            .collect();
        let keep = to_keep(&times);
        let kept: Vec<_> = keep.iter().map(|&i| times[i]).collect();
        assert_eq!(kept.len(), DAILY_KEPT + WEEKLY_KEPT, "{kept:?}");
        let last = start + Duration::days(59);
        for d in 0..7 {
            assert!(kept.contains(&at(last - Duration::days(d), 17)), "day {d}");
        }
        let weeks: BTreeSet<_> = kept.iter().map(|t| t.date().iso_week().week()).collect();
        assert!(
            weeks.len() >= 5,
            "the weekly ones reach back across weeks: {weeks:?}"
        );
        assert!(
            !kept.iter().any(|t| t.hour() == 9),
            "only the newest of each day"
        );
    }

    #[test]
    fn a_few_backups_are_all_kept() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let times = [at(day, 9), at(day + Duration::days(1), 9)];
        assert_eq!(to_keep(&times).len(), 2);
        assert!(to_keep(&[]).is_empty());
    }

    #[test]
    fn backup_names_are_recognised_only_for_their_own_data_file() {
        let db = Path::new("/x/data.db");
        let t = at(NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(), 9);
        let name = backup_name(db, t, "before-v5");
        assert_eq!(made_at(db, &name), Some(t));
        assert_eq!(made_at(Path::new("/x/other.db"), &name), None);
        assert_eq!(made_at(db, "data.db-wal"), None);
    }
}
