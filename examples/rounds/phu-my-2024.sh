#!/usr/bin/env bash
# Đợt khen thưởng năm 2024 của phong trào CCHC huyện Phù Mỹ (ví dụ, dữ liệu hư cấu), chạy qua mọi bước:
# đăng ký người dùng → lập hồ sơ, đề nghị → họp xét của đơn vị → lập Biên bản, Tờ trình dự thảo → đính kèm
# Báo cáo thành tích → trình (cấp số Tờ trình) → tiếp nhận → thẩm định (một hồ sơ bị trả lại, bổ sung, trình lại;
# một hồ sơ nộp muộn bị từ chối) → Hội đồng bỏ phiếu (một đề nghị không đạt) → Quyết định (cấp số, tiền thưởng)
# → lưu trữ. Cách dùng: bash examples/rounds/phu-my-2024.sh KHO.db THƯ_MỤC_BÁO_CÁO_THÀNH_TÍCH
# Kho phải đã có phong trào PM-CCHC-2021-2025 và dữ liệu examples/datasets/phu-my-2021-2025.json.
set -euo pipefail
DB=$1
WORK=$2
T=${TDKT:-build/tdkt}
M=PM-CCHC-2021-2025
t() { "$T" --db "$DB" "$@"; }
at() { local when=$1; shift; TDKT_NOW=$when "$T" --db "$DB" "$@"; }
mkdir -p "$WORK"

# Người dùng và vai trò (ai được làm gì: tdkt workflow diagram).
for u in "MY-DUC:Trần Thị Bích Vy" "MY-LOC:Ngô Văn Khánh" "MY-CHAU:Trương Thanh Lâm" "PNV:Lê Thị Hoa" "TT-PHUMY:Nguyễn Hữu Tài"; do
  t --as quan_tri:"Quản trị" user add "${u#*:}" --role thu_truong_don_vi --unit "${u%%:*}" >/dev/null
done
t user add "Võ Thị Thu Hằng" --role chuyen_vien_tham_dinh >/dev/null
t user add "Nguyễn Văn Thư" --role thu_ky_hoi_dong >/dev/null
t user add "Lê Văn Lịch" --role chu_tich --title "Chủ tịch" >/dev/null
# Hội đồng Thi đua - Khen thưởng huyện: 7 thành viên.
t council member add "Lê Văn Lịch" --movement $M --position "Chủ tịch UBND huyện" --role chu_tich >/dev/null
t council member add "Phạm Văn Định" --movement $M --position "Phó Chủ tịch UBND huyện" --role pho_chu_tich >/dev/null
t council member add "Lê Thị Hoa" --movement $M --position "Trưởng phòng Nội vụ" --role uy_vien >/dev/null
t council member add "Đặng Minh Quang" --movement $M --position "Chánh Văn phòng HĐND và UBND huyện" --role uy_vien >/dev/null
t council member add "Huỳnh Thị Lan" --movement $M --position "Trưởng phòng Tài chính - Kế hoạch" --role uy_vien >/dev/null
t council member add "Bùi Quốc Hải" --movement $M --position "Chủ tịch Liên đoàn Lao động huyện" --role uy_vien >/dev/null
t council member add "Nguyễn Văn Thư" --movement $M --position "Chuyên viên Phòng Nội vụ" --role thu_ky >/dev/null

# Mỗi đơn vị lập hồ sơ: hồ sơ 1..5.
for u in MY-DUC MY-LOC MY-CHAU PNV TT-PHUMY; do at 2025-01-06 dossier create --movement $M --unit $u --round 2024 >/dev/null; done
at 2025-01-06 dossier nominate 1 --award gk-tt-hang-nam --subject agency:MY-DUC >/dev/null                                  # đề nghị 1
at 2025-01-06 dossier nominate 1 --award gk-cn-hang-nam --subject person:PM026 --summary "Phụ trách CCHC của xã" >/dev/null  # đề nghị 2
at 2025-01-06 dossier nominate 1 --award gk-cn-hang-nam --subject person:PM027 >/dev/null                                   # đề nghị 3
at 2025-01-06 dossier nominate 2 --award gk-tt-hang-nam --subject agency:MY-LOC >/dev/null                                  # đề nghị 4
at 2025-01-06 dossier nominate 3 --award gk-tt-hang-nam --subject agency:MY-CHAU >/dev/null                                 # đề nghị 5
at 2025-01-06 dossier nominate 4 --award gk-tt-hang-nam --subject agency:PNV >/dev/null                                     # đề nghị 6
at 2025-01-06 dossier nominate 5 --award gk-tt-hang-nam --subject agency:TT-PHUMY >/dev/null                                # đề nghị 7

# Họp xét tại đơn vị (đề nghị 3 không được thống nhất: 2/5 phiếu).
at 2025-01-08 dossier meeting 1 --date 2025-01-08 --number 3 --from 8:00 --to 10:30 --members 5 --present 5 --chair "Trần Thị Bích Vy" --secretary "Nguyễn Thị Mai" \
  --vote 1:5 --vote 2:5 --vote 3:2 >/dev/null
at 2025-01-08 dossier meeting 2 --date 2025-01-08 --members 5 --present 4 --chair "Ngô Văn Khánh" --secretary "Hồ Ngọc Nhung" --vote 4:5 --absent "Trần Văn Sơn=Đồng ý" >/dev/null
at 2025-01-08 dossier meeting 3 --date 2025-01-08 --members 5 --present 5 --chair "Trương Thanh Lâm" --secretary "Phạm Ngọc Loan" --vote 5:5 >/dev/null
at 2025-01-08 dossier meeting 4 --date 2025-01-08 --members 7 --present 7 --chair "Lê Thị Hoa" --secretary "Đỗ Ngọc Phúc" --vote 6:7 >/dev/null
at 2025-01-08 dossier meeting 5 --date 2025-01-08 --members 5 --present 5 --chair "Nguyễn Hữu Tài" --secretary "Đặng Thị Ái" --vote 7:5 >/dev/null
for d in 1 2 3 4 5; do
  h=$(t user list | awk -F'\t' -v u="$(t dossier list | awk -F'\t' -v d=$d '$1==d{print $4}')" '$1=="thu_truong_don_vi" && $3==u{print $2}')
  at 2025-01-08 --as thu_truong_don_vi:"$h" dossier act $d ghi_bien_ban >/dev/null
  at 2025-01-09 dossier generate $d >/dev/null
