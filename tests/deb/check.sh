#!/usr/bin/env bash
# Checks a built .deb as a user would get it: unpacks it into a temporary root (dpkg-deb -x, no
# installing), checks its control data and contents, runs the command line through its link, and
# starts the unpacked app under Xvfb until its window shows the first screen.
# Usage: tests/deb/check.sh target/release/bundle/deb/contact-records_<version>_<arch>.deb
set -euo pipefail
cd "$(dirname "$0")/../.."
deb="$(realpath "${1:?path to the .deb}")"
export PATH="$HOME/.cargo/bin:$PATH"
fail() { echo "deb check: $*" >&2; exit 1; }

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = contact-records ] || fail "Package is '$(field Package)', not contact-records"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
depends=$(field Depends)
for lib in libwebkit2gtk-4.1-0 libgtk-3-0 libc6; do
  grep -q "$lib" <<<"$depends" || fail "Depends does not name $lib: $depends"
done
size=$(stat -c %s "$deb")
max_mib=${DEB_MAX_MIB:-12}
[ "$size" -le $((max_mib * 1024 * 1024)) ] || fail "the package is $size bytes, over $max_mib MiB"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
app="$root/usr/bin/contact-records-app"
[ -x "$app" ] || fail "no executable /usr/bin/contact-records-app"
[ -x "$root/usr/bin/contact-records" ] && [ ! -L "$root/usr/bin/contact-records" ] ||
  fail "/usr/bin/contact-records is not the command line's own executable"
desktop="$root/usr/share/applications/Contact Records.desktop"
[ -f "$desktop" ] || fail "no desktop entry"
grep -q '^Exec=contact-records-app' "$desktop" || fail "the desktop entry does not start the app"
grep -q '^Icon=contact-records-app' "$desktop" || fail "the desktop entry names no icon"
for s in 32x32 128x128 256x256@2; do
  [ -f "$root/usr/share/icons/hicolor/$s/apps/contact-records-app.png" ] || fail "no $s icon"
done

# The command line is its own binary (it loads no WebKitGTK).
[ "$("$root/usr/bin/contact-records" working-days add 2026-04-02 1)" = 2026-04-07 ] ||
  fail "the command line through the link did not answer"
"$root/usr/bin/contact-records" --version | grep -q "contact-records $version" || fail "--version"
if ldd "$root/usr/bin/contact-records" | grep -q webkit; then
  fail "the command line links WebKitGTK"
fi

mkdir -p tests/e2e/artifacts
CR_E2E_APP="$app" xvfb-run -a -s "-screen 0 1280x800x24" \
  node --test --test-reporter=spec tests/deb/first-screen.mjs
echo "deb check: $(basename "$deb") ($size bytes) is complete and starts"
