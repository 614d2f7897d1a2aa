#!/usr/bin/env bash
# The seed plans walked through their rounds on the sample data of examples/datasets/make_seed_rounds.py, every
# outcome asserted (seed 004 is tests/cli/round.sh, seed 001 is a contest). Seed 000 (Hớn Quản, thematic CCHC
# 2024): a late dossier accepted and flagged, a return for completion whose resubmission is not late, three
# collectives failing three different rules, a quota overflow with every candidate tied at the boundary,
# two failed council votes, the decision within the quota and its money. Seed 002 (Hưng Yên, «Dân vận chính
# quyền» 2025, provincial Bằng khen under NĐ 152/2025): a criterion met through its second alternative (a better
# rank than last year), a criterion failed by the appraiser's hand, a total quota of 10 with a tie between the
# 10th and 11th, a failed council vote that settles it, a return for completion, the decision's money. Seed 003
# (Quảng Ngãi city, CCHC 2022, NĐ 91/2017): a deadline counted from an announced event, a late dossier flagged,
# a resubmission after the deadline that is not late, separate standards for offices and for wards (criterion
# kinds), four collectives failing four different figures, an absent council member without a written opinion.
source "$(dirname "$0")/lib/common.bash" "$@"
PY=/usr/bin/python3
CHECKS="$ROOT/../shared/checks"
json() { "$TDKT" --db "$DB" "$@" --json; }
field() { $PY -c 'import json,sys; d=json.load(sys.stdin); exec("print("+sys.argv[1]+")")' "$1"; }
outcomes() { for d in "$@"; do json dossier show $d | field '" ".join(str(n["id"])+"="+n["outcome"] for n in d["nominations"])'; done | tr '\n' ' '; }
docx_lacks() { ! $PY "$CHECKS/check-docx" "$1" --contains "$2" >/dev/null 2>&1; }
# Every document of a seed's round read as an office reads it (tests/cli/lib/read_round.py lists the classes), then
# set aside: the next seed's dossiers reuse the file names.
read_round() {
  check "$1: the round's documents have no zero counts, repeated phrases, cut criteria or unnamed Tờ trình" \
    $PY "$ROOT/tests/cli/lib/read_round.py" "$VB"
  mv "$VB" "$WORK/van-ban-$1"
}

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
check "000: Phước An fails tt-4 on its chairman's reprimand" grep -q "Bùi Văn Lực bị kỷ luật khiển trách ngày 20/05/2024" "$T0"
check "000: Minh Đức fails tt-5 (83,5 against 85)" grep -q "cao hơn năm 2023: năm 2024 đạt 83,5 điểm, năm 2023 đạt 85 điểm" "$T0"
check "000: Đồng Nơ fails tt-2 (95 %)" grep -q "Ủy ban nhân dân xã Đồng Nơ từ 100% trở lên: đạt 95%" "$T0"
check "000: Tân Khai's initiative counts for tt-3" grep -q "“Bộ phận một cửa không giấy tờ tại thị trấn Tân Khai” (cấp huyện, 2024)" "$T0"
check "000: quota overflow at appraisal, 7 for 5 places, ranked by the plan's rule" grep -q \
  "Giấy khen của Chủ tịch UBND huyện (tập thể): đề nghị 07, số lượng tối đa 05, vượt 02. Xếp thứ tự theo kết quả thực hiện CCHC (điểm đánh giá năm) năm 2024, như Kế hoạch quy định" "$T0"
VB="$WORK/van-ban"
check "000: Báo cáo thẩm định cuts at the quota by the plan's ranking rule and says so" $PY "$CHECKS/check-docx" "$VB/bao-cao-tham-dinh-01-2024.docx" \
  --contains "Số: 01/BC-PNV" --contains "Hớn Quản, ngày 30 tháng 12 năm 2024" \
  --contains "- Giấy khen của Chủ tịch UBND huyện (tập thể): đủ điều kiện 07, số lượng tối đa 05, vượt 02." \
  --contains "1. Phòng Nội vụ: 91 điểm, trong số lượng khen thưởng;" --contains "5. Phòng Tư pháp: 87 điểm, trong số lượng khen thưởng;" \
  --contains "6. Ủy ban nhân dân xã An Khương: 86,5 điểm, ngoài số lượng khen thưởng;" \
  --contains "Không đề nghị 02 tập thể đủ điều kiện nhưng ngoài số lượng khen thưởng của Kế hoạch: Ủy ban nhân dân xã An Khương, Ủy ban nhân dân xã Tân Hưng." \
  --contains "của 10 cơ quan, đơn vị, địa phương. Trong đó, 01 hồ sơ nộp quá hạn vẫn được tiếp nhận: Ủy ban nhân dân xã Minh Đức, nộp ngày 23/12/2024, quá hạn 03 ngày." \
  --contains "Hồ sơ đề nghị khen thưởng của Phòng Nội vụ do chính Phòng Nội vụ thẩm định" \
  --contains "cho 05 tập thể và 01 cá nhân đủ điều kiện./." --contains "Kết luận: Ủy ban nhân dân xã Phước An"
