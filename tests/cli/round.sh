#!/usr/bin/env bash
# The award round end to end on seed 004 (Phù Mỹ, năm 2024) through every state, with a return for
# completion, a late dossier refused, a failed council vote and a tie in the top-3 ranking; every outcome
# asserted. Also: refusals name every failed guard, the documents pass the shared checks, the audit chain
# detects a hand edit, and two people acting on one dossier at once give one winner and one conflict.
source "$(dirname "$0")/lib/common.bash" "$@"
PY=/usr/bin/python3
CHECKS="$ROOT/../shared/checks"
M=PM-CCHC-2021-2025
DB="$WORK/dot.db"
setup() {
  run 0 --db "$1" movement import examples/movements/004-phu-my-cchc-2021-2025.json
  run 0 --db "$1" data import examples/datasets/phu-my-2021-2025.json
}
setup "$DB"
check "example round runs" env TDKT="$TDKT" bash examples/rounds/phu-my-2024.sh "$DB" "$WORK/bc" > "$WORK/round.log" 2>&1 || cat "$WORK/round.log"
json() { "$TDKT" --db "$DB" "$@" --json; }
field() { $PY -c 'import json,sys; d=json.load(sys.stdin); exec("print("+sys.argv[1]+")")' "$1"; }

# States and outcomes.
for d in 1 2 3 4; do check "dossier $d archived" test "$(json dossier show $d | field 'd["state"]')" = luu_tru; done
check "late dossier 5 stays before submission" test "$(json dossier show 5 | field 'd["state"]')" = da_hop_xet
outcomes=$(for d in 1 2 3 4 5; do json dossier show $d | field '" ".join(str(n["id"])+"="+n["outcome"] for n in d["nominations"])'; done | tr '\n' ' ')
for want in 1=duoc_khen 2=duoc_khen 3=loai 4=duoc_khen 5=duoc_khen 6=khong_dat 7=giu; do
  check "outcome $want (got: $outcomes)" grep -qw -- "$want" <<< "$outcomes"
done
check "money LĐ cá nhân 0,3 × 2.340.000 → 710.000" test "$(json dossier show 1 | field '[n.get("money") for n in d["nominations"] if n["id"]==2][0]')" = 710000
check "money tập thể 0,6 × 2.340.000 → 1.410.000" test "$(json dossier show 1 | field '[n.get("money") for n in d["nominations"] if n["id"]==1][0]')" = 1410000
run 0 --db "$DB" movement status $M --round 2024
has out "Quyết định số 01/QĐ-UBND ngày 20/02/2025, tổng tiền 4.940.000 đồng"
has out "đã lưu trữ: 4"
# The resubmitted Tờ trình got the next number of the unit's series; the return reason is kept.
run 0 --db "$DB" dossier show 1
has out "Tờ trình số 02/TTr-UBND"
has out "Lần trả lại gần nhất: Báo cáo thành tích của xã chưa có xác nhận"
# Tie for 2nd place in the top 3 of communes, explained in the appraisal of Mỹ Lộc and Mỹ Châu.
check "tie explained (Mỹ Lộc)" grep -q "xếp hạng 2/19, đồng hạng với 01 đơn vị" "$WORK/bc/tham-dinh-2.txt"
check "tie explained (Mỹ Châu)" grep -q "xếp hạng 2/19, đồng hạng với 01 đơn vị" "$WORK/bc/tham-dinh-3.txt"

# Refusals name every failed guard and change nothing.
run 4 --db "$DB" --now 2025-02-10 --as thu_truong_don_vi:"Nguyễn Hữu Tài" dossier act 5 trinh
has err "[han_nop] nộp hồ sơ quá hạn 11 ngày (hạn chót 30/01/2025)"
has err "kế hoạch không nhận hồ sơ nộp muộn"
run 4 --db "$DB" --as can_bo_don_vi:"Dương Tấn Bình" dossier act 5 trinh
has err "[vai_tro]"
has err "[don_vi]"
run 4 --db "$DB" --as thu_truong_don_vi:"Trần Thị Bích Vy" dossier act 1 rut --reason "thử"
has err "[trang_thai]"
run 4 --db "$DB" --as chuyen_vien_tham_dinh:"Người Lạ" dossier act 5 tiep_nhan
has err "[trang_thai]"
check "dossier 5 unchanged" test "$(json dossier show 5 | field 'd["version"]')" = 2
run 2 --db "$DB" dossier act 5 bay_len
has err "các thao tác: ghi_bien_ban"

# Documents made from the workspace pass the shared checks.
VB="$WORK/van-ban"
check "Quyết định DOCX check-docx" $PY "$CHECKS/check-docx" "$VB/quyet-dinh-01-2025.docx" --contains "QUYẾT ĐỊNH" \
  --contains "Ủy ban nhân dân xã Mỹ Lộc" --contains "Dương Tấn Bình" --contains "4.940.000"
