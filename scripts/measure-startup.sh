#!/usr/bin/env bash
# Startup and memory of the app, as docs/performance.md reports them: under a virtual X display,
# the time from starting the binary to its first screen (read off the screen, no test driver in
# the way) and the PSS of the app with its WebKit processes once idle, the median of a few runs.
# Each run starts on a new data file (the passphrase set-up screen) with an empty webview profile.
# Then, "with the sample loaded": each run starts on a copy of a data file holding the sample case
# (made here with the app's own command line), types the passphrase into the unlock screen with
# xdotool, and measures the time from Return to the settled register and the PSS again.
# Not part of the test command.
#
# Usage: scripts/measure-startup.sh [APP_BINARY] [RUNS] [BARE_TAURI_BINARY]
#   APP_BINARY defaults to target/release/contact-records-app (build it first with
#   `cargo build --release --workspace --features custom-protocol --bins`); a bare Tauri 2 app
#   built the same way, if given, is measured the same way for the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
app="${1:-target/release/contact-records-app}"
runs="${2:-5}"
bare="${3:-}"
[ -x "$app" ] || { echo "measure-startup: no app binary at $app: build it first" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "measure-startup: xvfb-run is missing (bash scripts/setup.sh)" >&2; exit 2; }
measure() {
  xvfb-run -a -s "-screen 0 1280x800x24" python3 scripts/measure_startup.py --runs "$runs" "$@"
}
measure --new-data-file "Contact Records" "$(realpath "$app")"

command -v xdotool >/dev/null || { echo "measure-startup: xdotool is missing: no measure with the sample" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passphrase="invented sample passphrase for measuring"
CONTACT_RECORDS_DB="$work/sample.db" CONTACT_RECORDS_PASSPHRASE="$passphrase" "$app" init >/dev/null
CONTACT_RECORDS_DB="$work/sample.db" CONTACT_RECORDS_PASSPHRASE="$passphrase" \
  "$app" import --trust-new-signers tests/fixtures/sample-case.json >/dev/null
measure --data-file "$work/sample.db" --unlock "$passphrase" "Contact Records, sample" "$(realpath "$app")"
if [ -n "$bare" ]; then
  measure "bare Tauri 2" "$(realpath "$bare")"
fi
