#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (unit, CLI end-to-end, durability),
# printing the time of each phase so that what the test command costs is always known.
set -euo pipefail
cd "$(dirname "$0")/.."
t0=$(date +%s)
declare -a phases=()
# phase NAME COMMAND…: runs a command and records how long it took.
phase() {
  local name=$1 start rc=0
  shift
  start=$(date +%s)
  "$@" || rc=$?
  local pad=$(( 34 - ${#name} )); [ $pad -lt 1 ] && pad=1
  phases+=("$(printf '%s%*s%5d s' "$name" $pad "" $(( $(date +%s) - start )))")
  echo "tdkt: [$name] $(( $(date +%s) - start )) s"
  return $rc
}
summary() {
  echo "tdkt: thời gian từng bước (tổng $(( $(date +%s) - t0 )) s):"
  for p in "${phases[@]}"; do echo "  $p"; done
}
trap summary EXIT
clang_build() {
  # The code must stay warning-free under clang 14 too: compile everything with it (tests run once, below).
  CXX=clang++-14 cmake -S . -B build-clang -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  local log
  log=$(mktemp)
  cmake --build build-clang -j "$(nproc)" >"$log" 2>&1 || { grep -E -B2 -A6 "error|warning" "$log" | head -60; exit 1; }
  rm -f "$log"
  echo "tdkt: bản dựng clang 14 không có cảnh báo"
}
run_ctest() { (cd build && ctest --output-on-failure -j "$(nproc)" --timeout 600 "$@"); }
phase "cài gói (setup)" bash scripts/setup.sh --test
phase "build GCC 12" bash scripts/build.sh
phase "build clang 14" clang_build
phase "kiểm thử đơn vị (unit)" run_ctest -L unit
phase "kịch bản dòng lệnh (cli)" run_ctest -L cli
phase "quy tắc mã nguồn (rules)" run_ctest -L rules
