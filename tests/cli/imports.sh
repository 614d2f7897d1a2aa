#!/usr/bin/env bash
# Imports of units, people and nominations from XLSX (written by openpyxl, an independent writer) and CSV:
# a clean file; a file with 22 different kinds of error, each reported once at its row and column, and
# nothing imported; --good-rows-only; the marked copy; CSV with BOM, NFD text, formula-like cells (kept
# as text, also in the exported workbook); hostile zips (.. path, absolute path, bomb, DOCTYPE/entity).
source "$(dirname "$0")/lib/common.bash" "$@"
PY=/usr/bin/python3
CHECKS="$ROOT/../shared/checks"
DB="$WORK/w.db"
T() { run "$1" --db "$DB" --now 2026-01-05 "${@:2}"; }
T 0 movement import examples/movements/004-phu-my-cchc-2021-2025.json
T 0 data import examples/datasets/phu-my-2021-2025.json

# ── Units and people ──
$PY - "$WORK" <<'EOF'
import sys, openpyxl
w = sys.argv[1]
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Đơn vị"
ws.append(["DANH SÁCH ĐƠN VỊ TRỰC THUỘC"]); ws.append([])
ws.append(["STT", "Mã", "Tên đơn vị", "Tên viết tắt", "Cấp", "Mã đơn vị cấp trên"])
ws.append([1, "MY-DUC-TH", "Trường Tiểu học Mỹ Đức", "TH Mỹ Đức", "co_so", "MY-DUC"])
wb.save(f"{w}/don-vi.xlsx")
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Cá nhân"
ws.append(["STT", "Mã", "Họ và tên", "Giới tính", "Ngày sinh", "Chức vụ", "Mã đơn vị"])
import datetime
ws.append([1, "MD901", "Nguyễn Văn Nam", "Nam", datetime.date(1980, 5, 4), "Công chức Tư pháp - Hộ tịch", "MY-DUC"])
ws.append([2, "MD902", "Nguyễn Văn Nam", "Nam", "12/09/1991", "Công chức Địa chính", "MY-DUC"])
ws.append([3, "TH901", "Lê Thị Thu", "Nữ", "", "Giáo viên", "MY-DUC-TH"])
wb.save(f"{w}/ca-nhan.xlsx")
wb = openpyxl.Workbook(); ws = wb.active
ws.append(["Mã", "Họ và tên", "Giới tính", "Ngày sinh", "Mã đơn vị"])
ws.append(["MD903", "Phạm Văn Bảy", "X", "01/01/2090", "KHONG-CO"])
ws.append(["MD903", "", "Nam", "", "MY-DUC"])
wb.save(f"{w}/ca-nhan-loi.xlsx")
EOF
T 0 import units "$WORK/don-vi.xlsx"
has out "Đã nhập 1 đơn vị"
T 1 import people "$WORK/ca-nhan-loi.xlsx"
has err "dòng 2, cột C «Giới tính»"
has err "[gioi_tinh_khong_hop_le]"
has err "dòng 2, cột D «Ngày sinh»: ngày sinh 01/01/2090 ở tương lai"
has err "[ngay_sinh_tuong_lai]"
has err "dòng 2, cột E «Mã đơn vị»"
has err "dòng 3, cột A «Mã»"
has err "trùng với dòng 2 [trung_dong]"
has err "dòng 3, cột B «Họ và tên»"
T 0 import people "$WORK/ca-nhan.xlsx"
has out "Đã nhập 3 cá nhân"
T 0 person list --unit MY-DUC
has out "Nguyễn Văn Nam"
check "people import wrote the Excel date as 1980-05-04" test "$(sqlite3 "$DB" "SELECT birth_date FROM people WHERE code='MD901'")" = 1980-05-04
check "and the text date 12/09/1991 as 1991-09-12" test "$(sqlite3 "$DB" "SELECT birth_date FROM people WHERE code='MD902'")" = 1991-09-12

# One bad row far down (row 1,000,000 — a stray cell): the marked copy keeps its row number and writes
# nothing in the empty rows between (it used to write each of them: 9.9 MB, 564 MB of memory, 6 s).
$PY - "$WORK" <<'EOF'
import sys, openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Cá nhân"
ws.append(["Mã", "Họ và tên", "Mã đơn vị"]); ws.append(["MD904", "Đỗ Văn Tư", "MY-DUC"])
for c, v in enumerate(["MD905", "Lý Thị Năm", "KHONG-CO"], 1): ws.cell(row=1000000, column=c, value=v)
wb.save(f"{sys.argv[1]}/xa.xlsx")
EOF
T 1 import people "$WORK/xa.xlsx" --mark "$WORK/xa-danh-dau.xlsx"
has err "dòng 1000000, cột C «Mã đơn vị»"
check "the marked copy of 3 rows is small ($(stat -c %s "$WORK/xa-danh-dau.xlsx") bytes)" \
  test "$(stat -c %s "$WORK/xa-danh-dau.xlsx")" -lt 100000
