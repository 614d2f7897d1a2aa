#!/usr/bin/env bash
# Đợt khen thưởng năm 2025 của phong trào «Dân vận chính quyền» tỉnh Hưng Yên (kế hoạch: seed 002, Kế hoạch số
# 169/KH-UBND; dữ liệu hư cấu: examples/datasets/hung-yen-2025.json). Bằng khen của Chủ tịch UBND tỉnh, hằng năm
# không quá 10 tập thể, cá nhân; thẩm định: Sở Nội vụ; quyết định năm 2026 theo Nghị định 152/2025/NĐ-CP.
# 13 xã, phường và Sở Nội vụ trình; hồ sơ xã Khoái Châu bị trả lại để bổ sung; xã Đông Hưng không đạt tiêu chí d)
# (xếp hạng); xã Ân Thi không đạt tiêu chí g) (chuyên viên xác nhận); cá nhân của Sở chưa «hoàn thành xuất sắc»;
# 11 tập thể đủ điều kiện cho 10 suất, hạng 10 và 11 đồng điểm; Hội đồng không thông qua xã Quỳnh Phụ.
# Cách dùng: bash examples/rounds/hung-yen-2025.sh KHO.db THƯ_MỤC_BÁO_CÁO
set -euo pipefail
DB=$1
WORK=$2
T=${TDKT:-build/tdkt}
M=HY-DVCQ-2024
t() { "$T" --db "$DB" "$@"; }
at() { local when=$1; shift; TDKT_NOW=$when "$T" --db "$DB" "$@"; }
mkdir -p "$WORK"

UNITS=(PHO-HIEN MY-HAO SON-NAM VAN-GIANG KHOAI-CHAU AN-THI KIM-DONG TIEN-LU PHU-CU THAI-BINH VU-THU QUYNH-PHU DONG-HUNG SNV)
HEADS=("Nguyễn Văn An" "Trần Thị Bình" "Lê Văn Cường" "Phạm Thị Dung" "Hoàng Văn Đức" "Vũ Thị Giang" "Đặng Văn Hòa"
       "Bùi Thị Huệ" "Đỗ Văn Khánh" "Ngô Thị Lan" "Dương Văn Minh" "Lý Thị Ngọc" "Phan Văn Quý" "Quách Văn Trọng")
SECS=("Nguyễn Thị Hằng" "Trần Văn Long" "Lê Thị Nhung" "Phạm Văn Thắng" "Hoàng Thị Thu" "Vũ Văn Tiến" "Đặng Thị Oanh" "Bùi Văn Toàn" "Đỗ Thị Vân" "Ngô Văn Hiếu" "Dương Thị Liên" "Lý Văn Sang" "Phan Thị Mơ" "Quách Thị Hoa")  # who wrote each unit's Biên bản
for i in "${!UNITS[@]}"; do
  t --as quan_tri:"Quản trị" user add "${HEADS[$i]}" --role thu_truong_don_vi --unit "${UNITS[$i]}" >/dev/null
done
V=(--as "chuyen_vien_tham_dinh:Hà Thị Thu")
S=(--as "thu_ky_hoi_dong:Cao Văn Nam")
t user add "Hà Thị Thu" --role chuyen_vien_tham_dinh >/dev/null
t user add "Cao Văn Nam" --role thu_ky_hoi_dong >/dev/null
t user add "Trần Quốc Văn" --role chu_tich --title "Chủ tịch" >/dev/null
# Hội đồng Thi đua - Khen thưởng tỉnh: 9 thành viên.
t council member add "Trần Quốc Văn" --movement $M --position "Chủ tịch UBND tỉnh" --role chu_tich >/dev/null
t council member add "Nguyễn Thị Hương" --movement $M --position "Phó Chủ tịch UBND tỉnh" --role pho_chu_tich >/dev/null
t council member add "Quách Văn Trọng" --movement $M --position "Giám đốc Sở Nội vụ" --role pho_chu_tich >/dev/null
for m in "Lê Văn Thắng:Trưởng Ban Dân vận Tỉnh ủy" "Vũ Thị Hằng:Chủ tịch Ủy ban MTTQ Việt Nam tỉnh" "Đào Văn Tiến:Giám đốc Sở Tài chính" \
         "Mai Thị Hoa:Chủ tịch Liên đoàn Lao động tỉnh" "Triệu Văn Long:Chánh Văn phòng UBND tỉnh"; do
  t council member add "${m%%:*}" --movement $M --position "${m#*:}" --role uy_vien >/dev/null
done
t council member add "Cao Văn Nam" --movement $M --position "Trưởng ban Thi đua - Khen thưởng, Sở Nội vụ" --role thu_ky >/dev/null

