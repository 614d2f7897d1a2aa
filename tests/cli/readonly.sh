#!/usr/bin/env bash
# A store that cannot be written (a copy on a read-only share, a folder of another account) can still be
# read and verified; a command that must write is refused with a message and leaves it untouched; a store
# with changes still pending in its -wal is refused rather than shown without them. Root ignores file
# permissions, so as root the reads run as «nobody» (setpriv).
source "$(dirname "$0")/lib/common.bash" "$@"
BIN="$WORK/bin"; mkdir -p "$BIN"; cp "$TDKT" "$BIN/tdkt"
chmod 755 "$WORK" "$BIN" "$BIN/tdkt"
if [ "$(id -u)" = 0 ]; then AS=(setpriv --reuid=65534 --regid=65534 --clear-groups); else AS=(); fi
printf '#!/bin/sh\ncd "%s" && exec %s "%s/tdkt" "$@"\n' "$WORK" "${AS[*]}" "$BIN" > "$BIN/tdkt-ro"
chmod 755 "$BIN/tdkt-ro"
OWNER="$TDKT"

RO="$WORK/chi-doc"; mkdir -p "$RO"
run 0 --db "$RO/ws.db" data import examples/datasets/phu-my-2021-2025.json
chmod -R a+rX "$RO"; chmod 444 "$RO/ws.db"; chmod 555 "$RO"
check "the reader cannot write the folder (else this test proves nothing)" \
  "${AS[@]}" sh -c "! test -w '$RO' && ! test -w '$RO/ws.db'"
before=$(sha256sum "$RO/ws.db")
TDKT="$BIN/tdkt-ro"
run 0 --db "$RO/ws.db" person list --unit MY-DUC
has out "Trần Thị Bích Vy"
run 0 --db "$RO/ws.db" audit verify
has out "chuỗi băm liền mạch"
run 0 --db "$RO/ws.db" unit list
run 10 --db "$RO/ws.db" data import "$PWD/examples/datasets/phu-my-2021-2025.json"
has err "chỉ đọc được"
has err "không có gì thay đổi"
check "the refused write left the store as it was" test "$before" = "$(sha256sum "$RO/ws.db")"
check "no -wal or -shm made beside it" test ! -e "$RO/ws.db-wal" -a ! -e "$RO/ws.db-shm"

# A writer with the right to the folder keeps changes in its -wal: the read-only reader sees them.
LIVE="$WORK/dang-ghi"; mkdir -p "$LIVE"; cp "$RO/ws.db" "$LIVE/ws.db"; chmod 644 "$LIVE/ws.db"; chmod 755 "$LIVE"
python3 - "$LIVE/ws.db" "$WORK/ready" <<'PY' &
import sqlite3, sys, time, pathlib
c = sqlite3.connect(sys.argv[1]); c.execute("PRAGMA journal_mode=WAL"); c.execute("PRAGMA wal_autocheckpoint=0")
c.execute("INSERT INTO agencies(code,name,level) VALUES('DANG-GHI','Tổ đang ghi','xa')"); c.commit()
pathlib.Path(sys.argv[2]).touch(); time.sleep(6)
PY
writer=$!
for _ in $(seq 50); do [ -e "$WORK/ready" ] && break; sleep 0.1; done
check "the writer's change is in its -wal, not yet in the file" test -s "$LIVE/ws.db-wal"
run 0 --db "$LIVE/ws.db" unit list
has out "Tổ đang ghi"
# The same three files copied where nobody can write, without the -shm: the -wal cannot be read, refused.
STALE="$WORK/sot-wal"; mkdir -p "$STALE"; cp "$LIVE/ws.db" "$LIVE/ws.db-wal" "$STALE/"
kill "$writer" 2>/dev/null; wait "$writer" 2>/dev/null
chmod -R a+rX "$STALE"; chmod 555 "$STALE"
run 10 --db "$STALE/ws.db" unit list
has err "còn thay đổi chưa gộp"
has err "ws.db-wal"
chmod 755 "$RO" "$STALE"
TDKT="$OWNER"
finish
