#!/usr/bin/env bash
# bench/http: wrk on loopback against GET /api/v1/health (baseline) and GET /api/v1/regios/AM13,
# at 64 and 512 connections, on SQLite and on PostgreSQL. Writes bench/http/latest.md and the
# "HTTP" section of bench/RESULTS.md. Usage: bench/http/run.sh [build dir]   (make bench)
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build}"
duration="${BENCH_DURATION:-10s}"
work=$(mktemp -d /tmp/rmt-bench.XXXXXX)
pgdir=$(mktemp -d /tmp/rmt-pg.XXXXXX)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  scripts/postgres.sh stop "$pgdir" || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { local p=$1; while (echo >/dev/tcp/127.0.0.1/$p) 2>/dev/null; do p=$((p + 1)); done; echo $p; }

run_db() {  # $1 label, $2 database URL
  local label=$1 url=$2 port
  port=$(free_port 18480)
  "$build/rmt" serve --listen 127.0.0.1:$port --database "$url" --web-root web/dist --log-level warn \
    --mode development --key-file "$work/bench.keys" \
    >"$work/server-$label.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/api/v1/ready" >/dev/null 2>&1 && break; sleep 0.1; done
  for path in /api/v1/health /api/v1/regios/AM13; do
    for conns in 64 512; do
      wrk -t2 -c$conns -d3s "http://127.0.0.1:$port$path" >/dev/null 2>&1  # warm-up
      local ticks_before ticks_after
      ticks_before=$(awk '{print $14 + $15}' /proc/$server_pid/stat)
      wrk -t2 -c$conns -d"$duration" --timeout 5s --latency "http://127.0.0.1:$port$path" >"$work/wrk.txt" 2>&1
      ticks_after=$(awk '{print $14 + $15}' /proc/$server_pid/stat)
      local hwm anon
      hwm=$(awk '/VmHWM/ {print $2}' /proc/$server_pid/status)
      anon=$(awk '/RssAnon/ {print $2}' /proc/$server_pid/status)
      python3 - "$label" "$path" "$conns" "$hwm" "$anon" "$((ticks_after - ticks_before))" "$(getconf CLK_TCK)" "$work/wrk.txt" >>"$work/rows.tsv" <<'PY'
import re, sys
label, path, conns, hwm_kib, anon_kib, ticks, clk, f = sys.argv[1:]
t = open(f).read()
def unit(v):
    m = re.match(r"([\d.]+)(us|ms|s)", v)
    n, u = float(m.group(1)), m.group(2)
    return n / 1000 if u == "us" else n if u == "ms" else n * 1000
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1))
p50 = unit(re.search(r"\s50%\s+(\S+)", t).group(1))
p99 = unit(re.search(r"\s99%\s+(\S+)", t).group(1))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
timeouts = re.search(r"timeout (\d+)", t)
total = int(re.search(r"(\d+) requests in", t).group(1))
cpu = int(ticks) / int(clk)
print("\t".join(map(str, [label, path, conns, f"{rps:.0f}", f"{p50:.2f}", f"{p99:.2f}",
      f"{int(hwm_kib)/1024:.0f} ({int(anon_kib)/1024:.0f})", errors.group(1) if errors else "0", timeouts.group(1) if timeouts else "0",
      f"{total/cpu:.0f}" if cpu else "n/a"])))
PY
    done
  done
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
}

run_db sqlite "sqlite://$work/bench.sqlite"
pg_url=$(scripts/postgres.sh start "$pgdir")
run_db postgresql "$pg_url"

python3 - "$work/rows.tsv" bench/http/latest.md <<'PY'
import sys, datetime, subprocess
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
base = {(r[0], r[2]): float(r[3]) for r in rows if r[1] == "/api/v1/health"}
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
out = [f"Measured {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC on {cpu} ({subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores), "
       "wrk -t2 on the same machine (server and load generator share the cores: compare rows, not absolutes).", "",
       "| database | endpoint | connections | req/s | ratio to health | p50 ms | p99 ms | RSS MiB: peak (own) | non-2xx | timeouts | req per server CPU-s |",
       "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
for r in rows:
    ratio = float(r[3]) / base[(r[0], r[2])]
    out.append(f"| {r[0]} | `GET {r[1]}` | {r[2]} | {r[3]} | {ratio:.2f} | {r[4]} | {r[5]} | {r[6]} | {r[7]} | {r[8]} | {r[9]} |")
open(sys.argv[2], "w").write("\n".join(out) + "\n")
print("\n".join(out))
PY
python3 - bench/RESULTS.md bench/http/latest.md <<'PY'
import sys, re
path, latest = sys.argv[1], open(sys.argv[2]).read()
text = open(path).read() if __import__("os").path.exists(path) else "# Benchmark results\n"
section = "## HTTP: health baseline vs regio read (`bench/http/run.sh`, `make bench`)\n\n" + latest
pattern = re.compile(r"## HTTP: health baseline.*?(?=\n## |\Z)", re.S)
text = pattern.sub(section.rstrip("\n") + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
open(path, "w").write(text)
PY
