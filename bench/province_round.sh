#!/usr/bin/env bash
# One province-scale award round through the real CLI, one process per command as offices run it (called by
# bench/province.sh, which times it). Data from bench/province_data.py in $W. Each unit (JOBS units at a time, as
# units work side by side): its head is registered, it creates its dossier, imports its Excel list, records its
# meeting (one nominee in 13, by unit and place in its list, gets 2/5 votes and is dropped), generates the Biên bản and draft Tờ trình, attaches
# its folder of Báo cáo thành tích and submits. The Phòng Nội vụ (JOBS appraisers sharing the dossiers) receives
# each dossier, appraises them in one run, confirms the manual parts of cn-hn-1 and cn-hn-2 per dossier and closes
# the appraisals; the council votes on every eligible nominee in one sitting (one in 50, by the nominee's code, gets 3/7 and fails); the
# chairman issues the decision; then the council workbook and one verified packet per dossier and for the decision.
# Usage: province_round.sh TDKT DB W PHASES_FILE [JOBS]
set -euo pipefail
T=$1; DB=$2; W=$3; PH=$4; JOBS=${5:-2}
M=PM-CCHC-2021-2025
export T DB W M
t() { "$T" --db "$DB" "$@"; }
at() { local when=$1; shift; TDKT_NOW=$when "$T" --db "$DB" "$@"; }
export -f t at
mark() { printf '%s\t%s\n' "$1" "$(date +%s.%N)" >> "$PH"; }
AP=(--as "chuyen_vien_tham_dinh:Võ Thị Thu Hằng")
TK=(--as "thu_ky_hoi_dong:Nguyễn Văn Thư")

mark start
t movement import examples/movements/004-phu-my-cchc-2021-2025.json >/dev/null
t data import "$W/data.json" >/dev/null
t user add "Võ Thị Thu Hằng" --role chuyen_vien_tham_dinh >/dev/null
t user add "Phạm Minh Tâm" --role chuyen_vien_tham_dinh >/dev/null
t user add "Nguyễn Văn Thư" --role thu_ky_hoi_dong >/dev/null
t user add "Lê Văn Lịch" --role chu_tich --title "Chủ tịch" >/dev/null
for who in "Lê Văn Lịch:chu_tich" "Phạm Văn Định:pho_chu_tich" "Lê Thị Hoa:uy_vien" "Đặng Minh Quang:uy_vien" \
           "Huỳnh Thị Lan:uy_vien" "Bùi Quốc Hải:uy_vien" "Nguyễn Văn Thư:thu_ky"; do
  t council member add "${who%%:*}" --movement $M --position "Thành viên" --role "${who#*:}" >/dev/null
done
mark "nạp dữ liệu, người dùng"

unit() {  # CODE HEAD: one unit's work up to submission; prints its dossier number
  local code=$1 head=$2 d ids votes=() n
  t user add "$head" --role thu_truong_don_vi --unit "$code" >/dev/null
  d=$(at 2025-01-06 --json dossier create --movement $M --unit "$code" --round 2024 | sed -n 's/^  "dossier": \([0-9]*\),$/\1/p')
  ids=$(at 2025-01-06 --json import nominations "$W/ds/$code.xlsx" --dossier "$d" | sed -n 's/^    \([0-9]*\),\{0,1\}$/\1/p')
  # Which nominee is dropped depends on the unit and the place in its list, not on the ids (those follow the order
  # in which the parallel units finish), so every run has the same workload.
  local u k=0
  u=$(printf '%s' "$code" | tr -dc 0-9)
  for n in $ids; do k=$((k + 1)); votes+=(--vote "$n:$([ $(( (10#${u:-0} * 31 + k) % 13 )) = 0 ] && echo 2 || echo 5)"); done
  at 2025-01-08 dossier meeting "$d" --date 2025-01-08 --members 5 --present 5 --chair "$head" --secretary "Thư ký" "${votes[@]}" >/dev/null
  at 2025-01-08 --as "thu_truong_don_vi:$head" dossier act "$d" ghi_bien_ban >/dev/null
  at 2025-01-09 dossier generate "$d" >/dev/null
  at 2025-01-09 dossier attach "$d" --folder "$W/bc/$code" >/dev/null
  at 2025-01-10 --as "thu_truong_don_vi:$head" dossier act "$d" trinh >/dev/null
  echo "$d"
}
export -f unit
cut -f1,3 "$W/units.tsv" | tr '\t' '\n' | xargs -d '\n' -n 2 -P "$JOBS" bash -ec 'unit "$0" "$1"' > "$W/dossiers"
D=$(wc -l < "$W/dossiers")
[ "$D" = "$(wc -l < "$W/units.tsv")" ] || { echo "province_round: chỉ $D hồ sơ được trình" >&2; exit 1; }
mark "đơn vị: lập hồ sơ, nhập Excel, họp xét, lập văn bản, đính kèm, trình"

