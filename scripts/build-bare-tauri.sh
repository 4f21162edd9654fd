#!/usr/bin/env bash
# Builds the bare Tauri 2 app of tools/bare-tauri (one window, one static page, no plugins) the
# way scripts/package.sh builds ours: the same npm Tauri CLI, the same tauri version (its
# Cargo.lock is a copy of ours), the same release profile and toolchain, offline. It is the
# yardstick for start-up, memory and the .deb size in docs/performance.md; not part of the test
# command. Its target dir is target/bare-tauri (outside the repo's sources, beside ours).
#
# Writes target/bare-tauri/release/bare-tauri (measure it with scripts/measure-startup.sh as the
# third argument), the bundler's .deb in target/bare-tauri/release/bundle/deb/, and beside it
# bare-tauri-xz.deb, the same package recompressed with xz as scripts/deb-finish.sh does ours.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
export PATH="$HOME/.cargo/bin:$PATH"
[ -x ui/node_modules/.bin/tauri ] || { echo "build-bare-tauri.sh: no Tauri CLI in ui/node_modules: run bash scripts/setup.sh first" >&2; exit 2; }

export CARGO_TARGET_DIR="$root/target/bare-tauri"
export CARGO_NET_OFFLINE=true
export TAURI_APP_PATH="$root/tools/bare-tauri"
export TAURI_FRONTEND_PATH="$root/tools/bare-tauri"
(cd tools/bare-tauri && "$root/ui/node_modules/.bin/tauri" build --bundles deb)

bundle="$CARGO_TARGET_DIR/release/bundle/deb"
built=$(ls "$bundle"/bare-tauri_*_"$(dpkg --print-architecture)".deb)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -R "$built" "$work/pkg"
dpkg-deb --root-owner-group -Zxz --build "$work/pkg" "$bundle/bare-tauri-xz.deb" >/dev/null
echo "build-bare-tauri.sh: $CARGO_TARGET_DIR/release/bare-tauri ($(stat -c %s "$CARGO_TARGET_DIR/release/bare-tauri") bytes)"
echo "build-bare-tauri.sh: $built ($(stat -c %s "$built") bytes), xz: $(stat -c %s "$bundle/bare-tauri-xz.deb") bytes"
