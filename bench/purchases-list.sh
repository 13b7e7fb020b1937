#!/usr/bin/env bash
# Lists and counts purchases with 100,000 of them per user (two users): starts the server on its embedded
# PostgreSQL, generates the rows with bench/BenchData.java, and prints the median and p95 time of
# GET /api/v1/purchases (count + one page, over HTTP on loopback) per sort order and filter.
# Usage: bench/purchases-list.sh [purchases per user]   (default: 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}

work=$(mktemp -d)
. bench/common.sh
build_and_compile "$work"
port=$(free_port)
export MICRONAUT_SERVER_PORT=$port SPENDVAULT_DATA_DIR="$work/data"
java -Xmx256m -jar "$JAR" >"$work/server.log" 2>&1 &
server=$!
trap 'set +e; kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port/api/v1"
wait_for_server "$base"
db_port=$(sed -n 's/.*Embedded PostgreSQL .*(port \([0-9]*\)).*/\1/p' "$work/server.log" | head -1)

java -cp "$JAR:$work/classes" PurchaseListBench "$base" \
     "jdbc:postgresql://localhost:$db_port/spendvault" "$count"