receive() {  # APPRAISER DOSSIER…
  local who=$1; shift
  for d in "$@"; do
    at 2025-01-12 --as "chuyen_vien_tham_dinh:$who" dossier act "$d" tiep_nhan >/dev/null
    at 2025-01-12 --as "chuyen_vien_tham_dinh:$who" dossier act "$d" bat_dau_tham_dinh >/dev/null
  done
}
close() {  # APPRAISER DOSSIER…
  local who=$1; shift
  for d in "$@"; do
    at 2025-02-10 --as "chuyen_vien_tham_dinh:$who" nomination confirm --dossier "$d" --criterion cn-hn-2 --result dat --note "Đơn vị xác nhận trực tiếp tham mưu CCHC" >/dev/null
    at 2025-02-10 --as "chuyen_vien_tham_dinh:$who" nomination confirm --dossier "$d" --criterion cn-hn-1 --result khong_dat --note "Không phải người đứng đầu đơn vị" >/dev/null
    at 2025-02-10 --as "chuyen_vien_tham_dinh:$who" dossier act "$d" hoan_thanh_tham_dinh >/dev/null
  done
}
export -f receive close
# Two appraisers share the dossiers (odd and even lines); with JOBS=1 one of them does it all.
split_run() {
  local fn=$1
  if [ "$JOBS" -gt 1 ]; then
    $fn "Võ Thị Thu Hằng" $(awk 'NR % 2 == 1' "$W/dossiers") &
    local a=$!
    $fn "Phạm Minh Tâm" $(awk 'NR % 2 == 0' "$W/dossiers") || { wait $a; return 1; }
    wait $a
  else
    $fn "Võ Thị Thu Hằng" $(cat "$W/dossiers")
  fi
}
split_run receive
at 2025-02-10 "${AP[@]}" dossier appraise $(cat "$W/dossiers") > "$W/tham-dinh.txt"
split_run close
mark "thẩm định"

eligible() {
  t dossier show "$1" --json | awk '/^      "id": /{gsub(/[^0-9]/,"");id=$0} /^      "subject": /{s=$0; gsub(/[^0-9]/,"",s); s=s+0}
                                     /"appraisal": "du_dieu_kien"/{print id, s}'
}
export -f eligible
votes=()
# The eligible nominations as the secretary's assistants read them off the dossiers; one in 50 (by the nominee's
# code, the same in every run) fails.
while read -r n subj; do
  votes+=(--vote "$n:$([ $((subj % 50)) = 0 ] && [ "$subj" != 0 ] && echo 3 || echo 7)")
done < <(xargs -n 1 -P "$JOBS" bash -ec 'eligible "$0"' < "$W/dossiers")
echo "$(( ${#votes[@]} / 2 ))" > "$W/votes"
at 2025-02-18 "${TK[@]}" council vote --movement $M --round 2024 --date 2025-02-18 "${votes[@]}" >/dev/null
for d in $(cat "$W/dossiers"); do at 2025-02-18 "${TK[@]}" dossier act "$d" bieu_quyet >/dev/null; done
mark "Hội đồng bỏ phiếu"

at 2025-02-20 --as "chu_tich:Lê Văn Lịch" decision issue --movement $M --round 2024 > "$W/decision.txt"
mark "Quyết định"

mkdir -p "$W/out"
at 2025-02-21 export workbook --movement $M --round 2024 -o "$W/out/bang-tinh-hoi-dong.xlsx" >/dev/null
mark "bảng tính Hội đồng"
pack() { at 2025-02-21 packet "$1" -o "$W/out/ho-so-$1.zip" >/dev/null && t packet verify "$W/out/ho-so-$1.zip" >/dev/null; }
export -f pack
xargs -n 1 -P "$JOBS" bash -ec 'pack "$0"' < "$W/dossiers"
at 2025-02-21 packet qd:1 -o "$W/out/quyet-dinh-01.zip" >/dev/null
t packet verify "$W/out/quyet-dinh-01.zip" >/dev/null
mark "bộ hồ sơ (tạo + kiểm tra)"
