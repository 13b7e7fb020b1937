# Shared by the bench scripts (source it): build the server, compile the bench programs, free ports, and a
# throw-away PostgreSQL 15 cluster from Debian's postgresql-15 (its log and pgbench are the point there).

# The server under test: the checkout's own build, or BENCH_JAR=path/to/spendvault.jar (e.g. an older build, to
# compare before and after on the same machine; the bench programs must still speak to it).
JAR=${BENCH_JAR:-bootstrap/target/spendvault.jar}

build_and_compile() {   # $1: work directory; leaves the bench classes in $1/classes
  if [ -z "${BENCH_JAR:-}" ]; then ./mvnw -q -B -DskipTests package; fi
  javac -d "$1/classes" -cp "$JAR" bench/*.java
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

as_postgres() {   # PostgreSQL refuses to run as root
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {   # $1: work directory, $2: port; logs to $1/pglog/postgres.log, database "spendvault", user postgres (trust)
  mkdir -p "$1/pg" "$1/pglog" && chmod 755 "$1"
  if [ "$(id -u)" = 0 ]; then chown postgres "$1/pg" "$1/pglog"; fi
  as_postgres "$PG_BIN/initdb" -D "$1/pg" -U postgres --auth=trust -E UTF8 >/dev/null
  as_postgres "$PG_BIN/pg_ctl" -D "$1/pg" -l "$1/pglog/postgres.log" -w \
    -o "-p $2 -k $1/pg -c listen_addresses=127.0.0.1 -c log_line_prefix='%m [%p] '" start >/dev/null
  as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$2" -U postgres spendvault
}

stop_postgres() {   # $1: work directory
  [ -d "$1/pg" ] && as_postgres "$PG_BIN/pg_ctl" -D "$1/pg" -m fast stop >/dev/null 2>&1 || true
}

wait_for_server() {   # $1: API base URL
  for _ in $(seq 1 240); do curl -sf "$1/health/liveness" >/dev/null && return 0; sleep 0.5; done
  echo "the server did not start" >&2; return 1
}

# The server (-Xmx256m, rate limits off; RATE_LIMIT=on turns them on with limits so high that nothing is
# refused, to measure what the limiter costs) on the throw-away PostgreSQL of start_postgres, with the cleanup of
# both on exit (KEEP=1 keeps the work directory) and, with BUSY=1, a shell loop keeping the other core busy.
# $1: work directory, $2: server port, $3: database port. Sets server (its pid) and base (the API's URL).
start_server_on_postgres() {
  bench_work=$1
  export MICRONAUT_SERVER_PORT=$2 SPENDVAULT_DATA_DIR="$1/data" SPENDVAULT_LOG_LEVEL=WARN \
         SPENDVAULT_DB_URL="jdbc:postgresql://127.0.0.1:$3/spendvault" SPENDVAULT_DB_USER=postgres SPENDVAULT_DB_PASSWORD= \
         SPENDVAULT_SECRET="bench-secret-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')" SPENDVAULT_RATE_LIMIT_ENABLED=false
  if [ "${RATE_LIMIT:-off}" = on ]; then
    export SPENDVAULT_RATE_LIMIT_ENABLED=true SPENDVAULT_RATE_LIMIT_AUTH_PER_MINUTE=1000000000 \
           SPENDVAULT_RATE_LIMIT_API_PER_MINUTE=${RATE_LIMIT_API:-1000000000} SPENDVAULT_RATE_LIMIT_UPLOADS_PER_MINUTE=1000000000
    echo "rate limits on, API limit ${RATE_LIMIT_API:-1000000000} per minute"
  fi
  java -Xmx256m -jar "$JAR" >"$1/server.log" 2>&1 &
  server=$!
  busy=
  trap cleanup_server_on_postgres EXIT
  base="http://127.0.0.1:$2/api/v1"
  wait_for_server "$base"
  if [ "${BUSY:-}" = 1 ]; then
    (while :; do :; done) &
    busy=$!
    echo "the other core is kept busy by a shell loop (pid $busy)"
  fi
}

cleanup_server_on_postgres() {
  set +e   # every step runs, whatever the one before answered (wait reports the killed server's status)
  kill $server $busy 2>/dev/null; wait $server 2>/dev/null
  stop_postgres "$bench_work"
  if [ -n "${KEEP:-}" ]; then echo "kept $bench_work"; else rm -rf "$bench_work"; fi
}

# All of the above for a bench that runs against a server on its own PostgreSQL: sets work, db_port, port,
# server and base.
start_bench_environment() {
  work=$(mktemp -d)
  build_and_compile "$work"
  db_port=$(free_port)
  port=$(free_port)
  start_postgres "$work" "$db_port"
  start_server_on_postgres "$work" "$port" "$db_port"
}
