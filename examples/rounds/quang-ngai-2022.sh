#!/usr/bin/env bash
# Đợt khen thưởng năm 2022 của phong trào thi đua cải cách hành chính thành phố Quảng Ngãi (kế hoạch: seed 003,
# Kế hoạch số 29/KH-UBND; dữ liệu hư cấu: examples/datasets/quang-ngai-2022.json). Giấy khen của Chủ tịch UBND
# thành phố; tiêu chuẩn riêng cho cơ quan và cho xã, phường; quyết định theo Nghị định 91/2017/NĐ-CP. Hạn nộp:
# 05 ngày kể từ ngày công bố xếp hạng chỉ số CCHC (05/01/2023 → 10/01/2023); phường Nghĩa Lộ nộp ngày 12/01 (ghi
# nhận nộp muộn); hồ sơ phường Lê Hồng Phong bị trả lại để bổ sung. Nghĩa Chánh (74 điểm), Chánh Lộ (hài lòng 88 %),
# Tịnh Ấn Tây (chưa có sáng kiến) và Văn phòng (93 % thủ tục đúng hạn) không đạt.
# Cách dùng: bash examples/rounds/quang-ngai-2022.sh KHO.db THƯ_MỤC_BÁO_CÁO
set -euo pipefail
DB=$1
WORK=$2
T=${TDKT:-build/tdkt}
M=QNG-CCHC-2021-2025
t() { "$T" --db "$DB" "$@"; }
at() { local when=$1; shift; TDKT_NOW=$when "$T" --db "$DB" "$@"; }
mkdir -p "$WORK"

UNITS=(TRAN-PHU LE-HONG-PHONG NGHIA-LO NGHIA-CHANH CHANH-LO TINH-AN-TAY PTP VP)
HEADS=("Trương Văn Hùng" "Lê Thị Kim Thoa" "Phạm Minh Trí" "Đoàn Văn Sáu" "Nguyễn Thị Hồng Vân" "Bùi Tấn Phát" "Nguyễn Tấn Lộc" "Huỳnh Thị Mỹ")
SECS=("Nguyễn Thị Bích" "Trần Văn Định" "Lê Thị Hoài" "Phạm Văn Nhân" "Võ Thị Lệ" "Đỗ Văn Tường" "Huỳnh Văn Cảnh" "Nguyễn Thị Sương")  # who wrote each unit's Biên bản
for i in "${!UNITS[@]}"; do
  t --as quan_tri:"Quản trị" user add "${HEADS[$i]}" --role thu_truong_don_vi --unit "${UNITS[$i]}" >/dev/null
done
V=(--as "chuyen_vien_tham_dinh:Phan Thị Diễm")
S=(--as "thu_ky_hoi_dong:Lương Văn Hiếu")
t user add "Phan Thị Diễm" --role chuyen_vien_tham_dinh >/dev/null
t user add "Lương Văn Hiếu" --role thu_ky_hoi_dong >/dev/null
t user add "Trần Phước Hiền" --role chu_tich --title "Chủ tịch" >/dev/null
t council member add "Trần Phước Hiền" --movement $M --position "Chủ tịch UBND thành phố" --role chu_tich >/dev/null
t council member add "Nguyễn Thị Thu Hà" --movement $M --position "Phó Chủ tịch UBND thành phố" --role pho_chu_tich >/dev/null
t council member add "Võ Văn Thành" --movement $M --position "Trưởng Cơ quan Tổ chức - Nội vụ" --role uy_vien >/dev/null
t council member add "Lê Quang Vinh" --movement $M --position "Chánh Văn phòng HĐND và UBND thành phố" --role uy_vien >/dev/null
t council member add "Đỗ Thị Thu Sương" --movement $M --position "Trưởng phòng Tài chính - Kế hoạch" --role uy_vien >/dev/null
t council member add "Hồ Văn Tư" --movement $M --position "Chủ tịch Liên đoàn Lao động thành phố" --role uy_vien >/dev/null
t council member add "Lương Văn Hiếu" --movement $M --position "Phó Trưởng Cơ quan Tổ chức - Nội vụ" --role thu_ky >/dev/null
# UBND thành phố công bố kết quả xếp hạng chỉ số CCHC năm 2022: hạn nộp hồ sơ là 05 ngày sau.
t movement date $M cong_bo_xep_hang_cchc 2023-01-05 --round 2022 >/dev/null