check "its bad row is still row 1,000,000, marked, and nothing is written between" $PY - "$WORK/xa-danh-dau.xlsx" <<'EOF'
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Cá nhân"]
assert ws["C1000000"].value == "KHONG-CO" and ws["C1000000"].comment is not None
assert "KHONG-CO" in ws["D1000000"].value, ws["D1000000"].value
assert ws.max_row == 1000000
assert sum(1 for (r, c) in list(ws._cells) if 2 < r < 1000000) == 0
EOF
# A cell longer than Excel allows (openpyxl cuts at 32,767, so the sheet is edited after it): refused by the
# reader with the cell named, and --mark writes no copy (it used to fail with exit 10, every message lost).
$PY - "$WORK" <<'EOF'
import sys, openpyxl, zipfile
wb = openpyxl.Workbook(); ws = wb.active
ws.append(["Mã", "Họ và tên", "Mã đơn vị"]); ws.append(["MD906", "HA_VAN_SAU", "MY-DUC"])
wb.save(f"{sys.argv[1]}/ngan.xlsx")
src, dst = zipfile.ZipFile(f"{sys.argv[1]}/ngan.xlsx"), zipfile.ZipFile(f"{sys.argv[1]}/dai.xlsx", "w")
for i in src.infolist():
    data = src.read(i.filename)
    if i.filename.startswith("xl/"): data = data.replace(b"HA_VAN_SAU", "Hà Văn Sáu".encode() + b"x" * 32800)
    dst.writestr(i, data)
dst.close()
EOF
T 1 import people "$WORK/dai.xlsx" --mark "$WORK/dai-danh-dau.xlsx"
has err "ô B2 dài 32810 ký tự"
has err "quá giới hạn 32767"
check "no marked copy of an unreadable list" test ! -e "$WORK/dai-danh-dau.xlsx"

# ── A dossier, and one nomination already made elsewhere ──
T 0 dossier create --movement PM-CCHC-2021-2025 --unit MY-DUC --round 2025
T 0 dossier create --movement PM-CCHC-2021-2025 --unit MY-DUC-TH --round 2025
T 0 dossier nominate 1 --award gk-cn-hang-nam --subject person:PM027
T 0 dossier nominate 2 --award gk-cn-hang-nam --subject person:TH901
T 0 import template nominations --dossier 1 -o "$WORK/mau.xlsx"
check "template passes check-xlsx" "$CHECKS/check-xlsx" "$WORK/mau.xlsx" --cell "Danh sách!D4=Họ và tên / Tên tập thể" --cell "Danh sách!H5=Giấy khen của Chủ tịch Ủy ban nhân dân huyện" --contains "HƯỚNG DẪN ĐIỀN DANH SÁCH"

