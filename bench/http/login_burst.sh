#!/usr/bin/env bash
# bench/http/login_burst: does a burst of logins starve other requests? p99 of
# GET /api/v1/regios (8 connections) idle, then while 50 connections log in continuously
# (bench/http/login.lua). Target (issue 3): p99 under the burst ≤ 2× the idle p99, same run.
# Writes the "Login burst" section of bench/RESULTS.md. Usage: bench/http/login_burst.sh [build dir]
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build}"
duration="${BENCH_DURATION:-15s}"
work=$(mktemp -d /tmp/rmt-bench.XXXXXX)
server_pid=""; burst_pid=""
cleanup() {
  [ -n "$burst_pid" ] && kill "$burst_pid" 2>/dev/null || true
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
port=18580; while (echo >/dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done
url="http://127.0.0.1:$port"
"$build/rmt" serve --listen 127.0.0.1:$port --database "sqlite://$work/bench.sqlite" --web-root web/dist \
  --log-level warn --mode development --key-file "$work/bench.keys" --demo >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 200); do curl -fs "$url/api/v1/ready" >/dev/null 2>&1 && break; sleep 0.1; done

p99() { python3 -c "
import re,sys
t=open(sys.argv[1]).read()
def ms(v):
    n,u=re.match(r'([\d.]+)(us|ms|s)',v).groups(); n=float(n)
    return n/1000 if u=='us' else n if u=='ms' else n*1000
print('%.2f %.2f %s %s' % (ms(re.search(r'\s50%\s+(\S+)',t).group(1)), ms(re.search(r'\s99%\s+(\S+)',t).group(1)),
      re.search(r'Requests/sec:\s+([\d.]+)',t).group(1), (re.search(r'Non-2xx or 3xx responses: (\d+)',t) or [0,'0'])[1]))" "$1"; }

wrk -t1 -c8 -d3s "$url/api/v1/regios" >/dev/null 2>&1   # warm-up
wrk -t1 -c8 -d"$duration" --latency "$url/api/v1/regios" >"$work/idle.txt" 2>&1
wrk -t1 -c50 -d60s --timeout 30s --latency -s bench/http/login.lua "$url/api/v1/sessie" >"$work/logins.txt" 2>&1 &
burst_pid=$!
sleep 3
wrk -t1 -c8 -d"$duration" --latency "$url/api/v1/regios" >"$work/burst.txt" 2>&1
kill -INT "$burst_pid"; wait "$burst_pid" 2>/dev/null || true; burst_pid=""

read -r idle_p50 idle_p99 idle_rps _ <<<"$(p99 "$work/idle.txt")"
read -r burst_p50 burst_p99 burst_rps burst_err <<<"$(p99 "$work/burst.txt")"
read -r login_p50 login_p99 login_rps login_err <<<"$(p99 "$work/logins.txt")"
ratio=$(python3 -c "print('%.2f' % ($burst_p99 / $idle_p99))")
section=$(cat <<MD
## Login burst (\`bench/http/login_burst.sh\`, \`make bench\`)

Measured $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, SQLite, wrk on the same machine. 50 connections
log in continuously (correct password; Argon2id on the separate heavy pool of
max(1, cores/2) threads) while 8 connections read \`GET /api/v1/regios\`.

| load on \`GET /api/v1/regios\` | p50 ms | p99 ms | req/s | non-2xx |
| --- | --- | --- | --- | --- |
| idle | $idle_p50 | $idle_p99 | $idle_rps | 0 |
| during the login burst | $burst_p50 | $burst_p99 | $burst_rps | $burst_err |

p99 during the burst / idle p99: **$ratio** (target ≤ 2). Logins themselves during the burst:
$login_rps logins/s, p50 $login_p50 ms, p99 $login_p99 ms (they queue for the hashing thread), non-2xx $login_err.
MD
)
echo "$section"
python3 - bench/RESULTS.md "$section" <<'PY'
import sys, re
path, section = sys.argv[1], sys.argv[2]
text = open(path).read()
pattern = re.compile(r"## Login burst.*?(?=\n## |\Z)", re.S)
text = pattern.sub(section.rstrip("\n") + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w").write(text)
PY
