# Helpers for CLI scenario tests: run the real binary, check exit codes and output.
# Usage in a test: source lib/common.bash "$@"   (args: path to tdkt, project root)
set -uo pipefail
TDKT="$1"
ROOT="$2"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
export SOURCE_DATE_EPOCH=1763712000
FAILS=0
PASSES=0
TEST_NAME="$(basename "${BASH_SOURCE[1]:-$0}" .sh)"
FAILLOG="${TMPDIR:-/tmp}/tdkt-cli-failures.log"
# Every failure is also appended to a persistent log, so an intermittent one can be studied afterwards.
note_fail() { printf '%s %s: %s\n' "$(date -Is)" "$TEST_NAME" "$*" >> "$FAILLOG"; }
OUT=""
ERR=""
RC=0
# run EXPECTED_RC args… : runs tdkt, keeps stdout/stderr, checks the exit code.
run() {
  local want="$1"; shift
  OUT="$("$TDKT" "$@" 2>"$WORK/stderr")"; RC=$?
  ERR="$(cat "$WORK/stderr")"
  if [ "$RC" != "$want" ]; then
    echo "FAIL: tdkt $* → exit $RC, expected $want"; echo "  stdout: ${OUT:0:600}"; echo "  stderr: ${ERR:0:600}"
    note_fail "tdkt $* → exit $RC, expected $want; stdout: ${OUT:0:300}; stderr: ${ERR:0:300}"
    FAILS=$((FAILS + 1))
  else
    PASSES=$((PASSES + 1))
  fi
}
# has WHERE TEXT : WHERE is "out" or "err". A here-string, not a pipe: with pipefail, grep -q exiting at the
# first match made printf die of SIGPIPE on long output, and a found text was reported missing (cli.round).
has() {
  local where="$1" text="$2" hay
  if [ "$where" = out ]; then hay="$OUT"; else hay="$ERR"; fi
  if grep -qF -- "$text" <<< "$hay"; then PASSES=$((PASSES + 1)); else
    echo "FAIL: expected $where to contain: $text"; echo "  got: ${hay:0:800}"; note_fail "$where lacks: $text"; FAILS=$((FAILS + 1)); fi
}
hasnt() {
  local where="$1" text="$2" hay
  if [ "$where" = out ]; then hay="$OUT"; else hay="$ERR"; fi
  if grep -qF -- "$text" <<< "$hay"; then echo "FAIL: $where must not contain: $text"; note_fail "$where has: $text"; FAILS=$((FAILS + 1)); else PASSES=$((PASSES + 1)); fi
}
check() {  # check DESCRIPTION COMMAND…
  local d="$1"; shift
  if "$@"; then PASSES=$((PASSES + 1)); else echo "FAIL: $d"; note_fail "$d"; FAILS=$((FAILS + 1)); fi
}
# LibreOffice is an external process that can fail to start under load; its conversion gets one retry,
# logged. The checks of the same file that do not involve LibreOffice never retry.
with_lo_retry() {
  "$@" && return 0
  note_fail "LibreOffice check failed once, retrying: $*"
  echo "(LibreOffice: thử lại một lần)"
  "$@"
}
# golden REVIEWED ACTUAL : the output equals its reviewed golden file. With UPDATE_GOLDEN=1 the golden is
# rewritten instead (the review is then `git diff tests/golden`).
golden() {
  local want="$1" got="$2"
  if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
    cmp -s "$want" "$got" || { cp "$got" "$want"; echo "golden rewritten: $want"; }
    PASSES=$((PASSES + 1))
    return
  fi
  check "$(basename "$got") equals $want" diff -u "$want" "$got"
}
finish() {
  echo "$PASSES passed, $FAILS failed"
  [ "$FAILS" = 0 ]
}
