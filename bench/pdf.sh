#!/usr/bin/env bash
# Benchmark: PDF of a 2-page Báo cáo thành tích and a 500-row Danh sách (27 pages). tdkt renders the PDF
# itself (template → IR → layout → PoDoFo, in one process, pinned to one core); the peer an office would
# otherwise use is LibreOffice converting tdkt's own DOCX of the same documents, measured in the same run:
# one soffice call for a batch of documents, and one soffice call per document.
# Prints ms per document, documents per second and the ratios. Run: bash bench/pdf.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test >/dev/null
bash scripts/build.sh >/dev/null
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
/usr/bin/python3 bench/make_data.py "$W" forms/examples/bao-cao-thanh-tich-ca-nhan.json
N_REPORT=${N_REPORT:-200}
N_LIST=${N_LIST:-20}
B_REPORT=${B_REPORT:-20}   # documents in one soffice call
B_LIST=${B_LIST:-4}
S_REPORT=${S_REPORT:-3}    # separate soffice calls
S_LIST=${S_LIST:-2}
PIN=""; command -v taskset >/dev/null && PIN="taskset -c 0"
TR=$($PIN build/tdkt_bench templates/bao-cao-thanh-tich-ca-nhan.xml "$W/bao-cao-2-trang.json" "$N_REPORT" "$W/r.pdf")
TL=$($PIN build/tdkt_bench bench/danh-sach.xml "$W/danh-sach-500.json" "$N_LIST" "$W/l.pdf")
build/tdkt_bench templates/bao-cao-thanh-tich-ca-nhan.xml "$W/bao-cao-2-trang.json" 1 "$W/r.docx" >/dev/null
build/tdkt_bench bench/danh-sach.xml "$W/danh-sach-500.json" 1 "$W/l.docx" >/dev/null
PROFILE="file://$W/lo-profile"
soffice -env:UserInstallation="$PROFILE" --headless --convert-to pdf --outdir "$W/warm" "$W/r.docx" >/dev/null 2>&1  # profile creation
now() { date +%s.%N; }
batch() {  # batch NAME COUNT → seconds per document, one soffice call for COUNT copies
  mkdir -p "$W/b-$1"; for i in $(seq "$2"); do cp "$W/$1.docx" "$W/b-$1/$1-$i.docx"; done
  local a b; a=$(now)
  soffice -env:UserInstallation="$PROFILE" --headless --convert-to pdf --outdir "$W/b-$1/out" "$W/b-$1"/*.docx >/dev/null 2>&1
  b=$(now); /usr/bin/python3 -c "import sys; print((float(sys.argv[2]) - float(sys.argv[1])) / int(sys.argv[3]))" "$a" "$b" "$2"
}
separate() {  # separate NAME COUNT → median seconds per document, one soffice call each
  local ts=() a b
  for i in $(seq "$2"); do
    a=$(now); soffice -env:UserInstallation="$PROFILE" --headless --convert-to pdf --outdir "$W/s-$1" "$W/$1.docx" >/dev/null 2>&1; b=$(now)
    ts+=("$(/usr/bin/python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$a" "$b")")
  done
  printf '%s\n' "${ts[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'
}
LBR=$(batch r "$B_REPORT"); LBL=$(batch l "$B_LIST")
LSR=$(separate r "$S_REPORT"); LSL=$(separate l "$S_LIST")
PR=$(pdfinfo "$W/r.pdf" | awk '/^Pages:/{print $2}'); PL=$(pdfinfo "$W/l.pdf" | awk '/^Pages:/{print $2}')
PRL=$(pdfinfo "$W/s-r/r.pdf" | awk '/^Pages:/{print $2}'); PLL=$(pdfinfo "$W/s-l/l.pdf" | awk '/^Pages:/{print $2}')
/usr/bin/python3 - "$TR" "$TL" "$LBR" "$LBL" "$LSR" "$LSL" "$PR/$PRL" "$PL/$PLL" <<'PY'
import json, sys
tr, tl = json.loads(sys.argv[1]), json.loads(sys.argv[2])
lbr, lbl, lsr, lsl = (float(x) * 1000 for x in sys.argv[3:7])
rows = [("Báo cáo thành tích (%s trang)" % sys.argv[7], tr, lbr, lsr), ("Danh sách 500 dòng (%s trang)" % sys.argv[8], tl, lbl, lsl)]
print(f"{'văn bản (trang tdkt/LO)':36} {'tdkt ms':>8} {'văn bản/s':>10} {'LO gộp ms':>10} {'LO từng tệp ms':>15} {'× LO gộp':>9} {'× LO từng tệp':>14}")
for name, t, b, s in rows:
    ms = t["ms_per_doc"]
    print(f"{name:36} {ms:8.2f} {1000 / ms:10.0f} {b:10.0f} {s:15.0f} {b / ms:8.1f}× {s / ms:13.0f}×")
print(f"tdkt chi tiết (ms/văn bản): báo cáo: mẫu {tr['template_ms']:.2f}, dàn trang {tr['layout_ms']:.2f}, PDF {tr['pdf_ms']:.2f}; "
      f"danh sách: mẫu {tl['template_ms']:.2f}, dàn trang {tl['layout_ms']:.2f}, PDF {tl['pdf_ms']:.2f}")
print("(tdkt: một tiến trình, ghim 1 lõi, trong bộ nhớ, gồm cả phân tích mẫu; LibreOffice: chuyển DOCX của chính tdkt,")
print(" «gộp» = một lệnh soffice cho cả lô, «từng tệp» = một lệnh soffice cho mỗi văn bản, thời gian thực)")
PY
