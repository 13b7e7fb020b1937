#!/usr/bin/env bash
# Streams one blob (default 1 GiB) through the filesystem and the S3 blob store inside a JVM with a
# deliberately small heap (default 64 MiB), and prints MB/s and peak heap per phase. The S3 server
# (S3Proxy) runs in a JVM of its own on loopback, so its memory is not counted.
# Usage: bench/blob-throughput.sh [bytes] [client-max-heap]
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-1073741824}"
heap="${2:-64m}"

./mvnw -q -B -DskipTests install
cp_file=$(mktemp)
./mvnw -q -B -pl adapters-storage dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
classpath="adapters-storage/target/test-classes:adapters-storage/target/classes:$(cat "$cp_file")"
rm -f "$cp_file"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
data=$(mktemp -d)
java -Xmx1g -cp "$classpath" io.spendvault.adapters.storage.bench.S3ProxyLauncher "$port" "$data" >"$data.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$data" "$data.log"' EXIT
for _ in $(seq 1 100); do
  (echo >/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break
  sleep 0.1
done

java "-Xmx$heap" -XX:+UseSerialGC -cp "$classpath" \
  io.spendvault.adapters.storage.bench.BlobStoreThroughput "$size" "http://127.0.0.1:$port"
