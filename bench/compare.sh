#!/usr/bin/env bash
# Before/after under load (issue #17): runs bench/load.sh for two builds in turns — new, old, new, old, … —
# ROUNDS times each (default 3), then prints for every scenario the median of each column per build, and the
# new build's median req/s as a share of the old one's. Interleaving spreads the machine's drift over both.
# Usage: bench/compare.sh OLD.jar NEW.jar   (ROUNDS, WARMUP, ONLY, BUSY as for bench/load.sh; each round's
#        output is kept in bench-compare-<time>/). OLD_ENV / NEW_ENV add settings to one side's server, to
#        compare one build with itself: NEW_ENV="SPENDVAULT_DB_POOL_SIZE=4" bench/compare.sh x.jar x.jar
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: bench/compare.sh OLD.jar NEW.jar" >&2; exit 2; }
old=$(realpath "$1"); new=$(realpath "$2")
out="bench-compare-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
for round in $(seq 1 "${ROUNDS:-3}"); do
  for build in new old; do
    jar=$new; settings=${NEW_ENV:-}
    if [ "$build" = old ]; then jar=$old; settings=${OLD_ENV:-}; fi
    echo "round $round, $build build ($jar${settings:+, $settings})"
    env $settings BENCH_JAR="$jar" bash bench/load.sh >"$out/$build-$round.txt" 2>&1 || { echo "failed: see $out/$build-$round.txt" >&2; exit 1; }
  done
done
classes=$(mktemp -d)
javac -d "$classes" bench/BenchMedians.java
java -cp "$classes" BenchMedians "$out"
rm -rf "$classes"
