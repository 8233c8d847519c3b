#!/usr/bin/env bash
# bench/budget: the ontschot budget at a million ledger entries. Per database (SQLite,
# PostgreSQL): rmt_budget_bench genereer (one regio, N interventies in one year and their money
# trail: ~2.7 ledger entries each), then — each its own process, peak RSS by /usr/bin/time —
# the baseline (stream every ledger entry once), `rmt budget verify`, the year-end export (CSV and
# XLSX), and commitment approvals under contention (1 and 16 threads on one budget line with room
# for 3/4 of the requests; the run fails if the line is overspent). Writes bench/budget/latest.md
# and the "Budget" section of bench/RESULTS.md.
# Usage: bench/budget/run.sh [build dir]   (BENCH_BUDGET_N, BENCH_DATABASES, BENCH_CONTENTION_N)
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build}"
n="${BENCH_BUDGET_N:-380000}"
databases="${BENCH_DATABASES:-sqlite postgresql}"
verzoeken="${BENCH_CONTENTION_N:-2000}"
work=$(mktemp -d /tmp/rmt-bench-budget.XXXXXX)
pgdir=$(mktemp -d /tmp/rmt-pg.XXXXXX)
cleanup() {
  scripts/postgres.sh stop "$pgdir" || true
  rm -rf "$work"
}
trap cleanup EXIT

# timed LABEL STEP COMMAND...: runs it, appends "label step peak-RSS-KiB output" to rows.tsv.
timed() {
  local label=$1 step=$2; shift 2
  /usr/bin/time -f "%M" -o "$work/rss.txt" "$@" >"$work/out.txt" 2>"$work/err.txt" || { cat "$work/err.txt" "$work/out.txt" >&2; exit 1; }
  printf '%s\t%s\t%s\t%s\n' "$label" "$step" "$(cat "$work/rss.txt")" "$(tail -1 "$work/out.txt")" >>"$work/rows.tsv"
  tail -1 "$work/out.txt"
}

run_db() {  # $1 label, $2 database URL
  local label=$1 url=$2
  timed "$label" genereer "$build/rmt_budget_bench" genereer "$url" "$n"
  [ "$label" = postgresql ] && psql -q "$url" -c "VACUUM (ANALYZE)"
  timed "$label" scan "$build/rmt_budget_bench" scan "$url"
  timed "$label" verify python3 -c 'import subprocess, sys, time
t = time.monotonic(); r = subprocess.run(sys.argv[1:], capture_output=True, text=True)
print(r.stdout.strip().splitlines()[-1], "seconden=%.3f" % (time.monotonic() - t)); sys.exit(r.returncode)' \
    "$build/rmt" budget verify --database "$url" --log-level warn
  timed "$label" export-csv "$build/rmt_budget_bench" export "$url" csv
  timed "$label" export-xlsx "$build/rmt_budget_bench" export "$url" xlsx
  timed "$label" contention-1 "$build/rmt_budget_bench" contention "$url" 1 "$verzoeken"
  timed "$label" contention-16 "$build/rmt_budget_bench" contention "$url" 16 "$verzoeken"
  "$build/rmt" budget verify --database "$url" --log-level warn | tail -1 | grep -q "in orde" ||
    { echo "budget bench ($label): the ledger does not verify after the contention runs" >&2; exit 1; }
}

for db in $databases; do
  case $db in
    sqlite) run_db sqlite "sqlite://$work/bench.sqlite" ;;
    postgresql) run_db postgresql "$(scripts/postgres.sh start "$pgdir")" ;;
  esac
done

python3 - "$work/rows.tsv" bench/budget/latest.md "$n" <<'PY'
import sys, datetime, subprocess, re
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
n = int(sys.argv[3])
def kv(s): return dict(re.findall(r"(\w+)=([\w.\-]+)", s))
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
out = [f"Measured {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC on {cpu} ({nproc} cores).", "",
       "| database | step | ledger entries | seconds | ratio to scan | peak RSS MiB | result |", "| --- | --- | --- | --- | --- | --- | --- |"]
scan = {r[0]: float(kv(r[3])["seconden"]) for r in rows if r[1] == "scan"}
mut = {r[0]: int(kv(r[3])["mutaties"]) for r in rows if r[1] == "genereer"}
for label, step, rss, line in rows:
    d = kv(line)
    s = float(d.get("seconden", "nan"))
    ratio = f"{s / scan[label]:.1f}" if step not in ("genereer", "scan") and not step.startswith("contention") else ("1.0" if step == "scan" else "")
    if step == "genereer": result = f"{n:,} interventies, {int(d['declaraties']):,} declaraties"
    elif step == "verify": result = re.sub(r"\s*seconden=.*", "", line)
    elif step.startswith("export"): result = f"{int(d['bytes']):,} bytes"
    elif step.startswith("contention"):
        result = f"{d['per_seconde']} approvals/s; {d['goedgekeurd']} approved, {d['vol']} refused (line full), beschikbaar {d['beschikbaar']}"
    else: result = ""
    out.append(f"| {label} | {step} | {mut.get(label, 0):,} | {s:.2f} | {ratio} | {int(rss)/1024:.0f} | {result} |")
for label in scan:
    one = next(kv(r[3]) for r in rows if r[0] == label and r[1] == "contention-1")
    many = next(kv(r[3]) for r in rows if r[0] == label and r[1] == "contention-16")
    out.append(f"\n- {label}: 16 threads approve at {float(many['per_seconde']) / float(one['per_seconde']):.2f}× the rate of one thread"
               " (every approval locks the same line; the ratio shows what contention costs).")
open(sys.argv[2], "w").write("\n".join(out) + "\n")
print("\n".join(out))
PY
source bench/lib.sh
results_section "Budget: ledger of ~1M entries (\`bench/budget/run.sh\`, \`make bench\`)" bench/budget/latest.md