check "000: Báo cáo thẩm định ranks by no unit's own votes" docx_lacks "$VB/bao-cao-tham-dinh-01-2024.docx" "phiếu tại đơn vị"
check "000: Báo cáo thẩm định check-nd30" $PY "$CHECKS/check-nd30" "$VB/bao-cao-tham-dinh-01-2024.docx"
check "000: Biên bản Hội đồng" $PY "$CHECKS/check-docx" "$VB/bien-ban-hoi-dong-01-2025.docx" --contains "Số: 01/BB-HĐTĐKT" \
  --contains "Tổng số thành viên Hội đồng: 07; có mặt: 07/07 thành viên." --contains "42,86" --contains "Huỳnh Văn Thành"
check "000: Biên bản Hội đồng check-nd30" $PY "$CHECKS/check-nd30" "$VB/bien-ban-hoi-dong-01-2025.docx"
check "000: Quyết định: 5 collectives × 1.410.000 + 1 person × 710.000 = 7.760.000" $PY "$CHECKS/check-docx" "$VB/quyet-dinh-01-2025.docx" \
  --contains "Số: 01/QĐ-UBND" --contains "7.760.000" --contains "Nguyễn Thị Thu Trang" --contains "Ủy ban nhân dân xã Tân Hưng"
check "000: Quyết định leaves out who the council did not pass" docx_lacks "$VB/quyet-dinh-01-2025.docx" "Phòng Tư pháp"
check "000: Quyết định of 10/01/2025 cites Luật 06/2022/QH15 and NĐ 98/2023 in full" $PY "$CHECKS/check-docx" "$VB/quyet-dinh-01-2025.docx" \
  --contains "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;" \
  --contains "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ" --contains "Căn cứ Luật Tổ chức chính quyền địa phương số "
check "000: Quyết định: Điều 2 gives the amount per collective and per individual and the plan's fund, Điều 3 names who executes" \
  $PY "$CHECKS/check-docx" "$VB/quyet-dinh-01-2025.docx" --contains "mỗi tập thể được thưởng 1.410.000 đồng, mỗi cá nhân được thưởng 710.000 đồng" \
  --contains "Kinh phí khen thưởng được trích từ nguồn quỹ Thi đua - Khen thưởng của huyện." \
  --contains "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Hớn Quản, Trưởng phòng Nội vụ"
check "000: Danh sách lists the 5 collectives first, as Điều 1 names them, numbered on: the individual is 6" $PY - "$VB/quyet-dinh-01-2025.docx" <<'EOF'
import docx, sys
rows = [[c.text for c in r.cells] for t in docx.Document(sys.argv[1]).tables for r in t.rows]
heads = [r[0] for r in rows if r[0] in ("I. TẬP THỂ", "II. CÁ NHÂN")]
assert heads == ["I. TẬP THỂ", "II. CÁ NHÂN"], heads
person = [r for r in rows if r[1] == "Nguyễn Thị Thu Trang"]
assert person and person[0][0] == "6", person
EOF
check "000: Quyết định of 10/01/2025 cites no decree out of force" docx_lacks "$VB/quyet-dinh-01-2025.docx" "91/2017"
check "000: Quyết định check-nd30" $PY "$CHECKS/check-nd30" "$VB/quyet-dinh-01-2025.docx"
check "000: Quyết định PDF" $PY "$CHECKS/check-pdf" "$VB/quyet-dinh-01-2025.pdf" --contains "7.760.000"
run 0 --db "$DB" audit verify
read_round 000

