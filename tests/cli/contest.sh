#!/usr/bin/env bash
# Seed 001 as a contest: 12 entries, 5 judges, a tie on the aggregate settled by «Tính mới», a missing score that
# blocks the result until it is entered, conflicts of interest refused, a near-duplicate of a recognised
# initiative reported; the ranking and prizes asserted; every contest document through the shared checks.
source "$(dirname "$0")/lib/common.bash" "$@"
PY=/usr/bin/python3
CHECKS="$ROOT/../shared/checks"
DB="$WORK/cuoc-thi.db"
M=TL-SK-CCHC-2024
K=(--as "thu_ky:Lê Văn Bình")
CT=(--as "chu_tich:Nguyễn Công Lộc")
field() { $PY -c 'import json,sys; d=json.load(sys.stdin); exec("print("+sys.argv[1]+")")' "$1"; }
docx_lacks() { ! $PY "$CHECKS/check-docx" "$1" --contains "$2" >/dev/null 2>&1; }

run 0 --db "$DB" movement import examples/movements/001-trung-luong-cuoc-thi-sang-kien-2024.json
run 0 --db "$DB" data import examples/datasets/trung-luong-2024.json

# A broken rules file: every error located, nothing stored.
$PY - "$WORK/bad.json" <<'PY'
import json, sys
r = json.load(open("examples/contests/trung-luong-2024.json", encoding="utf-8"))
del r["criteria"][1]["max"]
r["tie_break"] = ["tinh-moi", "khong-co"]
r["prizes"][0]["count"] = 0
json.dump(r, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
run 1 --db "$DB" contest import "$WORK/bad.json"
has err "criteria[2]"
has err "max"
has err "tiêu chí «khong-co» không có trong «criteria»"
has err "prizes[1]"
run 3 --db "$DB" contest entries --movement $M
has err "chưa có thể lệ"
run 1 --db "$DB" contest import examples/movements/004-phu-my-cchc-2021-2025.json

# The round as an office runs it (examples/rounds/trung-luong-2024.sh), step by step here.
run 0 --db "$DB" --now 2024-06-01 contest import examples/contests/trung-luong-2024.json
has out "4 tiêu chí chấm (tổng 100 điểm), 5 giám khảo, 4 loại giải"
run 4 --db "$DB" --now 2024-06-10 --as "can_bo:Ai Đó" contest establish --movement $M
run 0 --db "$DB" --now 2024-06-10 "${CT[@]}" contest establish --movement $M
has out "số 01/QĐ-UBND"
# Entries: only the secretaries or organisers take them; authors must exist; topics are the plan's five.
run 4 --db "$DB" --now 2024-09-20 --as "can_bo:Ai Đó" contest entry add --movement $M --title "X" --topic 1 --author person:TL001
run 3 --db "$DB" --now 2024-09-20 "${K[@]}" contest entry add --movement $M --title "X" --topic 1 --author person:KHONG-CO
has err "không có cá nhân mã «KHONG-CO»"
run 1 --db "$DB" --now 2024-09-20 "${K[@]}" contest entry add --movement $M --title "X" --topic 6 --author person:TL001
has err "kế hoạch có 5 nội dung dự thi"
while IFS=$'\t' read -r code title authors topic; do
  args=()
  for a in $authors; do args+=(--author "$a"); done
  run 0 --db "$DB" --now 2024-09-20 "${K[@]}" contest entry add --movement $M --title "$title" --topic "$topic" "${args[@]}" \
    --file "examples/contests/bai-du-thi/$code.txt"
  has out "Đã nhận bài dự thi $code"
  [ "$code" = SK-02 ] && has err "có thể trùng sáng kiến đã được công nhận «Số hóa hồ sơ một cửa bằng mã QR tại bộ phận tiếp nhận và trả kết quả» (cấp cơ sở, năm 2023, 45/QĐ-UBND) — giống 93 %"
  [ "$code" = SK-03 ] && hasnt err "có thể trùng"
done < examples/contests/phieu-cham/bai-du-thi.tsv
run 4 --db "$DB" --now 2024-10-01 "${K[@]}" contest entry add --movement $M --title "Muộn" --topic 1 --author person:TL001
has err "hạn nhận bài dự thi là 30/09/2024"
check "blind list shows no author" test "$("$TDKT" --db "$DB" contest entries --movement $M --blind --json | field '"authors" in d["entries"][0]')" = False
run 0 --db "$DB" --now 2024-10-01 "${K[@]}" contest sheets --movement $M

# Points: refused out of range, from someone outside the jury, typed by someone else, or on the judge's own unit's entry.
run 1 --db "$DB" "${K[@]}" contest score --movement $M --judge "Trần Thị Hòa" --entry SK-01 --points tinh-moi=35 --points hieu-qua=20 --points nhan-rong=20 --points trinh-bay=10
has err "tiêu chí «tinh-moi»: 35,00 ngoài khoảng 0 – 30"
run 1 --db "$DB" "${K[@]}" contest score --movement $M --judge "Trần Thị Hòa" --entry SK-01 --points tinh-moi=25
has err "thiếu điểm tiêu chí «hieu-qua»"
run 4 --db "$DB" "${K[@]}" contest score --movement $M --judge "Nguyễn Văn Người Ngoài" --entry SK-01 --points tinh-moi=25
has err "không phải thành viên Ban giám khảo"
run 4 --db "$DB" --as "can_bo:Ai Đó" contest score --movement $M --judge "Trần Thị Hòa" --entry SK-01 --points tinh-moi=25
run 4 --db "$DB" --as "giam_khao:Phan Văn Đức" contest score --movement $M --judge "Phan Văn Đức" --entry SK-04 \
  --points tinh-moi=25 --points hieu-qua=25 --points nhan-rong=20 --points trinh-bay=12
has err "giám khảo Phan Văn Đức không chấm bài SK-04: bài của đơn vị mình (MTTQ-TL)"
printf 'Mã bài,tinh-moi,hieu-qua,nhan-rong,trinh-bay\nSK-01,27,26,22,13\nSK-05,24,23,19,12\n' > "$WORK/nam-sai.csv"
run 4 --db "$DB" "${K[@]}" contest score --movement $M --judge "Hồ Sỹ Nam" --file "$WORK/nam-sai.csv"
has err "giám khảo Hồ Sỹ Nam không chấm bài SK-05: bài của đơn vị mình (DOAN-TL)"
check "a refused sheet writes nothing" test "$("$TDKT" --db "$DB" contest results --movement $M --json | field 'sum(1 for e in d["ranking"] if e["points"])')" = 0
JUDGES=("Trần Thị Hòa" "Phan Văn Đức" "Võ Thị Lan" "Hồ Sỹ Nam" "Đặng Văn Khoa")
for i in "${!JUDGES[@]}"; do
  run 0 --db "$DB" --now 2024-10-15 "${K[@]}" contest score --movement $M --judge "${JUDGES[$i]}" --file "examples/contests/phieu-cham/giam-khao-$((i + 1)).csv"
done

# One sheet lacks SK-12: the result is not final and the award is refused, naming it.
run 0 --db "$DB" contest results --movement $M
has out "Chưa xong: bài SK-12: thiếu điểm của giám khảo Đặng Văn Khoa"
run 4 --db "$DB" --now 2024-10-16 "${CT[@]}" contest award --movement $M
has err "thiếu điểm của giám khảo Đặng Văn Khoa"
run 0 --db "$DB" --now 2024-10-16 "${K[@]}" contest score --movement $M --judge "Đặng Văn Khoa" --entry SK-12 \
  --points tinh-moi=12 --points hieu-qua=12 --points nhan-rong=8 --points trinh-bay=8
run 0 --db "$DB" contest results --movement $M --json
RES="$OUT"
check "results complete" test "$(field 'd["complete"]' <<< "$RES")" = True
order=$(field '" ".join(e["code"] for e in d["ranking"])' <<< "$RES")
check "ranking (got: $order)" test "$order" = "SK-01 SK-07 SK-03 SK-05 SK-04 SK-06 SK-02 SK-08 SK-09 SK-10 SK-11 SK-12"
prizes=$(field '" ".join(e["code"]+"="+(e["prize"] or "-") for e in d["ranking"])' <<< "$RES")
check "prizes (got: $prizes)" test "$prizes" = "SK-01=nhat SK-07=nhi SK-03=nhi SK-05=ba SK-04=ba SK-06=ba SK-02=kk SK-08=kk SK-09=kk SK-10=- SK-11=- SK-12=-"
points=$(field '" ".join("%s=%g" % (e["code"], e["points"]) for e in d["ranking"])' <<< "$RES")
# Trimmed mean of 5 sheets (offsets 0, +1, −1, +2, −2 → the base); 4 sheets when a judge is recused, no trim:
# SK-05 (Nam out) 78 + (0 + 1 − 1 − 2)/4 = 77,5; SK-04 (Đức out) 76 + (0 − 1 + 2 − 2)/4 = 75,75; SK-12 (Khoa's by hand).
check "aggregates (got: $points)" test "$points" = "SK-01=88 SK-07=82 SK-03=82 SK-05=77.5 SK-04=75.75 SK-06=72 SK-02=71 SK-08=68 SK-09=63 SK-10=59 SK-11=56 SK-12=42"
check "the tie SK-07/SK-03 is shared by no rank" test "$(field '[e["rank"] for e in d["ranking"]][1:3]' <<< "$RES")" = "[2, 3]"
run 0 --db "$DB" contest results --movement $M
has out "bằng điểm 82,00, xếp theo “Tính mới, sáng tạo; không trùng lặp với sáng kiến, giải pháp đã áp dụng” (26,00 so với 25,00)"
has out "bỏ điểm cao nhất của Hồ Sỹ Nam, thấp nhất của Đặng Văn Khoa"
run 4 --db "$DB" --now 2024-10-18 --as "can_bo:Ai Đó" contest award --movement $M
has err "do người ký của kế hoạch (Nguyễn Công Lộc) hoặc Ban tổ chức lập"
run 0 --db "$DB" --now 2024-10-18 "${CT[@]}" contest award --movement $M --place "Hội trường Ủy ban nhân dân phường Trung Lương"
has out "Quyết định số 02/QĐ-UBND, 9 giải, tổng tiền thưởng 11.500.000 đồng"
run 4 --db "$DB" --now 2024-10-19 "${CT[@]}" contest award --movement $M
has err "đã công nhận kết quả"
run 4 --db "$DB" --now 2024-10-19 "${K[@]}" contest score --movement $M --judge "Đặng Văn Khoa" --entry SK-12 \
  --points tinh-moi=30 --points hieu-qua=30 --points nhan-rong=25 --points trinh-bay=15
has err "đã công nhận kết quả"

VB="$WORK/van-ban"
check "Quyết định thành lập" $PY "$CHECKS/check-docx" "$VB/quyet-dinh-01-2024-thanh-lap-cac-ban.docx" --contains "Số: 01/QĐ-UBND" \
  --contains "II. BAN GIÁM KHẢO" --contains "Phan Văn Đức" --contains "III. TỔ THƯ KÝ"
check "Quyết định thành lập check-nd30" $PY "$CHECKS/check-nd30" "$VB/quyet-dinh-01-2024-thanh-lap-cac-ban.docx"
check "Phiếu chấm điểm: blind" docx_lacks "$VB/phieu-cham-diem-01-hoa.docx" "Nguyễn Thị Hồng Nhung"
check "Phiếu chấm điểm: codes and criteria" $PY "$CHECKS/check-docx" "$VB/phieu-cham-diem-02-duc.docx" --contains "PHIẾU CHẤM ĐIỂM" \
  --contains "Bài dự thi SK-04" --contains "Khả năng áp dụng, nhân rộng trong thực tiễn"
check "Phiếu chấm điểm check-nd30" $PY "$CHECKS/check-nd30" "$VB/phieu-cham-diem-02-duc.docx"
check "Bảng tổng hợp DOCX" $PY "$CHECKS/check-docx" "$VB/bang-tong-hop-diem-2024.docx" --contains "BẢNG TỔNG HỢP ĐIỂM" \
  --contains "Hòa 88; Đức 89; Lan 87; Nam (90); Khoa (86)" --contains "Giám khảo Phan Văn Đức không chấm bài SK-04 (bài của đơn vị mình hoặc của chính mình)."
check "Bảng tổng hợp PDF" $PY "$CHECKS/check-pdf" "$VB/bang-tong-hop-diem-2024.pdf" --contains "BẢNG TỔNG HỢP ĐIỂM" --contains "77,50"
check "Bảng tổng hợp XLSX" $PY "$CHECKS/check-xlsx" "$VB/bang-tong-hop-diem-2024.xlsx" --cell 'Tổng hợp!B6=SK-01' --cell 'Tổng hợp!K6=88' \
  --cell 'Tổng hợp!M6=Giải Nhất' --cell 'Tổng hợp!K9=77.5' --cell 'Tổng hợp!H9=không chấm' --contains "Hồ Sỹ Nam (90); Đặng Văn Khoa (86)" --rows 'Điểm chi tiết>=60'
check "Biên bản Ban giám khảo" $PY "$CHECKS/check-docx" "$VB/bien-ban-giam-khao-01-2024.docx" --contains "Số: 01/BB-BGK" --contains "bài SK-02 có nội dung gần trùng với sáng kiến “Số hóa hồ sơ một cửa bằng mã QR tại bộ phận tiếp nhận và trả kết quả” đã được công nhận (cấp cơ sở, năm 2023, Quyết định số 45/QĐ-UBND)" \
  --contains "Họp Ban giám khảo Cuộc thi viết" --contains "Giải đề nghị" \
  --contains "Ban giám khảo đề nghị Chủ tịch Ủy ban nhân dân phường Trung Lương công nhận kết quả" --contains "Đề nghị gửi 03 sáng kiến, giải pháp tiêu biểu (SK-01, SK-07, SK-03) đến Hội đồng sáng kiến thị xã Hồng Lĩnh"
check "Biên bản Ban giám khảo check-nd30" $PY "$CHECKS/check-nd30" "$VB/bien-ban-giam-khao-01-2024.docx"
check "Quyết định trao giải" $PY "$CHECKS/check-docx" "$VB/quyet-dinh-02-2024-trao-giai.docx" --contains "Số: 02/QĐ-UBND" \
  --contains "Về việc công nhận kết quả và trao giải" --contains "Giải Nhất 3.000.000 đồng/giải; Giải Nhì 2.000.000 đồng/giải" --contains "I. GIẢI NHẤT" --contains "IV. GIẢI KHUYẾN KHÍCH" --contains "11.500.000" \
  --contains "Căn cứ Biên bản họp Ban giám khảo số 01/BB-BGK ngày 18 tháng 10 năm 2024;" \
  --contains "(Bằng chữ: Mười một triệu năm trăm nghìn đồng)" --contains "của Chủ tịch Ủy ban nhân dân phường Trung Lương)" \
  --contains "Công chức Văn phòng - Thống kê, công chức Tài chính - Kế toán, Ban tổ chức cuộc thi và các tác giả có tên tại Điều 1"
# The chairman decides in his own name (tham quyền «CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG»): he signs «CHỦ TỊCH», not
# for the collective; before 01/7/2025 a phường has no Văn phòng, its công chức Văn phòng - Thống kê proposes.
for f in quyet-dinh-01-2024-thanh-lap-cac-ban quyet-dinh-02-2024-trao-giai giay-chung-nhan-02-2024; do
  check "$f: the chairman signs in his own name" docx_lacks "$VB/$f.docx" "TM. ỦY BAN NHÂN DÂN"
done
check "Quyết định thành lập: proposed and carried out by the Văn phòng - Thống kê" $PY "$CHECKS/check-docx" \
  "$VB/quyet-dinh-01-2024-thanh-lap-cac-ban.docx" --contains "Theo đề nghị của công chức Văn phòng - Thống kê." \
  --contains "Công chức Văn phòng - Thống kê và các ông (bà) có tên tại Điều 1"
check "Biên bản Ban giám khảo: one line for the tie of SK-07 and SK-03" $PY "$CHECKS/check-docx" \
  "$VB/bien-ban-giam-khao-01-2024.docx" --contains "Bài SK-07 và bài SK-03 bằng điểm 82,00" --contains "Lưu: VT, Tổ thư ký."
check "Biên bản Ban giám khảo: no second tie line" docx_lacks "$VB/bien-ban-giam-khao-01-2024.docx" "Bài SK-03: bằng điểm"
check "Quyết định trao giải leaves out SK-10" docx_lacks "$VB/quyet-dinh-02-2024-trao-giai.docx" "Lịch tiếp công dân trực tuyến"
check "Quyết định trao giải check-nd30" $PY "$CHECKS/check-nd30" "$VB/quyet-dinh-02-2024-trao-giai.docx"
command -v soffice >/dev/null && check "Quyết định trao giải --libreoffice" with_lo_retry $PY "$CHECKS/check-docx" "$VB/quyet-dinh-02-2024-trao-giai.docx" --libreoffice --contains "11.500.000"
check "Quyết định trao giải PDF" $PY "$CHECKS/check-pdf" "$VB/quyet-dinh-02-2024-trao-giai.pdf" --contains "Số: 02/QĐ-UBND" --contains "Mười một triệu năm trăm nghìn đồng"
check "Giấy chứng nhận" $PY "$CHECKS/check-docx" "$VB/giay-chung-nhan-02-2024.docx" --contains "ĐẠT GIẢI NHẤT" --contains "GIẤY CHỨNG NHẬN" --contains "Chứng nhận: Nguyễn Thị Hồng Nhung" --contains "Hoàng Thị Mai, Nguyễn Văn Lợi" \
  --contains "Số vào sổ: 09/SK-2024"
check "Giấy chứng nhận check-nd30 (landscape)" $PY "$CHECKS/check-nd30" "$VB/giay-chung-nhan-02-2024.docx" --landscape
check "Giấy chứng nhận PDF: one page per prize (9), no blank page" test "$(pdfinfo "$VB/giay-chung-nhan-02-2024.pdf" | awk '/^Pages:/{print $2}')" = 9
check "Giấy chứng nhận PDF" $PY "$CHECKS/check-pdf" "$VB/giay-chung-nhan-02-2024.pdf" --landscape --contains "ĐẠT GIẢI KHUYẾN KHÍCH"
check "Tờ trình to the town's council" $PY "$CHECKS/check-docx" "$VB/to-trinh-01-2024-sang-kien.docx" --contains "Số: 01/TTr-UBND" \
  --contains "Kính gửi: Hội đồng sáng kiến thị xã Hồng Lĩnh" --contains "Công nhận sáng kiến"
check "Tờ trình check-nd30" $PY "$CHECKS/check-nd30" "$VB/to-trinh-01-2024-sang-kien.docx"
# Every PDF the contest made, through the independent PDF check with a key line of its own.
for pair in "quyet-dinh-01-2024-thanh-lap-cac-ban:II. BAN GIÁM KHẢO" "phieu-cham-diem-01-hoa:PHIẾU CHẤM ĐIỂM" \
            "phieu-cham-diem-05-khoa:Bài dự thi SK-12" "bien-ban-giam-khao-01-2024:Số: 01/BB-BGK" "to-trinh-01-2024-sang-kien:Số: 01/TTr-UBND"; do
  check "${pair%%:*}.pdf check-pdf" $PY "$CHECKS/check-pdf" "$VB/${pair%%:*}.pdf" --contains "${pair#*:}"
done
check "Bảng tổng hợp check-nd30" $PY "$CHECKS/check-nd30" "$VB/bang-tong-hop-diem-2024.docx"
# The packet for the town's council: the Tờ trình first, the decision, the jury's papers, the three entries forwarded.
run 3 --db "$DB" packet ct:KHONG-CO -o "$WORK/x.zip"
run 0 --db "$DB" --now 2024-10-20 packet ct:$M -o "$WORK/gui-thi-xa.zip"
has out "01-to-trinh.pdf"
has out "02-quyet-dinh.pdf"
has out "04-bang-tong-hop-diem.xlsx"
has out "05-bai-du-thi/SK-01.txt"
has out "05-bai-du-thi/SK-03.txt"
hasnt out "SK-05.txt"
run 0 --db "$DB" packet verify "$WORK/gui-thi-xa.zip"
unzip -p "$WORK/gui-thi-xa.zip" ho-so-gop.pdf > "$WORK/gop.pdf"
check "the packet's merged PDF" $PY "$CHECKS/check-pdf" "$WORK/gop.pdf" --any-size --contains "TỜ TRÌNH" --contains "BẢNG TỔNG HỢP ĐIỂM"
check "entries carry their prizes" test "$("$TDKT" --db "$DB" contest entries --movement $M --json | field '[e.get("prize","") for e in d["entries"]][:3]')" = "['nhat', 'kk', 'nhi']"
run 0 --db "$DB" audit verify
run 0 --db "$DB" check

# The jury settles a tie no criterion breaks: not a tie → refused; two identical entries for one Giải Nhất block the
# award until the Trưởng ban giám khảo orders them.
run 4 --db "$DB" --as "giam_khao:Trần Thị Hòa" contest decide --movement $M --order SK-07,SK-03 --note "x"
DB2="$WORK/hoa.db"
run 0 --db "$DB2" movement import examples/movements/001-trung-luong-cuoc-thi-sang-kien-2024.json
run 0 --db "$DB2" data import examples/datasets/trung-luong-2024.json
$PY - "$WORK/one-prize.json" <<'PY'
import json, sys
r = json.load(open("examples/contests/trung-luong-2024.json", encoding="utf-8"))
r["prizes"] = [{"id": "nhat", "name": "Giải Nhất", "count": 1, "amount": 3000000}]
json.dump(r, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
PY
run 0 --db "$DB2" --now 2024-06-01 contest import "$WORK/one-prize.json"
run 0 --db "$DB2" --now 2024-09-20 "${K[@]}" contest entry add --movement $M --title "Một cửa không chờ" --topic 1 --author person:TL001
run 0 --db "$DB2" --now 2024-09-20 "${K[@]}" contest entry add --movement $M --title "Sổ tay dịch vụ công" --topic 2 --author person:TL003
for j in "${JUDGES[@]}"; do
  for e in SK-01 SK-02; do
    run 0 --db "$DB2" "${K[@]}" contest score --movement $M --judge "$j" --entry $e --points tinh-moi=25 --points hieu-qua=25 --points nhan-rong=20 --points trinh-bay=12
  done
done
run 0 --db "$DB2" contest results --movement $M
has out "Chưa xong: đồng hạng 1 (SK-01, SK-02) tại ranh giới Giải Nhất: còn 1 giải; Ban giám khảo quyết định"
run 4 --db "$DB2" --now 2024-10-18 "${CT[@]}" contest award --movement $M
run 4 --db "$DB2" --as "giam_khao:Phan Văn Đức" contest decide --movement $M --order SK-02,SK-01 --note "Biên bản họp ngày 17/10/2024"
run 1 --db "$DB2" --as "giam_khao:Trần Thị Hòa" contest decide --movement $M --order SK-02,SK-01
has err "cần --note"
run 1 --db "$DB2" --as "giam_khao:Trần Thị Hòa" contest decide --movement $M --order SK-02 --note "x"
has err "cần ít nhất hai mã bài"
run 0 --db "$DB2" --as "giam_khao:Trần Thị Hòa" contest decide --movement $M --order SK-02,SK-01 --note "Biên bản họp Ban giám khảo ngày 17/10/2024"
run 0 --db "$DB2" contest results --movement $M --json
check "the jury's order: SK-02 first, Giải Nhất" test "$(field '[(e["code"], e["rank"], e["prize"]) for e in d["ranking"]]' <<< "$OUT")" = "[('SK-02', 1, 'nhat'), ('SK-01', 2, '')]"
run 0 --db "$DB2" --now 2024-10-18 "${CT[@]}" contest award --movement $M
has out "Giải Nhất: SK-02"
check "the Bảng tổng hợp says the jury decided" $PY "$CHECKS/check-docx" "$WORK/van-ban/bang-tong-hop-diem-2024.docx" \
  --contains "xếp theo quyết định của Ban giám khảo"
run 0 --db "$DB2" audit verify

# The example script runs the same contest end to end.
run 0 --db "$WORK/vd.db" movement import examples/movements/001-trung-luong-cuoc-thi-sang-kien-2024.json
run 0 --db "$WORK/vd.db" data import examples/datasets/trung-luong-2024.json
check "examples/rounds/trung-luong-2024.sh runs" env TDKT="$TDKT" bash examples/rounds/trung-luong-2024.sh "$WORK/vd.db" > "$WORK/vd.log" 2>&1 || cat "$WORK/vd.log"
check "the example awards 11.500.000 đồng" grep -q "9 giải, tổng tiền thưởng 11.500.000 đồng" "$WORK/vd.log"
finish
