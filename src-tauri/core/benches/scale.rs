//! Years of data: a data file of 5,000 invented cases (made once by `generate`, the same cases
//! for the same seed, and kept under `target/bench-data/`), measured the way the app meets it.
//! Beside each store call, the same SQL on a bare keyed rusqlite connection to the same file, so
//! the ratio shows what the app's own code adds. The passphrase's key derivation is measured
//! apart: every other open uses the recovery key (the derived key itself).
//!
//!     cargo bench --workspace --features custom-protocol --bench scale
//!
//! `CR_BENCH_CASES` changes the number of cases (a file per size is kept).

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{NaiveDate, TimeZone, Utc};
use contact_records_core::generate::generate;
use contact_records_core::model::SearchSource;
use contact_records_core::record_reports::export_report;
use contact_records_core::report::{Language, ReportRequest};
use contact_records_core::store::{search, Key};
use contact_records_core::Store;
use criterion::{criterion_group, criterion_main, Criterion};
use rusqlite::{Connection, OpenFlags};

#[path = "scale_parts/work.rs"]
mod work;

const SEED: u64 = 17;
const PASSPHRASE: &str = "invented data for benchmarks only";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default()
}

fn cases() -> u32 {
    std::env::var("CR_BENCH_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(5_000)
}

/// The data file for this size and seed, generated the first time (a minute or more).
fn data_file() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let dir = target.join("bench-data");
    let path = dir.join(format!("invented-{}-cases-seed-{SEED}.db", cases()));
    if !path.exists() {
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("bench-data folder: {e}"));
        let partial = dir.join("being-made.db");
        for end in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{end}", partial.display()));
        }
        eprintln!(
            "Making {} invented cases once, in {}",
            cases(),
            path.display()
        );
        let started = Instant::now();
        let mut store = Store::create(&partial, &Key::passphrase(PASSPHRASE))
            .unwrap_or_else(|e| panic!("create: {e}"));
        let made = generate(&mut store, cases(), SEED, today())
            .unwrap_or_else(|e| panic!("generate: {e}"));
        drop(store);
        std::fs::rename(&partial, &path).unwrap_or_else(|e| panic!("rename: {e}"));
        eprintln!(
            "Made in {:.1} s: {made:?}, {:.0} MB",
            started.elapsed().as_secs_f64(),
            std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) as f64 / 1e6
        );
    }
    path
}

/// A plain rusqlite connection keyed with the raw key: no app code at all.
fn bare(path: &Path, raw_key: &str) -> Connection {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap_or_else(|e| panic!("bare open: {e}"));
    conn.execute_batch(&format!("PRAGMA key = \"{raw_key}\";"))
        .unwrap_or_else(|e| panic!("bare key: {e}"));
    // The app's page cache (store/open.rs), so the two sides differ by the app's code alone and
    // not by how many decrypted pages SQLite may keep (its default is 2 MiB).
    conn.pragma_update(None, "cache_size", -131072)
        .unwrap_or_else(|e| panic!("bare cache size: {e}"));
    conn
}

/// Rows as text, the way a caller of plain SQL would take them.
fn rows(conn: &Connection, sql: &str, p: impl rusqlite::Params) -> Vec<Vec<String>> {
    let mut st = conn
        .prepare_cached(sql)
        .unwrap_or_else(|e| panic!("{e}: {sql}"));
    let n = st.column_count();
    let out = st
        .query_map(p, |r| {
            (0..n)
                .map(|i| {
                    r.get_ref(i).map(|v| match v {
                        rusqlite::types::ValueRef::Text(t) => {
                            String::from_utf8_lossy(t).into_owned()
                        }
                        rusqlite::types::ValueRef::Integer(i) => i.to_string(),
                        other => format!("{other:?}"),
                    })
                })
                .collect()
        })
        .and_then(|r| r.collect::<rusqlite::Result<Vec<Vec<String>>>>());
    out.unwrap_or_else(|e| panic!("{e}: {sql}"))
}

/// The register's query (`store::cases`), as it stands, for the bare side.
const REGISTER_MATCH: &str = "(?1 = '%%'
    OR c.search_key LIKE ?1 ESCAPE '\\'
    OR EXISTS (SELECT 1 FROM children ch WHERE ch.case_id = c.id AND ch.search_key LIKE ?1 ESCAPE '\\')
    OR EXISTS (SELECT 1 FROM adults a WHERE a.case_id = c.id AND a.search_key LIKE ?1 ESCAPE '\\'))";