# Hồ sơ 1..14 (theo thứ tự trên); đề nghị 1..13: tập thể mỗi xã, phường; 14: cá nhân của Sở Nội vụ.
for u in "${UNITS[@]}"; do at 2025-12-15 dossier create --movement $M --unit "$u" --round 2025 >/dev/null; done
for i in $(seq 0 12); do at 2025-12-15 dossier nominate $((i + 1)) --award bk-hang-nam --subject agency:"${UNITS[$i]}" >/dev/null; done
at 2025-12-15 dossier nominate 14 --award bk-hang-nam --subject person:HY101 --summary "Tham mưu Bộ tiêu chí dân vận chính quyền" >/dev/null
for d in $(seq 1 14); do
  at 2025-12-17 dossier meeting $d --date 2025-12-17 --members 7 --present 7 --chair "${HEADS[$((d - 1))]}" --secretary "${SECS[$((d - 1))]}" --vote "$d:7" >/dev/null
  at 2025-12-17 --as thu_truong_don_vi:"${HEADS[$((d - 1))]}" dossier act $d ghi_bien_ban >/dev/null
  at 2025-12-18 dossier generate $d >/dev/null
  printf 'BÁO CÁO THÀNH TÍCH — đề nghị số %s (bản ví dụ)\n' "$d" > "$WORK/bao-cao-$d.txt"
  at 2025-12-18 dossier attach $d --nomination $d "$WORK/bao-cao-$d.txt" >/dev/null
  at 2025-12-19 --as thu_truong_don_vi:"${HEADS[$((d - 1))]}" dossier act $d trinh >/dev/null
done

# Sở Nội vụ tiếp nhận, thẩm định; hồ sơ xã Khoái Châu bị trả lại, bổ sung, trình lại.
for d in $(seq 1 14); do at 2025-12-22 "${V[@]}" dossier act $d tiep_nhan >/dev/null; at 2025-12-22 "${V[@]}" dossier act $d bat_dau_tham_dinh >/dev/null; done
at 2025-12-23 "${V[@]}" dossier act 5 tra_lai --reason "Báo cáo thành tích chưa nêu số liệu đánh giá theo Bộ tiêu chí"
printf 'BÁO CÁO THÀNH TÍCH — đề nghị số 5, bổ sung số liệu (bản ví dụ)\n' > "$WORK/bao-cao-5b.txt"
at 2025-12-26 dossier attach 5 --nomination 5 "$WORK/bao-cao-5b.txt" >/dev/null
at 2025-12-26 --as thu_truong_don_vi:"Hoàng Văn Đức" dossier act 5 trinh_lai >/dev/null
at 2025-12-26 "${V[@]}" dossier act 5 tiep_nhan >/dev/null
at 2025-12-26 "${V[@]}" dossier act 5 bat_dau_tham_dinh >/dev/null
at 2025-12-29 "${V[@]}" dossier appraise $(seq 1 14) > "$WORK/tham-dinh.txt"
# Tiêu chí a), b), c), đ), e), g) và mức «tiêu biểu xuất sắc» do chuyên viên xác nhận; xã Ân Thi chưa thực hiện
# đầy đủ chế độ thông tin báo cáo (tiêu chí g).
for d in $(seq 1 13); do
  for k in tt-a tt-b tt-c tt-dd tt-e tt-g kt-hang-nam; do
    r=dat
    [ "$d" = 6 ] && [ "$k" = tt-g ] && r=khong_dat
    at 2025-12-29 "${V[@]}" nomination confirm --dossier $d --criterion $k --result $r >/dev/null
  done
done
at 2025-12-29 "${V[@]}" nomination confirm --dossier 6 --criterion tt-g --result khong_dat --note "Chậm báo cáo quý III và quý IV năm 2025" >/dev/null
for k in cn-b kt-hang-nam; do at 2025-12-29 "${V[@]}" nomination confirm --dossier 14 --criterion $k --result dat >/dev/null; done
for d in $(seq 1 14); do at 2025-12-29 "${V[@]}" dossier act $d hoan_thanh_tham_dinh >/dev/null; done
at 2025-12-30 "${V[@]}" council report --movement $M --round 2025 --office SNV --signer "Quách Văn Trọng"

# Hội đồng họp ngày 12/01/2026 (8/9 có mặt, 1 vắng có ý kiến): xã Quỳnh Phụ chỉ được 4/9 phiếu.
votes=()
for n in 1 2 3 4 5 7 8 9 10 11; do votes+=(--vote "$n:8"); done
at 2026-01-12 "${S[@]}" council vote --movement $M --round 2025 --date 2026-01-12 --absent "Vũ Thị Hằng=Đồng ý với đề nghị của Sở Nội vụ" \
  "${votes[@]}" --vote 12:4
for d in $(seq 1 14); do at 2026-01-12 "${S[@]}" dossier act $d bieu_quyet >/dev/null; done
at 2026-01-12 "${S[@]}" council minutes --movement $M --round 2025
at 2026-01-20 --as chu_tich:"Trần Quốc Văn" decision issue --movement $M --round 2025
for d in $(seq 1 14); do at 2026-01-26 "${V[@]}" dossier act $d luu_tru >/dev/null; done
t movement status $M --round 2025
