#!/usr/bin/env bash
# Đợt khen thưởng chuyên đề cải cách hành chính năm 2024 của huyện Hớn Quản (kế hoạch: seed 000; dữ liệu hư cấu:
# examples/datasets/hon-quan-2024.json). Giấy khen của Chủ tịch UBND huyện, số lượng 05 tập thể và 10 cá nhân.
# 10 đơn vị trình; Phòng Nội vụ thông báo hạn nộp 20/12/2024, xã Minh Đức nộp ngày 23/12 (ghi nhận nộp muộn, kế
# hoạch không từ chối); hồ sơ Phòng Nội vụ bị trả lại để bổ sung rồi trình lại; 7 tập thể đủ điều kiện cho 05 chỉ
# tiêu (vượt số lượng, nêu trong Báo cáo thẩm định); Hội đồng không thông qua 2 tập thể; Quyết định 05 tập thể và
# 01 cá nhân. Cách dùng: bash examples/rounds/hon-quan-2024.sh KHO.db THƯ_MỤC_BÁO_CÁO
# Kho phải đã có phong trào HQ-CCHC-2024 và dữ liệu examples/datasets/hon-quan-2024.json.
set -euo pipefail
DB=$1
WORK=$2
T=${TDKT:-build/tdkt}
M=HQ-CCHC-2024
t() { "$T" --db "$DB" "$@"; }
at() { local when=$1; shift; TDKT_NOW=$when "$T" --db "$DB" "$@"; }
mkdir -p "$WORK"
# Kế hoạch (seed 000, bản chưa số) đã ban hành: văn thư cấp số (số và ngày hư cấu cho ví dụ); mọi Tờ trình,
# Biên bản, Quyết định của đợt trích dẫn «Kế hoạch số 15/KH-UBND ngày 22 tháng 01 năm 2024».
t movement issued $M --number 15 --date 2024-01-22 >/dev/null

# Đơn vị (hồ sơ 1..10 theo thứ tự này) và thủ trưởng.
UNITS=(PNV VP PTP TAN-KHAI THANH-AN AN-KHUONG TAN-HUNG PHUOC-AN MINH-DUC DONG-NO)
HEADS=("Trần Văn Hải" "Lê Thị Mai" "Nguyễn Quốc Bảo" "Phạm Văn Dũng" "Hoàng Minh Tuấn" "Đỗ Thị Hạnh" "Vũ Đình Khoa"
       "Bùi Văn Lực" "Đinh Thị Nga" "Lý Văn Phúc")
SECS=("Nguyễn Thị Thảo" "Trần Minh Luân" "Lê Văn Tùng" "Phạm Thị Yến" "Võ Thị Kim Chi" "Đặng Văn Lợi" "Huỳnh Thị Mến" "Ngô Thanh Sơn" "Mai Thị Hương" "Tạ Văn Quang")  # who wrote each unit's Biên bản
for i in "${!UNITS[@]}"; do
  t --as quan_tri:"Quản trị" user add "${HEADS[$i]}" --role thu_truong_don_vi --unit "${UNITS[$i]}" >/dev/null
done
V=(--as "chuyen_vien_tham_dinh:Lâm Thị Phương")
S=(--as "thu_ky_hoi_dong:Ngô Văn Tâm")
t user add "Lâm Thị Phương" --role chuyen_vien_tham_dinh >/dev/null
t user add "Ngô Văn Tâm" --role thu_ky_hoi_dong >/dev/null
t user add "Huỳnh Văn Thành" --role chu_tich --title "Chủ tịch" >/dev/null
# Hội đồng Thi đua - Khen thưởng huyện: 7 thành viên.
t council member add "Huỳnh Văn Thành" --movement $M --position "Chủ tịch UBND huyện" --role chu_tich >/dev/null
t council member add "Phan Thị Liên" --movement $M --position "Phó Chủ tịch UBND huyện" --role pho_chu_tich >/dev/null
t council member add "Trần Văn Hải" --movement $M --position "Trưởng phòng Nội vụ" --role uy_vien >/dev/null
t council member add "Mai Xuân Lộc" --movement $M --position "Chánh Văn phòng HĐND và UBND huyện" --role uy_vien >/dev/null
t council member add "Tạ Thị Oanh" --movement $M --position "Trưởng phòng Tài chính - Kế hoạch" --role uy_vien >/dev/null
t council member add "Châu Văn Kiệt" --movement $M --position "Chủ tịch Liên đoàn Lao động huyện" --role uy_vien >/dev/null
t council member add "Ngô Văn Tâm" --movement $M --position "Phó Trưởng phòng Nội vụ" --role thu_ky >/dev/null
# Phòng Nội vụ thông báo hạn nộp hồ sơ.
t movement date $M nop-ho-so 2024-12-20 --round 2024 >/dev/null

# Hồ sơ và đề nghị: tập thể của mỗi đơn vị (đề nghị 1..10), rồi 3 cá nhân (11: Phòng Nội vụ, 12: xã Thanh An,
# 13: xã Đồng Nơ).
for i in "${!UNITS[@]}"; do at 2024-12-10 dossier create --movement $M --unit "${UNITS[$i]}" --round 2024 >/dev/null; done
for i in "${!UNITS[@]}"; do at 2024-12-10 dossier nominate $((i + 1)) --award gk --subject agency:"${UNITS[$i]}" >/dev/null; done
at 2024-12-10 dossier nominate 1 --award gk --subject person:HQ103 --summary "Tham mưu rà soát thủ tục hành chính" >/dev/null
at 2024-12-10 dossier nominate 5 --award gk --subject person:HQ101 --summary "Phụ trách một cửa của xã" >/dev/null
at 2024-12-10 dossier nominate 10 --award gk --subject person:HQ102 >/dev/null

