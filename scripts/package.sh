#!/usr/bin/env bash
# Builds the Linux installer: target/release/bundle/deb/contact-records_<version>_amd64.deb.
# The Tauri bundler makes the package (app, menu entry, icons); this script then adds the command
# line's own binary as /usr/bin/contact-records (see deb-finish.sh for why it is not a link to
# the app), declares the libraries the binaries really link against (dpkg-shlibdeps), and
# repacks it with xz under a name without spaces.
# An AppImage is not built: the bundler downloads its tools, which fails without a network.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

bash scripts/setup.sh
# The Tauri CLI runs `beforeBuildCommand` (the UI build) itself, from ui/.
npx --prefix ui tauri build --bundles deb
cargo build --release --workspace --features custom-protocol --bin contact-records

bundle=target/release/bundle/deb
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
arch=$(dpkg --print-architecture)
built="$bundle/Contact Records_${version}_${arch}.deb"
out="$bundle/contact-records_${version}_${arch}.deb"
[ -f "$built" ] || { echo "package.sh: the bundler did not write $built" >&2; exit 1; }

bash scripts/deb-finish.sh "$built" "$out" target/release/contact-records
rm -f "$built"
echo "package.sh: $out ($(stat -c %s "$out") bytes)"
