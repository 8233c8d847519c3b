#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster on loopback for tests and benchmarks.
#   scripts/postgres.sh start DIR   → initdb in DIR, start, create database rmt_test; prints the URL
#   scripts/postgres.sh stop DIR    → stop the cluster and remove DIR
set -euo pipefail
cmd="$1"; dir="$2"
bin=/usr/lib/postgresql/15/bin
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$cmd" in
  start)
    port="${RMT_PG_PORT:-55432}"
    while (echo >/dev/tcp/127.0.0.1/"$port") 2>/dev/null; do port=$((port + 1)); done
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    psql -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE rmt_test" >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/rmt_test"
    ;;
  stop)
    [ -d "$dir/data" ] && as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
