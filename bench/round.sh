#!/usr/bin/env bash
# Workflow throughput with durable commits (SQLite WAL, synchronous=FULL): the Phù Mỹ 2024 round script is run
# N times into fresh workspaces; each run is ~95 audited changes (acts, nominations, meetings, documents,
# votes, decision) through the real CLI, one process per command as an office would use it. Prints the time per
# audited change. The 5,000-nomination province-scale round: bench/province.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-3}
T=$(pwd)/build/tdkt
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
total=0; rows=0
for i in $(seq "$N"); do
  db="$W/r$i/tdkt.db"; mkdir -p "$W/r$i"
  "$T" --db "$db" movement import examples/movements/004-phu-my-cchc-2021-2025.json >/dev/null
  "$T" --db "$db" data import examples/datasets/phu-my-2021-2025.json >/dev/null
  before=$(/usr/bin/python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from audit_log").fetchone()[0])' "$db")
  s=$(date +%s.%N)
  TDKT="$T" bash examples/rounds/phu-my-2024.sh "$db" "$W/r$i/bc" >/dev/null 2>&1
  e=$(date +%s.%N)
  after=$(/usr/bin/python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from audit_log").fetchone()[0])' "$db")
  total=$(/usr/bin/python3 -c "print($total + $e - $s)"); rows=$((rows + after - before))
done
/usr/bin/python3 -c "t=$total; r=$rows; print(f'{r} audited changes in {t:.2f} s (incl. DOCX+PDF rendering and process start): {r/t:.1f} changes/s, {1000*t/r:.1f} ms each')"
