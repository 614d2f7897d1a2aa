#!/usr/bin/env bash
# Fuzzing on demand (not part of the test command): each harness for SECONDS (default 600) with the limits
# that make hangs and runaway memory findings too; new inputs go to a scratch folder, findings to
# tests/fuzz/findings/. Needs the sanitizer build: bash scripts/sanitize.sh --build-only.
# Usage: bash tests/fuzz/run.sh [SECONDS] [TARGET …]   (targets: template expr json csv xlsx packet)
set -euo pipefail
cd "$(dirname "$0")/../.."
secs=${1:-600}; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(template expr json csv xlsx packet)
mkdir -p tests/fuzz/findings
for t in "${targets[@]}"; do
  work=$(mktemp -d)
  echo "== $t: $secs s"
  build-san/fuzz_$t -max_total_time="$secs" -timeout=10 -rss_limit_mb=1024 -max_len=262144 \
    -artifact_prefix=tests/fuzz/findings/$t- -print_final_stats=1 "$work" tests/fuzz/corpus/$t 2>&1 |
    grep -E "^#[0-9]+.*(DONE|pulse)|stat::|SUMMARY|ERROR" | tail -8
  rm -rf "$work"
done