# ── 22 kinds of error, one per row ──
$PY - "$WORK" <<'EOF'
import sys, openpyxl
w = sys.argv[1]
GK = "Giấy khen của Chủ tịch Ủy ban nhân dân huyện"
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Danh sách"
ws.append(["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025"]); ws.append([])
ws.append(["STT", "Loại", "Mã", "Họ và tên", "Ngày sinh", "Chức vụ", "Đơn vị", "Hình thức đề nghị", "Tóm tắt thành tích"])
rows = [
  ["Cá nhân", None, "Dương Tấn Bình", None, None, "MY-DUC", GK, "Phụ trách CCHC"],          # 4 good
  ["Hộ gia đình", None, "Trần Thị Bích Vy", None, None, None, GK, None],                     # 5 loai_khong_hop_le (B)
  ["Cá nhân", None, None, None, None, None, GK, None],                                       # 6 thieu_ten (D)
  ["Cá nhân", None, "Trần Thị Bích Vy", None, None, None, None, None],                       # 7 thieu_hinh_thuc (H)
  ["Cá nhân", None, "Trần Thị Bích Vy", None, None, None, "Huân chương Lao động hạng Ba", None],  # 8 hinh_thuc_khong_co (H)
  ["Tập thể", None, "Ủy ban nhân dân xã Mỹ Đức", None, None, None, "gk-cn-hang-nam", None],  # 9 hinh_thuc_sai_doi_tuong (H)
  ["Cá nhân", None, "Trần Thị Bích Vy", None, None, None, "gk-cn-tong-ket", None],           # 10 hinh_thuc_sai_dot (H)
  ["Cá nhân", None, "Trần Thị Bích Vy", None, None, "XYZ", GK, None],                        # 11 don_vi_khong_co (G)
  ["Cá nhân", None, "Trần Thị Bích Vy", None, None, "MY-LOC", GK, None],                     # 12 don_vi_ngoai_ho_so (G)
  ["Cá nhân", None, "Nguyễn Văn Không Có", None, None, None, GK, None],                      # 13 khong_tim_thay (D)
  ["Cá nhân", None, "Nguyễn Văn Nam", None, None, None, GK, None],                           # 14 trung_ten (D)
  ["Cá nhân", "ZZ999", "Trần Thị Bích Vy", None, None, None, GK, None],                      # 15 ma_khong_co (C)
  ["Cá nhân", "PM027", "Trần Thị Bích Vy", None, None, None, GK, None],                      # 16 ma_khac_ten (D)
  ["Cá nhân", None, "Trần Thị Bích Vy", "31/02/1980", None, None, GK, None],                 # 17 ngay_khong_hop_le (E)
  ["Cá nhân", None, "Nguyễn Văn Nam", "01/01/1970", None, None, GK, None],                   # 18 ngay_sinh_khong_khop (E)
  ["Cá nhân", None, "Dương Tấn Bình", None, None, None, GK, None],                           # 19 trung_dong (D)
  ["Cá nhân", None, "Phan Đức Định", None, None, None, GK, None],                            # 20 da_de_nghi (D)
  ["Cá nhân", None, "Lê Thị Thu", None, None, None, GK, None],                               # 21 de_nghi_ho_so_khac (D)
  ["Cá nhân", None, "Trần Thị Bích Vy", None, None, None, GK, "x" * 2100],                   # 22 qua_dai (I)
  ["Cá nhân", None, '="Trần Thị"&" Bích Vy"', None, None, None, GK, None],                   # 23 cong_thuc (D)
  ["Cá nhân", None, 12345, None, None, None, GK, None],                                      # 24 kieu_so (D)
  [None, None, "Trần Thị Bích Vy", None, None, None, GK, None],                              # 25 loai_khong_xac_dinh (B)
  ["Cá nhân", None, "Trần Thị Bích Vy", None, None, "#N/A", GK, None],                       # 26 o_loi (G)
  ["Tập thể", None, "Trường Tiểu học Mỹ Đức", None, None, None, GK, "Tập thể lao động tiên tiến"],  # 27 good
]
for i, r in enumerate(rows, 1): ws.append([i] + r)
wb.save(f"{w}/loi.xlsx")
EOF
T 1 import nominations "$WORK/loi.xlsx" --dossier 1 --mark "$WORK/loi-danh-dau.xlsx"
has out "22/24 dòng có lỗi (22 lỗi): không nhập dòng nào"
while read -r row col code; do
  n=$(printf '%s\n' "$ERR" | grep -F "dòng $row, cột $col " | grep -cF "[$code]")
  check "row $row col $col: $code reported once (got $n)" test "$n" = 1
