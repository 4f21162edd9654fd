#!/usr/bin/env bash
# Installs everything Contact Records needs on Debian/Ubuntu: system packages, the UI's npm
# packages, and (with --test) tauri-driver for the end-to-end tests. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-system-deps.sh

if ! command -v cargo >/dev/null 2>&1; then
  echo "Rust is not installed. Install it from https://rustup.rs and run this again." >&2
  exit 1
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "Node.js and npm are not installed. Install Node.js 20 or later and run this again." >&2
  exit 1
fi

# Install from the lock file only when node_modules is missing or older than it. `npm install
# --no-save` rather than `npm ci`: with lock files written without registry URLs (as here), npm ci
# refuses the other platforms' optional packages of the Tauri CLI.
if [ ! -f ui/node_modules/.package-lock.json ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  echo "npm: installing the UI's packages"
  (cd ui && npm install --no-save --no-audit --no-fund --loglevel=error)
fi

if [ "${1:-}" = "--test" ] && ! command -v tauri-driver >/dev/null 2>&1; then
  echo "cargo: installing tauri-driver"
  cargo install tauri-driver --locked --quiet
fi