# ── Seed 002 ──
DB="$WORK/hung-yen.db"
M=HY-DVCQ-2024
run 0 --db "$DB" movement import examples/movements/002-hung-yen-dan-van-chinh-quyen-2024.json
run 0 --db "$DB" data import examples/datasets/hung-yen-2025.json
check "seed 002 round runs" env TDKT="$TDKT" bash examples/rounds/hung-yen-2025.sh "$DB" "$WORK/hy" > "$WORK/hy.log" 2>&1 || cat "$WORK/hy.log"
for d in $(seq 1 14); do check "002: dossier $d archived" test "$(json dossier show $d | field 'd["state"]')" = luu_tru; done
got=$(outcomes $(seq 1 14))
# 1–5, 7–11 awarded; 6 Ân Thi (tt-g confirmed not met), 13 Đông Hưng (13th, rank worse than 2024), 14 the Sở's
# officer («hoàn thành tốt»): not eligible; 12 Quỳnh Phụ: 4/9 at the council.
for want in 1=duoc_khen 2=duoc_khen 3=duoc_khen 4=duoc_khen 5=duoc_khen 6=khong_du_dieu_kien 7=duoc_khen 8=duoc_khen \
            9=duoc_khen 10=duoc_khen 11=duoc_khen 12=khong_dat 13=khong_du_dieu_kien 14=khong_du_dieu_kien; do
  check "002: outcome $want (got: $got)" grep -qw -- "$want" <<< "$got"
done
check "002: the returned dossier's reason is kept" grep -q "chưa nêu số liệu" <<< "$(json dossier show 5 | field 'd["returned_reason"]')"
T2="$WORK/hy/tham-dinh.txt"
check "002: Vũ Thư meets tt-d by a better rank (11 against 14), not by the top 10" grep -q "tốt hơn năm 2024: năm 2025 xếp hạng 11, năm 2024 xếp hạng 14" "$T2"
check "002: Vũ Thư is 11th of 13 on the score, tied" grep -q "năm 2025 đạt 88 điểm, xếp hạng 11/13, đồng hạng với 01 đơn vị" "$T2"
check "002: Đông Hưng fails both alternatives of tt-d" grep -q "tốt hơn năm 2024: năm 2025 xếp hạng 13, năm 2024 xếp hạng 9" "$T2"
check "002: the officer fails cn-a" grep -q "trở lên: xếp loại “hoàn thành tốt nhiệm vụ”" "$T2"
VB="$WORK/van-ban"
check "002: Báo cáo thẩm định: Sở Nội vụ's number, the 10th/11th tie, the proposal" $PY "$CHECKS/check-docx" "$VB/bao-cao-tham-dinh-01-2025.docx" \
  --contains "Số: 01/BC-SNV" --contains "Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh Hưng Yên" \
  --contains "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (tập thể và cá nhân): đủ điều kiện 11, số lượng tối đa 10, vượt 01" \
  --contains "10. Ủy ban nhân dân xã Vũ Thư: 88 điểm, đồng hạng ở ranh giới số lượng" \
  --contains "10. Ủy ban nhân dân xã Quỳnh Phụ: 88 điểm, đồng hạng ở ranh giới số lượng" \
  --contains "biểu quyết lựa chọn không quá 01 trong 02 trường hợp" \
  --contains "Chậm báo cáo quý III và quý IV năm 2025" \
  --contains "cho 09 tập thể đủ điều kiện, trong số lượng của Kế hoạch, và cho 01 trong 02 trường hợp nêu trên do Hội đồng lựa chọn"
check "002: Báo cáo thẩm định: the 9th (Thái Bình, 89) is no tie" $PY "$CHECKS/check-docx" "$VB/bao-cao-tham-dinh-01-2025.docx" \
  --contains "9. Ủy ban nhân dân phường Thái Bình: 89 điểm, trong số lượng khen thưởng;"
check "002: Báo cáo thẩm định check-nd30" $PY "$CHECKS/check-nd30" "$VB/bao-cao-tham-dinh-01-2025.docx"
check "002: Biên bản Hội đồng: 9 members, 1 absent with a written opinion" $PY "$CHECKS/check-docx" "$VB/bien-ban-hoi-dong-01-2026.docx" \
  --contains "Tổng số thành viên Hội đồng: 09; có mặt: 08/09 thành viên; vắng: 01 (Vũ Thị Hằng, có ý kiến bằng văn bản)." \
  --contains "Đồng ý với đề nghị của Sở Nội vụ" --contains "44,44" --contains "88,89"
