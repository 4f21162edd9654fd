//! The day's work at scale: the dashboard over every case, a month's diary, the final record of
//! a 60-session referral, an autosave of a record, and a 500-case import into a new file. Each
//! beside the same SQL on a bare keyed connection where plain SQL can do the same.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{NaiveDate, TimeZone, Utc};
use contact_records_core::bundle::format::ImportOptions;
use contact_records_core::bundle::import::import_bundle;
use contact_records_core::generate::invented_bundle;
use contact_records_core::record_reports::export_report;
use contact_records_core::report::{Language, ReportRequest};
use contact_records_core::store::deadlines::dashboard_sql;
use contact_records_core::store::diary::DIARY_SQL;
use contact_records_core::store::Key;
use contact_records_core::Store;
use criterion::Criterion;
use rusqlite::{params, Connection};
use serde_json::Value;

use super::{rows, today, PASSPHRASE, SEED};

/// A fresh file at `path`: any earlier one and its journal files removed first.
fn fresh(path: &Path) -> Store {
    for end in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{end}", path.display()));
    }
    Store::create(path, &Key::passphrase(PASSPHRASE)).unwrap_or_else(|e| panic!("create: {e}"))
}

fn no_new_signers() -> ImportOptions {
    ImportOptions {
        as_new: false,
        trust_new_signers: false,
    }
}

/// One invented case whose first referral has 60 weekly sessions, each with a draft
/// record: the cases of the big file have 6 per referral. Returns the referral's id.
fn long_referral(path: &Path) -> (Store, i64) {
    // Dated early enough that the 60th week is still before `today`.
    let (json, _) = invented_bundle(1, SEED, today() - chrono::Duration::days(450));
    let mut bundle: Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
    let referral = &mut bundle["cases"][0]["referrals"][0];
    let sessions = referral["sessions"].as_array().cloned().unwrap_or_default();
    let first = sessions
        .first()
        .and_then(|s| s["date"].as_str())
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .unwrap_or_else(|| panic!("the invented referral has no session"));
    let long: Vec<Value> = (0..60)
        .map(|n| {
            let mut s = sessions[n % sessions.len()].clone();
            s["number"] = Value::from(n + 1);
            let date = first + chrono::Duration::days(7 * n as i64);
            s["date"] = Value::from(date.format("%Y-%m-%d").to_string());
            s
        })
        .collect();
    referral["sessions"] = Value::from(long);
    // Level 3 contact supervision keeps a Record of Observed Contact of every session and has
    // no 6-hour limit (the centre-based services have, so they cannot hold 60 sessions).
    referral["service"] = Value::from("level3_contact_supervision");
    let mut store = fresh(path);
    import_bundle(&mut store, &bundle.to_string(), no_new_signers(), today())
        .unwrap_or_else(|e| panic!("the 60-session referral: {e}"));
    let raw = store
        .recovery_key(PASSPHRASE)
        .unwrap_or_else(|e| panic!("{e}"))
        .text();
    let id = super::bare(path, &raw)
        .query_row(
            "SELECT referral_id FROM sessions GROUP BY referral_id HAVING count(*) = 60",
            [],
            |r| r.get(0),
        )
        .unwrap_or_else(|e| panic!("the 60-session referral: {e}"));
    (store, id)
}

/// The dashboard, a month's diary and the long final record, reading the big file.
pub fn reads(c: &mut Criterion, store: &Store, conn: &Connection, dir: &Path) {
    let month = (
        NaiveDate::from_ymd_opt(2026, 3, 1).unwrap_or_default(),
        NaiveDate::from_ymd_opt(2026, 3, 31).unwrap_or_default(),
    );
    let day_before = month.0 - chrono::Duration::days(1);
    let dashboard = store.dashboard(today()).unwrap_or_else(|e| panic!("{e}"));
    let diary = store
        .diary(month.0, month.1)
        .unwrap_or_else(|e| panic!("{e}"));
    eprintln!(
        "Dashboard: {} overdue, {} today, {} this week; diary of March 2026: {} sessions",
        dashboard.overdue.len(),
        dashboard.due_today.len(),
        dashboard.due_soon.len(),
        diary.sessions.len()
    );
    let sql = dashboard_sql();
    let mut g = c.benchmark_group("work");
    g.sample_size(20).measurement_time(Duration::from_secs(4));
    g.bench_function("dashboard: what's due over every case", |b| {
        b.iter(|| black_box(store.dashboard(today())))
    });
    g.bench_function("dashboard: bare SQL", |b| {
        b.iter(|| black_box(sql.each_ref().map(|q| rows(conn, q, [None::<i64>]))))
    });
    g.bench_function("diary of a month", |b| {
        b.iter(|| black_box(store.diary(month.0, month.1)))
    });
    let range = [day_before.to_string(), month.1.to_string()];
    g.bench_function("diary: bare SQL", |b| {
        b.iter(|| black_box(DIARY_SQL.map(|q| rows(conn, q, range.clone()))))
    });
    g.finish();

    let (long, referral_id) = long_referral(&dir.join("long-referral.db"));
    let created = Utc
        .with_ymd_and_hms(2026, 11, 23, 16, 0, 0)
        .single()
        .unwrap_or_else(Utc::now);
    let request = ReportRequest::ObservedFinal { referral_id };
    let file = export_report(&long, &request, Language::English, created)
        .unwrap_or_else(|e| panic!("{e}"));
    eprintln!(
        "The final record of 60 sessions: {} pages, {} bytes",
        file.pages,
        file.bytes.len()
    );
    let mut pdf = c.benchmark_group("pdf");
    pdf.sample_size(10).measurement_time(Duration::from_secs(6));
    pdf.bench_function("final Record of Observed Contact, 60 sessions", |b| {
        b.iter(|| black_box(export_report(&long, &request, Language::English, created)))
    });
    pdf.finish();
}

