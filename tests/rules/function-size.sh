#!/usr/bin/env bash
# No function of src/app, src/views or src/cli is over 80 lines, lambdas counted with the function that holds
# them: clang-tidy 14's readability-function-size over the build's compile commands. usage: function-size.sh ROOT BUILD
set -euo pipefail
root=${1:-$(dirname "$0")/../..}
build=${2:-$root/build}
cd "$root"
tidy=$(command -v clang-tidy-14 || command -v clang-tidy)
mapfile -t files < <(find src/app src/views src/cli -name '*.cpp' | sort)
config='{Checks: "-*,readability-function-size", WarningsAsErrors: "*",
  CheckOptions: [{key: readability-function-size.LineThreshold, value: 80}]}'
log=$(mktemp)
# Two at a time: the machine the tests run on has two cores.
if printf '%s\n' "${files[@]}" | xargs -P 2 -n 8 "$tidy" -p "$build" --quiet --extra-arg=-Wno-unknown-warning-option --config="$config" >"$log" 2>&1; then
  echo "tdkt: function-size: ${#files[@]} tệp, không hàm nào quá 80 dòng"
  rm -f "$log"
else
  grep -E "warning:|error:" "$log" | grep -v "warnings generated" | sort -u | head -40
  echo "tdkt: function-size: có hàm quá 80 dòng (tách thành các hàm nhỏ hơn)"
  rm -f "$log"
  exit 1
fi
