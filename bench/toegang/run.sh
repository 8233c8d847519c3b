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

free_port() { local p=$1; while (echo >/dev/tcp/127.0.0.1/$p) 2>/dev/null; do p=$((p + 1)); done; echo $p; }
totp() {  # RFC 6238 code for the demo secret
  python3 -c 'import base64,hmac,struct,time,sys
k=base64.b32decode(sys.argv[1]); h=hmac.new(k,struct.pack(">Q",int(time.time())//30),"sha1").digest()
o=h[-1]&15; print("%06d"%((struct.unpack(">I",h[o:o+4])[0]&0x7fffffff)%1000000))' JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
}

measure() {  # $1 label, $2 name, $3.. wrk arguments (the URL last)
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
  # A frontoffice session of AM13 (password, then TOTP).
  curl -fs -c "$work/jar" -H 'Content-Type: application/json' \
    -d '{"email":"frontoffice@demo.example","wachtwoord":"Werkcentrum-demo-2026"}' "$base/api/v1/sessie" >"$work/login.json"
  local csrf
  csrf=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["csrfToken"])' "$work/login.json")
  curl -fs -b "$work/jar" -c "$work/jar" -H 'Content-Type: application/json' -H "X-CSRF-Token: $csrf" \
    -d "{\"code\":\"$(totp)\"}" "$base/api/v1/sessie/totp" >/dev/null
  cookie=$(awk '$6 ~ /rmt-sessie/ {print $6 "=" $7}' "$work/jar")
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
out += ["", "| database | request | req/s | ratio to health | p50 ms | p99 ms | server peak RSS MiB | non-2xx | req per server CPU-s |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
for r in rows:
    out.append(f"| {r[0]} | `{r[1]}` | {r[2]} | {float(r[2]) / base[r[0]]:.2f} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]} |")
open(sys.argv[3], "w").write("\n".join(out) + "\n")
print("\n".join(out))
PY
python3 - bench/RESULTS.md bench/toegang/latest.md <<'PY'
import sys, re
path, latest = sys.argv[1], open(sys.argv[2]).read()
text = open(path).read()
section = "## Centrale toegang: aanmeldingen and the queue over ~1M aanmeldingen (`bench/toegang/run.sh`, `make bench`)\n\n" + latest
pattern = re.compile(r"## Centrale toegang:.*?(?=\n## |\Z)", re.S)
text = pattern.sub(section.rstrip("\n") + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
open(path, "w").write(text)
PY
