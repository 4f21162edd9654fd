#!/usr/bin/env bash
# Fuzzing, not part of the test command: feeds mutated inputs to the bundle import, the commands'
# inputs and the PDF text layout, for SECONDS each (1800) or MAX executions (1,000,000),
# whichever comes first. Findings are written to target/fuzz-findings/ and fail the run.
# FUZZ_SEED=N replays a run.
#   scripts/fuzz.sh [bundle|commands|layout|all] [SECONDS] [MAX]
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never
cargo test --workspace --features custom-protocol --test fuzz -- "${1:-all}" "${2:-1800}" "${3:-1000000}"
