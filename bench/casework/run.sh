#!/usr/bin/env bash
# bench/casework: an adviser's casework under load over a database with about a million
# trajecten. Per database (SQLite, PostgreSQL): `rmt demo --schaal N` (N klanten give ~0.8 N
# trajecten; generator rows/s and peak RSS), then as adviseur.am13@demo.example wrk on
# GET /api/v1/health (baseline) and on the mix of casework.lua (traject read, own list,
# interventie create, interventie status update), the mix again below saturation (each
# connection pausing 80 or 40 ms on average between requests), then each of the first three
# alone. Writes bench/casework/latest.md and the "Casework" section of bench/RESULTS.md.
# Usage: bench/casework/run.sh [build dir]
#   (BENCH_SCHAAL, BENCH_SCHAAL_PG for PostgreSQL only, BENCH_DURATION, BENCH_CONNECTIONS, BENCH_DATABASES;
#    BENCH_SQLITE_DB=file + BENCH_SQLITE_KEYS=key file: measure a copy of a database generated
#    earlier instead of generating one, which takes ~30 min at a million trajecten)
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build}"
schaal="${BENCH_SCHAAL:-1250000}"
schaal_pg="${BENCH_SCHAAL_PG:-$schaal}"
duration="${BENCH_DURATION:-10s}"
conns="${BENCH_CONNECTIONS:-64}"
databases="${BENCH_DATABASES:-sqlite postgresql}"
work=$(mktemp -d /tmp/rmt-bench-casework.XXXXXX)
: >"$work/gen.tsv"
pgdir=$(mktemp -d /tmp/rmt-pg.XXXXXX)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  scripts/postgres.sh stop "$pgdir" || true
  rm -rf "$work"
}
trap cleanup EXIT

source bench/lib.sh

