#!/usr/bin/env bash
# On demand (not part of the test command): shows that the harnesses find the crashes fixed in the hostile-
# input work. Builds today's template, expression and CSV harnesses against the sources of the commit before
# those fixes (default eece006) in a scratch git worktree, then runs each hostile seed of tests/fuzz/corpus
# once there, and once in today's sanitizer build: a seed that crashes before and passes now is one finding
# reproduced. Takes ~15 min on 2 cores (a sanitizer build of the libraries).
# Usage: bash tests/fuzz/before-fixes.sh [COMMIT]   (needs build-san: bash scripts/sanitize.sh --build-only)
set -euo pipefail
cd "$(dirname "$0")/../.."
here=$PWD; commit=${1:-eece006}
old=$(mktemp -d /tmp/tdkt-before-XXXXXX)
trap 'git -C "$here" worktree remove --force "$old" >/dev/null 2>&1 || true; rm -rf "$old"' EXIT
git worktree add --detach -f "$old" "$commit" >/dev/null 2>&1
mkdir -p "$old/tests/fuzz"
cp tests/fuzz/support.hpp tests/fuzz/fuzz_template.cpp tests/fuzz/fuzz_expr.cpp tests/fuzz/fuzz_csv.cpp "$old/tests/fuzz/"
sed -n '/^option(TDKT_FUZZ/,/^endif()/p' CMakeLists.txt | grep -v "add_test\|COMMAND\|corpus/\|set_tests" \
  >> "$old/CMakeLists.txt"
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fsanitize=fuzzer-no-link -fno-omit-frame-pointer"
(cd "$old" && CXX=clang++-14 cmake -S . -B b -G Ninja -DCMAKE_BUILD_TYPE=Release \
   -DCMAKE_CXX_FLAGS_RELEASE="-O1 -DNDEBUG" -DCMAKE_CXX_FLAGS="$flags" \
   -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" -DTDKT_FUZZ=ON >/dev/null &&
 cmake --build b -j "$(nproc)" --target fuzz_template fuzz_expr fuzz_csv >/dev/null)
verdict() {  # the kind of the first finding of a run, or «ok»
  local out
  out=$("$@" -timeout=10 -rss_limit_mb=1024 2>&1 || true)
  grep -m1 -oE "(AddressSanitizer|UndefinedBehaviorSanitizer|libFuzzer): [a-z-]+( signal)?" <<<"$out" || echo ok
}
reproduced=0
printf '%-10s %-24s %-42s %s\n' harness seed "at $commit" now
for t in template expr csv; do
  for f in tests/fuzz/corpus/$t/hostile-*; do
    [ -e "$f" ] || continue
    was=$(verdict "$old/b/fuzz_$t" "$f"); now=$(verdict "build-san/fuzz_$t" "$f")
    printf '%-10s %-24s %-42s %s\n' "$t" "$(basename "$f")" "$was" "$now"
    [ "$was" != ok ] && [ "$now" = ok ] && reproduced=$((reproduced + 1))
  done
done
echo "$reproduced findings reproduced before the fixes and gone now"
