#!/usr/bin/env bash
# Throughput under load (issue #17): starts the server (-Xmx256m) on a throw-away PostgreSQL 15, generates a
# user with 100,000 purchases and users with 20 (bench/BenchData.java), warms up, and drives each scenario
# with wrk for 15 s (2 threads, 32 connections; login with 8): req/s, p50, p99, errors, the CPU split JVM /
# PostgreSQL / wrk, the server's peak RSS, and for each list the ceiling of its own SQL in pgbench. Each scenario
# starts once PostgreSQL runs none of the previous one's statements (a slow scenario's outlive wrk).
# Needs Debian's wrk and postgresql-15 (server binaries and pgbench).
# Usage: bench/load.sh   WARMUP=seconds (default 60; the JIT needs ~2 minutes on 2 cores to settle),
#        BUSY=1 keeps the other core busy, KEEP=1 keeps the work directory, ONLY=list,login runs the
#        scenarios whose names contain a word, RATE_LIMIT=on measures with the limiter on (nothing refused),
#        JFR=1 records a CPU profile of the server during each measured scenario and prints where it went.
#        bench/compare.sh runs this for two builds in turns and prints the medians.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

start_bench_environment

java -cp "$JAR:$work/classes" LoadBench "$base" \
     "jdbc:postgresql://127.0.0.1:$db_port/spendvault" "$work/pglog/postgres.log" \
     "$PG_BIN/pgbench -n -h 127.0.0.1 -p $db_port -U postgres spendvault" "$work" "$server" bench/load.lua "${WARMUP:-60}"
