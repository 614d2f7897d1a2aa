#!/usr/bin/env bash
# Native PDF: every form and every seed plan's Kế hoạch renders to PDF that passes the independent PDF
# check with its key lines (A4, certificates A4 landscape, fonts embedded with Unicode maps, exact text);
# the same bytes for the same input and clock; reviewed PageSet goldens; empty signature fields that pdfsig
# lists and podofosign fills into a valid signature; a missing glyph is a named error; total fit option.
source "$(dirname "$0")/lib/common.bash" "$@"
PY=/usr/bin/python3
CHECKS="$ROOT/../shared/checks"

for decl in forms/*.json; do
  id=$(basename "$decl" .json)
  [ "$id" = ke-hoach ] && continue
  mapfile -t CONTAINS < <($PY -c 'import json,sys; [print(x) for x in json.load(open(sys.argv[1]))["checks"]["contains"]]' "$decl")
  LAND=(); $PY -c 'import json,sys; sys.exit(0 if "--landscape" in json.load(open(sys.argv[1]))["checks"].get("nd30", []) else 1)' "$decl" && LAND=(--landscape)
  ARGS=(); for c in "${CONTAINS[@]}"; do ARGS+=(--contains "$c"); done
  run 0 --now 2026-11-21 render "$id" --data "forms/examples/$id.json" --to pdf -o "$WORK/$id.pdf"
  hasnt err "ngắt giữa các chữ"  # every column wide enough for its words («ST» / «T»)
  check "$id: check-pdf ${LAND[*]}" $PY "$CHECKS/check-pdf" "$WORK/$id.pdf" "${ARGS[@]}" "${LAND[@]}"
done
for f in examples/movements/*.json; do
  n=$(basename "$f" .json)
  signer=$($PY -c 'import json,sys; print(json.load(open(sys.argv[1]))["signer"]["name"])' "$f")
  run 0 --now 2026-11-21 render ke-hoach --data "$f" --to pdf -o "$WORK/$n.pdf"
  hasnt err "ngắt giữa các chữ"
  check "$n: check-pdf" $PY "$CHECKS/check-pdf" "$WORK/$n.pdf" --contains "KẾ HOẠCH" \
    --contains "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" --contains "Độc lập - Tự do - Hạnh phúc" --contains "Nơi nhận:" --contains "$signer"
done

# Document properties: title, subject and the issuing agency as author.
check "quyet-dinh: author is the agency" grep -q "Author: *ỦY BAN NHÂN DÂN HUYỆN PHÙ MỸ" <<<"$(pdfinfo "$WORK/quyet-dinh.pdf")"
check "quyet-dinh: title" grep -q "Title: *QUYẾT ĐỊNH Số: 395/QĐ-UBND" <<<"$(pdfinfo "$WORK/quyet-dinh.pdf")"

# Page numbers: none on page 1, "2" alone at the top of page 2.
check "quyet-dinh: page 2 starts with its number" test "$(pdftotext -f 2 -l 2 "$WORK/quyet-dinh.pdf" - | head -1)" = 2
check "quyet-dinh: page 1 has no number line" test "$(pdftotext -f 1 -l 1 "$WORK/quyet-dinh.pdf" - | head -1)" != 1

# Same input and clock → same bytes; another clock → other bytes (the dates, the /ID).
run 0 --now 2026-11-21 render quyet-dinh --data forms/examples/quyet-dinh.json --to pdf -o "$WORK/again.pdf"
check "deterministic PDF" cmp -s "$WORK/quyet-dinh.pdf" "$WORK/again.pdf"
run 0 --now 2026-11-22 render quyet-dinh --data forms/examples/quyet-dinh.json --to pdf -o "$WORK/other.pdf"
check "clock changes bytes" bash -c "! cmp -s '$WORK/quyet-dinh.pdf' '$WORK/other.pdf'"

# Reviewed layout goldens (positions to 0.01 pt): regenerate with
#   UPDATE_GOLDEN=1 ctest -R cli.pdf   (then review: git diff tests/golden/pageset)
for id in quyet-dinh giay-khen; do
  run 0 --now 2026-11-21 render "$id" --data "forms/examples/$id.json" --to pageset -o "$WORK/$id.pageset"
  golden "tests/golden/pageset/$id.pageset" "$WORK/$id.pageset"
done

# Signature fields: listed by pdfsig, unsigned, on the Tờ trình, Quyết định and Kế hoạch.
for pdf in to-trinh quyet-dinh 004-phu-my-cchc-2021-2025; do
  sig=$(pdfsig "$WORK/$pdf.pdf" 2>&1)
  check "$pdf: signer's field" grep -q "Signature Field Name: tdkt_chu_ky_nguoi_ky" <<<"$sig"
  check "$pdf: agency's field" grep -q "Signature Field Name: tdkt_chu_ky_co_quan" <<<"$sig"
  check "$pdf: fields not signed" test "$(grep -c 'The signature form field is not signed' <<<"$sig")" = 2
done
# A signing tool fills the signer's field; poppler then finds a valid signature over the whole file.
if command -v podofosign >/dev/null; then
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$WORK/key.pem" -out "$WORK/cert.pem" -days 30 \
    -subj "/CN=Le Van Lich/O=UBND huyen Phu My" >/dev/null 2>&1
  check "podofosign fills tdkt_chu_ky_nguoi_ky" podofosign -in "$WORK/quyet-dinh.pdf" -out "$WORK/signed.pdf" \
    -cert "$WORK/cert.pem" -pkey "$WORK/key.pem" -field-name tdkt_chu_ky_nguoi_ky -field-use-existing -digest sha256
  sig=$(pdfsig "$WORK/signed.pdf" 2>&1)
  check "signed: valid" grep -q "Signature Validation: Signature is Valid" <<<"$sig"
  check "signed: whole document" grep -q "Total document signed" <<<"$sig"
  check "signed: agency field still empty" grep -q "The signature form field is not signed" <<<"$sig"
else
  echo "FAIL: podofosign missing (scripts/setup.sh --test installs libpodofo-utils)"; FAILS=$((FAILS + 1))
fi

# A character the embedded font cannot draw: a Vietnamese error naming it, exit 1, no file written.
sed 's|"Lê Văn Lịch"|"Lê Văn Lịch ☃"|' forms/examples/quyet-dinh.json > "$WORK/bad.json"
run 1 render quyet-dinh --data "$WORK/bad.json" --to pdf -o "$WORK/bad.pdf"
has err "không có ký tự «☃» (U+2603)"
has err "bad.json"
check "no PDF written" test ! -e "$WORK/bad.pdf"
run 0 render quyet-dinh --data "$WORK/bad.json" --to docx -o "$WORK/bad.docx"   # Word substitutes fonts itself

# Total fit: a valid PDF with the same text.

run 0 --now 2026-11-21 render ke-hoach --data examples/movements/004-phu-my-cchc-2021-2025.json --to pdf -o "$WORK/tf.pdf" --breaks total-fit
check "total-fit: check-pdf" $PY "$CHECKS/check-pdf" "$WORK/tf.pdf" --contains "KẾ HOẠCH" --contains "Nơi nhận:"
run 2 render ke-hoach --data examples/movements/004-phu-my-cchc-2021-2025.json --to pdf -o "$WORK/x.pdf" --breaks best
has err "--breaks phải là first-fit hoặc total-fit"
finish