# Họp xét tại đơn vị (5 thành viên, cả 5 đồng ý), Biên bản, Tờ trình dự thảo, Báo cáo thành tích.
for d in $(seq 1 10); do
  votes=(--vote "$d:5")
  case $d in 1) votes+=(--vote 11:5);; 5) votes+=(--vote 12:5);; 10) votes+=(--vote 13:5);; esac
  at 2024-12-12 dossier meeting $d --date 2024-12-12 --members 5 --present 5 --chair "${HEADS[$((d - 1))]}" --secretary "${SECS[$((d - 1))]}" "${votes[@]}" >/dev/null
  at 2024-12-12 --as thu_truong_don_vi:"${HEADS[$((d - 1))]}" dossier act $d ghi_bien_ban >/dev/null
  at 2024-12-13 dossier generate $d >/dev/null
done
for n in 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10 1:11 5:12 10:13; do
  printf 'BÁO CÁO THÀNH TÍCH — đề nghị số %s (bản ví dụ)\n' "${n#*:}" > "$WORK/bao-cao-${n#*:}.txt"
  at 2024-12-13 dossier attach "${n%%:*}" --nomination "${n#*:}" "$WORK/bao-cao-${n#*:}.txt" >/dev/null
done
# Trình: 9 đơn vị trong hạn; xã Minh Đức (hồ sơ 9) trình ngày 23/12, quá hạn 3 ngày: được nhận, ghi nộp muộn.
for d in 1 2 3 4 5 6 7 8 10; do at 2024-12-18 --as thu_truong_don_vi:"${HEADS[$((d - 1))]}" dossier act $d trinh >/dev/null; done
at 2024-12-23 --as thu_truong_don_vi:"Đinh Thị Nga" dossier act 9 trinh

# Phòng Nội vụ tiếp nhận, thẩm định; hồ sơ của chính Phòng Nội vụ bị trả lại để bổ sung xác nhận.
for d in $(seq 1 10); do at 2024-12-24 "${V[@]}" dossier act $d tiep_nhan >/dev/null; at 2024-12-24 "${V[@]}" dossier act $d bat_dau_tham_dinh >/dev/null; done
at 2024-12-24 "${V[@]}" dossier act 1 tra_lai --reason "Báo cáo thành tích của ông Lâm Văn Sang chưa có xác nhận của Thủ trưởng"
printf 'BÁO CÁO THÀNH TÍCH — đề nghị số 11, có xác nhận (bản ví dụ)\n' > "$WORK/bao-cao-11b.txt"
at 2024-12-26 dossier attach 1 --nomination 11 "$WORK/bao-cao-11b.txt" >/dev/null
at 2024-12-26 --as thu_truong_don_vi:"Trần Văn Hải" dossier act 1 trinh_lai >/dev/null
at 2024-12-26 "${V[@]}" dossier act 1 tiep_nhan >/dev/null
at 2024-12-26 "${V[@]}" dossier act 1 bat_dau_tham_dinh >/dev/null
at 2024-12-27 "${V[@]}" dossier appraise $(seq 1 10) > "$WORK/tham-dinh.txt"
# Tiêu chí xác nhận thủ công (chất lượng, tiến độ; mô hình mới; tham mưu; phẩm chất), cho cả hồ sơ một lần.
for d in $(seq 1 10); do
  at 2024-12-27 "${V[@]}" nomination confirm --dossier $d --criterion tt-1 --result dat --note "Phòng Nội vụ theo dõi tiến độ" >/dev/null
  at 2024-12-27 "${V[@]}" nomination confirm --dossier $d --criterion tt-3 --result dat --note "Mô hình được đơn vị khác học tập" >/dev/null
done
for d in 1 5 10; do
  at 2024-12-27 "${V[@]}" nomination confirm --dossier $d --criterion cn-3 --result dat --note "Xác nhận của Thủ trưởng" >/dev/null
  at 2024-12-27 "${V[@]}" nomination confirm --dossier $d --criterion cn-4 --result dat >/dev/null
done
for d in $(seq 1 10); do at 2024-12-27 "${V[@]}" dossier act $d hoan_thanh_tham_dinh >/dev/null; done
at 2024-12-30 "${V[@]}" council report --movement $M --round 2024 --office PNV --signer "Trần Văn Hải"

# Hội đồng họp ngày 06/01/2025 (7/7 có mặt): Văn phòng và Phòng Tư pháp chỉ được 3/7 phiếu.
at 2025-01-06 "${S[@]}" council vote --movement $M --round 2024 --date 2025-01-06 \
  --vote 1:7 --vote 2:3 --vote 3:3 --vote 4:7 --vote 5:6 --vote 6:6 --vote 7:5 --vote 12:7
for d in $(seq 1 10); do at 2025-01-06 "${S[@]}" dossier act $d bieu_quyet >/dev/null; done
at 2025-01-06 "${S[@]}" council minutes --movement $M --round 2024
at 2025-01-10 --as chu_tich:"Huỳnh Văn Thành" decision issue --movement $M --round 2024
for d in $(seq 1 10); do at 2025-01-15 "${V[@]}" dossier act $d luu_tru >/dev/null; done
t movement status $M --round 2024
