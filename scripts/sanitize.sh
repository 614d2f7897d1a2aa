#!/usr/bin/env bash
# The sanitizer build (build-san/): clang 14, every file with AddressSanitizer + UndefinedBehaviorSanitizer
# (no recovery: the first finding stops the test) and libFuzzer's coverage, warnings as errors as in the GCC
# build; the libFuzzer harnesses with it (tests/fuzz). Then, unless --build-only: the unit tests under the
# sanitizers, and the fuzz corpus replayed once. Used by scripts/test.sh; fuzzing itself: tests/fuzz/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fsanitize=fuzzer-no-link -fno-omit-frame-pointer"
CXX=clang++-14 cmake -S . -B build-san -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O1 -DNDEBUG" \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" -DTDKT_FUZZ=ON >/dev/null
log=$(mktemp)
cmake --build build-san -j "$(nproc)" >"$log" 2>&1 || { grep -E -B2 -A6 "error|warning" "$log" | head -60; exit 1; }
rm -f "$log"
echo "tdkt: bản dựng clang 14 + ASan/UBSan không có cảnh báo"
[ "${1:-}" = "--build-only" ] && exit 0
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1
(cd build-san && ctest --output-on-failure -j "$(nproc)" --timeout 900 -L "^(unit|fuzz)$")