fn bare_register(conn: &Connection, pattern: &str) -> (Vec<Vec<String>>, Vec<Vec<String>>) {
    let total = rows(
        conn,
        &format!("SELECT count(*) FROM cases c WHERE {REGISTER_MATCH}"),
        [pattern],
    );
    let page = rows(
        conn,
        &format!(
            "SELECT c.id, c.court_case_number, c.case_name, c.court, c.adviser_name, c.status,
                (SELECT count(*) FROM children ch WHERE ch.case_id = c.id)
             FROM cases c WHERE {REGISTER_MATCH}
             ORDER BY c.status = 'closed', c.updated_at DESC, c.id DESC LIMIT 200"
        ),
        [pattern],
    );
    (total, page)
}

/// The app's own statements (`store::search`), run directly: the scan of up to 5,000 matches,
/// the cases listed and the marked passages of the entries shown, as the app chose them. The
/// grouping itself is the app's work, so the bare side is given its result.
fn bare_search(conn: &Connection, expr: &str, cases: &str, entries: &str) -> [Vec<Vec<String>>; 3] {
    [
        rows(conn, search::SCAN_SQL, rusqlite::params![expr, 5_000]),
        rows(conn, search::CASES_SQL, [cases]),
        rows(conn, search::PASSAGES_SQL, [expr, entries]),
    ]
}

fn bare_case(conn: &Connection, id: i64) -> [Vec<Vec<String>>; 3] {
    [
        rows(
            conn,
            "SELECT id, court, court_case_number, cafcass_number, cafcass_system, adviser_name,
                case_name, status, notes, created_at, updated_at FROM cases WHERE id = ?1",
            [id],
        ),
        rows(
            conn,
            "SELECT id, case_id, full_name, date_of_birth, language, needs FROM children
             WHERE case_id = ?1 ORDER BY date_of_birth, id",
            [id],
        ),
        rows(
            conn,
            "SELECT id, case_id, full_name, role, party, contact_details, language FROM adults
             WHERE case_id = ?1 ORDER BY id",
            [id],
        ),
    ]
}

/// What a record's PDF is made from: the record, its session, referral, case and attendance.
fn bare_record(conn: &Connection, session_id: i64) -> [Vec<Vec<String>>; 3] {
    [
        rows(
            conn,
            "SELECT r.*, s.*, f.*, c.* FROM records r JOIN sessions s ON s.id = r.session_id
             JOIN referrals f ON f.id = s.referral_id JOIN cases c ON c.id = f.case_id
             WHERE r.session_id = ?1",
            [session_id],
        ),
        rows(
            conn,
            "SELECT * FROM attendance WHERE session_id = ?1",
            [session_id],
        ),
        rows(
            conn,
            "SELECT * FROM record_addenda WHERE record_id =
                (SELECT id FROM records WHERE session_id = ?1)",
            [session_id],
        ),
    ]
}

fn source_code(source: SearchSource) -> i64 {
    match source {
        SearchSource::Case => 1,
        SearchSource::Child => 2,
        SearchSource::Adult => 3,
        SearchSource::Referral => 4,
        SearchSource::Record => 5,
        SearchSource::Addendum => 6,
        SearchSource::Incident => 7,
    }
}

/// Prints the time of one call, for the figures a person meets once (the first call, cold).
fn once<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let out = f();
    eprintln!("{what}: {:.2} ms", started.elapsed().as_secs_f64() * 1e3);
    out
}