done <<'EOF'
5 B loai_khong_hop_le
6 D thieu_ten
7 H thieu_hinh_thuc
8 H hinh_thuc_khong_co
9 H hinh_thuc_sai_doi_tuong
10 H hinh_thuc_sai_dot
11 G don_vi_khong_co
12 G don_vi_ngoai_ho_so
13 D khong_tim_thay
14 D trung_ten
15 C ma_khong_co
16 D ma_khac_ten
17 E ngay_khong_hop_le
18 E ngay_sinh_khong_khop
19 D trung_dong
20 D da_de_nghi
21 D de_nghi_ho_so_khac
22 I qua_dai
23 D cong_thuc
24 D kieu_so
25 B loai_khong_xac_dinh
26 G o_loi
EOF
check "22 error lines in all (got $(printf "%s\n" "$ERR" | grep -c "lỗi:"))" test "$(printf '%s\n' "$ERR" | grep -c "lỗi:")" = 22
printf "%s\n" "$ERR" > "${TMPDIR:-/tmp}/tdkt-imports-errors.txt"
check "row 19 names the first row" grep -qF "trùng với dòng 4" <<< "$ERR"
check "nothing imported from the file with errors" test "$("$TDKT" --db "$DB" --json dossier show 1 | $PY -c 'import json,sys; print(len(json.load(sys.stdin)["nominations"]))')" = 1
# The marked copy: same rows, bad cells marked, a «Lỗi» column with the reasons.
check "marked copy passes check-xlsx" "$CHECKS/check-xlsx" "$WORK/loi-danh-dau.xlsx" --cell "Danh sách!D4=Dương Tấn Bình" --cell "Danh sách!J3=Lỗi" --contains "Cột G: không có đơn vị «XYZ» trong kho"
check "marked copy: bad cell red with a comment, good row plain" $PY - "$WORK/loi-danh-dau.xlsx" <<'EOF'
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Danh sách"]
bad = ws["G11"]; good = ws["G4"]
assert bad.value == "XYZ", bad.value
assert bad.fill.fgColor.rgb.endswith("FFC7CE"), bad.fill.fgColor.rgb
assert bad.comment is not None and "XYZ" in bad.comment.text
assert good.fill.fgColor.rgb in (None, "00000000"), good.fill.fgColor.rgb
assert ws["J4"].value is None and "loai" not in (ws["J5"].value or "")
EOF
# Only the good rows when asked.
T 0 import nominations "$WORK/loi.xlsx" --dossier 1 --good-rows-only
has out "Đã nhập 2 đề nghị vào hồ sơ số 1"
has out "bỏ qua 22 dòng có lỗi"
check "two more nominations" test "$("$TDKT" --db "$DB" --json dossier show 1 | $PY -c 'import json,sys; print(len(json.load(sys.stdin)["nominations"]))')" = 3
T 0 audit verify

# ── CSV: UTF-8 with BOM, semicolons, NFD names, a formula-like summary kept as text ──
T 0 dossier create --movement PM-CCHC-2021-2025 --unit MY-LOC --round 2025
$PY - "$WORK" <<'EOF'
import sys, unicodedata
w = sys.argv[1]
nfd = lambda s: unicodedata.normalize("NFD", s)
rows = ["STT;Họ và tên;Hình thức đề nghị;Tóm tắt thành tích",
        "II. TẬP THỂ;;;",
        "1;" + nfd("Ủy ban nhân dân xã Mỹ Lộc") + ";gk-tt-hang-nam;\"=HYPERLINK(\"\"http://vi.du\"\";\"\"bấm\"\")\"",
        "I. CÁ NHÂN;;;",
        "1;" + nfd("Hồ Ngọc Nhung") + ";" + nfd("Giấy khen của Chủ tịch Ủy ban nhân dân huyện") + ";\"+SUM(1;2) @x -3\""]
open(f"{w}/my-loc.csv", "wb").write(b"\xef\xbb\xbf" + "\r\n".join(rows).encode() + b"\r\n")
open(f"{w}/ctrl.csv", "wb").write("Họ và tên,Hình thức đề nghị\nNguyễn\x07Thị Lệ,gk-cn-hang-nam\n".encode())
open(f"{w}/latin1.csv", "wb").write("Họ và tên,Hình thức đề nghị\n".encode() + "Lê".encode("latin-1") + b",gk-cn-hang-nam\n")
EOF
T 0 import nominations "$WORK/my-loc.csv" --dossier 3
has out "Đã nhập 2 đề nghị vào hồ sơ số 3"
T 0 --json dossier show 3
check "NFD names matched and stored in NFC" $PY -c '
import json,sys,unicodedata
d=json.loads(sys.argv[1]); names=[n["name"] for n in d["nominations"]]
assert all(unicodedata.is_normalized("NFC", x) for x in names), names
assert "Ủy ban nhân dân xã Mỹ Lộc" in names, names
s=[n.get("summary","") for n in d["nominations"]]
assert "=HYPERLINK(\"http://vi.du\";\"bấm\")" in s, s
assert "+SUM(1;2) @x -3" in s, s' "$OUT"
# The formula-like text stays text in the exported list (never a formula).
T 0 export workbook --dossier 3 -o "$WORK/hs3.xlsx"
check "exported list passes check-xlsx" "$CHECKS/check-xlsx" "$WORK/hs3.xlsx" --contains '=HYPERLINK("http://vi.du";"bấm")' --contains "+SUM(1;2) @x -3"
check "formula-like summaries are string cells" $PY - "$WORK/hs3.xlsx" <<'PYEOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
cells = [c for ws in wb.worksheets for r in ws.iter_rows() for c in r if isinstance(c.value, str) and c.value[:1] in "=+"]
assert any(c.value.startswith("=HYPERLINK") for c in cells), [c.value for c in cells]
bad = [c.coordinate for c in cells if c.data_type != "s" and not c.value.startswith("=SUM(")]
assert not bad, bad
PYEOF
T 1 import nominations "$WORK/ctrl.csv" --dossier 3
has err "dòng 2, cột A «Họ và tên»"
has err "[ky_tu_dieu_khien]"
T 1 import nominations "$WORK/latin1.csv" --dossier 3
has err "không phải UTF-8 (byte sai ở dòng 2)"

