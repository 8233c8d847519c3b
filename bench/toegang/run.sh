#!/usr/bin/env bash
# bench/toegang: the front door under load over a database with about a million aanmeldingen.
# Per database (SQLite, PostgreSQL): `rmt demo --schaal N` (generator rows/s and peak RSS), then wrk
# on GET /api/v1/health (baseline), public POST /api/v1/aanmeldingen (distinct Idempotency-Keys)
# and the staff queue GET /api/v1/aanmeldingen as frontoffice of AM13 (open ones, and all handled
# ones: the largest count). Writes bench/toegang/latest.md and the "Centrale toegang" section of
# bench/RESULTS.md. Usage: bench/toegang/run.sh [build dir]   (BENCH_SCHAAL, BENCH_DURATION)
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build}"
schaal="${BENCH_SCHAAL:-1000000}"
duration="${BENCH_DURATION:-10s}"
conns="${BENCH_CONNECTIONS:-64}"
work=$(mktemp -d /tmp/rmt-bench-toegang.XXXXXX)
pgdir=$(mktemp -d /tmp/rmt-pg.XXXXXX)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  scripts/postgres.sh stop "$pgdir" || true
  rm -rf "$work"
}
trap cleanup EXIT

source bench/lib.sh

run_db() {  # $1 label, $2 database URL
  local label=$1 url=$2 port base cookie
  /usr/bin/time -f "%M" -o "$work/gen-rss.txt" "$build/rmt" demo --database "$url" --mode development \
    --key-file "$work/bench.keys" --schaal "$schaal" --log-level warn >"$work/gen.txt"
  python3 - "$label" "$schaal" "$work/gen.txt" "$(cat "$work/gen-rss.txt")" >>"$work/gen.tsv" <<'PY'
import re, sys
label, schaal, f, rss = sys.argv[1:]
m = re.search(r"(\d+) rijen in ([\d.]+) s \((\d+) rijen/s, (\d+) klanten/s\)", open(f).read())
print("\t".join([label, schaal, m.group(1), m.group(2), m.group(3), m.group(4), f"{int(rss)/1024:.0f}"]))
PY
  # PostgreSQL: what autovacuum would have done by now (visibility map for index-only counts).
  [ "$label" = postgresql ] && psql -q "$url" -c "VACUUM (ANALYZE) aanmelding"
  port=$(free_port 18580)
  base="http://127.0.0.1:$port"
  "$build/rmt" serve --listen 127.0.0.1:$port --database "$url" --web-root web/dist --log-level warn \
    --mode development --key-file "$work/bench.keys" --aanmeldingen-per-uur 1000000000 \
    >"$work/server-$label.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 200); do curl -fs "$base/api/v1/ready" >/dev/null 2>&1 && break; sleep 0.1; done
  local csrf
  login "$base" frontoffice@demo.example  # frontoffice of AM13
  curl -fs -H "Cookie: $cookie" "$base/api/v1/aanmeldingen?pageSize=1" >/dev/null  # fails the script if refused

  measure "$label" "GET /api/v1/health" "$base/api/v1/health"
  # The queue first: the POST run adds thousands of open aanmeldingen to AM13.
  measure "$label" "GET /api/v1/aanmeldingen (wachtrij, open)" -H "Cookie: $cookie" "$base/api/v1/aanmeldingen"
  measure "$label" "GET /api/v1/aanmeldingen?status=klant" -H "Cookie: $cookie" "$base/api/v1/aanmeldingen?status=klant"
  local voor na
  voor=$(curl -fs -H "Cookie: $cookie" "$base/api/v1/aanmeldingen?status=nieuw&pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["paginering"]["total"])')
  measure "$label" "POST /api/v1/aanmeldingen" -s bench/toegang/aanmelden.lua "$base/api/v1/aanmeldingen"
  na=$(curl -fs -H "Cookie: $cookie" "$base/api/v1/aanmeldingen?status=nieuw&pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["paginering"]["total"])')
  grep -q '^replayed: 0$' "$work/wrk.txt" || { echo "POST bench: idempotent replays, not inserts" >&2; exit 1; }
  echo "new open aanmeldingen in AM13 during the POST runs (warm-up included): $((na - voor))"
  curl -fs -H "Cookie: $cookie" "$base/api/v1/aanmeldingen?status=klant&pageSize=1" |
    python3 -c 'import json,sys; print("queue total (status=klant, AM13):", json.load(sys.stdin)["paginering"]["total"])'
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
}

run_db sqlite "sqlite://$work/bench.sqlite"
pg_url=$(scripts/postgres.sh start "$pgdir")
run_db postgresql "$pg_url"

python3 - "$work/rows.tsv" "$work/gen.tsv" bench/toegang/latest.md "$conns" <<'PY'
import sys, datetime, subprocess
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
gen = [l.rstrip("\n").split("\t") for l in open(sys.argv[2])]
conns = sys.argv[4]
base = {r[0]: float(r[2]) for r in rows if r[1] == "GET /api/v1/health"}
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
out = [f"Measured {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC on {cpu} ({nproc} cores); wrk -t2 -c{conns} on the same machine.", "",
       "Generator (`rmt demo --schaal N`, batches of 2,000 klanten per transaction):", "",
       "| database | klanten | rows | seconds | rows/s | klanten/s | peak RSS MiB |", "| --- | --- | --- | --- | --- | --- | --- |"]
out += [f"| {g[0]} | {int(g[1]):,} | {int(g[2]):,} | {g[3]} | {int(g[4]):,} | {int(g[5]):,} | {g[6]} |" for g in gen]
out += ["", "| database | request | req/s | ratio to health | p50 ms | p99 ms | server RSS MiB: peak (own) | non-2xx | req per server CPU-s |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
for r in rows:
    out.append(f"| {r[0]} | `{r[1]}` | {r[2]} | {float(r[2]) / base[r[0]]:.2f} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]} |")
open(sys.argv[3], "w").write("\n".join(out) + "\n")
print("\n".join(out))
PY
results_section 'Centrale toegang: aanmeldingen and the queue over ~1M aanmeldingen (`bench/toegang/run.sh`, `make bench`)' bench/toegang/latest.md
