#!/usr/bin/env bash
# Finishes the bundler's .deb (scripts/package.sh calls it): adds the command line's own binary
# as /usr/bin/contact-records, declares the libraries the binaries link against
# (dpkg-shlibdeps), and repacks it with xz.
# The command line is its own binary, not a link to the app: the app's binary loads WebKitGTK's
# whole tree of libraries before `main`, about 70 ms of CPU at every command
# (docs/performance.md). Packed with xz's largest preset (a 64 MiB window), the second binary
# adds little, as most of it repeats the app's code.
# Usage: scripts/deb-finish.sh BUILT.deb OUT.deb CLI-BINARY
set -euo pipefail
built="$(realpath "${1:?the .deb the bundler wrote}")"
out="$(realpath -m "${2:?where to write the finished .deb}")"
cli="$(realpath "${3:?the command line binary (target/release/contact-records)}")"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -R "$built" "$work/pkg"
install -m 0755 "$cli" "$work/pkg/usr/bin/contact-records"

# The libraries the binary links against, as Debian package names with minimum versions.
mkdir -p "$work/shlib/debian"
printf 'Source: contact-records\n\nPackage: contact-records\nArchitecture: any\n' >"$work/shlib/debian/control"
app="$(realpath "$work/pkg/usr/bin/contact-records-app")"
depends=$(cd "$work/shlib" && dpkg-shlibdeps -O "$app" "$work/pkg/usr/bin/contact-records" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "deb-finish.sh: dpkg-shlibdeps found no library dependencies" >&2; exit 1; }
sed -i "s/^Depends:.*/Depends: ${depends}/" "$work/pkg/DEBIAN/control"
grep -q '^Depends:' "$work/pkg/DEBIAN/control" || echo "Depends: ${depends}" >>"$work/pkg/DEBIAN/control"
installed_kb=$(du -sk --exclude=DEBIAN "$work/pkg" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: ${installed_kb}/" "$work/pkg/DEBIAN/control"

rm -f "$out"
dpkg-deb --root-owner-group -Zxz -z9 -Sextreme --build "$work/pkg" "$out" >/dev/null
