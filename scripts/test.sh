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
run_ctest() { (cd build && ctest --output-on-failure -j "$(nproc)" --timeout 600 "$@"); }
phase "cài gói (setup)" bash scripts/setup.sh --test
phase "build GCC 12" bash scripts/build.sh
phase "kiểm thử đơn vị (unit)" run_ctest -L unit
phase "kịch bản dòng lệnh (cli)" run_ctest -L cli
phase "quy tắc mã nguồn (rules)" run_ctest -L rules
phase "clang 14 + ASan/UBSan: đơn vị, mẫu fuzz" bash scripts/sanitize.sh
