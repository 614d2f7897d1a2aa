#!/usr/bin/env bash
# The main job on the bundled example: installs what is missing, builds, then runs the Phù Mỹ CCHC round
# data through tdkt into a fresh workspace and writes the results to out/example/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
OUT=out/example
rm -rf "$OUT" && mkdir -p "$OUT"
T="build/tdkt --db $OUT/tdkt.db --as can_bo_tdkt:tdkt-example"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1763712000}"   # pinned clock: same input, same output
{
  echo "== 1. Kiểm tra 5 kế hoạch phát động phong trào (examples/movements) =="
  $T movement validate examples/movements/*.json
  echo
  echo "== 2. Nhập phong trào và dữ liệu đơn vị, cá nhân của huyện Phù Mỹ =="
  $T movement import examples/movements/*.json
  $T data import examples/datasets/phu-my-2021-2025.json
  echo
  echo "== 3. Các phong trào trong kho =="
  $T movement list
  echo
  echo "== 4. Phong trào PM-CCHC-2021-2025 =="
  $T movement show PM-CCHC-2021-2025
  echo
  echo "== 5. Văn bản áp dụng và tiền thưởng =="
  $T legal show --date 2022-04-13
  $T legal money giay_khen_chu_tich_huyen --subject ca_nhan --date 2023-02-20
  $T legal money giay_khen_chu_tich_huyen --subject tap_the --date 2025-02-20
  $T legal money lao_dong_tien_tien --date 2025-12-20
  echo
  echo "== 6. Cây đơn vị =="
  $T unit list
  echo
  echo "== 7. Đợt khen thưởng năm 2024 qua mọi bước (examples/rounds/phu-my-2024.sh) =="
  TDKT=build/tdkt bash examples/rounds/phu-my-2024.sh "$OUT/tdkt.db" "$OUT/bao-cao-thanh-tich" 2>&1
  echo
  echo "== 8. Quy trình hồ sơ =="
  build/tdkt workflow diagram | head -20
  echo
  echo "== 9. Bảng tính Hội đồng và bộ hồ sơ trình của đợt =="
  mkdir -p "$OUT/bo-ho-so"
  $T export workbook --movement PM-CCHC-2021-2025 --round 2024 -o "$OUT/bang-tinh-hoi-dong-2024.xlsx"
  for d in $($T --json dossier list --movement PM-CCHC-2021-2025 --round 2024 | /usr/bin/python3 -c 'import json,sys; [print(x["id"]) for x in json.load(sys.stdin)["dossiers"]]'); do
    $T packet "$d" -o "$OUT/bo-ho-so/ho-so-$d.zip" | head -1
    $T packet verify "$OUT/bo-ho-so/ho-so-$d.zip"
  done
  $T packet qd:1 -o "$OUT/bo-ho-so/quyet-dinh-01.zip" | head -1
  $T packet verify "$OUT/bo-ho-so/quyet-dinh-01.zip"
  echo
  echo "== 10. Kiểm tra toàn vẹn kho dữ liệu và nhật ký =="
  $T check
  $T audit verify
  echo
  echo "== 11. Đợt khen thưởng của ba kế hoạch khác, mỗi đợt một kho riêng (examples/rounds) =="
  for r in "000-hon-quan-cchc-2024.json hon-quan-2024" "002-hung-yen-dan-van-chinh-quyen-2024.json hung-yen-2025" \
           "003-quang-ngai-cchc-2021-2025.json quang-ngai-2022"; do
    set -- $r
    mkdir -p "$OUT/dot/$2"
    S="build/tdkt --db $OUT/dot/$2/tdkt.db"
    $S movement import "examples/movements/$1" > /dev/null
    $S data import "examples/datasets/$2.json" > /dev/null
    echo "-- $2 --"
    TDKT=build/tdkt bash "examples/rounds/$2.sh" "$OUT/dot/$2/tdkt.db" "$OUT/dot/$2/bao-cao-thanh-tich" 2>&1 | tail -n 25
    $S audit verify
  done
  echo
  echo "== 12. Cuộc thi viết sáng kiến của phường Trung Lương (seed 001, examples/rounds/trung-luong-2024.sh) =="
  mkdir -p "$OUT/dot/trung-luong-2024"
  S="build/tdkt --db $OUT/dot/trung-luong-2024/tdkt.db"
  $S movement import examples/movements/001-trung-luong-cuoc-thi-sang-kien-2024.json > /dev/null
  $S data import examples/datasets/trung-luong-2024.json > /dev/null
  TDKT=build/tdkt bash examples/rounds/trung-luong-2024.sh "$OUT/dot/trung-luong-2024/tdkt.db" 2>&1 | tail -n 25
  $S audit verify
} > "$OUT/bao-cao.txt"
# Documents: the round's own (Biên bản, Tờ trình, Quyết định from the workspace, above), the Kế hoạch of every movement in the workspace, and every form of the round on its example data.
mkdir -p "$OUT/van-ban"
for code in $($T --json movement list | /usr/bin/python3 -c 'import json,sys; [print(m["code"]) for m in json.load(sys.stdin)["movements"]]'); do
  for to in docx pdf; do
    $T render ke-hoach --movement "$code" --to $to -o "$OUT/van-ban/ke-hoach-$code.$to" >> "$OUT/bao-cao.txt"
  done
done
for decl in forms/*.json; do
  id=$(basename "$decl" .json)
  [ "$id" = ke-hoach ] && continue
  for to in docx pdf; do
    $T render "$id" --data "forms/examples/$id.json" --to $to -o "$OUT/van-ban/$id.$to" >> "$OUT/bao-cao.txt"
  done
done
$T person list > "$OUT/danh-sach-ca-nhan.txt"
$T --json person list > "$OUT/danh-sach-ca-nhan.json"
$T --json movement show PM-CCHC-2021-2025 > "$OUT/PM-CCHC-2021-2025.json"
cat "$OUT/bao-cao.txt"
echo
echo "Văn bản (DOCX mở bằng Word hoặc LibreOffice; PDF do tdkt tự dàn trang, có sẵn ô ký số):"
ls -1 "$OUT/van-ban" | sed 's/^/  van-ban\//'
echo
echo "tdkt: kết quả nằm trong thư mục $(pwd)/$OUT :"
ls -1 "$OUT" | sed 's/^/  /'
