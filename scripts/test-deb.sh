#!/usr/bin/env bash
# Installs the simmap Debian package into a fresh Debian bookworm root that has no Swift, with apt
# (so its Depends are resolved from Debian), and runs simmap there as a facilitator would.
#
#   scripts/test-deb.sh [PACKAGE.deb]     (default: the newest out/simmap_*_amd64.deb)
#
# Needs root (chroot, mount) and debootstrap (apt-get install debootstrap). The bare bookworm root
# and the .deb files apt downloads are cached in .build-deb/, so only the first run downloads a
# system; every run installs into a fresh overlay of it, removed afterwards (KEEP_ROOT=1 keeps it;
# then unmount it with umount .build-deb/run.*/root).
# DEBIAN_MIRROR chooses the mirror (default http://deb.debian.org/debian).
set -euo pipefail

cache=.build-deb
base="$cache/bookworm-base"
archives="$cache/apt-archives"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
# shellcheck disable=SC2012 # the names are make deb's own: simmap_VERSION_amd64.deb
deb="${1:-$(ls -t out/simmap_*_amd64.deb 2>/dev/null | head -n 1)}"
start=$SECONDS

step() { printf '\n== %s (%ds)\n' "$*" $((SECONDS - start)); }
fail() { echo "test-deb: $*" >&2; exit 1; }

[ -f "$deb" ] || fail "no package to test; run 'make deb' first"
[ "$(id -u)" = 0 ] || fail "needs root (it uses chroot and mount); run it with sudo"
command -v debootstrap >/dev/null || fail "needs debootstrap: apt-get install debootstrap"
mkdir -p "$cache" "$archives"

# 0. Debian's own package checks, where lintian is installed (apt-get install lintian).
if command -v lintian >/dev/null; then
  step "lintian"
  status=0
  findings=$(lintian --fail-on error,warning "$deb" 2>&1) || status=$?
  grep -v 'running with root privileges' <<<"$findings" || true
  [ "$status" = 0 ] || fail "lintian found problems in $deb"
fi

# 1. The bare system, made once: Debian bookworm, minimal variant, with its package lists.
if [ ! -f "$base/.complete" ]; then
  step "Making a bare Debian bookworm root in $base (once; later runs reuse it)"
  rm -rf "$base"
  debootstrap --variant=minbase bookworm "$base" "$mirror"
  cp /etc/resolv.conf "$base/etc/resolv.conf"
  echo "deb $mirror bookworm main" >"$base/etc/apt/sources.list"
  chroot "$base" apt-get update -qq
  chroot "$base" apt-get clean
  touch "$base/.complete"
fi

# 2. A fresh root for this run: the bare one under an overlay (or a copy where overlays are not
#    available), so that the cached system is never changed.
step "Making a fresh root from the bare one"
run=$(mktemp -d "$PWD/$cache/run.XXXXXX")
root="$run/root"
mkdir -p "$root" "$run/upper" "$run/work"
cleanup() {
  mountpoint -q "$root/proc" && umount "$root/proc"
  mountpoint -q "$root" && umount "$root"
  if grep -q " $run/" /proc/mounts; then
    echo "test-deb: something is still mounted under $run; not removing it" >&2
  elif [ "${KEEP_ROOT:-0}" = 1 ]; then
    echo "Kept the test root: $root"
  else
    rm -rf --one-file-system "$run"
  fi
}
trap cleanup EXIT
if ! mount -t overlay overlay -o "lowerdir=$PWD/$base,upperdir=$run/upper,workdir=$run/work" "$root" 2>/dev/null; then
  cp -a "$base/." "$root/"
fi
mount -t proc proc "$root/proc"
cp /etc/resolv.conf "$root/etc/resolv.conf"

# 3. Install the package with apt, so that its Depends come from Debian.
step "Installing $(basename "$deb") with apt"
cp "$deb" "$root/tmp/simmap.deb"
cp -a "$archives/." "$root/var/cache/apt/archives/" 2>/dev/null || true
in_root() {
  chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}
