//! Fuzzing: three targets, each fed mutated inputs until a time or execution budget runs out.
//! Not part of the test command (`test = false` in Cargo.toml); run with `scripts/fuzz.sh`:
//!
//!   scripts/fuzz.sh [bundle|commands|layout|all] [SECONDS] [MAX_EXECUTIONS]
//!
//! A finding (a panic, a hang, a refusal that changed the data file, a message naming a Rust
//! type) is written to target/fuzz-findings/ and the run fails; each one found so far has become
//! a regression test (see tests/hostile_inputs.rs and the CLI's tests/hostile.rs). `FUZZ_SEED`
//! replays a run. A proptest-style mutation fuzzer in plain Rust: cargo-fuzz needs a nightly
//! toolchain and network access for its first build, and this one runs anywhere `cargo test` does.

mod mutate;
mod target_commands;
mod target_layout;
mod targets;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub use mutate::Rng;

/// What one execution found wrong, if anything.
pub type Outcome = Result<(), String>;

/// A target makes an input as text (kept for the finding file), then runs it. After a panic the
/// runner calls `reset`, since the panic may have left the target's state half-changed.
pub trait Target {
    fn name(&self) -> &'static str;
    fn make(&mut self, rng: &mut Rng) -> String;
    fn run(&mut self, input: &str) -> Outcome;
    fn reset(&mut self);
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let which = args.first().map_or("all", String::as_str).to_string();
    let seconds: u64 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(1800);
    let max_execs: u64 = args
        .get(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(7, |d| d.as_nanos() as u64 | 1)
        });
    let mut all: Vec<Box<dyn Target>> = vec![
        Box::new(targets::BundleImport::new()),
        Box::new(target_commands::Commands::new()),
        Box::new(target_layout::Layout::new()),
    ];
    all.retain(|t| which == "all" || t.name() == which);
    if all.is_empty() {
        eprintln!("unknown target {which}: use bundle, commands, layout or all");
        std::process::exit(2);
    }
    // Panics are findings, reported below; the default hook would print each one twice.
    std::panic::set_hook(Box::new(|_| {}));
    let mut failed = false;
    for mut target in all {
        failed |= fuzz(
            target.as_mut(),
            seed,
            Duration::from_secs(seconds),
            max_execs,
        );
    }
    if failed {
        std::process::exit(1);
    }
}

/// Runs one target; true if anything was found.
fn fuzz(target: &mut dyn Target, seed: u64, budget: Duration, max_execs: u64) -> bool {
    let name = target.name();
    println!(
        "fuzz {name}: FUZZ_SEED={seed}, up to {} s or {max_execs} executions",
        budget.as_secs()
    );
    let mut rng = Rng::new(seed);
    let started = Instant::now();
    // A watchdog: an execution that takes over 20 s is a hang, a finding of its own.
    let beat = Arc::new(AtomicU64::new(0));
    let watch = {
        let beat = Arc::clone(&beat);
        std::thread::spawn(move || {
            let mut last = (u64::MAX, Instant::now());
            loop {
                std::thread::sleep(Duration::from_secs(1));
                let now = beat.load(Ordering::Relaxed);
                if now == u64::MAX {
                    return;
                }
                if now != last.0 {
                    last = (now, Instant::now());
                } else if last.1.elapsed() > Duration::from_secs(20) {
                    eprintln!("fuzz {name}: execution {now} has run for over 20 s: a hang");
                    std::process::exit(1);
                }
            }
        })
    };
    let mut execs = 0u64;
    let mut findings = 0u64;
    while execs < max_execs && started.elapsed() < budget {
        beat.store(execs, Ordering::Relaxed);
        let input = target.make(&mut rng);
        let outcome = match catch_unwind(AssertUnwindSafe(|| target.run(&input))) {
            Ok(outcome) => outcome,
            Err(p) => {
                target.reset();
                let msg = p
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                Err(format!("panic: {msg}"))
            }
        };
        if let Err(what) = outcome {
            findings += 1;
            let path = save(name, findings, &input);
            eprintln!(
                "fuzz {name}: FINDING {findings} at execution {execs}: {what} (input in {})",
                path.display()
            );
        }
        execs += 1;
        if execs.is_multiple_of(1000) {
            println!(
                "fuzz {name}: {execs} executions, {findings} findings, {:.0} s",
                started.elapsed().as_secs_f64()
            );
        }
    }
    beat.store(u64::MAX, Ordering::Relaxed);
    let _ = watch.join();
    println!(
        "fuzz {name}: done: {execs} executions in {:.0} s, {findings} findings",
        started.elapsed().as_secs_f64()
    );
    findings > 0
}

fn save(name: &str, n: u64, input: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/fuzz-findings");
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(format!("{name}-{n}.txt"));
    let _ = std::fs::write(&path, input);
    path
}
