#!/usr/bin/env bash
# Runs the libFuzzer build of simmap-fuzz (made by `make fuzz`) for a number of executions.
#
#   scripts/fuzz.sh RUNS [extra libFuzzer flags…]
#
# Seeds: Fuzz/seeds (inputs that broke simmap before), Examples/, Maps/ and Tests/Fixtures/.
# New inputs that reach new code go to .build-fuzz/corpus (kept between runs, never committed);
# an input that crashes, hangs (10 s) or breaks an oracle is saved in .build-fuzz/findings/ and
# the run stops with a non-zero status. Replay one with: .build/debug/simmap-fuzz FILE
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-100000}"
shift || true
fuzzer=.build-fuzz/release/simmap-fuzz
[ -x "$fuzzer" ] || { echo "fuzz.sh: $fuzzer is missing; run 'make fuzz' to build it" >&2; exit 2; }
mkdir -p .build-fuzz/corpus .build-fuzz/findings
python3 scripts/fuzz-dictionary.py schema/simmap.schema.json > .build-fuzz/simmap.dict
# libgvc 2.42 leaks a little on every layout, which is Graphviz's and measured in
# docs/performance.md: leak detection would stop every run at its first Graphviz layout.
# Swift's own crash reporter would sit between the trap and libFuzzer's handler.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="detect_leaks=0:allocator_may_return_null=1:${ASAN_OPTIONS:-}"
export SIMMAP_FUZZ_RENDER_EVERY="${SIMMAP_FUZZ_RENDER_EVERY:-64}"
exec "$fuzzer" .build-fuzz/corpus Fuzz/seeds Examples Maps Tests/Fixtures \
  -dict=.build-fuzz/simmap.dict -runs="$runs" -max_len=16384 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix=.build-fuzz/findings/ -print_final_stats=1 "$@"
