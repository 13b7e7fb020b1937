#!/usr/bin/env bash
# Export and import at scale, with the server on -Xmx256m: a user with 100,000 purchases exported as JSON,
# CSV and ZIP and imported again (JSON twice: the second time all duplicates), then 1 GiB of files (64 MiB
# each, random) exported as a ZIP and imported into a fresh user. Prints seconds, MB, MB/s and the server's
# peak resident memory for each step (bench/PortabilityBench.java).
# Needs Debian's postgresql-15 server binaries. Usage: bench/portability.sh [purchases] [GiB of files]
# (default 100000 and 1); BUSY=1 keeps the other core busy; KEEP=1 keeps the work directory.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
count=${1:-100000}
gib=${2:-1}

# room for a ZIP of a few GiB: the request, the import's upload and the user's quota
export SPENDVAULT_HTTP_MAX_REQUEST_SIZE=8GB SPENDVAULT_IMPORT_MAX_UPLOAD_SIZE=8589934592 SPENDVAULT_FILES_QUOTA=8589934592
start_bench_environment

java -cp "$JAR:$work/classes" PortabilityBench "$base" \
     "jdbc:postgresql://127.0.0.1:$db_port/spendvault" "$count" "$gib" "$work" "$server"
