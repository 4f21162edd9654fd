#!/usr/bin/env bash
# The time a command takes as the user meets it: the whole process, from its start to its
# answer, repeated with `perf stat -r`, for a few commands on a data file opened with its
# recovery key (so the passphrase's key derivation, a fixed ~107 ms, is not counted).
# Usage: CONTACT_RECORDS_RECOVERY_KEY=x'…' scripts/measure-cli.sh BINARY DATA.db CASE-NUMBER [RUNS]
#   BINARY is target/release/contact-records (the command line's own binary) or a link named
#   contact-records to target/release/contact-records-app (the app's binary as command line).
#   CASE-NUMBER is a case with a referral of 6 sessions (its final record is exported).
set -euo pipefail
bin="${1:?the binary}"
db="${2:?the data file}"
case_no="${3:?a court case number}"
runs="${4:-10}"
: "${CONTACT_RECORDS_RECOVERY_KEY:?set CONTACT_RECORDS_RECOVERY_KEY to the recovery key of the file}"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

measure() {
  local what="$1"
  shift
  if ! perf stat -r "$runs" -e task-clock "$@" >/dev/null 2>"$out/stat"; then
    echo "measure-cli.sh: '$what' failed" >&2
    cat "$out/stat" >&2
    exit 1
  fi
  local cpu wall
  cpu=$(awk '/task-clock/ {print $1}' "$out/stat")
  wall=$(awk '/time elapsed/ {print $1 * 1000}' "$out/stat")
  printf '%-26s CPU %7s ms   wall %7.1f ms (means of %s runs)\n' "$what" "$cpu" "$wall" "$runs"
}

measure "--version" "$bin" --version
measure "cases --json" "$bin" --db "$db" --recovery-key cases --json
measure "search puppy" "$bin" --db "$db" --recovery-key search puppy
measure "deadlines --json" "$bin" --db "$db" --recovery-key deadlines --json
measure "final record, 6 sessions" "$bin" --db "$db" --recovery-key report observed --final \
  --case "$case_no" --referral 1 --out "$out/final.pdf"
