#!/usr/bin/env bash
# Province-scale round end to end: 200 units × 25 nominations (5,000) from the units' Excel lists to the decision,
# the council workbook and 201 verified packets, through the real CLI (bench/province_round.sh says what each step
# does). Prints wall time, CPU time (user + system of every process), the peak memory of the largest single
# process (max RSS), the time of each phase and what came out; the goal of the issue is < 60 s and < 500 MB on the
# 2-core machine. The data (bench/province_data.py) is generated before the clock starts.
# Usage: bash bench/province.sh [UNITS] [PER_UNIT]   (JOBS=N: units / appraisers working at once, default nproc)
set -euo pipefail
cd "$(dirname "$0")/.."
UNITS=${1:-200}
PER_UNIT=${2:-24}
JOBS=${JOBS:-$(nproc)}
cmake --build build --target tdkt >/dev/null
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
/usr/bin/python3 bench/province_data.py "$W" "$UNITS" "$PER_UNIT" >/dev/null
/usr/bin/time -f "%e %U %S %M" -o "$W/time" bash bench/province_round.sh "$(pwd)/build/tdkt" "$W/tdkt.db" "$W" "$W/phases.tsv" "$JOBS"
read -r wall user sys rss < "$W/time"
# What came out must be complete, or the time means nothing.
packets=$(ls "$W/out"/ho-so-*.zip | wc -l)
[ "$packets" = "$UNITS" ] || { echo "bench: chỉ có $packets bộ hồ sơ đơn vị"; exit 1; }
../shared/checks/check-xlsx "$W/out/bang-tinh-hoi-dong.xlsx" >/dev/null || { echo "bench: bảng tính Hội đồng không qua check-xlsx"; exit 1; }
noms=$(sqlite3 "$W/tdkt.db" "SELECT count(*) FROM nominations")
awarded=$(sqlite3 "$W/tdkt.db" "SELECT count(*) FROM nominations WHERE outcome='duoc_khen'")
echo "Đợt khen thưởng quy mô tỉnh: $UNITS đơn vị, $noms đề nghị, $(cat "$W/votes") đưa ra Hội đồng, $awarded được khen; $JOBS việc song song, $(nproc) nhân"
awk -F'\t' 'NR > 1 { printf "  %-72s %6.1f s\n", $1, $2 - p } { p = $2 }' "$W/phases.tsv"
echo "  $(head -1 "$W/decision.txt")"
echo "  Đầu ra: $(du -sh "$W/out" | cut -f1) ($packets bộ hồ sơ đơn vị + 1 bộ Quyết định + bảng tính), kho $(du -h "$W/tdkt.db" | cut -f1), văn bản $(du -sh "$W/van-ban" | cut -f1)"
/usr/bin/python3 - "$wall" "$user" "$sys" "$rss" <<'PY'
import sys
wall, user, sys_, rss = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
mb = rss / 1024
print(f"wall {wall:.1f} s, CPU {user + sys_:.1f} s (user {user:.1f} + sys {sys_:.1f}), peak memory {mb:.0f} MB (largest process)")
print(f"goal < 60 s: {'met' if wall < 60 else 'NOT met'}; goal < 500 MB: {'met' if mb < 500 else 'NOT met'}")
PY
