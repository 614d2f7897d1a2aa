#!/usr/bin/env bash
# Every C++ file of src/, tests/ and bench/ is formatted as .clang-format says (clang-format 14, the version the
# setup installs); a difference fails with the file and line. Fix with: clang-format-14 -i FILE.
set -euo pipefail
root=${1:-$(dirname "$0")/../..}
cd "$root"
fmt=$(command -v clang-format-14 || command -v clang-format)
mapfile -t files < <(find src tests bench -name '*.cpp' -o -name '*.hpp' | sort)
if "$fmt" --dry-run --Werror "${files[@]}" 2>/tmp/tdkt-format.$$; then
  echo "tdkt: format: ${#files[@]} tệp đúng .clang-format"
  rm -f /tmp/tdkt-format.$$
else
  grep -E "error:" /tmp/tdkt-format.$$ | head -20
  echo "tdkt: format: có tệp chưa đúng .clang-format; sửa bằng: $fmt -i TỆP"
  rm -f /tmp/tdkt-format.$$
  exit 1
fi
