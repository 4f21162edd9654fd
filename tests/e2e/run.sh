#!/usr/bin/env bash
# Runs the end-to-end tests against a built app binary, under a virtual X display.
# Usage: tests/e2e/run.sh target/debug/contact-records-app
set -euo pipefail
cd "$(dirname "$0")/../.."
APP="$(realpath "${1:?path to the app binary}")"
export CR_E2E_APP="$APP"
export PATH="$HOME/.cargo/bin:$PATH"
mkdir -p tests/e2e/artifacts
# The webview keeps its storage (the chosen language, table choices) under the XDG folders: each
# run gets its own empty ones, so no run starts in the state another left behind.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
export XDG_DATA_HOME="$profile/data" XDG_CONFIG_HOME="$profile/config" XDG_CACHE_HOME="$profile/cache"
xvfb-run -a -s "-screen 0 1280x800x24" \
  node --test --test-concurrency=1 --test-reporter=spec tests/e2e/