# ── Hostile zips: refused with a clear reason, nothing imported ──
$PY - "$WORK" <<'EOF'
import sys, zipfile, shutil
w = sys.argv[1]
def clone(name, extra=None, replace=None):
    src = zipfile.ZipFile(f"{w}/mau.xlsx")
    with zipfile.ZipFile(f"{w}/{name}", "w", zipfile.ZIP_DEFLATED) as z:
        for i in src.infolist():
            data = src.read(i.filename)
            if replace and i.filename in replace: data = replace[i.filename](data)
            z.writestr(i.filename, data)
        for n, d in (extra or {}).items(): z.writestr(n, d)
clone("dotdot.xlsx", {"../../evil.txt": "x"})
clone("absolute.xlsx", {"/etc/evil.txt": "x"})
clone("bomb.xlsx", {"xl/media/bomb.bin": b"\0" * (80 << 20)})
clone("bomb2.xlsx", replace={"xl/sharedStrings.xml": lambda d: d.replace(b"</sst>", b" " * (20 << 20) + b"</sst>")})
clone("entity.xlsx", replace={"xl/sharedStrings.xml": lambda d: d.replace(b"?>", b'?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>', 1)})
open(f"{w}/notzip.xlsx", "wb").write(b"PK\x03\x04 this is not a zip")
clone("nbsp.xlsx", replace={"xl/sharedStrings.xml": lambda d: d.replace(b"</t>", b"&nbsp;</t>", 1)})
EOF
T 1 import nominations "$WORK/dotdot.xlsx" --dossier 3
has err "đường dẫn không an toàn «../../evil.txt»"
T 1 import nominations "$WORK/absolute.xlsx" --dossier 3
has err "đường dẫn không an toàn «/etc/evil.txt»"
T 1 import nominations "$WORK/bomb.xlsx" --dossier 3
has err "«xl/media/bomb.bin» giải nén ra 80 MB, quá giới hạn 64 MB"
T 1 import nominations "$WORK/bomb2.xlsx" --dossier 3
has err "nghi «bom nén»"
T 1 import nominations "$WORK/entity.xlsx" --dossier 3
has err "DOCTYPE/ENTITY"
T 1 import nominations "$WORK/notzip.xlsx" --dossier 3
has err "không mở được như một tệp XLSX"
T 3 import nominations "$WORK/khong-co.xlsx" --dossier 3
T 1 import nominations "$WORK/mau.xlsx" --dossier 3 --sheet "Không có"
has err "các trang: «Danh sách», «Hướng dẫn»"
T 1 import nominations "$WORK/nbsp.xlsx" --dossier 3
has err "thực thể «&nbsp;» mà XML không định nghĩa"
before_mark=$(sha256sum "$WORK/mau.xlsx")
T 2 import nominations "$WORK/mau.xlsx" --dossier 3 --mark "$WORK/mau.xlsx"
has err "là chính tệp đang nhập"
check "--mark naming the input leaves it as it was" test "$before_mark" = "$(sha256sum "$WORK/mau.xlsx")"
T 2 import nominations "$WORK/mau.xlsx" --dossier 3 --dossier 4
has err "tùy chọn --dossier chỉ nhận một giá trị mà được cho nhiều lần"
T 2 import nominations "$WORK/mau.xlsx" --dossier 3 --sheet $'Danh\e[2J sách'
has err "--sheet: có ký tự điều khiển (mã 27)"
check "hostile files imported nothing" test "$("$TDKT" --db "$DB" --json dossier show 3 | $PY -c 'import json,sys; print(len(json.load(sys.stdin)["nominations"]))')" = 2
T 0 audit verify
finish