check "002: Quyết định under NĐ 152/2025: 10 × 3,0 × 2.340.000 = 70.200.000" $PY "$CHECKS/check-docx" "$VB/quyet-dinh-01-2026.docx" \
  --contains "Nghị định số 152/2025/NĐ-CP" --contains "70.200.000" --contains "Ủy ban nhân dân xã Vũ Thư"
check "002: Quyết định leaves out Quỳnh Phụ" docx_lacks "$VB/quyet-dinh-01-2026.docx" "Quỳnh Phụ"
check "002: Quyết định of 20/01/2026 cites NĐ 152/2025 in full, not NĐ 98/2023" $PY "$CHECKS/check-docx" "$VB/quyet-dinh-01-2026.docx" \
  --contains "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ" --contains "06/2022/QH15 ngày 15 tháng 6 năm 2022"
check "002: Quyết định of 20/01/2026 leaves out NĐ 98/2023" docx_lacks "$VB/quyet-dinh-01-2026.docx" "98/2023"
check "002: Quyết định check-nd30" $PY "$CHECKS/check-nd30" "$VB/quyet-dinh-01-2026.docx"
run 0 --db "$DB" audit verify
read_round 002

# ── Seed 003 ──
DB="$WORK/quang-ngai.db"
M=QNG-CCHC-2021-2025
run 0 --db "$DB" movement import examples/movements/003-quang-ngai-cchc-2021-2025.json
run 0 --db "$DB" data import examples/datasets/quang-ngai-2022.json
check "seed 003 round runs" env TDKT="$TDKT" bash examples/rounds/quang-ngai-2022.sh "$DB" "$WORK/qn" > "$WORK/qn.log" 2>&1 || cat "$WORK/qn.log"
for d in $(seq 1 8); do check "003: dossier $d archived" test "$(json dossier show $d | field 'd["state"]')" = luu_tru; done
got=$(outcomes $(seq 1 8))
for want in 1=duoc_khen 2=duoc_khen 3=duoc_khen 4=khong_du_dieu_kien 5=khong_du_dieu_kien 6=khong_du_dieu_kien 7=duoc_khen \
            8=khong_du_dieu_kien 9=duoc_khen; do
  check "003: outcome $want (got: $got)" grep -qw -- "$want" <<< "$got"
done
check "003: Nghĩa Lộ submitted 2 days after the 10/01/2023 due date (ranking announced 05/01 + 5 days)" \
  test "$(json dossier show 3 | field 'd["late_days"]')" = 2
check "003: Lê Hồng Phong resubmitted on 16/01 after a return: not late" test "$(json dossier show 2 | field 'd["late_days"]')" = 0
T3="$WORK/qn/tham-dinh.txt"
check "003: Nghĩa Chánh scores 74 (< 75)" grep -q "Điểm chấm chỉ số CCHC hằng năm (năm 2022) của Ủy ban nhân dân phường Nghĩa Chánh từ 75 điểm trở lên: đạt 74 điểm" "$T3"
check "003: Chánh Lộ's satisfaction 88 % (< 90 %)" grep -q "phường Chánh Lộ từ 90% trở lên: đạt 88%" "$T3"
check "003: Tịnh Ấn Tây has no recognised initiative" grep -q "Có sáng kiến được công nhận từ cấp cơ sở năm 2022: không có" "$T3"
check "003: the Văn phòng's 93 % on time (< 95 %)" grep -q "Văn phòng HĐND và UBND thành phố từ 95% trở lên: đạt 93%" "$T3"
# Offices are held to the office standards only, wards to the ward standards only.
ptp=$(awk '/Phòng Tư pháp — Giấy khen/{p=1} p&&/^[0-9]+\. /&&!/Phòng Tư pháp/{p=0} p' "$T3")
check "003: Phòng Tư pháp is assessed on gk-cq-*" grep -q "Tiêu chí gk-cq-2" <<< "$ptp"
check "003: Phòng Tư pháp is not assessed on gk-xa-*" bash -c '! grep -q "Tiêu chí gk-xa" <<< "$1"' _ "$ptp"
tp=$(awk '/Trần Phú — Giấy khen/{p=1} p&&/^[0-9]+\. /&&!/Trần Phú/{p=0} p' "$T3")
check "003: Trần Phú is assessed on gk-xa-*, not gk-cq-*" bash -c 'grep -q "Tiêu chí gk-xa-2" <<< "$1" && ! grep -q "Tiêu chí gk-cq" <<< "$1"' _ "$tp"
VB="$WORK/van-ban"
check "003: Báo cáo thẩm định" $PY "$CHECKS/check-docx" "$VB/bao-cao-tham-dinh-01-2023.docx" --contains "Số: 01/BC-TCNV" \
  --contains "Kính gửi: Hội đồng Thi đua - Khen thưởng thành phố Quảng Ngãi" --contains "01 hồ sơ nộp quá hạn vẫn được tiếp nhận: Ủy ban nhân dân phường Nghĩa Lộ" \
  --contains "Có 01 hồ sơ được trả lại để bổ sung và đã nộp lại: Ủy ban nhân dân phường Lê Hồng Phong (trả lại ngày 13/01/2023" \
  --contains "cho 04 tập thể và 01 cá nhân đủ điều kiện"
