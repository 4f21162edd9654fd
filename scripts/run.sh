#!/usr/bin/env bash
# Sets up this machine if needed, builds the UI and the app, and starts Contact Records.
# CONTACT_RECORDS_DB=/path/to/file.db chooses the data file (default: the app-data folder).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
(cd ui && npm run --silent build)
cargo build --release --features custom-protocol --bin contact-records-app
exec target/release/contact-records-app
