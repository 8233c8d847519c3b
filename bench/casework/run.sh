#!/usr/bin/env bash
# bench/casework: an adviser's casework under load over a database with about a million
# trajecten. Per database (SQLite, PostgreSQL): `rmt demo --schaal N` (N klanten give ~0.8 N
# trajecten; generator rows/s and peak RSS), then as adviseur.am13@demo.example wrk on
# GET /api/v1/health (baseline) and on the mix of casework.lua (traject read, own list,
# interventie create, interventie status update), then each of the first three alone. Writes
# bench/casework/latest.md and the "Casework" section of bench/RESULTS.md.
# Usage: bench/casework/run.sh [build dir]
#   (BENCH_SCHAAL, BENCH_SCHAAL_PG for PostgreSQL only, BENCH_DURATION, BENCH_CONNECTIONS, BENCH_DATABASES)
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build}"
schaal="${BENCH_SCHAAL:-1250000}"
schaal_pg="${BENCH_SCHAAL_PG:-$schaal}"
duration="${BENCH_DURATION:-10s}"
conns="${BENCH_CONNECTIONS:-64}"
databases="${BENCH_DATABASES:-sqlite postgresql}"
work=$(mktemp -d /tmp/rmt-bench-casework.XXXXXX)
pgdir=$(mktemp -d /tmp/rmt-pg.XXXXXX)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  scripts/postgres.sh stop "$pgdir" || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { local p=$1; while (echo >/dev/tcp/127.0.0.1/$p) 2>/dev/null; do p=$((p + 1)); done; echo $p; }
totp() {  # RFC 6238 code for the demo secret
  python3 -c 'import base64,hmac,struct,time,sys
k=base64.b32decode(sys.argv[1]); h=hmac.new(k,struct.pack(">Q",int(time.time())//30),"sha1").digest()
o=h[-1]&15; print("%06d"%((struct.unpack(">I",h[o:o+4])[0]&0x7fffffff)%1000000))' JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
}
json_get() { python3 -c 'import json,sys; d=json.load(sys.stdin)
for k in sys.argv[1].split("."): d=d[int(k)] if k.isdigit() else d[k]
print(d)' "$1"; }

measure() {  # $1 label, $2 name, $3.. wrk arguments
  local label=$1 name=$2; shift 2
  wrk -t2 -c"$conns" -d3s "$@" >/dev/null 2>&1  # warm-up
  local before after
  before=$(awk '{print $14 + $15}' /proc/$server_pid/stat)
  wrk -t2 -c"$conns" -d"$duration" --timeout 5s --latency "$@" >"$work/wrk.txt" 2>&1
  after=$(awk '{print $14 + $15}' /proc/$server_pid/stat)
  python3 - "$label" "$name" "$(awk '/VmHWM/ {print $2}' /proc/$server_pid/status)" "$((after - before))" \
    "$(getconf CLK_TCK)" "$work/wrk.txt" >>"$work/rows.tsv" <<'PY'
import re, sys
label, name, hwm, ticks, clk, f = sys.argv[1:]
t = open(f).read()
def unit(v):
    m = re.match(r"([\d.]+)(us|ms|s)", v)
    n, u = float(m.group(1)), m.group(2)
    return n / 1000 if u == "us" else n if u == "ms" else n * 1000
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1))
p50 = unit(re.search(r"\s50%\s+(\S+)", t).group(1))
p99 = unit(re.search(r"\s99%\s+(\S+)", t).group(1))
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
total = int(re.search(r"(\d+) requests in", t).group(1))
cpu = int(ticks) / int(clk)
print("\t".join([label, name, f"{rps:.0f}", f"{p50:.2f}", f"{p99:.2f}", f"{int(hwm)/1024:.1f}",
                 bad.group(1) if bad else "0", f"{total/cpu:.0f}" if cpu else "n/a"]))
PY
}

run_db() {  # $1 label, $2 database URL, $3 klanten
  local label=$1 url=$2 schaal=$3 port base
  /usr/bin/time -f "%M" -o "$work/gen-rss.txt" "$build/rmt" demo --database "$url" --mode development \
    --key-file "$work/bench.keys" --schaal "$schaal" --log-level warn >"$work/gen.txt"
  local trajecten
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
  port=$(free_port 18680)
  base="http://127.0.0.1:$port"
  "$build/rmt" serve --listen 127.0.0.1:$port --database "$url" --web-root web/dist --log-level warn \
    --mode development --key-file "$work/bench.keys" >"$work/server-$label.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 200); do curl -fs "$base/api/v1/ready" >/dev/null 2>&1 && break; sleep 0.1; done
  # The adviser of the Werkcentrum in AM13 (password, then TOTP).
  curl -fs -c "$work/jar" -H 'Content-Type: application/json' \
    -d '{"email":"adviseur.am13@demo.example","wachtwoord":"Werkcentrum-demo-2026"}' "$base/api/v1/sessie" >"$work/login.json"
  local csrf cookie dienst
  csrf=$(json_get csrfToken <"$work/login.json")
  # The session (and its CSRF token) is renewed after the second factor.
  csrf=$(curl -fs -b "$work/jar" -c "$work/jar" -H 'Content-Type: application/json' -H "X-CSRF-Token: $csrf" \
    -d "{\"code\":\"$(totp)\"}" "$base/api/v1/sessie/totp" | json_get csrfToken)
  cookie=$(awk '$6 ~ /rmt-sessie/ {print $6 "=" $7}' "$work/jar")
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
  args=("$work/ids.txt" "$cookie" "$csrf" "$dienst" "$(date -u +%F)")

  measure "$label" "GET /api/v1/health" "$base/api/v1/health"
  measure "$label" "mix (50 % read, 25 % own list, 15 % plan, 10 % status update)" -s bench/casework/casework.lua "$base" -- "${args[@]}"
  grep -q '^errors: 0$' "$work/wrk.txt" || { echo "casework bench ($label): refused requests in the mix" >&2; cat "$work/wrk.txt" >&2; exit 1; }
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
out += ["", "| database | request | req/s | ratio to health | p50 ms | p99 ms | server peak RSS MiB | non-2xx | req per server CPU-s |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
for r in rows:
    out.append(f"| {r[0]} | `{r[1]}` | {r[2]} | {float(r[2]) / base[r[0]]:.2f} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]} |")
open(sys.argv[3], "w").write("\n".join(out) + "\n")
print("\n".join(out))
PY
python3 - bench/RESULTS.md bench/casework/latest.md <<'PY'
import sys, re
path, latest = sys.argv[1], open(sys.argv[2]).read()
text = open(path).read()
section = "## Casework: trajecten over ~1M trajecten (`bench/casework/run.sh`, `make bench`)\n\n" + latest
pattern = re.compile(r"## Casework:.*?(?=\n## |\Z)", re.S)
text = pattern.sub(section.rstrip("\n") + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
open(path, "w").write(text)
PY
