#!/usr/bin/env bash
# The Kế hoạch form end to end: every seed renders to IR equal to its reviewed golden dump, to DOCX with the
# same bytes for the same clock, passes the independent checks (python-docx, LibreOffice, NĐ 30 rules) and
# contains every criterion, quota and recipient of its seed plan. Template errors and overrides via the CLI.
source "$(dirname "$0")/lib/common.bash" "$@"
CHECKS="$ROOT/../shared/checks"
SEEDS="$ROOT/../shared/seeds"
PY=/usr/bin/python3

run 0 forms list
has out "ke-hoach"
run 0 forms check
has out "ĐẠT  ke-hoach"
run 0 forms styles
has out "quoc-hieu"

declare -A SEED=([000]=000_cb5f0e1a56535329 [001]=001_75962791051c0d47 [002]=002_a1e8d90000009a3d [003]=003_13240e8a732fc98e [004]=)
for f in examples/movements/*.json; do
  n=$(basename "$f" .json); k=${n:0:3}
  run 0 --now 2026-11-21 render ke-hoach --data "$f" --to ir -o "$WORK/$n.ir"
  golden "tests/golden/ir/ke-hoach-$n.ir" "$WORK/$n.ir"
  run 0 --now 2026-11-21 render ke-hoach --data "$f" --to docx -o "$WORK/$n.docx"
  run 0 --now 2026-11-21 render ke-hoach --data "$f" --to docx -o "$WORK/$n-again.docx"
  check "$n: same input and clock give the same bytes" cmp -s "$WORK/$n.docx" "$WORK/$n-again.docx"
  signer=$($PY -c 'import json,sys; print(json.load(open(sys.argv[1]))["signer"]["name"])' "$f")
  KEYS=(--contains "KẾ HOẠCH" --contains "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" --contains "Độc lập - Tự do - Hạnh phúc" \
    --contains "Nơi nhận:" --contains "$signer")
  check "$n: check-docx" $PY "$CHECKS/check-docx" "$WORK/$n.docx" "${KEYS[@]}"
  command -v soffice >/dev/null && check "$n: check-docx --libreoffice" with_lo_retry $PY "$CHECKS/check-docx" "$WORK/$n.docx" --libreoffice "${KEYS[@]}"
  check "$n: check-nd30" $PY "$CHECKS/check-nd30" "$WORK/$n.docx"
  if [ -n "${SEED[$k]}" ]; then
    check "$n: criteria, quotas, recipients as in the seed" $PY tests/tools/seed_text.py "$f" "$WORK/$n.docx" "$SEEDS/${SEED[$k]}.txt"
  else
    check "$n: criteria, quotas, recipients in the DOCX" $PY tests/tools/seed_text.py "$f" "$WORK/$n.docx"
  fi
done

# Every declared form: its example renders to the reviewed golden IR, and its DOCX passes the independent
# checks with the key lines the declaration lists (and the NĐ 30 flags it needs, e.g. --landscape).
for decl in forms/*.json; do
  id=$(basename "$decl" .json)
  [ "$id" = ke-hoach ] && continue
  mapfile -t CONTAINS < <($PY -c 'import json,sys; [print(x) for x in json.load(open(sys.argv[1]))["checks"]["contains"]]' "$decl")
  mapfile -t ND30 < <($PY -c 'import json,sys; [print(x) for x in json.load(open(sys.argv[1]))["checks"].get("nd30", [])]' "$decl")
  ARGS=(); for c in "${CONTAINS[@]}"; do ARGS+=(--contains "$c"); done
  run 0 --now 2026-11-21 render "$id" --data "forms/examples/$id.json" --to ir -o "$WORK/$id.ir"
  golden "tests/golden/ir/$id.ir" "$WORK/$id.ir"
  run 0 --now 2026-11-21 render "$id" --data "forms/examples/$id.json" --to docx -o "$WORK/$id.docx"
  check "$id: check-docx" $PY "$CHECKS/check-docx" "$WORK/$id.docx" "${ARGS[@]}"
  command -v soffice >/dev/null && check "$id: check-docx --libreoffice" with_lo_retry $PY "$CHECKS/check-docx" "$WORK/$id.docx" --libreoffice "${ARGS[@]}"
  check "$id: check-nd30 ${ND30[*]}" $PY "$CHECKS/check-nd30" "$WORK/$id.docx" "${ND30[@]}"
done
# The Quyết định's amounts are what the legal data gives for its date (0,3 and 0,6 × 2.340.000, rounded up).
run 0 --json legal money giay_khen_chu_tich_huyen --subject ca_nhan --date 2025-02-20
check "cá nhân 710.000 đ" test "$($PY -c 'import json,sys; print(json.loads(sys.argv[1])["amount"])' "$OUT")" = 710000
run 0 --json legal money giay_khen_chu_tich_huyen --subject tap_the --date 2025-02-20
check "tập thể 1.410.000 đ" test "$($PY -c 'import json,sys; print(json.loads(sys.argv[1])["amount"])' "$OUT")" = 1410000
# The certificate has one page per awardee and no trailing blank page.
if command -v soffice >/dev/null; then
  (cd "$WORK" && timeout 180 soffice --headless -env:UserInstallation=file://$WORK/lo --convert-to pdf giay-khen.docx >/dev/null 2>&1)
  check "giay-khen: 4 awardees → 4 pages" test "$(pdfinfo "$WORK/giay-khen.pdf" | awk '/^Pages:/{print $2}')" = 4
  (cd "$WORK" && timeout 180 soffice --headless -env:UserInstallation=file://$WORK/lo --convert-to pdf giay-khen-phoi.docx >/dev/null 2>&1)
  check "giay-khen-phoi: 4 awardees → 4 pages" test "$(pdfinfo "$WORK/giay-khen-phoi.pdf" | awk '/^Pages:/{print $2}')" = 4
  # Fields land where the office put them: the name's frame starts 98 mm from the top (≈ 278 pt).
  y=$(pdftotext -bbox "$WORK/giay-khen-phoi.pdf" - | $PY -c 'import re,sys; t=sys.stdin.read(); m=re.search(r"yMin=\"([0-9.]+)\"[^>]*>Dương<", t); print(int(float(m.group(1))) if m else -1)')
  check "giay-khen-phoi: name printed at y≈98 mm (got ${y} pt)" test "$y" -ge 270 -a "$y" -le 300
fi

# Data of the wrong type is refused before rendering, at its line and column.
sed -e 's#"so_quyet_dinh": "395/QĐ-UBND"#"so_quyet_dinh": 395#' -e 's#"ngay_quyet_dinh": "2025-02-20"#"ngay_quyet_dinh": "20/02/2025"#' forms/examples/giay-khen.json > "$WORK/gk-sai.json"
run 1 render giay-khen --data "$WORK/gk-sai.json" --to docx -o "$WORK/gk-sai.docx"
has err "gk-sai.json:4:20: lỗi: trường «so_quyet_dinh»: mẫu «giay-khen» cần chuỗi, nhưng là số"
has err "gk-sai.json:5:22: lỗi: trường «ngay_quyet_dinh»: mẫu «giay-khen» cần ngày dạng YYYY-MM-DD, nhưng là chuỗi"
check "nothing written for invalid data" test ! -e "$WORK/gk-sai.docx"

# From the workspace, by movement code.
DB="$WORK/w.db"
run 0 --db "$DB" movement import examples/movements/004-phu-my-cchc-2021-2025.json
run 0 --db "$DB" --now 2026-11-21 render ke-hoach --movement PM-CCHC-2021-2025 --to docx -o "$WORK/pm.docx"
check "workspace render equals file render" cmp -s "$WORK/pm.docx" "$WORK/004-phu-my-cchc-2021-2025.docx"
run 3 --db "$DB" render ke-hoach --movement KHONG-CO --to docx -o "$WORK/x.docx"
run 3 render khong-co --data "$f" --to docx -o "$WORK/x.docx"
run 2 render ke-hoach --data "$f" --to xlsx -o "$WORK/x.xlsx"
has err "--to phải là docx, pdf, ir, pageset hoặc lines"

# An office's own template folder overrides the shipped template; partials fall back to the shipped ones.
mkdir -p "$WORK/mau"
sed 's|<p style="ten-loai">{{ ten_loai }}</p>|<p style="ten-loai">{{ ten_loai }} (MẪU RIÊNG)</p>|' templates/ke-hoach.xml > "$WORK/mau/ke-hoach.xml"
run 0 forms check --templates "$WORK/mau"
run 0 render ke-hoach --data "$f" --templates "$WORK/mau" --to ir -o -
has out "«KẾ HOẠCH (MẪU RIÊNG)»"
# The same folder as a workspace setting (tdkt config set templates_dir …).
run 0 --db "$DB" config set templates_dir "$WORK/mau"
run 0 --db "$DB" render ke-hoach --movement PM-CCHC-2021-2025 --to ir -o -
has out "«KẾ HOẠCH (MẪU RIÊNG)»"
run 1 --db "$DB" config set templates_dir "$WORK/khong-co"
has err "không phải là thư mục"
# A broken override is reported with file:line:col and a caret, and nothing is written.
sed -e 's#{{ trich_yeu }}#{{ trich_yeu | khong_co }}#' -e 's#<p style="body">{{ c }}</p>#<p style="than">{{ c }}</p>#' templates/ke-hoach.xml > "$WORK/mau/ke-hoach.xml"
run 1 forms check --templates "$WORK/mau"
has err "ke-hoach.xml:7:24: lỗi: biểu thức «trich_yeu | khong_co»"
has err "ke-hoach.xml:9:27: lỗi: kiểu đoạn «than»"
has err "      <for each=\"c in can_cu\"><p style=\"than\">{{ c }}</p></for>"
has err "bộ lọc «khong_co» không có"
has err "kiểu đoạn «than» không có"
run 1 render ke-hoach --data "$f" --templates "$WORK/mau" --to docx -o "$WORK/hong.docx"
check "no output file after a failed render" test ! -e "$WORK/hong.docx"
run 10 render ke-hoach --data "$f" --to docx -o "$WORK/khong/co/thu-muc/x.docx"
check "no temporary file left behind" test -z "$(ls "$WORK" | grep tmp-)"
finish
