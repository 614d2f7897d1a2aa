#!/usr/bin/env bash
# Line and page fidelity of the native PDF against LibreOffice's rendering of the same DOCX, in the default
# (Word-compatible first-fit) mode. Form examples and seed plans (tests/tools/fidelity.py): same page count,
# at least 90 % of paragraphs broken into identical lines. The documents the five example rounds compose from
# their workspaces (Tờ trình, Biên bản, Báo cáo thẩm định, Quyết định, the contest's documents;
# tests/tools/round_fidelity.py): same page count, at least 95 % of lines identical, and no page — in either
# rendering — that holds only the signature block or Nơi nhận. Prints the per-document tables. The same run
# compares every round document's view data and IR with its reviewed golden (tests/golden/rounds/SEED/), and
# a golden without its document fails too.
source "$(dirname "$0")/lib/common.bash" "$@"
if ! command -v soffice >/dev/null; then
  echo "FAIL: soffice missing (scripts/setup.sh --test installs libreoffice-writer-nogui)"; FAILS=$((FAILS + 1)); finish; exit
fi
check "fidelity against LibreOffice" with_lo_retry /usr/bin/python3 tests/tools/fidelity.py "$TDKT" "$ROOT" "$WORK/fid" --min-share 0.9 --same-pages

# round NAME MOVEMENT DATASET SCRIPT: runs an example round in its own workspace; its documents are in
# $WORK/NAME/van-ban.
DIRS=()
round() {
  local name=$1 db="$WORK/$1/kho.db"
  mkdir -p "$WORK/$1/nguon"
  run 0 --db "$db" movement import "$2"
  run 0 --db "$db" data import "$3"
  check "$name: round runs" env TDKT="$TDKT" TDKT_KEEP_FORM_DATA="$WORK/$name/nguon" bash "$4" "$db" "$WORK/$name/bc" \
    > "$WORK/$name.log" 2>&1 || cat "$WORK/$name.log"
  check "$name: no word cut between letters in any document" bash -c "! grep -q 'ngắt giữa các chữ' '$WORK/$name.log'"
  DIRS+=("$WORK/$name/van-ban")
  local g="tests/golden/rounds/$name" f
  [ "${UPDATE_GOLDEN:-}" = 1 ] && rm -rf "$g" && mkdir -p "$g"
  check "$name: the round made documents" test -n "$(ls "$WORK/$name/nguon")"
  for f in "$WORK/$name/nguon"/*; do golden "$g/$(basename "$f")" "$f"; done
  for f in "$g"/*; do check "$name: $(basename "$f") is still made" test -e "$WORK/$name/nguon/$(basename "$f")"; done
}
round 000 examples/movements/000-hon-quan-cchc-2024.json examples/datasets/hon-quan-2024.json examples/rounds/hon-quan-2024.sh
round 001 examples/movements/001-trung-luong-cuoc-thi-sang-kien-2024.json examples/datasets/trung-luong-2024.json examples/rounds/trung-luong-2024.sh
round 002 examples/movements/002-hung-yen-dan-van-chinh-quyen-2024.json examples/datasets/hung-yen-2025.json examples/rounds/hung-yen-2025.sh
round 003 examples/movements/003-quang-ngai-cchc-2021-2025.json examples/datasets/quang-ngai-2022.json examples/rounds/quang-ngai-2022.sh
round 004 examples/movements/004-phu-my-cchc-2021-2025.json examples/datasets/phu-my-2021-2025.json examples/rounds/phu-my-2024.sh
check "round documents against LibreOffice" with_lo_retry /usr/bin/python3 tests/tools/round_fidelity.py "$WORK/rfid" "${DIRS[@]}" \
  --min-share 0.95 --same-pages
finish
