#!/usr/bin/env bash
# Line and page fidelity of the native PDF against LibreOffice's rendering of the same form's DOCX, in the
# default (Word-compatible first-fit) mode: same page count on every form and seed plan, and at least 90 %
# of paragraphs broken into identical lines. Prints the per-document table (tests/tools/fidelity.py).
source "$(dirname "$0")/lib/common.bash" "$@"
if ! command -v soffice >/dev/null; then
  echo "FAIL: soffice missing (scripts/setup.sh --test installs libreoffice-writer-nogui)"; FAILS=$((FAILS + 1)); finish; exit
fi
check "fidelity against LibreOffice" with_lo_retry /usr/bin/python3 tests/tools/fidelity.py "$TDKT" "$ROOT" "$WORK/fid" --min-share 0.9 --same-pages
finish
