//! Crash safety: a writer process is killed with SIGKILL at random moments, and after each kill
//! the data file must pass SQLite's integrity check and the app's own verification (audit chain,
//! signed records), hold every write the writer acknowledged, and hold no half-imported case.
//!
//! Its own command: `scripts/crash-test.sh [KILLS]` (200 by default). The test command runs 10
//! kills as an ordinary test. This file has its own `main` (harness = false): run with
//! `--writer DB RUN` it is the writer; otherwise it is the harness, which starts itself as the
//! writer. The seed of the random moments is printed, and `CRASH_SEED` replays a run.

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use contact_records_core::bundle::{import_bundle, ImportOptions};
use contact_records_core::model::{CafcassSystem, CaseInput, CaseStatus, ChildInput, Language};
use contact_records_core::store::Key;
use contact_records_core::Store;

const SAMPLE: &str = include_str!("../../../tests/fixtures/sample-case.json");

/// The passphrase of the crash test's data files.
fn key() -> Key {
    Key::passphrase("crash test passphrase")
}

/// The sample is signed with the invented sample key, which a new data file has not seen.
fn trusting() -> ImportOptions {
    ImportOptions {
        as_new: false,
        trust_new_signers: true,
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--writer") {
        let db = PathBuf::from(&args[i + 1]);
        let run: u32 = args[i + 2].parse().unwrap_or(0);
        writer(&db, run);
        return;
    }
    // `cargo test` lists tests with --list; there is one.
    if args.iter().any(|a| a == "--list") {
        println!("crash_safety: test");
        return;
    }
    let kills: u32 = std::env::var("CRASH_KILLS")
        .ok()
        .and_then(|k| k.parse().ok())
        .unwrap_or(10);
    harness(kills);
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default()
}

/// The sample case under `number`, as a bundle.
fn bundle_with_number(number: &str) -> String {
    let mut v: serde_json::Value = serde_json::from_str(SAMPLE).expect("the sample bundle");
    // Renumbered, so it says which number its records were signed under.
    v["cases"][0]["signed_as_number"] = v["cases"][0]["court_case_number"].clone();
    v["cases"][0]["court_case_number"] = number.into();
    v.to_string()
}

/// Writes for ever, printing "ACK kind number" after each write is committed: a case on its own,
/// then a child added to it (two transactions), then a whole imported case (one transaction).
fn writer(db: &Path, run: u32) {
    let mut store = match Store::open(db, &key()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("writer could not open the data file: {}", e.message);
            std::process::exit(3);
        }
    };
    let out = std::io::stdout();
    // Opening costs the key derivation (a second or more in a debug build): the harness waits for
    // this line, so its random moments fall among the writes rather than all in the opening.
    {
        let mut o = out.lock();
        let _ = writeln!(o, "READY");
        let _ = o.flush();
    }
    let ack = |what: &str, number: &str| {
        let mut o = out.lock();
        let _ = writeln!(o, "ACK {what} {number}");
        let _ = o.flush();
    };
    for k in 0u32.. {
        let number = format!("C{run:04}-{k:05}");
        let case = CaseInput {
            court: "Family Court at Cardiff".into(),
            court_case_number: number.clone(),
            cafcass_number: String::new(),
            cafcass_system: CafcassSystem::Iris,
            adviser_name: "Ffion Hughes".into(),
            case_name: "Re: Crash (a child)".into(),
            status: CaseStatus::Open,
            notes: String::new(),
        };
        let Ok(created) = store.create_case(&case) else {
            std::process::exit(4);
        };
        ack("case", &number);
        let child = ChildInput {
            full_name: "Gwen Crash".into(),
            date_of_birth: "01/02/2019".into(),
            language: Language::Welsh,
            needs: String::new(),
        };
        if store.add_child(created.case.id, &child, today()).is_err() {
            std::process::exit(4);
        }
        ack("child", &number);
        let imported = format!("I{run:04}-{k:05}");
        let json = bundle_with_number(&imported);
        if let Err(e) = import_bundle(&mut store, &json, trusting(), today()) {
            eprintln!("writer: import refused: {} {:?}", e.message, e.fields);
            std::process::exit(4);
        }
        ack("import", &imported);
    }
}

/// A small xorshift generator: no dependency, and a printed seed replays a run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// What a complete imported sample case holds, read from the data file after a first import.
#[derive(Debug, PartialEq, Clone, Copy)]
struct Counts {
    children: usize,
    adults: usize,
    referrals: usize,
    sessions: usize,
}

fn counts(store: &Store, number: &str) -> Option<Counts> {
    let id = store.find_case_by_number(number).ok()??;
    let case = store.get_case(id).ok()?;
    let referrals = store.list_referrals(id).ok()?;
    let mut sessions = 0;
    for r in &referrals {
        sessions += store.get_referral(r.id, today()).ok()?.sessions.len();
    }
    Some(Counts {
        children: case.children.len(),
        adults: case.adults.len(),
        referrals: referrals.len(),
        sessions,
    })
}