command -v soffice >/dev/null && check "Quyết định DOCX check-docx --libreoffice" with_lo_retry $PY "$CHECKS/check-docx" "$VB/quyet-dinh-01-2025.docx" --libreoffice --contains "QUYẾT ĐỊNH" --contains "4.940.000"
check "Quyết định DOCX check-nd30" $PY "$CHECKS/check-nd30" "$VB/quyet-dinh-01-2025.docx"
check "Quyết định rests on the council's Biên bản by number and date, and names its proposer" $PY "$CHECKS/check-docx" \
  "$VB/quyet-dinh-01-2025.docx" --contains "Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng huyện Phù Mỹ tại Biên bản số 01/BB-HĐTĐKT ngày 18/02/2025;" \
  --contains "Theo đề nghị của Trưởng phòng Nội vụ."
check "Quyết định PDF check-pdf" $PY "$CHECKS/check-pdf" "$VB/quyet-dinh-01-2025.pdf" --contains "Số: 01/QĐ-UBND" --contains "1.410.000"
check "Tờ trình DOCX check-docx" $PY "$CHECKS/check-docx" "$VB/ho-so-1-to-trinh-2.docx" --contains "Số: 02/TTr-UBND" --contains "TỜ TRÌNH" --contains "I. TẬP THỂ"
check "Tờ trình DOCX check-nd30" $PY "$CHECKS/check-nd30" "$VB/ho-so-1-to-trinh-2.docx"
check "Biên bản DOCX check-docx" $PY "$CHECKS/check-docx" "$VB/ho-so-2-bien-ban-hop-xet.docx" --contains "BIÊN BẢN" --contains "Trần Văn Sơn"
check "Biên bản PDF check-pdf" $PY "$CHECKS/check-pdf" "$VB/ho-so-2-bien-ban-hop-xet.pdf" --contains "BIÊN BẢN"

# Round documents: the appraisal report (Phòng Nội vụ's series) and the council's minutes, from the workspace.
check "Báo cáo thẩm định DOCX check-docx" $PY "$CHECKS/check-docx" "$VB/bao-cao-tham-dinh-01-2025.docx" --contains "Số: 01/BC-PNV" --contains "Có 01 hồ sơ nộp quá hạn nên không được tiếp nhận (Kế hoạch không nhận hồ sơ nộp quá hạn): Ủy ban nhân dân thị trấn Phù Mỹ, nộp ngày 10/02/2025" \
  --contains "Kính gửi: Hội đồng Thi đua - Khen thưởng huyện Phù Mỹ" --contains "I. KẾT QUẢ THẨM ĐỊNH TỪNG TRƯỜNG HỢP" \
  --contains "đạt 92,75%, xếp hạng 1/19" --contains "đã xác nhận đạt, căn cứ: trực tiếp tham mưu CCHC (xác nhận của xã)" --contains "Không đạt" \
  --contains "Kết luận: Dương Tấn Bình" --contains "nằm trong số lượng khen thưởng của Kế hoạch" \
  --contains "cho 04 tập thể và 01 cá nhân đủ điều kiện" --contains "Lê Thị Hoa"
check "Báo cáo thẩm định DOCX check-nd30" $PY "$CHECKS/check-nd30" "$VB/bao-cao-tham-dinh-01-2025.docx"
check "Báo cáo thẩm định PDF check-pdf" $PY "$CHECKS/check-pdf" "$VB/bao-cao-tham-dinh-01-2025.pdf" --contains "Số: 01/BC-PNV" --contains "Đủ điều kiện"
hasnt_file() { ! $PY "$CHECKS/check-docx" "$1" --contains "$2" >/dev/null 2>&1; }
check "Báo cáo thẩm định counts only dossiers received (not Thị trấn Phù Mỹ, never submitted)" hasnt_file "$VB/bao-cao-tham-dinh-01-2025.docx" "86,24"
check "Biên bản Hội đồng DOCX check-docx" $PY "$CHECKS/check-docx" "$VB/bien-ban-hoi-dong-01-2025.docx" --contains "Số: 01/BB-HĐTĐKT" \
  --contains "HỘI ĐỒNG THI ĐUA" --contains "vắng: 01 (Bùi Quốc Hải, có ý kiến bằng văn bản)" --contains "Bùi Quốc Hải" \
  --contains "Đồng ý với các đề nghị" --contains "Phòng Nội vụ trình bày Báo cáo thẩm định số 01/BC-PNV ngày 11/02/2025" --contains "42,86" --contains "Không đạt"
