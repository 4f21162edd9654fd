#!/usr/bin/env bash
# Sets up this machine if needed and runs every test: formatting, lints, Rust tests (core, CLI,
# commands, bindings drift), the UI's type check, lint and unit tests, and the end-to-end tests
# of the real app under Xvfb over WebDriver.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never

step() { printf '\n==> %s\n' "$*"; }

step "setup"
bash scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PATH"

step "cargo fmt --check"
cargo fmt --all --check

step "UI build"
(cd ui && npm run --silent build)

step "cargo clippy"
cargo clippy --workspace --all-targets --features custom-protocol -- -D warnings

step "cargo test"
cargo test --workspace --features custom-protocol

step "UI type check"
(cd ui && npm run --silent check)

step "UI lint"
(cd ui && npm run --silent lint)

step "UI unit tests"
(cd ui && npm run --silent test)

step "end-to-end tests"
cargo build --workspace --features custom-protocol --bins
bash tests/e2e/run.sh target/debug/contact-records-app

step "installer: build the .deb, unpack it, check it and start the unpacked app"
bash scripts/package.sh
bash tests/deb/check.sh target/release/bundle/deb/contact-records_*_"$(dpkg --print-architecture)".deb
