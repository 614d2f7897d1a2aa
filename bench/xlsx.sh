#!/usr/bin/env bash
# The award list of 100,000 rows × 10 columns (title, header, borders, wrap, number formats, autofilter,
# frozen header, print setup, SUM total) written by: raw libxlsxwriter (the limit), tdkt's render/xlsx
# (stream mode, as the council workbook uses it above 20,000 rows), openpyxl write-only and exceljs's
# streaming writer (the peers), same cells, same run, interleaved; median of N rounds (default 3) of wall
# time and peak memory (max RSS). Then tdkt at 10,000 / 100,000 / 300,000 rows to show memory stays flat.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-3}
ROWS=100000
command -v node >/dev/null || { echo "bench: cần Node.js (npm) cho exceljs"; exit 1; }
( cd bench && npm install --no-audit --no-fund --silent >/dev/null )
cmake --build build --target tdkt_bench_xlsx >/dev/null
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
measure() {  # measure NAME CMD… → appends "seconds kilobytes" to $W/NAME
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$W/t" "$@" >/dev/null
  cat "$W/t" >> "$W/$name"
}
for i in $(seq "$N"); do
  measure raw build/tdkt_bench_xlsx raw $ROWS "$W/raw.xlsx"
  measure tdkt build/tdkt_bench_xlsx tdkt $ROWS "$W/tdkt.xlsx"
  measure openpyxl /usr/bin/python3 bench/peer/xlsx_openpyxl.py $ROWS "$W/openpyxl.xlsx"
  measure exceljs node bench/peer/xlsx_exceljs.js $ROWS "$W/exceljs.xlsx"
done
for r in 10000 300000; do measure "tdkt-$r" build/tdkt_bench_xlsx tdkt $r "$W/tdkt-$r.xlsx"; done
# Every file must hold the same first and last name (the peers are judged on the same work).
for f in raw tdkt openpyxl exceljs; do
  ../shared/checks/check-xlsx "$W/$f.xlsx" --contains "Nguyễn Thị Ngọc Ánh 0" --contains "Nguyễn Thị Ngọc Ánh $((ROWS - 1))" >/dev/null || { echo "bench: $f.xlsx không đúng"; exit 1; }
done
/usr/bin/python3 - "$W" "$ROWS" <<'PY'
import sys, statistics
w, rows = sys.argv[1], int(sys.argv[2])
def load(n):
    xs = [l.split() for l in open(f"{w}/{n}") if l.strip()]
    return statistics.median(float(a) for a, _ in xs), max(int(b) for _, b in xs) / 1024
res = {n: load(n) for n in ["raw", "tdkt", "openpyxl", "exceljs"]}
print(f"{rows:,} dòng × 10 cột (trung vị thời gian, bộ nhớ đỉnh):")
for n, label in [("raw", "libxlsxwriter trực tiếp (giới hạn)"), ("tdkt", "tdkt render/xlsx (stream)"), ("openpyxl", "openpyxl write-only"), ("exceljs", "exceljs stream")]:
    s, m = res[n]; print(f"  {label:38s} {s:6.2f} s  {m:7.1f} MB")
t, m = res["tdkt"]
print(f"tdkt / libxlsxwriter: {t / res['raw'][0]:.2f}× thời gian (mục tiêu ≤ 1,25×)")
print(f"openpyxl / tdkt: {res['openpyxl'][0] / t:.1f}× (mục tiêu ≥ 5×); exceljs / tdkt: {res['exceljs'][0] / t:.1f}×")
print(f"bộ nhớ tdkt / exceljs: {m / res['exceljs'][1]:.3f} (mục tiêu < 0,1)")
for r in (10000, 300000):
    s, mm = load(f"tdkt-{r}"); print(f"  tdkt {r:>7,} dòng: {s:5.2f} s, {mm:5.1f} MB")
PY