if ! in_root apt-get install -y -q --no-install-recommends /tmp/simmap.deb; then
  # The cached package lists may be out of date: refresh them once and try again.
  in_root apt-get update -qq
  in_root apt-get install -y -q --no-install-recommends /tmp/simmap.deb
fi
cp -a "$root/var/cache/apt/archives/"*.deb "$archives/" 2>/dev/null || true

# 4. Run simmap there: no Swift, only what the package and its Depends brought.
step "Running simmap in the root"
mkdir -p "$root/tmp/work"
cp Examples/tutorial.yaml Examples/minimal.yaml "$root/tmp/work/"
cat >"$root/tmp/check.sh" <<'EOF'
set -eu
cd /tmp/work
check() { printf '  %-58s' "$1"; shift; if "$@" >/tmp/last.log 2>&1; then echo ok; else echo FAILED; cat /tmp/last.log; exit 1; fi; }
magic() { head -c "$2" "$1" | grep -q "$3"; }
no_swift() {
  ! command -v swift && ! command -v swiftc &&
    [ -z "$(find / -xdev \( -name 'libswift*' -o -name 'libFoundation*.so' \) -print -quit)" ]
}
check "no Swift toolchain or runtime in the root" no_swift
check "simmap is on the PATH: $(command -v simmap)" command -v simmap
check "simmap --version" sh -c 'simmap --version | grep -Eq "^[0-9]+\.[0-9]+\.[0-9]+"'
check "simmap validate tutorial.yaml minimal.yaml" simmap validate tutorial.yaml minimal.yaml
check "simmap render tutorial.yaml (SVG beside the map)" sh -c 'simmap render tutorial.yaml && grep -q "<svg" tutorial.svg'
check "simmap render --format png" sh -c 'simmap render tutorial.yaml --format png -o map.png && head -c 8 map.png | grep -q PNG'
check "simmap render --format pdf" sh -c 'simmap render tutorial.yaml --format pdf -o map.pdf && head -c 5 map.pdf | grep -q "%PDF-"'
check "simmap render --view all -o pictures/" sh -c 'simmap render tutorial.yaml --view all -o pictures && [ "$(ls pictures | wc -l)" -ge 4 ]'
check "simmap analyze tutorial.yaml" sh -c 'simmap analyze tutorial.yaml >analysis.txt; [ $? -le 1 ] && [ -s analysis.txt ]'
check "simmap report tutorial.yaml (HTML)" sh -c 'simmap report tutorial.yaml && grep -q "<html" tutorial.report.html'
check "simmap report --format markdown" sh -c 'simmap report tutorial.yaml --format markdown -o report.md && [ -s report.md ]'
check "simmap charter tutorial.yaml" sh -c 'simmap charter tutorial.yaml -o charter.html && grep -q "<html" charter.html'
check "simmap doctor" simmap doctor
check "simmap compare with a bundled sample map" sh -c 'simmap compare tutorial.yaml hancock-oh-2017 | grep -qi hancock'
check "simmap compare --library (every sample map)" sh -c 'simmap compare tutorial.yaml --library | grep -qi hancock'
check "simmap init writes a worksheet that validates" sh -c 'simmap init --name "Test County" new.yaml && simmap validate new.yaml'
check "man page /usr/share/man/man1/simmap.1.gz" sh -c 'zcat /usr/share/man/man1/simmap.1.gz | grep -q "^\.Dt SIMMAP 1\|^\.TH SIMMAP"'
check "bash completion" sh -c 'bash -n /usr/share/bash-completion/completions/simmap && grep -q render /usr/share/bash-completion/completions/simmap'
check "zsh completion" grep -q "#compdef simmap" /usr/share/zsh/vendor-completions/_simmap
check "fish completion" grep -q "complete -c 'simmap'" /usr/share/fish/vendor_completions.d/simmap.fish
check "copyright file" test -s /usr/share/doc/simmap/copyright
echo "  simmap $(simmap --version): every check passed in a Debian $(cat /etc/debian_version) root without Swift."
EOF
in_root sh /tmp/check.sh

step "Done"
