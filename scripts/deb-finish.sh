#!/usr/bin/env bash
# Finishes the bundler's .deb (scripts/package.sh calls it): adds the link
# /usr/bin/contact-records -> contact-records-app (the bundler cannot put a link in a package),
# declares the libraries the binary links against (dpkg-shlibdeps), and repacks it with xz.
# Usage: scripts/deb-finish.sh BUILT.deb OUT.deb
set -euo pipefail
built="$(realpath "${1:?the .deb the bundler wrote}")"
out="$(realpath -m "${2:?where to write the finished .deb}")"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -R "$built" "$work/pkg"
ln -s contact-records-app "$work/pkg/usr/bin/contact-records"

# The libraries the binary links against, as Debian package names with minimum versions.
mkdir -p "$work/shlib/debian"
printf 'Source: contact-records\n\nPackage: contact-records\nArchitecture: any\n' >"$work/shlib/debian/control"
app="$(realpath "$work/pkg/usr/bin/contact-records-app")"
depends=$(cd "$work/shlib" && dpkg-shlibdeps -O "$app" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "deb-finish.sh: dpkg-shlibdeps found no library dependencies" >&2; exit 1; }
sed -i "s/^Depends:.*/Depends: ${depends}/" "$work/pkg/DEBIAN/control"
grep -q '^Depends:' "$work/pkg/DEBIAN/control" || echo "Depends: ${depends}" >>"$work/pkg/DEBIAN/control"
installed_kb=$(du -sk --exclude=DEBIAN "$work/pkg" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: ${installed_kb}/" "$work/pkg/DEBIAN/control"

rm -f "$out"
dpkg-deb --root-owner-group -Zxz --build "$work/pkg" "$out" >/dev/null
