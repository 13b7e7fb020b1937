#!/usr/bin/env bash
# Times every GET /api/v1/analytics/... endpoint at 100,000 purchases per user (two users, ten years, three
# currencies, warranties; bench/BenchData.java), next to the same SQL run bare with pgbench on the same
# database: the statements each request sends are taken from PostgreSQL's log (log_min_duration_statement = 0
# during one capture request, off while timing), with their parameters, and replayed as one pgbench
# transaction. Prints median and p95 of 30 requests after warm-up for both, and their ratio.
# Needs Debian's postgresql-15 (server binaries and pgbench). The server runs with -Xmx256m on that
# PostgreSQL (SPENDVAULT_DB_URL), as production does.
# Usage: bench/analytics.sh [purchases per user]   (default: 100000); BUSY=1 keeps the other core busy;
# KEEP=1 keeps the work directory (the pgbench scripts endpoint-N.sql, the logs); WARMUP_ROUNDS=20 requests to every
# endpoint before the first is timed (then 20 more to each right before its own).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
count=${1:-100000}

start_bench_environment

java -cp "$JAR:$work/classes" AnalyticsBench "$base" \
     "jdbc:postgresql://127.0.0.1:$db_port/spendvault" "$count" "$work/pglog/postgres.log" \
     "$PG_BIN/pgbench -n -h 127.0.0.1 -p $db_port -U postgres spendvault" "$work"
