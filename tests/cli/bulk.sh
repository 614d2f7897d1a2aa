#!/usr/bin/env bash
# Work done for a whole dossier at once: a folder of Báo cáo thành tích matched to the nominees by the names of
# its files (with or without accents, decomposed or not), refused whole when one file is unknown, ambiguous,
# a second report for the same nominee or empty; and one manual criterion confirmed for every nominee of a
# dossier that it conditions (not the ones the unit's vote dropped, not the collectives); several dossiers appraised
# at once; a namesake user of another unit refused; and a decision dated after its award form lapsed refused
# (hieu_luc) while the same decision on a date the form is in force goes through.
source "$(dirname "$0")/lib/common.bash" "$@"
PY=/usr/bin/python3
M=PM-CCHC-2021-2025
DB="$WORK/bulk.db"
t() { "$TDKT" --db "$DB" "$@"; }
count() { $PY -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$DB" "$1"; }
run 0 --db "$DB" movement import examples/movements/004-phu-my-cchc-2021-2025.json
run 0 --db "$DB" data import examples/datasets/phu-my-2021-2025.json
run 0 --db "$DB" user add "Trần Thị Bích Vy" --role thu_truong_don_vi --unit MY-DUC
run 0 --db "$DB" user add "Võ Thị Thu Hằng" --role chuyen_vien_tham_dinh
# A namesake heading another unit cannot take over the first one's identity.
run 4 --db "$DB" user add "Trần Thị Bích Vy" --role thu_truong_don_vi --unit MY-LOC
has err "đã có người dùng «Trần Thị Bích Vy» với vai trò thu_truong_don_vi ở đơn vị MY-DUC"
has err "«Trần Thị Bích Vy (MY-LOC)»"
run 0 --db "$DB" user list
has out "thu_truong_don_vi	Trần Thị Bích Vy	MY-DUC"
run 0 --db "$DB" user add "Trần Thị Bích Vy" --role thu_truong_don_vi --unit MY-DUC --title "Chủ tịch UBND xã"
HEAD=(--as "thu_truong_don_vi:Trần Thị Bích Vy")
AP=(--as "chuyen_vien_tham_dinh:Võ Thị Thu Hằng")
run 0 --db "$DB" --now 2025-01-06 dossier create --movement $M --unit MY-DUC --round 2024
run 0 --db "$DB" dossier nominate 1 --award gk-tt-hang-nam --subject agency:MY-DUC   # 1
run 0 --db "$DB" dossier nominate 1 --award gk-cn-hang-nam --subject person:PM025     # 2 Trần Thị Bích Vy
run 0 --db "$DB" dossier nominate 1 --award gk-cn-hang-nam --subject person:PM026     # 3 Dương Tấn Bình
run 0 --db "$DB" dossier nominate 1 --award gk-cn-hang-nam --subject person:PM027     # 4 Phan Đức Định
run 0 --db "$DB" dossier meeting 1 --date 2025-01-08 --members 5 --present 5 --vote 1:5 --vote 2:5 --vote 3:4 --vote 4:2

# A folder with every kind of mistake: nothing is attached, every bad file is named once.
BAD="$WORK/bad"; mkdir -p "$BAD"
echo "bc" > "$BAD/Bao cao Tran Thi Bich Vy.pdf"
echo "bc" > "$BAD/PM025 ban sua.pdf"                      # second report for Trần Thị Bích Vy (by code)
echo "bc" > "$BAD/bao-cao-khac.pdf"                       # nobody
echo "bc" > "$BAD/Duong Tan Binh va Phan Duc Dinh.pdf"    # two nominees, same length
: > "$BAD/Báo cáo UBND xã Mỹ Đức.pdf"                      # empty (matched by the unit's code MY-DUC)
run 1 --db "$DB" dossier attach 1 --folder "$BAD"
has err "4 lỗi, chưa đính kèm tệp nào"
has err "«PM025 ban sua.pdf» và «Bao cao Tran Thi Bich Vy.pdf»: cùng là báo cáo của đề nghị số 2 (Trần Thị Bích Vy)"
has err "«bao-cao-khac.pdf»: tên tệp không chứa mã hay họ tên của đề nghị nào trong hồ sơ 1"
has err "«Duong Tan Binh va Phan Duc Dinh.pdf»: khớp với nhiều đề nghị (số 3 Dương Tấn Bình (PM026); số 4 Phan Đức Định (PM027))"
has err "«Báo cáo UBND xã Mỹ Đức.pdf»: tệp rỗng"
check "nothing attached from the bad folder" test "$(count 'select count(*) from documents')" = 0
check "no audit row for the bad folder" test "$(count "select count(*) from audit_log where action='attach'")" = 0
run 1 --db "$DB" dossier attach 1 --folder "$WORK/khong-co"
has err "không phải thư mục"
mkdir -p "$WORK/empty"; touch "$WORK/empty/.DS_Store"
run 1 --db "$DB" dossier attach 1 --folder "$WORK/empty"
has err "thư mục không có tệp nào"

# A good folder, names typed without accents, with accents and decomposed (as macOS writes them); Office lock
# files and hidden files are skipped. The collective's report is missing: a warning names it.
GOOD="$WORK/good"; mkdir -p "$GOOD"
echo "bao cao Vy" > "$GOOD/Bao cao - TRAN THI BICH VY (2024).pdf"
echo "báo cáo Bình" > "$GOOD/$($PY -c 'import unicodedata; print(unicodedata.normalize("NFD", "Báo cáo Dương Tấn Bình.docx"))')"
echo "lock" > "$GOOD/~\$o cao Dương Tấn Bình.docx"
echo "x" > "$GOOD/.hidden"
run 0 --db "$DB" dossier attach 1 --folder "$GOOD"
has out "Đã đính kèm 2 báo cáo thành tích vào hồ sơ số 1"
has out "Bao cao - TRAN THI BICH VY (2024).pdf → đề nghị số 2 Trần Thị Bích Vy"
has out "→ đề nghị số 3 Dương Tấn Bình"
has err "còn thiếu Báo cáo thành tích của đề nghị: 1 Ủy ban nhân dân xã Mỹ Đức"
hasnt err "Phan Đức Định"   # dropped by the unit's vote: no report needed
check "two reports stored" test "$(count "select count(*) from documents where kind='bao_cao_thanh_tich'")" = 2
check "one audit row per file" test "$(count "select count(*) from audit_log where action='attach'")" = 2
ONE="$WORK/one"; mkdir -p "$ONE"; echo "bc tập thể" > "$ONE/Bao cao tap the xa My Duc.pdf"
run 0 --db "$DB" dossier attach 1 --folder "$ONE"
has out "→ đề nghị số 1 Ủy ban nhân dân xã Mỹ Đức"
hasnt err "còn thiếu"

# Submit, appraise; the manual part of cn-hn-2 is confirmed for the whole dossier at once.
run 0 --db "$DB" "${HEAD[@]}" dossier act 1 ghi_bien_ban
run 0 --db "$DB" --now 2025-01-09 dossier generate 1
run 4 --db "$DB" "${AP[@]}" nomination confirm --dossier 1 --criterion cn-hn-2 --result dat
has err "chỉ xác nhận tiêu chí khi hồ sơ đang thẩm định"
run 0 --db "$DB" "${HEAD[@]}" --now 2025-01-10 dossier act 1 trinh
run 0 --db "$DB" "${AP[@]}" --now 2025-01-12 dossier act 1 tiep_nhan
run 0 --db "$DB" "${AP[@]}" --now 2025-01-12 dossier act 1 bat_dau_tham_dinh
run 0 --db "$DB" "${AP[@]}" --now 2025-02-10 dossier appraise 1
before=$(count "select count(*) from audit_log")
run 1 --db "$DB" "${AP[@]}" nomination confirm --dossier 1 --criterion khong-co --result dat
has err "phong trào không có tiêu chí «khong-co»"
run 4 --db "$DB" "${HEAD[@]}" nomination confirm --dossier 1 --criterion cn-hn-2 --result dat
check "refusals write nothing" test "$(count "select count(*) from audit_log")" = "$before"
run 0 --db "$DB" "${AP[@]}" nomination confirm --dossier 1 --criterion cn-hn-2 --result dat --note "Xác nhận của UBND xã"
has out "Trần Thị Bích Vy, tiêu chí cn-hn-2: đạt"
has out "Dương Tấn Bình, tiêu chí cn-hn-2: đạt"
hasnt out "Phan Đức Định"
hasnt out "Ủy ban nhân dân xã Mỹ Đức"
check "one confirm row per nominee" test "$(count "select count(*) from audit_log where action='confirm'")" = 2
check "confirmations stored" test "$(count "select count(*) from confirmations where criterion='cn-hn-2' and met=1")" = 2
# A later single confirmation overrides the bulk one for one nominee.
run 0 --db "$DB" "${AP[@]}" nomination confirm 3 --criterion cn-hn-2 --result khong_dat --note "Không trực tiếp tham mưu"
check "override kept" test "$(count "select met from confirmations where nomination_id=3 and criterion='cn-hn-2'")" = 0
run 3 --db "$DB" "${AP[@]}" nomination confirm --dossier 9 --criterion cn-hn-2 --result dat

# Several dossiers appraised at once: all checked first, nothing written when one cannot be appraised.
run 0 --db "$DB" user add "Ngô Văn Khánh" --role thu_truong_don_vi --unit MY-LOC
run 0 --db "$DB" --now 2025-01-06 dossier create --movement $M --unit MY-LOC --round 2024   # 2
run 0 --db "$DB" dossier nominate 2 --award gk-tt-hang-nam --subject agency:MY-LOC            # 5
run 0 --db "$DB" dossier nominate 2 --award gk-cn-hang-nam --subject person:PM034             # 6
run 0 --db "$DB" dossier meeting 2 --date 2025-01-08 --members 5 --present 5 --vote 5:5 --vote 6:5
run 0 --db "$DB" --as "thu_truong_don_vi:Ngô Văn Khánh" dossier act 2 ghi_bien_ban
run 0 --db "$DB" --now 2025-01-09 dossier generate 2
LOC="$WORK/loc"; mkdir -p "$LOC"; echo "bc" > "$LOC/MY-LOC.pdf"; echo "bc" > "$LOC/Ho Ngoc Nhung.pdf"
run 0 --db "$DB" dossier attach 2 --folder "$LOC"
run 0 --db "$DB" --as "thu_truong_don_vi:Ngô Văn Khánh" --now 2025-01-10 dossier act 2 trinh
run 0 --db "$DB" --now 2025-01-06 dossier create --movement $M --unit MY-CHAU --round 2024  # 3, still a draft
before=$(count "select count(*) from audit_log")
run 4 --db "$DB" "${AP[@]}" --now 2025-02-10 dossier appraise 1 2 3
has err "hồ sơ số 2 chưa ở trạng thái đang thẩm định"
run 3 --db "$DB" "${AP[@]}" --now 2025-02-10 dossier appraise 1 99
run 2 --db "$DB" "${AP[@]}" --now 2025-02-10 dossier appraise 1 x
check "refused batch appraisals write nothing" test "$(count "select count(*) from audit_log")" = "$before"
run 0 --db "$DB" "${AP[@]}" --now 2025-01-12 dossier act 2 tiep_nhan
run 0 --db "$DB" "${AP[@]}" --now 2025-01-12 dossier act 2 bat_dau_tham_dinh
run 4 --db "$DB" "${AP[@]}" --now 2025-02-10 dossier appraise 1 2 3
has err "hồ sơ số 3 chưa ở trạng thái đang thẩm định (hiện: du_thao)"
run 0 --db "$DB" "${AP[@]}" --now 2025-02-10 dossier appraise 1 2
has out "Hồ sơ số 1 — Ủy ban nhân dân xã Mỹ Đức:"
has out "Hồ sơ số 2 — Ủy ban nhân dân xã Mỹ Lộc:"
has out "6. Hồ Ngọc Nhung"
has out "Đã thẩm định 2 hồ sơ:"
check "one appraise row per dossier" test "$(count "select count(*) from audit_log where action='appraise'")" = 3
# A batch gives each nominee the same assessment as appraising its dossier alone.
batch=$(count "select group_concat(appraisal || ':' || appraisal_detail, '|') from nominations where dossier_id in (1,2) order by id")
check "batch appraisal wrote the explanations" test "${#batch}" -gt 500
run 0 --db "$DB" "${AP[@]}" --now 2025-02-10 dossier appraise 1
run 0 --db "$DB" "${AP[@]}" --now 2025-02-10 dossier appraise 2
single=$(count "select group_concat(appraisal || ':' || appraisal_detail, '|') from nominations where dossier_id in (1,2) order by id")
check "batch and single appraisals agree" test "$batch" = "$single"

# Through the council to the decision; a decision dated after the award form has lapsed (district-level Giấy khen,
# ended with the two-level local government on 30/6/2025) is refused by the hieu_luc guard, nothing written.
for d in 1 2; do
  run 0 --db "$DB" "${AP[@]}" --now 2025-02-10 nomination confirm --dossier $d --criterion cn-hn-1 --result khong_dat
  run 0 --db "$DB" "${AP[@]}" --now 2025-02-10 dossier act $d hoan_thanh_tham_dinh
done
run 0 --db "$DB" user add "Nguyễn Văn Thư" --role thu_ky_hoi_dong
run 0 --db "$DB" user add "Lê Văn Lịch" --role chu_tich --title "Chủ tịch"
for who in "Lê Văn Lịch:chu_tich" "Phạm Văn Định:pho_chu_tich" "Nguyễn Văn Thư:thu_ky"; do
  run 0 --db "$DB" council member add "${who%%:*}" --movement $M --position "Thành viên" --role "${who#*:}"
done
votes=()
for n in $(sqlite3 "$DB" "select id from nominations where appraisal='du_dieu_kien'"); do votes+=(--vote "$n:3"); done
check "some nominees reach the council" test "${#votes[@]}" -gt 0
run 0 --db "$DB" --as "thu_ky_hoi_dong:Nguyễn Văn Thư" --now 2025-02-18 council vote --movement $M --round 2024 --date 2025-02-18 "${votes[@]}"
for d in 1 2; do run 0 --db "$DB" --as "thu_ky_hoi_dong:Nguyễn Văn Thư" --now 2025-02-18 dossier act $d bieu_quyet; done
before=$(count "select count(*) from audit_log")
run 4 --db "$DB" --as "chu_tich:Lê Văn Lịch" --now 2025-08-01 decision issue --movement $M --round 2024
has err "[hieu_luc]"
has err "chỉ có hiệu lực đến 30/06/2025, không tặng được vào ngày 01/08/2025"
check "refused decision writes nothing" test "$(count "select count(*) from audit_log")" = "$before"
check "no decision row" test "$(count "select count(*) from decisions")" = 0
run 0 --db "$DB" --as "chu_tich:Lê Văn Lịch" --now 2025-02-20 decision issue --movement $M --round 2024
has out "Đã ban hành Quyết định số 01/QĐ-UBND ngày 20/02/2025"
run 0 --db "$DB" audit verify
finish
