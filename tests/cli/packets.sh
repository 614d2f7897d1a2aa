#!/usr/bin/env bash
# The council workbook and the submission packets of the example round (seed 004, năm 2024): workbook
# values and totals through openpyxl and LibreOffice (which recalculates the SUM formulas); packets
# verified, then tampered (one byte, a file removed, a file added, raw zip damage) and refused; same
# input and clock → the same bytes; a run killed with the temporary file complete leaves nothing under
# the final name; a document edited on disk after it was made stops the packet.
source "$(dirname "$0")/lib/common.bash" "$@"
PY=/usr/bin/python3
CHECKS="$ROOT/../shared/checks"
DB="$WORK/dot.db"
run 0 --db "$DB" movement import examples/movements/004-phu-my-cchc-2021-2025.json
run 0 --db "$DB" data import examples/datasets/phu-my-2021-2025.json
check "example round runs" env TDKT="$TDKT" bash examples/rounds/phu-my-2024.sh "$DB" "$WORK/bc" > "$WORK/round.log" 2>&1 || cat "$WORK/round.log"
T() { run "$1" --db "$DB" --now 2025-03-01 "${@:2}"; }

# ── Council workbook ──
T 0 export workbook --movement PM-CCHC-2021-2025 --round 2024 -o "$WORK/hd.xlsx"
has out "5 dòng danh sách"
check "council workbook: names, money, totals" "$CHECKS/check-xlsx" "$WORK/hd.xlsx" \
  --cell "GK CT UBND huyện - cá nhân!B6=Dương Tấn Bình" --cell "GK CT UBND huyện - cá nhân!J6=710000" \
  --cell "GK CT UBND huyện - tập thể!B6=Phòng Nội vụ" \
  --cell "GK CT UBND huyện - tập thể!J9=1410000" --cell "GK CT UBND huyện - tập thể!J10==SUM(J6:J9)" \
  --cell "Tổng hợp!F9==SUM(F5:F8)" --cell "Kết quả kiểm phiếu!H8=trên 50 %" --cell "Kết quả kiểm phiếu!I8=Không đạt" \
  --rows "Phiếu bầu>=11" --contains "PHIẾU BẦU"
check "workbook layout: merged title, frozen header, autofilter, A4 landscape, repeated header, cached totals" $PY - "$WORK/hd.xlsx" <<'EOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["GK CT UBND huyện - tập thể"]
assert "A1:J1" in [str(r) for r in ws.merged_cells.ranges]
assert ws.freeze_panes == "A6", ws.freeze_panes
assert ws.auto_filter.ref == "A5:J9", ws.auto_filter.ref
assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
assert ws.print_title_rows == "$5:$5", ws.print_title_rows
assert ws["J6"].value is None, "no money for the nominee the council did not pass"
assert ws["J7"].number_format == "#,##0" and ws["I7"].number_format == "0.00%"
v = openpyxl.load_workbook(sys.argv[1], data_only=True)
assert v["GK CT UBND huyện - tập thể"]["J10"].value == 4230000, v["GK CT UBND huyện - tập thể"]["J10"].value
assert v["Tổng hợp"]["F9"].value == 4940000 and v["Tổng hợp"]["E9"].value == 5
EOF
# LibreOffice opens it and recalculates: the totals agree with the decision (4.940.000 đ).
mkdir -p "$WORK/csv"
with_lo_retry timeout 180 soffice -env:UserInstallation=file://$WORK/lo --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' --outdir "$WORK/csv" "$WORK/hd.xlsx" > /dev/null 2>&1
check "LibreOffice: Tổng hợp total row" grep -q "^,Tổng cộng,4,1,5,4940000$" "$WORK/csv/hd-Tổng hợp.csv"
check "LibreOffice: tally ratio 3/7 recalculated" grep -q "Phòng Nội vụ,Phòng Nội vụ,.*,7,3,42.8571428571429%,trên 50 %,Không đạt" "$WORK/csv/hd-Kết quả kiểm phiếu.csv"
T 0 export workbook --movement PM-CCHC-2021-2025 --round 2024 --sort quyet_dinh --stream -o "$WORK/hd-stream.xlsx"
check "streamed workbook keeps values, autofilter and totals" $PY - "$WORK/hd-stream.xlsx" <<'EOF'
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["GK CT UBND huyện - tập thể"]
assert ws.auto_filter.ref == "A5:J9", ws.auto_filter.ref
assert ws["J10"].value == "=SUM(J6:J9)"
assert [ws.cell(r, 2).value for r in range(6, 10)] == ["Ủy ban nhân dân xã Mỹ Đức", "Ủy ban nhân dân xã Mỹ Lộc", "Ủy ban nhân dân xã Mỹ Châu", "Phòng Nội vụ"], [ws.cell(r, 2).value for r in range(6, 10)]
EOF
T 2 export workbook --movement PM-CCHC-2021-2025 -o "$WORK/x.xlsx"
T 2 export workbook --movement PM-CCHC-2021-2025 --round 2024 --sort ten -o "$WORK/x.xlsx"

