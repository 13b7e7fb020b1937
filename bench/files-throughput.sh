#!/usr/bin/env bash
# Uploads files of 10 MiB, 100 MiB and 1 GiB through the running API and downloads them back, with the
# server on a small heap (-Xmx256m). Prints upload and download MB/s, the server's peak RSS after each
# step, and, as the baseline on the same disk, the MB/s of a plain file copy that is fsynced like the
# blob store's writes. Usage: bench/files-throughput.sh [sizes in MiB...]   (default: 10 100 1024)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-10 100 1024}")
[ $# -eq 0 ] && sizes=(10 100 1024)

JAR=${BENCH_JAR:-bootstrap/target/spendvault.jar}   # BENCH_JAR: measure another build
if [ -z "${BENCH_JAR:-}" ]; then ./mvnw -q -B -DskipTests package; fi
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
export MICRONAUT_SERVER_PORT=$port SPENDVAULT_DATA_DIR="$work/data" SPENDVAULT_FILES_MAX_FILE_SIZE=$((2 * 1024 * 1024 * 1024)) \
       SPENDVAULT_FILES_QUOTA=$((8 * 1024 * 1024 * 1024)) SPENDVAULT_HTTP_MAX_REQUEST_SIZE=2100MB SPENDVAULT_LOG_LEVEL=WARN
java -Xmx256m -jar "$JAR" >"$work/server.log" 2>&1 &
server=$!
trap 'set +e; kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port/api/v1"
for _ in $(seq 1 120); do curl -sf "$base/health/liveness" >/dev/null && break; sleep 0.5; done

curl -sf -X POST "$base/auth/register" -H 'Content-Type: application/json' \
  -d '{"username": "bench", "email": "bench@example.com", "password": "a long bench passphrase"}' >/dev/null
token=$(curl -sf -X POST "$base/auth/login" -H 'Content-Type: application/json' \
  -d '{"username": "bench", "password": "a long bench passphrase"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')

rss_peak() { awk '/VmHWM/ {printf "%.0f MiB", $2/1024}' "/proc/$server/status"; }
mbps() { python3 -c "print(f'{$1 / 1e6 / $2:.1f}')"; }

printf '%-8s %14s %14s %16s %18s\n' size "upload MB/s" "download MB/s" "plain copy MB/s" "server peak RSS"
for mib in "${sizes[@]}"; do
  file="$work/in-$mib.bin"
  # random but printable, so it is detected as text/plain, an allowed type
  { base64 -w 76 < /dev/urandom || true; } | head -c $((mib * 1024 * 1024)) > "$file"
  bytes=$(stat -c %s "$file")
  copy=$( { /usr/bin/time -f %e dd if="$file" of="$work/copy.bin" bs=1M conv=fsync status=none; } 2>&1 )
  rm -f "$work/copy.bin"
  up=$(curl -sf -o "$work/up.json" -w '%{time_total}' -H "Authorization: Bearer $token" \
       -F "description=bench $mib MiB" -F "file=@$file;type=text/plain" "$base/uploads")
  id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$work/up.json")
  down=$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "$base/uploads/$id/download")
  printf '%-8s %14s %14s %16s %18s\n' "${mib}MiB" "$(mbps "$bytes" "$up")" "$(mbps "$bytes" "$down")" \
         "$(mbps "$bytes" "$copy")" "$(rss_peak)"
  curl -sf -X DELETE -H "Authorization: Bearer $token" "$base/uploads/$id" >/dev/null
  rm -f "$file"
done
