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
    FAILS=$((FAILS + 1))
  else
    PASSES=$((PASSES + 1))
  fi
}
# has WHERE TEXT : WHERE is "out" or "err"
has() {
  local where="$1" text="$2" hay
  if [ "$where" = out ]; then hay="$OUT"; else hay="$ERR"; fi
  if printf '%s' "$hay" | grep -qF -- "$text"; then PASSES=$((PASSES + 1)); else
    echo "FAIL: expected $where to contain: $text"; echo "  got: ${hay:0:800}"; FAILS=$((FAILS + 1)); fi
}
hasnt() {
  local where="$1" text="$2" hay
  if [ "$where" = out ]; then hay="$OUT"; else hay="$ERR"; fi
  if printf '%s' "$hay" | grep -qF -- "$text"; then echo "FAIL: $where must not contain: $text"; FAILS=$((FAILS + 1)); else PASSES=$((PASSES + 1)); fi
}
check() {  # check DESCRIPTION COMMAND…
  local d="$1"; shift
  if "$@"; then PASSES=$((PASSES + 1)); else echo "FAIL: $d"; FAILS=$((FAILS + 1)); fi
}
finish() {
  echo "$PASSES passed, $FAILS failed"
  [ "$FAILS" = 0 ]
}