fn harness(kills: u32) {
    let seed = std::env::var("CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64 | 1)
        });
    println!("crash test: {kills} kills, CRASH_SEED={seed}");
    let mut rng = Rng(seed);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let db = dir.path().join("cases.db");
    // Made before the first writer starts, so a kill never lands in the file's creation.
    drop(Store::create(&db, &key()).expect("the data file"));

    // The reference: what one complete import of the sample holds.
    let expected = {
        let mut store =
            Store::create(&dir.path().join("reference.db"), &key()).expect("reference store");
        import_bundle(
            &mut store,
            &bundle_with_number("REF-1"),
            trusting(),
            today(),
        )
        .expect("the sample imports");
        counts(&store, "REF-1").expect("the reference case")
    };

    let me = std::env::current_exe().expect("the harness binary");
    let mut acked: Vec<(String, String)> = Vec::new();
    let started = Instant::now();
    let mut writes = 0usize;
    let mut mid_write = 0u32;
    for run in 0..kills {
        let mut child = Command::new(&me)
            .arg("--writer")
            .arg(&db)
            .arg(run.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start the writer");
        let stdout = child.stdout.take().expect("writer stdout");
        let lines = Arc::new(Mutex::new(Vec::new()));
        let reader = {
            let lines = Arc::clone(&lines);
            std::thread::spawn(move || {
                for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                    lines.lock().unwrap_or_else(|p| p.into_inner()).push(line);
                }
            })
        };
        // Mostly mid-write, counted from when the writer has the file open; now and then while
        // it is still opening the file.
        let while_opening = rng.below(10) == 0;
        if while_opening {
            std::thread::sleep(Duration::from_millis(rng.below(30)));
        } else {
            let ready = Instant::now();
            while ready.elapsed() < Duration::from_secs(120)
                && !lines
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .iter()
                    .any(|l| l == "READY")
            {
                std::thread::sleep(Duration::from_millis(5));
            }
            std::thread::sleep(Duration::from_millis(rng.below(1500)));
        }
        child.kill().expect("SIGKILL the writer");
        let status = child.wait().expect("the writer ends");
        let _ = reader.join();
        let mut stderr = String::new();
        if let Some(mut e) = child.stderr.take() {
            let _ = std::io::Read::read_to_string(&mut e, &mut stderr);
        }
        assert!(
            status.code().is_none() || status.code() == Some(0),
            "run {run}: the writer failed by itself ({status}): {stderr}"
        );
        let seen = lines.lock().unwrap_or_else(|p| p.into_inner()).clone();
        if seen.iter().any(|l| l == "READY") {
            mid_write += 1;
        }
        for line in &seen {
            let mut parts = line.split_whitespace();
            if let (Some("ACK"), Some(kind), Some(number)) =
                (parts.next(), parts.next(), parts.next())
            {
                acked.push((kind.to_string(), number.to_string()));
                writes += 1;
            }
        }
        check(&db, &acked, expected, run);
    }
    println!(
        "crash test: {kills} kills ({mid_write} after the file was open, the rest while opening), \
         {writes} acknowledged writes, all present; integrity and verification passed after \
         every kill ({:.1} s)",
        started.elapsed().as_secs_f64()
    );
    assert!(
        kills < 10 || writes > 0,
        "no write was acknowledged in {kills} runs: the kills never reached the writes"
    );
}

/// After a kill: integrity, verification, every acknowledged write, and no half-imported case.
fn check(db: &Path, acked: &[(String, String)], expected: Counts, run: u32) {
    let store =
        Store::open(db, &key()).unwrap_or_else(|e| panic!("run {run}: reopen: {}", e.message));
    let integrity = store.integrity_check().expect("integrity check runs");
    assert!(integrity.is_ok(), "run {run}: integrity: {integrity:?}");
    let verify = store.verify().expect("verify runs");
    assert!(verify.is_intact(), "run {run}: verify: {verify:?}");
    let mut children_acked = HashSet::new();
    for (kind, number) in acked {
        match kind.as_str() {
            "case" => assert!(
                store.find_case_by_number(number).ok().flatten().is_some(),
                "run {run}: acknowledged case {number} is missing"
            ),
            "child" => {
                children_acked.insert(number.clone());
                let c = counts(&store, number);
                assert!(
                    c.is_some_and(|c| c.children == 1),
                    "run {run}: acknowledged child of {number} is missing"
                );
            }
            "import" => assert_eq!(
                counts(&store, number),
                Some(expected),
                "run {run}: acknowledged import {number} is missing or incomplete"
            ),
            _ => {}
        }
    }
    // Acknowledged or not, an imported case is there whole or not at all.
    let all = store.list_cases("I").expect("list the cases");
    for c in all
        .cases
        .iter()
        .filter(|c| c.court_case_number.starts_with('I'))
    {
        assert_eq!(
            counts(&store, &c.court_case_number),
            Some(expected),
            "run {run}: {} was left half-imported",
            c.court_case_number
        );
    }
}
