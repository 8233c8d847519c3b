# Shared by the bench scripts that measure the server with wrk (source it after setting `work`,
# `conns`, `duration`; `server_pid` names the running server).

free_port() { local p=$1; while (echo >/dev/tcp/127.0.0.1/$p) 2>/dev/null; do p=$((p + 1)); done; echo $p; }

totp() {  # RFC 6238 code for the demo secret
  python3 -c 'import base64,hmac,struct,time,sys
k=base64.b32decode(sys.argv[1]); h=hmac.new(k,struct.pack(">Q",int(time.time())//30),"sha1").digest()
o=h[-1]&15; print("%06d"%((struct.unpack(">I",h[o:o+4])[0]&0x7fffffff)%1000000))' JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
}

json_get() {  # json_get a.b.0 < document: one value by its path
  python3 -c 'import json,sys; d=json.load(sys.stdin)
for k in sys.argv[1].split("."): d=d[int(k)] if k.isdigit() else d[k]
print(d)' "$1"
}

# login BASE EMAIL: a demo account's session (password, then TOTP); sets `cookie` and `csrf`
# (the session and its CSRF token are renewed after the second factor).
login() {
  local base=$1 email=$2
  curl -fs -c "$work/jar" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"wachtwoord\":\"Werkcentrum-demo-2026\"}" "$base/api/v1/sessie" >"$work/login.json"
  csrf=$(json_get csrfToken <"$work/login.json")
  csrf=$(curl -fs -b "$work/jar" -c "$work/jar" -H 'Content-Type: application/json' -H "X-CSRF-Token: $csrf" \
    -d "{\"code\":\"$(totp)\"}" "$base/api/v1/sessie/totp" | json_get csrfToken)
  cookie=$(awk '$6 ~ /rmt-sessie/ {print $6 "=" $7}' "$work/jar")
}

# measure LABEL NAME WRK-ARGS...: a 3 s warm-up, then one run; appends a row to $work/rows.tsv
# (label, name, req/s, p50 ms, p99 ms, server RSS MiB, non-2xx, requests per server CPU-s). The RSS
# cell is "peak (own)": the peak counts the database pages the server touched through its memory
# map of an SQLite file (the kernel's page cache, shared and reclaimable); own is its anonymous
# memory (RssAnon) at the end of the run.
measure() {
  local label=$1 name=$2; shift 2
  wrk -t2 -c"$conns" -d3s "$@" >/dev/null 2>&1
  local before after
  before=$(awk '{print $14 + $15}' /proc/$server_pid/stat)
  wrk -t2 -c"$conns" -d"$duration" --timeout 5s --latency "$@" >"$work/wrk.txt" 2>&1
  after=$(awk '{print $14 + $15}' /proc/$server_pid/stat)
  python3 - "$label" "$name" "$(awk '/VmHWM/ {print $2}' /proc/$server_pid/status)" \
    "$(awk '/RssAnon/ {print $2}' /proc/$server_pid/status)" "$((after - before))" \
    "$(getconf CLK_TCK)" "$work/wrk.txt" >>"$work/rows.tsv" <<'PY'
import re, sys
label, name, hwm, anon, ticks, clk, f = sys.argv[1:]
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
print("\t".join([label, name, f"{rps:.0f}", f"{p50:.2f}", f"{p99:.2f}", f"{int(hwm)/1024:.0f} ({int(anon)/1024:.0f})",
                 bad.group(1) if bad else "0", f"{total/cpu:.0f}" if cpu else "n/a"]))
PY
}

# results_section HEADING LATEST: replaces (or appends) the section of bench/RESULTS.md whose
# heading starts with HEADING's text up to the first colon, with LATEST's content.
results_section() {
  python3 - bench/RESULTS.md "$1" "$2" <<'PY'
import sys, re
path, heading, latest = sys.argv[1], sys.argv[2], open(sys.argv[3]).read()
text = open(path).read()
section = "## " + heading + "\n\n" + latest
pattern = re.compile(r"## " + re.escape(heading.split(":")[0]) + r":.*?(?=\n## |\Z)", re.S)
text = pattern.sub(lambda m: section.rstrip("\n") + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
open(path, "w").write(text)
PY
}
