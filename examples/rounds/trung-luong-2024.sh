#!/usr/bin/env bash
# Cuộc thi viết «Sáng kiến, giải pháp cải cách hành chính phường Trung Lương năm 2024» (kế hoạch: seed 001; thể lệ:
# examples/contests/trung-luong-2024.json; dữ liệu hư cấu: examples/datasets/trung-luong-2024.json, phiếu chấm
# examples/contests/phieu-cham/). Quyết định thành lập các ban → Tổ thư ký nhận 12 bài (một bài gần trùng sáng kiến
# đã công nhận năm 2023) → phiếu chấm cho 5 giám khảo → nhập phiếu chấm (giám khảo của Mặt trận và Đoàn không chấm
# bài của đơn vị mình; một giám khảo còn thiếu một bài) → xếp hạng → nhập điểm còn thiếu → công nhận kết quả, trao
# giải (Bảng tổng hợp, Biên bản Ban giám khảo, Quyết định, Giấy chứng nhận, Tờ trình gửi thị xã).
# Cách dùng: bash examples/rounds/trung-luong-2024.sh KHO.db
set -euo pipefail
DB=$1
T=${TDKT:-build/tdkt}
M=TL-SK-CCHC-2024
at() { local when=$1; shift; TDKT_NOW=$when "$T" --db "$DB" "$@"; }
K=(--as "thu_ky:Lê Văn Bình")
CT=(--as "chu_tich:Nguyễn Công Lộc")
DIR=examples/contests/phieu-cham

# Kế hoạch (seed 001, bản chưa số) đã ban hành: văn thư cấp số (số và ngày hư cấu cho ví dụ).
at 2024-05-06 movement issued $M --number 42 --date 2024-05-06 >/dev/null
at 2024-06-01 contest import examples/contests/trung-luong-2024.json
at 2024-06-10 "${CT[@]}" contest establish --movement $M
while IFS=$'\t' read -r code title authors topic; do
  args=()
  for a in $authors; do args+=(--author "$a"); done
  at 2024-09-20 "${K[@]}" contest entry add --movement $M --title "$title" --topic "$topic" "${args[@]}" --file "examples/contests/bai-du-thi/$code.txt"
done < "$DIR/bai-du-thi.tsv"
at 2024-10-01 "${K[@]}" contest sheets --movement $M > /dev/null
JUDGES=("Trần Thị Hòa" "Phan Văn Đức" "Võ Thị Lan" "Hồ Sỹ Nam" "Đặng Văn Khoa")
for i in "${!JUDGES[@]}"; do
  at 2024-10-15 "${K[@]}" contest score --movement $M --judge "${JUDGES[$i]}" --file "$DIR/giam-khao-$((i + 1)).csv" > /dev/null
done
at 2024-10-16 contest results --movement $M
# Phiếu của giám khảo Đặng Văn Khoa thiếu bài SK-12: Tổ thư ký nhập theo phiếu giấy.
at 2024-10-16 "${K[@]}" contest score --movement $M --judge "Đặng Văn Khoa" --entry SK-12 \
  --points tinh-moi=12 --points hieu-qua=12 --points nhan-rong=8 --points trinh-bay=8
at 2024-10-18 "${CT[@]}" contest award --movement $M --place "Hội trường Ủy ban nhân dân phường Trung Lương"
# Hồ sơ gửi Hội đồng sáng kiến thị xã: Tờ trình, Quyết định, Biên bản, Bảng tổng hợp và các bài được đề nghị.
at 2024-10-20 packet ct:$M -o "$(dirname "$DB")/ho-so-sang-kien-gui-thi-xa.zip"