/// An autosave of a draft record in a copy of the big file, and a 500-case import.
pub fn writes(c: &mut Criterion, big: &Path, raw: &str, recovery: &Key) {
    let dir = big.parent().map(Path::to_path_buf).unwrap_or_default();
    let copy = dir.join("autosave-copy.db");
    for end in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{end}", copy.display()));
    }
    std::fs::copy(big, &copy).unwrap_or_else(|e| panic!("copy for writing: {e}"));
    let (session_id, record_id, case_id): (i64, i64, i64) = super::bare(&copy, raw)
        .query_row(
            "SELECT r.session_id, r.id, f.case_id FROM records r
             JOIN referrals f ON f.id = r.referral_id
             WHERE r.kind = 'observed' AND r.status = 'draft'
             ORDER BY r.id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM records
                                           WHERE kind = 'observed' AND status = 'draft')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap_or_else(|e| panic!("a draft record in the middle: {e}"));
    let mut store = Store::open(&copy, recovery).unwrap_or_else(|e| panic!("{e}"));
    let mut content = store
        .record_for_session(session_id, today())
        .unwrap_or_else(|e| panic!("{e}"))
        .content;
    let mut g = c.benchmark_group("write");
    g.sample_size(20).measurement_time(Duration::from_secs(5));
    let mut n = 0u64;
    g.bench_function("autosave: a draft record", |b| {
        b.iter(|| {
            n += 1;
            content.adult_engagement = format!("Typed a little more ({n}).");
            black_box(store.save_record_draft(session_id, &content, today()))
        })
    });
    drop(store);
    let conn = writable(&copy, raw);
    // The text changes at each save, as it does while someone types: the search index's trigger
    // re-indexes the record only when its content changed, so a constant text would skip it.
    g.bench_function("autosave: bare SQL", |b| {
        b.iter(|| {
            n += 1;
            content.adult_engagement = format!("Typed a little more ({n}).");
            let json = serde_json::to_string(&content).unwrap_or_default();
            black_box(bare_save(&conn, record_id, case_id, &json))
        })
    });
    g.finish();
    drop(conn);
    for end in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{end}", copy.display()));
    }

    let (bundle, made) = invented_bundle(500, SEED + 1, today());
    eprintln!(
        "The import's bundle: {made:?}, {:.1} MB",
        bundle.len() as f64 / 1e6
    );
    let target = dir.join("import-500.db");
    let mut g = c.benchmark_group("import");
    g.sample_size(10).measurement_time(Duration::from_secs(30));
    g.bench_function("a bundle of 500 cases into a new file", |b| {
        b.iter_custom(|iters| {
            let mut spent = Duration::ZERO;
            for _ in 0..iters {
                let mut store = fresh(&target);
                let started = Instant::now();
                black_box(import_bundle(
                    &mut store,
                    &bundle,
                    no_new_signers(),
                    today(),
                ))
                .unwrap_or_else(|e| panic!("import: {e}"));
                spent += started.elapsed();
            }
            spent
        })
    });
    g.finish();
    for end in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{end}", target.display()));
    }
}

fn writable(path: &PathBuf, raw_key: &str) -> Connection {
    let conn = Connection::open(path).unwrap_or_else(|e| panic!("bare open: {e}"));
    conn.execute_batch(&format!("PRAGMA key = \"{raw_key}\";"))
        .unwrap_or_else(|e| panic!("bare key: {e}"));
    // As the app's connection (store/open.rs): its page cache, and a full sync at each commit.
    conn.execute_batch("PRAGMA cache_size = -131072; PRAGMA synchronous = FULL;")
        .unwrap_or_else(|e| panic!("bare pragmas: {e}"));
    conn
}

/// The two writes an autosave makes (the record's content, the case's time of change) in one
/// transaction, with none of the checks (the schema's triggers fire as they do for the app).
fn bare_save(conn: &Connection, record_id: i64, case_id: i64, json: &str) -> rusqlite::Result<()> {
    let now = Utc::now().to_rfc3339();
    conn.execute_batch("BEGIN IMMEDIATE")?;
    conn.prepare_cached(
        "UPDATE records SET content_json = ?2, revision = revision + 1, saved_at = ?3
         WHERE id = ?1",
    )?
    .execute(params![record_id, json, now])?;
    conn.prepare_cached("UPDATE cases SET updated_at = ?2 WHERE id = ?1")?
        .execute(params![case_id, now])?;
    conn.execute_batch("COMMIT")
}
