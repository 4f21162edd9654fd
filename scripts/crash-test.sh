#!/usr/bin/env bash
# Crash safety, the long run: a writer is killed with SIGKILL at random moments KILLS times (200
# by default); after each kill the data file must pass the integrity check and verification and
# hold every write the writer acknowledged, and no case may be half imported. The test command
# runs the same harness with 10 kills. CRASH_SEED=N replays a run's random moments.
#   scripts/crash-test.sh [KILLS]
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never
CRASH_KILLS="${1:-200}" cargo test --workspace --features custom-protocol --test crash -- --nocapture