check "Biên bản Hội đồng DOCX check-nd30" $PY "$CHECKS/check-nd30" "$VB/bien-ban-hoi-dong-01-2025.docx"
check "Biên bản Hội đồng PDF check-pdf" $PY "$CHECKS/check-pdf" "$VB/bien-ban-hoi-dong-01-2025.pdf" --contains "BIÊN BẢN" --contains "85,71"
run 0 --db "$DB" packet qd:1 -o "$WORK/qd.zip"
has out "04-bao-cao-tham-dinh.pdf"
has out "05-bien-ban-hoi-dong.pdf"
run 0 --db "$DB" packet verify "$WORK/qd.zip"
# Only the appraiser makes the report, only the council's secretary the minutes; a second report takes the next number.
run 4 --db "$DB" --as "thu_ky_hoi_dong:Nguyễn Văn Thư" council report --movement $M --round 2024 --office PNV
has err "việc này do chuyên viên thẩm định"
run 4 --db "$DB" --as "chuyen_vien_tham_dinh:Võ Thị Thu Hằng" council minutes --movement $M --round 2024
run 3 --db "$DB" --as "chuyen_vien_tham_dinh:Võ Thị Thu Hằng" council report --movement $M --round 2024 --office KHONG-CO
has err "không có đơn vị mã «KHONG-CO»"
run 4 --db "$DB" --as "chuyen_vien_tham_dinh:Võ Thị Thu Hằng" council report --movement $M --round 2023 --office PNV
has err "chưa có đề nghị nào được thẩm định"
run 4 --db "$DB" --as "thu_ky_hoi_dong:Nguyễn Văn Thư" council minutes --movement $M --round 2023
has err "Hội đồng chưa họp xét đợt 2023"
run 0 --db "$DB" --now 2025-03-02 --as "chuyen_vien_tham_dinh:Võ Thị Thu Hằng" council report --movement $M --round 2024 --office PNV
has out "Báo cáo thẩm định số 02/BC-PNV"
# The drafter is told what the report rests on that is unconfirmed, and how to settle it; the report names it
# for the council without the data's [U] marks.
has err "Báo cáo thẩm định: “Giấy khen của Chủ tịch Ủy ban nhân dân huyện” (tập thể): hệ số 0,60 chưa được xác nhận"
has err "tệp ghi đè --legal"
check "Báo cáo thẩm định names the unconfirmed coefficient for the council" $PY "$CHECKS/check-docx" \
  "$VB/bao-cao-tham-dinh-02-2025.docx" --contains "Các căn cứ, mức sau đây cần được đối chiếu với bản gốc văn bản" \
  --contains "hệ số 0,60 áp dụng cho “Giấy khen của Chủ tịch Ủy ban nhân dân huyện” (tập thể)"
check "Báo cáo thẩm định carries no [U] mark" hasnt_file "$VB/bao-cao-tham-dinh-02-2025.docx" "[U]"

# Explanations speak words, not codes: the catalogue's award names, the topic, the discipline level.
run 0 --db "$DB" --now 2025-02-10 eligibility $M --round 2024 --award gk-cn-hang-nam --subject person:PM026
has out "Đã được tặng “Chiến sĩ thi đua cơ sở” ít nhất 01 lần trong năm 2023"
has out "(chuyên đề CCHC)"
has out "Không đề nghị khen thưởng người đang thi hành kỷ luật: không có kỷ luật đang thi hành"
hasnt out "chien_si_thi_dua"

# The decision went into the award history, so next year's criteria see it.
run 0 --db "$DB" --now 2026-01-20 eligibility $M --round 2025 --award gk-cn-hang-nam --subject person:PM026
has out "năm 2024: được tặng 01 lần (năm 2024 theo Quyết định số 01/QĐ-UBND)"

# Audit: the chain verifies; a hand edit (trigger dropped, one row changed) is detected.
run 0 --db "$DB" audit verify
cp "$DB" "$WORK/tampered.db"
$PY - "$WORK/tampered.db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("DROP TRIGGER audit_log_no_update")
c.execute("UPDATE audit_log SET detail = detail || ' (sửa tay)' WHERE action = 'decision'")
c.commit()
PY
run 6 --db "$WORK/tampered.db" audit verify
has err "nội dung đã bị sửa"

