#!/usr/bin/env bash
# Replays a harness's corpus once (no fuzzing): every saved input, hostile cases and past findings among them,
# must end without a crash, a hang over 10 s or 1 GB of memory. Usage: replay.sh HARNESS CORPUS_DIR
set -euo pipefail
bin=$1 dir=$2
mapfile -t inputs < <(find "$dir" -type f | sort)
[ ${#inputs[@]} -gt 0 ] || { echo "tdkt: fuzz: thư mục mẫu $dir trống"; exit 1; }
log=$(mktemp)
if "$bin" -timeout=10 -rss_limit_mb=1024 "${inputs[@]}" >"$log" 2>&1; then
  echo "tdkt: fuzz: $(basename "$bin"): ${#inputs[@]} mẫu chạy lại, không lỗi"
  rm -f "$log"
else
  grep -E "ERROR|SUMMARY|Running:|timeout|crash|==[0-9]+==" "$log" | head -40
  rm -f "$log"
  exit 1
fi