# Hồ sơ 1..8 theo thứ tự trên; đề nghị 1..8: tập thể; 9: công chức phường Trần Phú.
for u in "${UNITS[@]}"; do at 2023-01-06 dossier create --movement $M --unit "$u" --round 2022 >/dev/null; done
for i in "${!UNITS[@]}"; do at 2023-01-06 dossier nominate $((i + 1)) --award gk-hang-nam --subject agency:"${UNITS[$i]}" >/dev/null; done
at 2023-01-06 dossier nominate 1 --award gk-hang-nam --subject person:QN101 --summary "Hướng dẫn nộp hồ sơ trực tuyến tại tổ dân phố" >/dev/null
for d in $(seq 1 8); do
  votes=(--vote "$d:5")
  [ "$d" = 1 ] && votes+=(--vote 9:5)
  at 2023-01-07 dossier meeting $d --date 2023-01-07 --members 5 --present 5 --chair "${HEADS[$((d - 1))]}" --secretary "${SECS[$((d - 1))]}" "${votes[@]}" >/dev/null
  at 2023-01-07 --as thu_truong_don_vi:"${HEADS[$((d - 1))]}" dossier act $d ghi_bien_ban >/dev/null
  at 2023-01-08 dossier generate $d >/dev/null
  printf 'BÁO CÁO THÀNH TÍCH — đề nghị số %s (bản ví dụ)\n' "$d" > "$WORK/bao-cao-$d.txt"
  at 2023-01-08 dossier attach $d --nomination $d "$WORK/bao-cao-$d.txt" >/dev/null
done
printf 'BÁO CÁO THÀNH TÍCH — đề nghị số 9 (bản ví dụ)\n' > "$WORK/bao-cao-9.txt"
at 2023-01-08 dossier attach 1 --nomination 9 "$WORK/bao-cao-9.txt" >/dev/null
for d in 1 2 4 5 6 7 8; do at 2023-01-09 --as thu_truong_don_vi:"${HEADS[$((d - 1))]}" dossier act $d trinh >/dev/null; done
at 2023-01-12 --as thu_truong_don_vi:"Phạm Minh Trí" dossier act 3 trinh

# Cơ quan Tổ chức - Nội vụ tiếp nhận, thẩm định; hồ sơ phường Lê Hồng Phong bị trả lại, bổ sung, trình lại sau hạn nộp.
for d in $(seq 1 8); do at 2023-01-13 "${V[@]}" dossier act $d tiep_nhan >/dev/null; at 2023-01-13 "${V[@]}" dossier act $d bat_dau_tham_dinh >/dev/null; done
at 2023-01-13 "${V[@]}" dossier act 2 tra_lai --reason "Thiếu quyết định công nhận sáng kiến kèm Báo cáo thành tích"
printf 'BÁO CÁO THÀNH TÍCH — đề nghị số 2, kèm quyết định công nhận sáng kiến (bản ví dụ)\n' > "$WORK/bao-cao-2b.txt"
at 2023-01-16 dossier attach 2 --nomination 2 "$WORK/bao-cao-2b.txt" >/dev/null
at 2023-01-16 --as thu_truong_don_vi:"Lê Thị Kim Thoa" dossier act 2 trinh_lai >/dev/null
at 2023-01-16 "${V[@]}" dossier act 2 tiep_nhan >/dev/null
at 2023-01-16 "${V[@]}" dossier act 2 bat_dau_tham_dinh >/dev/null
at 2023-01-17 "${V[@]}" dossier appraise $(seq 1 8) > "$WORK/tham-dinh.txt"
# Phần thủ công của tiêu chuẩn cơ quan, cá nhân: chuyên viên xác nhận. (13 tiêu chí thi đua của thành phố là chỉ
# tiêu chung của cả địa bàn — "standard": false — nên không thẩm định cho từng đơn vị.)
for d in 7 8; do at 2023-01-17 "${V[@]}" nomination confirm --dossier $d --criterion gk-cq-2 --result dat --note "Rà soát, đơn giản hóa TTHC đạt kết quả" >/dev/null; done
at 2023-01-17 "${V[@]}" nomination confirm 9 --criterion gk-cn-1 --result dat --note "Phù hợp thành tích của phường" >/dev/null
for d in $(seq 1 8); do at 2023-01-17 "${V[@]}" dossier act $d hoan_thanh_tham_dinh >/dev/null; done
at 2023-01-18 "${V[@]}" council report --movement $M --round 2022 --office TCNV --signer "Võ Văn Thành"

# Hội đồng họp ngày 20/01/2023: 6/7 có mặt, 1 vắng không có ý kiến bằng văn bản.
at 2023-01-20 "${S[@]}" council vote --movement $M --round 2022 --date 2023-01-20 --absent "Hồ Văn Tư" \
  --vote 1:6 --vote 2:6 --vote 3:5 --vote 7:6 --vote 9:6
for d in $(seq 1 8); do at 2023-01-20 "${S[@]}" dossier act $d bieu_quyet >/dev/null; done
at 2023-01-20 "${S[@]}" council minutes --movement $M --round 2022
at 2023-01-30 --as chu_tich:"Trần Phước Hiền" decision issue --movement $M --round 2022
for d in $(seq 1 8); do at 2023-02-06 "${V[@]}" dossier act $d luu_tru >/dev/null; done
t movement status $M --round 2022
