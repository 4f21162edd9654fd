#!/usr/bin/env bash
# Runs the end-to-end tests against a built app binary, under a virtual X display.
# Usage: tests/e2e/run.sh target/debug/contact-records-app
set -euo pipefail
cd "$(dirname "$0")/../.."
APP="$(realpath "${1:?path to the app binary}")"
export CR_E2E_APP="$APP"
export PATH="$HOME/.cargo/bin:$PATH"
mkdir -p tests/e2e/artifacts
exec xvfb-run -a -s "-screen 0 1280x800x24" \
  node --test --test-concurrency=1 --test-reporter=spec tests/e2e/