done
# Báo cáo thành tích của từng người, từng tập thể được đề nghị (do đơn vị viết, tdkt lưu bản gửi kèm mã băm).
for n in 1:1 1:2 2:4 3:5 4:6 5:7; do
  printf 'BÁO CÁO THÀNH TÍCH — đề nghị số %s (bản ví dụ)\n' "${n#*:}" > "$WORK/bao-cao-${n#*:}.txt"
  at 2025-01-09 dossier attach "${n%%:*}" --nomination "${n#*:}" "$WORK/bao-cao-${n#*:}.txt" >/dev/null
done
# Trình (cấp số, ngày Tờ trình). Thị trấn Phù Mỹ trình sau hạn 31/01: kế hoạch không nhận hồ sơ nộp muộn.
at 2025-01-10 --as thu_truong_don_vi:"Trần Thị Bích Vy" dossier act 1 trinh
at 2025-01-10 --as thu_truong_don_vi:"Ngô Văn Khánh" dossier act 2 trinh
at 2025-01-10 --as thu_truong_don_vi:"Trương Thanh Lâm" dossier act 3 trinh
at 2025-01-10 --as thu_truong_don_vi:"Lê Thị Hoa" dossier act 4 trinh
at 2025-02-10 --as thu_truong_don_vi:"Nguyễn Hữu Tài" dossier act 5 trinh || echo "(hồ sơ 5 nộp muộn: bị từ chối như kế hoạch quy định)"

# Phòng Nội vụ tiếp nhận, thẩm định.
V=(--as "chuyen_vien_tham_dinh:Võ Thị Thu Hằng")
for d in 1 2 3 4; do at 2025-01-12 "${V[@]}" dossier act $d tiep_nhan >/dev/null; at 2025-01-12 "${V[@]}" dossier act $d bat_dau_tham_dinh >/dev/null; done
at 2025-01-13 "${V[@]}" dossier act 1 tra_lai --reason "Báo cáo thành tích của xã chưa có xác nhận của cấp trình"
printf 'BÁO CÁO THÀNH TÍCH — đề nghị số 1, có xác nhận (bản ví dụ)\n' > "$WORK/bao-cao-1b.txt"
at 2025-01-20 dossier attach 1 --nomination 1 "$WORK/bao-cao-1b.txt" >/dev/null
at 2025-01-20 --as thu_truong_don_vi:"Trần Thị Bích Vy" dossier act 1 trinh_lai
at 2025-01-21 "${V[@]}" dossier act 1 tiep_nhan >/dev/null
at 2025-01-21 "${V[@]}" dossier act 1 bat_dau_tham_dinh >/dev/null
for d in 1 2 3 4; do at 2025-02-10 "${V[@]}" dossier appraise $d > "$WORK/tham-dinh-$d.txt"; done
# Đề nghị 2 (cá nhân) còn tiêu chí xác nhận thủ công; chuyên viên xác nhận tiêu chí cn-hn-1 (kế hoạch chỉ cần
# đạt một trong các tiêu chuẩn cá nhân hằng năm) nên đề nghị đủ điều kiện.
at 2025-02-10 "${V[@]}" nomination confirm 2 --criterion cn-hn-1 --result dat --note "Trực tiếp tham mưu CCHC (xác nhận của xã)" >/dev/null
for d in 1 2 3 4; do at 2025-02-10 "${V[@]}" dossier act $d hoan_thanh_tham_dinh >/dev/null; done
# Báo cáo thẩm định gửi Hội đồng: từng trường hợp, từng tiêu chí với số liệu đối chiếu, đối chiếu số lượng.
at 2025-02-11 "${V[@]}" council report --movement $M --round 2024 --office PNV --signer "Lê Thị Hoa"

# Hội đồng bỏ phiếu (7 thành viên, 1 vắng có ý kiến bằng văn bản); Phòng Nội vụ chỉ được 3/7 phiếu.
at 2025-02-18 --as thu_ky_hoi_dong:"Nguyễn Văn Thư" council vote --movement $M --round 2024 --date 2025-02-18 \
  --absent "Bùi Quốc Hải=Đồng ý với các đề nghị" --vote 1:7 --vote 2:6 --vote 4:6 --vote 5:5 --vote 6:3
for d in 1 2 3 4; do at 2025-02-18 --as thu_ky_hoi_dong:"Nguyễn Văn Thư" dossier act $d bieu_quyet >/dev/null; done
# Biên bản họp Hội đồng: thành viên có mặt, vắng, ý kiến bằng văn bản, kết quả biểu quyết từng trường hợp.
at 2025-02-18 --as thu_ky_hoi_dong:"Nguyễn Văn Thư" council minutes --movement $M --round 2024
# Quyết định khen thưởng: cấp số trong sổ của UBND huyện, tiền thưởng theo mức lương cơ sở ngày ký.
at 2025-02-20 --as chu_tich:"Lê Văn Lịch" decision issue --movement $M --round 2024
for d in 1 2 3 4; do at 2025-03-01 "${V[@]}" dossier act $d luu_tru >/dev/null; done
t movement status $M --round 2024
