#!/usr/bin/env bash
# Builds the simmap Debian package from the release files `make release` stages.
#
#   scripts/build-deb.sh STAGE OUT
#
# STAGE holds simmap (release, Swift standard library linked in), simmap.1 and the completions
# simmap.bash, _simmap (zsh) and simmap.fish. Writes OUT/simmap_VERSION_ARCH.deb. Depends are what
# dpkg-shlibdeps finds the binary links to (Graphviz's libgvc6 and libcgraph6, the C and C++
# libraries), plus fonts-dejavu-core for the labels; nothing from Swift.
set -euo pipefail

stage="$1"
out="$2"
fail() { echo "build-deb: $*" >&2; exit 1; }
for f in simmap simmap.1 simmap.bash _simmap simmap.fish; do
  [ -f "$stage/$f" ] || fail "$stage/$f is missing; run 'make release' first"
done
command -v dpkg-shlibdeps >/dev/null || fail "needs dpkg-dev: apt-get install dpkg-dev"

version=$("$stage/simmap" --version)
arch=$(dpkg --print-architecture)
deb="$out/simmap_${version}_${arch}.deb"
# Nothing to do when the package is newer than everything it is made from.
if [ -f "$deb" ] && [ -z "$(find "$stage" "$0" -newer "$deb" -print -quit)" ]; then
  echo "$deb is up to date"
  exit 0
fi
# File dates in the package are those of the last commit, so rebuilding the same commit gives the same listing.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/root"

# The files, with the permissions and places Debian expects.
install -D -m 0755 "$stage/simmap" "$root/usr/bin/simmap"
install -d -m 0755 "$root/usr/share/man/man1"
gzip -9n <"$stage/simmap.1" >"$root/usr/share/man/man1/simmap.1.gz"
install -D -m 0644 "$stage/simmap.bash" "$root/usr/share/bash-completion/completions/simmap"
install -D -m 0644 "$stage/_simmap" "$root/usr/share/zsh/vendor-completions/_simmap"
install -D -m 0644 "$stage/simmap.fish" "$root/usr/share/fish/vendor_completions.d/simmap.fish"
install -d -m 0755 "$root/usr/share/doc/simmap"
cat >"$root/usr/share/doc/simmap/copyright" <<'END_OF_COPYRIGHT'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: simmap
Comment: /usr/bin/simmap is one Swift program with the Swift runtime linked in:
 besides simmap's own code it contains the Swift standard library and Foundation,
 swift-argument-parser, and Yams with libyaml. Graphviz, the C and C++ libraries
 and the fonts come from their own Debian packages.

Files: *
Copyright: the simmap maintainers
License: not stated; the simmap source tree has no license file yet

Files: Swift standard library, Foundation, swift-argument-parser
Copyright: Apple Inc. and the Swift project authors
License: Apache-2.0 WITH Swift-exception
 Licensed under the Apache License, Version 2.0, with the Runtime Library
 Exception (https://swift.org/LICENSE.txt). On Debian systems the full text of
 the Apache License 2.0 is in /usr/share/common-licenses/Apache-2.0.

Files: ICU code and data in Foundation
Copyright: Unicode, Inc. and others
License: Unicode-3.0
 https://www.unicode.org/license.txt

Files: Yams
Copyright: 2016 JP Simard
License: MIT

Files: libyaml, in Yams
Copyright: 2017-2020 Ingy döt Net; 2006-2016 Kirill Simonov
License: MIT

License: MIT
 Permission is hereby granted, free of charge, to any person obtaining a copy of
 this software and associated documentation files (the "Software"), to deal in
 the Software without restriction, including without limitation the rights to
 use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
 the Software, and to permit persons to whom the Software is furnished to do so,
 subject to the following conditions:
 .
 The above copyright notice and this permission notice shall be included in all
 copies or substantial portions of the Software.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
 FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
 COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
 IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
 CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
END_OF_COPYRIGHT
chmod 0644 "$root/usr/share/doc/simmap/copyright"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
gzip -9n >"$root/usr/share/doc/simmap/changelog.gz" <<CHANGELOG
simmap ($version) unstable; urgency=medium

  * simmap $version, built from commit $commit.

 -- simmap maintainers <maintainers@users.noreply.r-seed-a2006388.example>  $(date -R -u -d "@$SOURCE_DATE_EPOCH")
CHANGELOG
# Yams compiles libyaml in (Debian would link libyaml-0-2); the copyright file says so.
install -d -m 0755 "$root/usr/share/lintian/overrides"
echo "simmap: embedded-library libyaml [usr/bin/simmap]" >"$root/usr/share/lintian/overrides/simmap"
chmod 0644 "$root/usr/share/doc/simmap/changelog.gz" "$root/usr/share/lintian/overrides/simmap"
chmod 0644 "$root/usr/share/man/man1/simmap.1.gz"

# Depends: the shared libraries the binary needs, as Debian packages.
mkdir -p "$work/src/debian"
touch "$work/src/debian/control"
shlibs=$(cd "$work/src" && dpkg-shlibdeps -O "$root/usr/bin/simmap" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$shlibs" ] || fail "dpkg-shlibdeps found no dependencies"
case "$shlibs" in
  *swift* | *Swift*) fail "the binary needs a Swift library ($shlibs); build it with --static-swift-stdlib" ;;
esac
# libgvc6 brings Graphviz's plugins (layout, SVG, PNG and PDF through cairo); the fonts draw the labels.
depends="$shlibs"
for extra in libgvc6 fonts-dejavu-core; do
  case ", $depends," in *", $extra,"* | *", $extra ("*) ;; *) depends="$depends, $extra" ;; esac
done

installed_size=$(du -sk --apparent-size "$root" | cut -f1)
mkdir -p "$root/DEBIAN"
cat >"$root/DEBIAN/control" <<EOF
Package: simmap
Version: $version
Architecture: $arch
Maintainer: simmap maintainers <maintainers@users.noreply.r-seed-a2006388.example>
Installed-Size: $installed_size
Depends: $depends
Section: utils
Priority: optional
Description: map a Sequential Intercept Model workshop: check, draw, analyse, report
 simmap turns a Sequential Intercept Model (SIM) mapping workshop into a plain
 text map file, and helps the facilitator work with it:
  - checks the map and points at every mistake by line and column;
  - draws the cross-system map (SVG, PNG or PDF) for the wall, the report or
    the projector, with an information-sharing view and one intercept at a time;
  - analyses it against a catalog of evidence-based practices, and finds where
    a justice agency and a health agency serve the same people but share no
    information;
  - writes the workshop report (HTML, Markdown, CSV) and the information-sharing
    project charter;
  - compares a map with sample maps of jurisdictions that held SIM workshops,
    and shows progress between two mappings.
 .
 Start with "simmap init --name 'Your County' map.yaml", then "simmap render
 map.yaml" and "simmap report map.yaml"; "man simmap" lists every command.
EOF

mkdir -p "$out"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "Wrote $deb ($(du -h "$deb" | cut -f1); installed $(du -sh --apparent-size "$root/usr" | cut -f1))"
echo "Depends: $depends"
