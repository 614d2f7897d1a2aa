#!/usr/bin/env bash
# The seed plans walked through their rounds on the sample data of examples/datasets/make_seed_rounds.py, every
# outcome asserted (seed 004 is tests/cli/round.sh, seed 001 is a contest). Seed 000 (Hớn Quản, thematic CCHC
# 2024): a late dossier accepted and flagged, a return for completion whose resubmission is not late, three
# collectives failing three different rules, a quota overflow with every candidate tied at the boundary,
# two failed council votes, the decision within the quota and its money.
source "$(dirname "$0")/lib/common.bash" "$@"
PY=/usr/bin/python3
CHECKS="$ROOT/../shared/checks"
json() { "$TDKT" --db "$DB" "$@" --json; }
field() { $PY -c 'import json,sys; d=json.load(sys.stdin); exec("print("+sys.argv[1]+")")' "$1"; }
outcomes() { for d in "$@"; do json dossier show $d | field '" ".join(str(n["id"])+"="+n["outcome"] for n in d["nominations"])'; done | tr '\n' ' '; }
docx_lacks() { ! $PY "$CHECKS/check-docx" "$1" --contains "$2" >/dev/null 2>&1; }

# ── Seed 000 ──
DB="$WORK/hon-quan.db"
M=HQ-CCHC-2024
run 0 --db "$DB" movement import examples/movements/000-hon-quan-cchc-2024.json
run 0 --db "$DB" data import examples/datasets/hon-quan-2024.json
check "seed 000 round runs" env TDKT="$TDKT" bash examples/rounds/hon-quan-2024.sh "$DB" "$WORK/hq" > "$WORK/hq.log" 2>&1 || cat "$WORK/hq.log"
for d in $(seq 1 10); do check "000: dossier $d archived" test "$(json dossier show $d | field 'd["state"]')" = luu_tru; done
got=$(outcomes $(seq 1 10))
# 1 PNV, 2 VP, 3 PTP, 4 Tân Khai, 5 Thanh An, 6 An Khương, 7 Tân Hưng: eligible; 2 and 3 fail the council vote.
# 8 Phước An (chairman reprimanded), 9 Minh Đức (result below 2023), 10 Đồng Nơ (95 % of tasks): not eligible.
# 11 Nội vụ officer (rated «hoàn thành»), 13 Đồng Nơ officer (her commune's 95 %): not eligible; 12 Thanh An: awarded.
for want in 1=duoc_khen 2=khong_dat 3=khong_dat 4=duoc_khen 5=duoc_khen 6=duoc_khen 7=duoc_khen 8=khong_du_dieu_kien \
            9=khong_du_dieu_kien 10=khong_du_dieu_kien 11=khong_du_dieu_kien 12=duoc_khen 13=khong_du_dieu_kien; do
  check "000: outcome $want (got: $got)" grep -qw -- "$want" <<< "$got"
done
check "000: Minh Đức submitted 3 days after the announced 20/12/2024, accepted and flagged" test "$(json dossier show 9 | field 'd["late_days"]')" = 3
check "000: Phòng Nội vụ's resubmission after a return is not late" test "$(json dossier show 1 | field 'd["late_days"]')" = 0
check "000: the return reason is kept" grep -q "chưa có xác nhận" <<< "$(json dossier show 1 | field 'd["returned_reason"]')"
check "000: the late dossier's warning was shown" grep -q "nộp hồ sơ quá hạn 3 ngày (hạn chót 20/12/2024)" "$WORK/hq.log"
T0="$WORK/hq/tham-dinh.txt"
check "000: Phước An fails tt-4 on its chairman's reprimand" grep -q "Bùi Văn Lực bị kỷ luật khien_trach ngày 20/05/2024" "$T0"
check "000: Minh Đức fails tt-5 (83,5 against 85)" grep -q "tốt hơn năm 2023 — 83,5 so với 85" "$T0"
check "000: Đồng Nơ fails tt-2 (95 %)" grep -q "Ủy ban nhân dân xã Đồng Nơ ≥ 100 — thực tế 95" "$T0"
check "000: Tân Khai's initiative counts for tt-3" grep -q "«Bộ phận một cửa không giấy tờ tại thị trấn Tân Khai» (cấp huyen, 2024)" "$T0"
check "000: quota overflow at appraisal, 7 for 5 places" grep -q "«gk» tập thể: 7 đề nghị, chỉ tiêu 5" "$T0"
VB="$WORK/van-ban"
check "000: Báo cáo thẩm định names the overflow and the ties" $PY "$CHECKS/check-docx" "$VB/bao-cao-tham-dinh-01-2024.docx" \
  --contains "Số: 01/BC-PNV" --contains "Hớn Quản, ngày 30 tháng 12 năm 2024" --contains "«gk» tập thể: 7 đề nghị, chỉ tiêu 5" \
  --contains "đồng hạng tại ranh giới chỉ tiêu" --contains "của 10 cơ quan, đơn vị, địa phương (01 hồ sơ nộp quá hạn)" \
  --contains "cho 07 tập thể và 01 cá nhân đủ điều kiện" --contains "Kết luận: Ủy ban nhân dân xã Phước An"
check "000: Báo cáo thẩm định check-nd30" $PY "$CHECKS/check-nd30" "$VB/bao-cao-tham-dinh-01-2024.docx"
check "000: Biên bản Hội đồng" $PY "$CHECKS/check-docx" "$VB/bien-ban-hoi-dong-01-2025.docx" --contains "Số: 01/BB-HĐTĐKT" \
  --contains "Tổng số thành viên Hội đồng: 07; có mặt: 07; vắng: 00." --contains "42,86" --contains "Huỳnh Văn Thành"
check "000: Biên bản Hội đồng check-nd30" $PY "$CHECKS/check-nd30" "$VB/bien-ban-hoi-dong-01-2025.docx"
check "000: Quyết định: 5 collectives × 1.410.000 + 1 person × 710.000 = 7.760.000" $PY "$CHECKS/check-docx" "$VB/quyet-dinh-01-2025.docx" \
  --contains "Số: 01/QĐ-UBND" --contains "7.760.000" --contains "Nguyễn Thị Thu Trang" --contains "Ủy ban nhân dân xã Tân Hưng"
check "000: Quyết định leaves out who the council did not pass" docx_lacks "$VB/quyet-dinh-01-2025.docx" "Phòng Tư pháp"
check "000: Quyết định check-nd30" $PY "$CHECKS/check-nd30" "$VB/quyet-dinh-01-2025.docx"
check "000: Quyết định PDF" $PY "$CHECKS/check-pdf" "$VB/quyet-dinh-01-2025.pdf" --contains "7.760.000"
run 0 --db "$DB" audit verify

finish
