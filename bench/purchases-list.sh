#!/usr/bin/env bash
# Lists and counts purchases with 100,000 of them per user (two users): starts the server on its embedded
# PostgreSQL, generates the rows with bench/PurchaseListBench.java, and prints the median and p95 time of
# GET /api/v1/purchases (count + one page, over HTTP on loopback) per sort order and filter.
# Usage: bench/purchases-list.sh [purchases per user]   (default: 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}

./mvnw -q -B -DskipTests package
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
export MICRONAUT_SERVER_PORT=$port SPENDVAULT_DATA_DIR="$work/data"
java -Xmx256m -jar bootstrap/target/spendvault.jar >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port/api/v1"
for _ in $(seq 1 120); do curl -sf "$base/health/liveness" >/dev/null && break; sleep 0.5; done
db_port=$(sed -n 's/.*Embedded PostgreSQL .*(port \([0-9]*\)).*/\1/p' "$work/server.log" | head -1)

java -cp bootstrap/target/spendvault.jar bench/PurchaseListBench.java "$base" \
     "jdbc:postgresql://localhost:$db_port/spendvault" "$count"