fn scale(c: &mut Criterion) {
    let path = data_file();
    let passphrase = Key::passphrase(PASSPHRASE);
    let raw = {
        let store = Store::open_read_only(&path, &passphrase).unwrap_or_else(|e| panic!("{e}"));
        store
            .recovery_key(PASSPHRASE)
            .unwrap_or_else(|e| panic!("{e}"))
            .text()
    };
    let recovery = Key::recovery(&raw).unwrap_or_else(|e| panic!("{e}"));
    eprintln!(
        "Data file: {} ({:.0} MB)",
        path.display(),
        std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) as f64 / 1e6
    );

    let mut open = c.benchmark_group("open");
    open.sample_size(10);
    open.bench_function("passphrase (key derivation included)", |b| {
        b.iter(|| black_box(Store::open_read_only(&path, &passphrase).map(|_| ())))
    });
    open.bench_function("recovery key", |b| {
        b.iter(|| black_box(Store::open_read_only(&path, &recovery).map(|_| ())))
    });
    open.bench_function("bare: keyed connection, first read", |b| {
        b.iter(|| {
            let conn = bare(&path, &raw);
            black_box(rows(&conn, "SELECT count(*) FROM sqlite_master", []))
        })
    });
    open.finish();

    let store = Store::open_read_only(&path, &recovery).unwrap_or_else(|e| panic!("{e}"));
    let conn = bare(&path, &raw);
    let listed =
        once("register, first call", || store.list_cases("")).unwrap_or_else(|e| panic!("{e}"));
    let middle = listed.cases.get(listed.cases.len() / 2).map(|c| c.id);
    let case_id = middle.unwrap_or(1);
    let number = listed
        .cases
        .iter()
        .find(|c| c.id == case_id)
        .map(|c| c.court_case_number.clone())
        .unwrap_or_default();
    // A signed record in the middle of the file: its PDF carries the signed documents too.
    let session_id: i64 = conn
        .query_row(
            "SELECT session_id FROM records WHERE kind = 'observed' AND status = 'final'
             ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM records
                                         WHERE kind = 'observed' AND status = 'final')",
            [],
            |r| r.get(0),
        )
        .unwrap_or_else(|e| panic!("a session with a signed observed record: {e}"));
    let word = "puppy";

    let mut g = c.benchmark_group("read");
    g.sample_size(20).measurement_time(Duration::from_secs(4));
    g.bench_function("register: first 200 of every case", |b| {
        b.iter(|| black_box(store.list_cases("")))
    });
    g.bench_function("register: bare SQL", |b| {
        b.iter(|| black_box(bare_register(&conn, "%%")))
    });
    g.bench_function("register: a name typed in its filter", |b| {
        b.iter(|| black_box(store.list_cases("gwen")))
    });
    g.bench_function("register filter: bare SQL", |b| {
        b.iter(|| black_box(bare_register(&conn, "%gwen%")))
    });
    g.bench_function("search: a word of the records", |b| {
        b.iter(|| black_box(store.search(word)))
    });
    let found = store.search(word).unwrap_or_else(|e| panic!("{e}"));
    let ids = |v: Vec<i64>| format!("{v:?}").replace(' ', "");
    let shown_cases = ids(found.cases.iter().map(|c| c.case_id).collect());
    // The rowids of the entries shown: (source id) * 16 + the source's code (migration 0008).
    let shown_entries = ids(found
        .cases
        .iter()
        .flat_map(|c| c.hits.iter())
        .map(|h| h.source_id * 16 + source_code(h.source))
        .collect());
    eprintln!(
        "Search for {word:?}: {} cases shown, {} passages",
        found.cases.len(),
        found.cases.iter().map(|c| c.hits.len()).sum::<usize>()
    );
    let expr = search::match_expression(word).unwrap_or_default();
    // The same search on the connection that has served the benchmarks so far and on a new
    // one: they differ (see docs/performance.md), so both are printed.
    let fresh = Store::open_read_only(&path, &recovery).unwrap_or_else(|e| panic!("{e}"));
    for round in 1..=3 {
        once(&format!("search, app, call {round}"), || {
            store.search(word).map(|_| ())
        })
        .unwrap_or_else(|e| panic!("{e}"));
        once(
            &format!("search, app on a new connection, call {round}"),
            || fresh.search(word).map(|_| ()),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    drop(fresh);
    g.bench_function("search word: bare SQL", |b| {
        b.iter(|| black_box(bare_search(&conn, &expr, &shown_cases, &shown_entries)))
    });
    g.bench_function("search: a court case number", |b| {
        b.iter(|| black_box(store.search(&number)))
    });
    g.bench_function("case page (case, people, deadlines)", |b| {
        b.iter(|| {
            black_box(store.get_case(case_id).map(|_| ()))
                .and_then(|_| store.case_deadlines(case_id, today()).map(|_| ()))
        })
    });
    g.bench_function("case and people", |b| {
        b.iter(|| black_box(store.get_case(case_id)))
    });
    g.bench_function("case and people: bare SQL", |b| {
        b.iter(|| black_box(bare_case(&conn, case_id)))
    });
    g.bench_function("a record's data for its PDF", |b| {
        b.iter(|| black_box(store.observed_session_report(session_id).map(|_| ())))
    });
    g.bench_function("a record's data: bare SQL", |b| {
        b.iter(|| black_box(bare_record(&conn, session_id)))
    });
    g.finish();

    let created = Utc
        .with_ymd_and_hms(2026, 11, 23, 16, 0, 0)
        .single()
        .unwrap_or_else(Utc::now);
    let request = ReportRequest::ObservedSession { session_id };
    let file = export_report(&store, &request, Language::English, created)
        .unwrap_or_else(|e| panic!("{e}"));
    eprintln!("The session record's PDF: {} bytes", file.bytes.len());
    let mut pdf = c.benchmark_group("pdf");
    pdf.sample_size(20).measurement_time(Duration::from_secs(5));
    pdf.bench_function("a session's Record of Observed Contact", |b| {
        b.iter(|| black_box(export_report(&store, &request, Language::English, created)))
    });
    pdf.finish();

    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    work::reads(c, &store, &conn, &dir);
    drop(store);
    drop(conn);
    work::writes(c, &path, &raw, &recovery);
}

criterion_group!(benches, scale);
criterion_main!(benches);
