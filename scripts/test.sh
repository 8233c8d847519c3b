#!/usr/bin/env bash
# `make test`: installs what is missing, builds, starts a throw-away PostgreSQL 15 on loopback,
# and runs every test: C++ unit, database (SQLite and PostgreSQL) and HTTP tests (ctest), the
# OpenAPI lint against both NL API Design Rules rulesets, front-end unit tests, and the browser
# tests (Playwright + axe in Debian's Chromium) against the real binary: all of them on SQLite, the
# trajecten ones on PostgreSQL as well.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export SHARED="${SHARED:-$root/../shared}"

step() { printf '\n==> %s\n' "$*"; }

step "dependencies"
scripts/install-deps.sh test

step "build (C++)"
scripts/build.sh build RelWithDebInfo

step "build (web)"
scripts/web-build.sh

work=$(mktemp -d /tmp/rmt-test.XXXXXX)
pgdir=$(mktemp -d /tmp/rmt-pg.XXXXXX)  # its own dir: the postgres user cannot enter $work
ctest_pid=""
e2e_pid=""
e2e_pg_pid=""
cleanup() {
  local pid
  for pid in $ctest_pid $e2e_pid $e2e_pg_pid $(cat "$work"/*-server.pid 2>/dev/null); do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  scripts/postgres.sh stop "$pgdir" || true
  rm -rf "$work"
}
trap cleanup EXIT

step "PostgreSQL 15 on loopback"
RMT_TEST_PG_URL=$(scripts/postgres.sh start "$pgdir")
export RMT_TEST_PG_URL RMT_TEST_REQUIRE_PG=1
echo "$RMT_TEST_PG_URL"

# The C++ suite mostly waits (servers, TOTP steps, the database): it runs beside the web tests.
step "C++ tests (ctest) started in the background: unit, database (SQLite + PostgreSQL), HTTP against the binary"
(cd build && RMT_TEST_LOG_DIR="$work/server-logs" ctest --output-on-failure -j2 --timeout 300) >"$work/ctest.log" 2>&1 &
ctest_pid=$!

step "OpenAPI lint (ADR 2.1.0 and 2.2.0-wv)"
(cd web && npm run --silent lint:openapi) 2>&1 | tee "$work/lint.log"

step "front-end unit tests"
(cd web && npm run --silent test:unit) 2>&1 | tee "$work/vitest.log"

# browser_tests NAME PORT DATABASE_URL [PLAYWRIGHT ARGS...]: a fresh demo server on DATABASE_URL, then
# Playwright against it; its output goes to $work/NAME.log, the server's to $work/NAME-server.log.
browser_tests() {
  local name=$1 port=$2 database=$3 server status=0
  shift 3
  while (echo >/dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done
  build/rmt serve --listen 127.0.0.1:$port --database "$database" --web-root web/dist \
    --mode development --key-file "$work/$name.keys" --demo --aanmeldingen-per-uur 1000 \
    >"$work/$name-server.log" 2>&1 &
  server=$!
  echo "$server" >"$work/$name-server.pid"
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/api/v1/ready" >/dev/null 2>&1 && break
    sleep 0.1
  done
  (cd web && RMT_BASE_URL="http://127.0.0.1:$port" RMT_E2E_OUTPUT="test-results/$name" npx playwright test "$@") \
    >"$work/$name.log" 2>&1 || status=$?
  kill "$server"; wait "$server" 2>/dev/null || true
  return "$status"
}

# The two suites run side by side, each against its own server and database: the SQLite one
# (every page), and the casework flow (issue: trajecten) once more on PostgreSQL, in a schema of
# its own beside ctest's. The PostgreSQL one starts once ctest is done: with all three at once on
# 2 cores, a suite's first login-heavy hook ran past its 30 s. Within a suite the files run one at
# a time (web/playwright.config.ts). Their output follows when both have finished.
step "browser tests (Chromium, axe WCAG 2.2 AA at 320 and 1280 px): all on SQLite, trajecten on PostgreSQL"
psql "$RMT_TEST_PG_URL" -qc "CREATE SCHEMA e2e"
case "$RMT_TEST_PG_URL" in *\?*) separator='&' ;; *) separator='?' ;; esac
browser_tests e2e 18080 "sqlite://$work/e2e.sqlite" &
e2e_pid=$!
(
  while kill -0 "$ctest_pid" 2>/dev/null; do sleep 1; done
  browser_tests e2e-pg 18180 "$RMT_TEST_PG_URL${separator}options=-csearch_path%3De2e" '(^|/)(axe-)?trajecten\.spec\.ts$'
) &
e2e_pg_pid=$!
e2e_status=0
wait "$e2e_pid" || e2e_status=$?
e2e_pg_status=0
wait "$e2e_pg_pid" || e2e_pg_status=$?
e2e_pid=""; e2e_pg_pid=""
echo "--- on SQLite"; cat "$work/e2e.log"
echo "--- on PostgreSQL: trajecten"; cat "$work/e2e-pg.log"
[ "$e2e_status" -eq 0 ] || { echo "browser tests on SQLite failed (exit $e2e_status)" >&2; exit "$e2e_status"; }
[ "$e2e_pg_status" -eq 0 ] || { echo "browser tests on PostgreSQL failed (exit $e2e_pg_status)" >&2; exit "$e2e_pg_status"; }
cat "$work"/e2e-server.log "$work"/e2e-pg-server.log "$work/e2e.log" "$work/e2e-pg.log" "$work/vitest.log" \
  "$work/lint.log" >"$work/all-output.log"

step "C++ tests: unit, database (SQLite + PostgreSQL), HTTP against the binary"
ctest_status=0
wait "$ctest_pid" || ctest_status=$?
ctest_pid=""
cat "$work/ctest.log"
[ "$ctest_status" -eq 0 ] || { echo "ctest failed (exit $ctest_status)" >&2; exit "$ctest_status"; }

step "no personal data in the output"
server_logs=("$work"/server-logs/*.log)
[ -e "${server_logs[0]}" ] || server_logs=()
scripts/scan-output.sh "$work/ctest.log" "$work/all-output.log" "${server_logs[@]}"

# One closing line over all runners (each step above already failed the script on any failure).
strip() { sed 's/\x1b\[[0-9;]*m//g' "$1"; }
cpp=$(strip "$work/ctest.log" | sed -n 's/.*tests passed, \([0-9]*\) tests failed out of \([0-9]*\).*/\2 \1/p' | tail -1)
cpp_skipped=$(strip "$work/ctest.log" | grep -c '(Skipped)' || true)
vitest=$(strip "$work/vitest.log" | sed -n 's/^ *Tests *\([0-9]*\) passed.*/\1/p' | tail -1)
e2e_count() { strip "$1" | sed -n 's/^ *\([0-9]*\) passed.*/\1/p' | tail -1; }
e2e=$(e2e_count "$work/e2e.log")
e2e_pg=$(e2e_count "$work/e2e-pg.log")
read -r cpp_total cpp_failed <<<"$cpp"
passed=$(( cpp_total - cpp_failed - cpp_skipped + ${vitest:-0} + ${e2e:-0} + ${e2e_pg:-0} ))
echo
echo "C++ (ctest): $((cpp_total - cpp_failed - cpp_skipped)) passed; web unit (vitest): ${vitest:-0} passed; browser (playwright): ${e2e:-0} passed on SQLite, ${e2e_pg:-0} on PostgreSQL"
echo "all: $passed passed, $cpp_failed failed, $cpp_skipped skipped"