# ── Packets ──
T 0 packet 1 -o "$WORK/hs1.zip"
has out "01-to-trinh.pdf"
has out "03-bao-cao-thanh-tich/02-person-PM026.txt"
T 0 packet verify "$WORK/hs1.zip"
has out "Bộ hồ sơ toàn vẹn (hồ sơ số 1): 8 tệp"
mkdir -p "$WORK/hs1" && (cd "$WORK/hs1" && unzip -q ../hs1.zip)
check "manifest names movement, dossier, state, legal basis" $PY - "$WORK/hs1/manifest.json" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1]))
assert m["movement"]["code"] == "PM-CCHC-2021-2025" and m["dossier"]["state"] == "luu_tru"
assert m["dossier"]["submission_number"] == "02/TTr-UBND" and m["legal_basis"]["decree"] == "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023" and m["legal_basis"]["law"] == "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022"
assert [f["name"] for f in m["files"]][:4] == ["01-to-trinh.docx", "01-to-trinh.pdf", "02-bien-ban.docx", "02-bien-ban.pdf"]
EOF
check "merged PDF passes check-pdf" "$CHECKS/check-pdf" "$WORK/hs1/ho-so-gop.pdf" --contains "TỜ TRÌNH" --contains "BIÊN BẢN" --pages 4
check "merged PDF bookmarks in the order of the dossier composition" $PY - "$WORK/hs1/ho-so-gop.pdf" <<'EOF'
import json, subprocess, sys
j = json.loads(subprocess.run(["qpdf", "--json=2", "--json-key=outlines", sys.argv[1]], capture_output=True, text=True, check=True).stdout)
root = j["outlines"]
assert root[0]["title"] == "Hồ sơ đề nghị khen thưởng — Ủy ban nhân dân xã Mỹ Đức", root[0]["title"]
kids = [k["title"] for k in root[0]["kids"]]
assert kids == ["Tờ trình số 02/TTr-UBND kèm Danh sách", "Biên bản họp xét"], kids
EOF
check "packet XLSX list passes check-xlsx" "$CHECKS/check-xlsx" "$WORK/hs1/danh-sach-de-nghi.xlsx" --contains "Dương Tấn Bình" --contains "Ủy ban nhân dân xã Mỹ Đức"
check "packet DOCX opens" "$CHECKS/check-docx" "$WORK/hs1/01-to-trinh.docx" --contains "TỜ TRÌNH"
T 0 packet qd:1 -o "$WORK/qd1.zip"
T 0 packet verify "$WORK/qd1.zip"
has out "Quyết định số 01/QĐ-UBND"
sleep 1
T 0 packet qd:1 -o "$WORK/qd1-again.zip"
check "same input and clock → byte-identical packet" cmp -s "$WORK/qd1.zip" "$WORK/qd1-again.zip"
$PY - "$WORK" <<'EOF'
import sys, zipfile
w = sys.argv[1]
src = zipfile.ZipFile(f"{w}/qd1.zip"); names = src.namelist(); data = {n: src.read(n) for n in names}
def out(name, files):
    with zipfile.ZipFile(f"{w}/{name}", "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in files: z.writestr(n, d)
b = bytearray(data["01-quyet-dinh.pdf"]); b[200] ^= 1
out("byte.zip", [(n, bytes(b) if n == "01-quyet-dinh.pdf" else data[n]) for n in names])
out("removed.zip", [(n, data[n]) for n in names if n != "02-danh-sach-khen-thuong.xlsx"])
out("extra.zip", [(n, data[n]) for n in names] + [("ghi-chu.txt", b"them")])
raw = bytearray(open(f"{w}/qd1.zip", "rb").read()); raw[len(raw) // 3] ^= 0xFF
open(f"{w}/raw.zip", "wb").write(raw)
EOF
T 6 packet verify "$WORK/byte.zip"
has err "tệp «01-quyet-dinh.pdf» đã bị thay đổi"
T 6 packet verify "$WORK/removed.zip"
has err "thiếu tệp «02-danh-sach-khen-thuong.xlsx»"
T 6 packet verify "$WORK/extra.zip"
has err "thừa tệp «ghi-chu.txt»"
T 6 packet verify "$WORK/raw.zip"
T 3 packet verify "$WORK/khong-co.zip"
T 2 packet abc -o "$WORK/x.zip"
T 3 packet 99 -o "$WORK/x.zip"

# A run killed while the temporary file is complete: nothing under the final name.
TDKT_TEST_PACKET_DELAY_MS=3000 "$TDKT" --db "$DB" --now 2025-03-01 packet 2 -o "$WORK/hs2.zip" > /dev/null 2>&1 &
pid=$!
for _ in $(seq 1 100); do ls "$WORK"/hs2.zip.tmp-* > /dev/null 2>&1 && break; sleep 0.05; done
sleep 0.3
kill -9 $pid; wait $pid 2>/dev/null
check "killed run: no packet under the final name" test ! -e "$WORK/hs2.zip"
T 0 packet 2 -o "$WORK/hs2.zip"
T 0 packet verify "$WORK/hs2.zip"
# A generated document edited on disk after it was made: the packet is refused, nothing written.
pdf=$(sqlite3 "$DB" "SELECT path FROM documents WHERE dossier_id=3 AND kind='to_trinh' AND path LIKE '%.pdf' ORDER BY id DESC LIMIT 1")
printf '%%sửa tay' >> "$pdf"
T 6 packet 3 -o "$WORK/hs3.zip"
has err "đã bị thay đổi sau khi lập"
check "refused packet not written" test ! -e "$WORK/hs3.zip"
finish
