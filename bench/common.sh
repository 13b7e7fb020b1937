# Shared by the bench scripts (source it): build the server, compile the bench programs, free ports, and a
# throw-away PostgreSQL 15 cluster from Debian's postgresql-15 (its log and pgbench are the point there).

build_and_compile() {   # $1: work directory; leaves the bench classes in $1/classes
  ./mvnw -q -B -DskipTests package
  javac -d "$1/classes" -cp bootstrap/target/spendvault.jar bench/*.java
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
