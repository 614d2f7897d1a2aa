#!/usr/bin/env bash
# Benchmark: DOCX rendering of a 2-page Báo cáo thành tích and a 500-row Danh sách, tdkt against docxtemplater
# and Carbone (npm) rendering equivalent Word templates with the same data, each in one process, same run.
# Prints ms per document, documents per second and the ratio to the best peer. Run: bash bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
bash scripts/build.sh >/dev/null
command -v npm >/dev/null || { echo "bench: cần Node.js và npm"; exit 1; }
( cd bench && npm install --no-audit --no-fund --silent >/dev/null )
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
/usr/bin/python3 bench/make_data.py "$W" forms/examples/bao-cao-thanh-tich-ca-nhan.json
echo '{}' > "$W/empty.json"
for p in bench/peer/*.xml; do  # the peers' Word templates, made by tdkt from XML
  build/tdkt_bench "$p" "$W/empty.json" 1 "$W/$(basename "$p" .xml).docx" >/dev/null
done
N_REPORT=${N_REPORT:-300}
N_LIST=${N_LIST:-40}
PIN=""; command -v taskset >/dev/null && PIN="taskset -c 0"
# Three interleaved rounds; the median of each tool is reported (the shared VM's load varies by ±30 %).
ROUNDS=${ROUNDS:-3}
TR=(); TL=(); PE=()
for r in $(seq "$ROUNDS"); do
  TR+=("$($PIN build/tdkt_bench templates/bao-cao-thanh-tich-ca-nhan.xml "$W/bao-cao-2-trang.json" "$N_REPORT" "$W/tdkt-bao-cao.docx")")
  TL+=("$($PIN build/tdkt_bench bench/danh-sach.xml "$W/danh-sach-500.json" "$N_LIST" "$W/tdkt-danh-sach.docx")")
  PE+=("$(cd bench && $PIN node peers.js "$W" "$N_REPORT" "$N_LIST")")
done
median() { /usr/bin/python3 -c 'import json,statistics,sys; xs=[json.loads(a) for a in sys.argv[2:]]; key=sys.argv[1].split("."); 
v=[x for x in xs]
for k in key: v=[x[k] for x in v]
print(statistics.median(v))' "$@"; }
tr="{\"ms_per_doc\": $(median ms_per_doc "${TR[@]}")}"
tl="{\"ms_per_doc\": $(median ms_per_doc "${TL[@]}")}"
peers="{\"docxtemplater\": {\"report\": $(median docxtemplater.report "${PE[@]}"), \"list\": $(median docxtemplater.list "${PE[@]}")},
        \"carbone\": {\"report\": $(median carbone.report "${PE[@]}"), \"list\": $(median carbone.list "${PE[@]}")}}"
pages() { (cd "$W" && timeout 300 soffice --headless -env:UserInstallation=file://$W/lo --convert-to pdf "$1" >/dev/null 2>&1 && pdfinfo "${1%.docx}.pdf" | awk '/^Pages:/{print $2}') || echo "?"; }
PR=$(command -v soffice >/dev/null && pages tdkt-bao-cao.docx || echo "?")
PL=$(command -v soffice >/dev/null && pages tdkt-danh-sach.docx || echo "?")
/usr/bin/python3 - "$tr" "$tl" "$peers" "$PR" "$PL" <<'PY'
import json, sys
tr, tl, peers = json.loads(sys.argv[1]), json.loads(sys.argv[2]), json.loads(sys.argv[3])
rows = [("Báo cáo thành tích (%s trang)" % sys.argv[4], tr["ms_per_doc"], peers["docxtemplater"]["report"], peers["carbone"]["report"]),
        ("Danh sách 500 dòng (%s trang)" % sys.argv[5], tl["ms_per_doc"], peers["docxtemplater"]["list"], peers["carbone"]["list"])]
print(f"{'văn bản':34} {'tdkt ms':>9} {'docxtemplater':>14} {'Carbone':>9} {'tdkt văn bản/s':>15} {'so với peer tốt nhất':>21}")
for name, t, d, c in rows:
    best = min(d, c)
    print(f"{name:34} {t:9.2f} {d:14.2f} {c:9.2f} {1000 / t:15.0f} {best / t:20.1f}×")
print("(trung vị của các vòng đo xen kẽ; một tiến trình cho mỗi công cụ, ghim vào 1 lõi, trong bộ nhớ, cùng dữ liệu;")
print(" các công cụ kia nhận số tiền và tiền bằng chữ đã định dạng sẵn)")
PY