# Two people act on the same dossier at once: one wins, the other gets a conflict, nothing is lost.
DB2="$WORK/concurrent.db"
setup "$DB2"
run 0 --db "$DB2" user add "Trần Thị Bích Vy" --role thu_truong_don_vi --unit MY-DUC
run 0 --db "$DB2" user add "Võ Thị Thu Hằng" --role chuyen_vien_tham_dinh
run 0 --db "$DB2" user add "Phạm Minh Tâm" --role chuyen_vien_tham_dinh
run 0 --db "$DB2" --now 2025-01-06 dossier create --movement $M --unit MY-DUC --round 2024
run 0 --db "$DB2" dossier nominate 1 --award gk-tt-hang-nam --subject agency:MY-DUC
# Only those present and those absent with a written opinion can agree: 4 present + 1 silent absentee ≠ 5 votes.
run 1 --db "$DB2" dossier meeting 1 --date 2025-01-08 --members 5 --present 4 --absent "Lê Văn A=" --vote 1:5
has err "5 phiếu đồng ý nhiều hơn số thành viên có mặt (4) và vắng mặt có ý kiến bằng văn bản (0)"
# The Biên bản's number and hours are checked, each problem named with its option; nothing is recorded.
run 1 --db "$DB2" dossier meeting 1 --date 2025-01-08 --members 5 --present 5 --vote 1:5 --number 3a --from 25:00 \
  --to 07:30
has err "trường «--number»: số biên bản «3a» phải là số từ 1 đến 9999"
has err "trường «--from»: giờ «25:00» không hợp lệ; viết GIỜ:PHÚT"
run 1 --db "$DB2" dossier meeting 1 --date 2025-01-08 --members 5 --present 5 --vote 1:5 --to 10:00
has err "trường «--to»: có giờ kết thúc thì ghi cả giờ bắt đầu"
run 1 --db "$DB2" dossier meeting 1 --date 2025-01-08 --members 5 --present 5 --vote 1:5 --from 08:00 --to 07:30
has err "giờ kết thúc 07:30 phải sau giờ bắt đầu 08:00"
run 0 --db "$DB2" dossier meeting 1 --date 2025-01-08 --members 5 --present 5 --vote 1:5
run 0 --db "$DB2" --as thu_truong_don_vi:"Trần Thị Bích Vy" dossier act 1 ghi_bien_ban
run 4 --db "$DB2" --as thu_truong_don_vi:"Trần Thị Bích Vy" --now 2025-01-10 dossier act 1 trinh
has err "thiếu Biên bản họp xét"
has err "Báo cáo thành tích của Ủy ban nhân dân xã Mỹ Đức"
run 0 --db "$DB2" dossier generate 1
echo "báo cáo" > "$WORK/bc.txt"
run 0 --db "$DB2" dossier attach 1 --nomination 1 "$WORK/bc.txt"
run 0 --db "$DB2" --as thu_truong_don_vi:"Trần Thị Bích Vy" --now 2025-01-10 dossier act 1 trinh
TDKT_TEST_ACT_DELAY_MS=700 "$TDKT" --db "$DB2" --as chuyen_vien_tham_dinh:"Võ Thị Thu Hằng" dossier act 1 tiep_nhan > "$WORK/a.out" 2> "$WORK/a.err" & A=$!
TDKT_TEST_ACT_DELAY_MS=700 "$TDKT" --db "$DB2" --as chuyen_vien_tham_dinh:"Phạm Minh Tâm" dossier act 1 tiep_nhan > "$WORK/b.out" 2> "$WORK/b.err" & B=$!
wait $A; RA=$?; wait $B; RB=$?
check "one winner, one conflict (exit codes $RA $RB)" test "$(printf '%s\n' $RA $RB | sort | tr '\n' ' ')" = "0 5 "
check "conflict message" grep -q "vừa được người khác thay đổi" "$WORK/a.err" "$WORK/b.err"
n=$($PY -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from audit_log where action=\"tiep_nhan\"").fetchone()[0])' "$DB2")
check "exactly one tiep_nhan in the audit log ($n)" test "$n" = 1
run 0 --db "$DB2" audit verify
# An explicit stale version is a conflict too.
run 5 --db "$DB2" --as chuyen_vien_tham_dinh:"Võ Thị Thu Hằng" dossier act 1 bat_dau_tham_dinh --expect-version 2

run 0 workflow diagram
has out "da_bieu_quyet —quyet_dinh [chu_tich] {so_luong, hieu_luc}→ da_quyet_dinh"
check "the round's documents read as an office reads them (tests/cli/lib/read_round.py)" $PY "$ROOT/tests/cli/lib/read_round.py" "$WORK/van-ban"
check "Quyết định of 20/02/2025 cites Luật 06/2022/QH15 and NĐ 98/2023 in full, each Tờ trình with its issuer" \
  $PY "$CHECKS/check-docx" "$WORK/van-ban/quyet-dinh-01-2025.docx" --contains "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022" \
  --contains "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023" --contains "của Ủy ban nhân dân xã Mỹ Lộc"
[ -n "${KEEP_WORK:-}" ] && mkdir -p "$KEEP_WORK" && cp -r "$WORK/van-ban" "$KEEP_WORK/van-ban-004"
finish