# A ward named after a person writes its full name in the place-date line (NĐ 30/2020, dataset "place").
check "003: Trần Phú's Tờ trình: «Phường Trần Phú, ngày …»" $PY "$CHECKS/check-docx" "$VB/ho-so-1-to-trinh-1.docx" \
  --contains "Phường Trần Phú, ngày 09 tháng 01 năm 2023"
check "003: Báo cáo thẩm định check-nd30" $PY "$CHECKS/check-nd30" "$VB/bao-cao-tham-dinh-01-2023.docx"
# The city's own targets (tiêu chí thi đua, "standard": false) are printed in the Kế hoạch, not appraised per unit.
check "003: Báo cáo thẩm định does not appraise the city's targets" docx_lacks "$VB/bao-cao-tham-dinh-01-2023.docx" \
  "Đề án vị trí việc làm"
run 1 --db "$DB" --as "chuyen_vien_tham_dinh:Phan Thị Diễm" nomination confirm --dossier 1 --criterion tc-1 --result dat
has err "là tiêu chí thi đua chung của cả địa bàn"
check "003: Biên bản Hội đồng: an absentee without a written opinion" $PY "$CHECKS/check-docx" "$VB/bien-ban-hoi-dong-01-2023.docx" \
  --contains "vắng: 01 (Hồ Văn Tư, không có ý kiến bằng văn bản)." --contains "85,71" --contains "71,43"
check "003: Biên bản Hội đồng reads no opinion for the absentee" docx_lacks "$VB/bien-ban-hoi-dong-01-2023.docx" "Ý kiến bằng văn bản của Hồ Văn Tư"
check "003: Quyết định under NĐ 91/2017: 4 × 0,6 × 1.490.000 → 900.000, 1 × 0,3 → 450.000; 4.050.000" \
  $PY "$CHECKS/check-docx" "$VB/quyet-dinh-01-2023.docx" --contains "Nghị định số 91/2017/NĐ-CP" --contains "4.050.000" \
  --contains "Đặng Thị Mỹ Linh" --contains "Phòng Tư pháp"
check "003: Quyết định of 30/01/2023 cites NĐ 91/2017 with its date" $PY "$CHECKS/check-docx" "$VB/quyet-dinh-01-2023.docx" \
  --contains "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ"
check "003: Quyết định of 30/01/2023 does not cite Luật 06/2022/QH15 (in force from 01/01/2024)" docx_lacks "$VB/quyet-dinh-01-2023.docx" "06/2022/QH15"
check "003: Báo cáo thẩm định says the old law's citation is unconfirmed" $PY "$CHECKS/check-docx" "$VB/bao-cao-tham-dinh-01-2023.docx" \
  --contains "Các căn cứ, mức sau đây cần được đối chiếu với bản gốc văn bản" --contains "15/2003/QH11"
check "003: Báo cáo thẩm định carries no [U] mark" docx_lacks "$VB/bao-cao-tham-dinh-01-2023.docx" "[U]"
check "003: Quyết định check-nd30" $PY "$CHECKS/check-nd30" "$VB/quyet-dinh-01-2023.docx"
check "003: Quyết định PDF" $PY "$CHECKS/check-pdf" "$VB/quyet-dinh-01-2023.pdf" --contains "4.050.000"
run 0 --db "$DB" audit verify
read_round 003
[ -n "${KEEP_WORK:-}" ] && mkdir -p "$KEEP_WORK" && cp -r "$WORK"/van-ban-* "$KEEP_WORK"
finish