generate() {  # $1 label, $2 database URL, $3 klanten: rmt demo, its figures in gen.tsv, the count in trajecten.txt
  local label=$1 url=$2 schaal=$3 trajecten
  /usr/bin/time -f "%M" -o "$work/gen-rss.txt" "$build/rmt" demo --database "$url" --mode development \
    --key-file "$work/bench.keys" --schaal "$schaal" --log-level warn >"$work/gen.txt"
  if [ "$label" = postgresql ]; then
    psql -q "$url" -c "VACUUM (ANALYZE)"  # what autovacuum would have done by now
    trajecten=$(psql -At "$url" -c "SELECT COUNT(*) FROM traject")
  else
    trajecten=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM traject").fetchone()[0])' "${url#sqlite://}")
  fi
  python3 - "$label" "$schaal" "$trajecten" "$work/gen.txt" "$(cat "$work/gen-rss.txt")" >>"$work/gen.tsv" <<'PY'
import re, sys
label, schaal, trajecten, f, rss = sys.argv[1:]
m = re.search(r"(\d+) rijen in ([\d.]+) s \((\d+) rijen/s, (\d+) klanten/s\)", open(f).read())
print("\t".join([label, schaal, trajecten, m.group(1), m.group(2), m.group(3), f"{int(rss)/1024:.0f}"]))
PY
  echo "$trajecten" >"$work/trajecten.txt"
}

run_db() {  # $1 label, $2 database URL, $3 klanten
  local label=$1 url=$2 schaal=$3 port base
  local trajecten
  if [ "$label" = sqlite ] && [ -n "${BENCH_SQLITE_DB:-}" ]; then
    cp "$BENCH_SQLITE_DB" "${url#sqlite://}"
    cp "$BENCH_SQLITE_KEYS" "$work/bench.keys"
    trajecten=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM traject").fetchone()[0])' "${url#sqlite://}")
    echo "$label: a copy of $BENCH_SQLITE_DB, generated earlier (no generator figures in this run)" >>"$work/eigen.txt"
  else
    generate "$label" "$url" "$schaal"
    trajecten=$(cat "$work/trajecten.txt")
  fi
  port=$(free_port 18680)
  base="http://127.0.0.1:$port"
  "$build/rmt" serve --listen 127.0.0.1:$port --database "$url" --web-root web/dist --log-level warn \
    --mode development --key-file "$work/bench.keys" >"$work/server-$label.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 200); do curl -fs "$base/api/v1/ready" >/dev/null 2>&1 && break; sleep 0.1; done
  local cookie csrf dienst
  login "$base" adviseur.am13@demo.example  # an adviser of the Werkcentrum in AM13
  # Their own trajecten (up to 2,000) and the open ones among them, for the script.
  : >"$work/ids.txt"
  for page in $(seq 1 20); do
    curl -fs -H "Cookie: $cookie" "$base/api/v1/trajecten?pageSize=100&page=$page" |
      python3 -c 'import json,sys
for t in json.load(sys.stdin)["_embedded"]["trajecten"]:
    print(t["id"])
    if t["status"] != "afgesloten": print("open " + t["id"])' >>"$work/ids.txt"
  done
  grep -q '^open ' "$work/ids.txt" || { echo "casework bench: the adviser has no open trajecten" >&2; exit 1; }
  dienst=$(curl -fs -H "Cookie: $cookie" "$base/api/v1/diensten?pageSize=100&status=open" |
    python3 -c 'import json,sys; print([d["id"] for d in json.load(sys.stdin)["_embedded"]["diensten"] if d["maxPerKlant"] is None and d["type"] != "hr_advies_werkgever"][0])')
  local eigen args
  eigen=$(curl -fs -H "Cookie: $cookie" "$base/api/v1/trajecten?pageSize=1" | json_get paginering.total)
  echo "$label: $trajecten trajecten; the adviser's own list holds $eigen" | tee -a "$work/eigen.txt"
  args=("$work/ids.txt" "$cookie" "$csrf" "$dienst")

  measure "$label" "GET /api/v1/health" "$base/api/v1/health"
  measure "$label" "mix (50 % read, 25 % own list, 15 % plan, 10 % status update)" -s bench/casework/casework.lua "$base" -- "${args[@]}"
  grep -q '^errors: 0$' "$work/wrk.txt" || { echo "casework bench ($label): refused requests in the mix" >&2; cat "$work/wrk.txt" >&2; exit 1; }
  # The same mix below saturation: each connection waits an exponential think time between requests.
  for pauze in 80 40; do
    measure "$label" "mix, $pauze ms think time per connection" -s bench/casework/casework.lua "$base" -- "${args[@]}" mix $pauze
  done
  measure "$label" "GET /api/v1/trajecten/{id}" -s bench/casework/casework.lua "$base" -- "${args[@]}" lees
  measure "$label" "GET /api/v1/trajecten (own list)" -s bench/casework/casework.lua "$base" -- "${args[@]}" lijst
  measure "$label" "POST /api/v1/trajecten/{id}/interventies" -s bench/casework/casework.lua "$base" -- "${args[@]}" plan
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
}

for db in $databases; do
  case $db in
    sqlite) run_db sqlite "sqlite://$work/bench.sqlite" "$schaal" ;;
    postgresql) run_db postgresql "$(scripts/postgres.sh start "$pgdir")" "$schaal_pg" ;;
  esac
done

python3 - "$work/rows.tsv" "$work/gen.tsv" bench/casework/latest.md "$conns" "$work/eigen.txt" <<'PY'
import sys, datetime, subprocess
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
gen = [l.rstrip("\n").split("\t") for l in open(sys.argv[2])]
conns, eigen = sys.argv[4], open(sys.argv[5]).read().strip().splitlines()
base = {r[0]: float(r[2]) for r in rows if r[1] == "GET /api/v1/health"}
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
out = [f"Measured {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC on {cpu} ({nproc} cores); wrk -t2 -c{conns} on the same machine.", "",
       "Generator (`rmt demo --schaal N`, batches of 2,000 klanten per transaction):", "",
       "| database | klanten | trajecten | rows | seconds | rows/s | peak RSS MiB |", "| --- | --- | --- | --- | --- | --- | --- |"]
out += [f"| {g[0]} | {int(g[1]):,} | {int(g[2]):,} | {int(g[3]):,} | {g[4]} | {int(g[5]):,} | {g[6]} |" for g in gen]
out += [""] + [f"- {e}" for e in eigen]
out += ["", "| database | request | req/s | ratio to health | p50 ms | p99 ms | server RSS MiB: peak (own) | non-2xx | req per server CPU-s |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
for r in rows:
    out.append(f"| {r[0]} | `{r[1]}` | {r[2]} | {float(r[2]) / base[r[0]]:.2f} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]} |")
open(sys.argv[3], "w").write("\n".join(out) + "\n")
print("\n".join(out))
PY
results_section 'Casework: trajecten over ~1M trajecten (`bench/casework/run.sh`, `make bench`)' bench/casework/latest.md
