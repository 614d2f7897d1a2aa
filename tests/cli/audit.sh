#!/usr/bin/env bash
# The audit chain against anchors outside the store. The chain alone catches a row edited in place, but not
# the last rows deleted, every row deleted, or a row edited and the chain recomputed (each shown below to
# pass `audit verify` alone). A checkpoint (HMAC under a key kept outside), a packet's manifest and a
# generated PDF's Info each record the head: against them all three attacks are found. `tdkt check` reads
# every stored document against its hash, and puts right a stale copy left by a killed run.
source "$(dirname "$0")/lib/common.bash" "$@"
PY=/usr/bin/python3
DB="$WORK/kho.db"
run 0 --db "$DB" movement import examples/movements/004-phu-my-cchc-2021-2025.json
run 0 --db "$DB" data import examples/datasets/phu-my-2021-2025.json
check "example round runs" env TDKT="$TDKT" bash examples/rounds/phu-my-2024.sh "$DB" "$WORK/bc" > "$WORK/round.log" 2>&1 || cat "$WORK/round.log"
T() { run "$1" --db "$DB" --now 2025-03-01 "${@:2}"; }

T 0 packet 1 -o "$WORK/ho-so-1.zip"
PDF="$WORK/van-ban/ho-so-1-to-trinh-1.pdf"
check "a generated PDF is on disk ($PDF)" test -f "$PDF"
check "the PDF records the chain head in its Info, not on its face" $PY - "$PDF" <<'EOF'
import sys, re, subprocess
b = open(sys.argv[1], 'rb').read()
m = re.search(rb'/TdktAuditHead ?\((\d+):([0-9a-f]{64})\)', b)
assert m, "no /TdktAuditHead"
text = subprocess.run(["pdftotext", sys.argv[1], "-"], capture_output=True, text=True).stdout
assert m.group(2).decode() not in text and "TdktAuditHead" not in text
EOF
check "the packet's manifest records the chain head" $PY - "$WORK/ho-so-1.zip" <<'EOF'
import sys, zipfile, json
m = json.loads(zipfile.ZipFile(sys.argv[1]).read("manifest.json"))
h = m["audit_head"]; assert h["seq"] > 10 and len(h["hash"]) == 64, h
EOF

# ── A checkpoint with a new key ──
T 0 audit checkpoint --key "$WORK/khoa/tdkt.key" -o "$WORK/moc-1.json"
has out "Đã tạo khóa mới"
check "the key is readable by its owner only" test "$(stat -c %a "$WORK/khoa/tdkt.key")" = 600
T 0 audit verify --against "$WORK/moc-1.json" --key "$WORK/khoa/tdkt.key" --against "$WORK/ho-so-1.zip" --against "$PDF"
has out "khớp 3/3 mốc ngoài kho"
T 6 audit verify --against "$WORK/moc-1.json"
has err "cần --key TỆP_KHÓA"
# The checkpoint edited (its head moved back) no longer carries a valid MAC.
$PY - "$WORK/moc-1.json" "$WORK/moc-sua.json" <<'EOF'
import sys, json
c = json.load(open(sys.argv[1])); c["seq"] -= 1; json.dump(c, open(sys.argv[2], "w"))
EOF
T 6 audit verify --against "$WORK/moc-sua.json" --key "$WORK/khoa/tdkt.key"
has err "chữ ký HMAC của mốc không khớp"
T 0 audit checkpoint --key "$WORK/khoa/tdkt.key" -o "$WORK/moc-2.json"
hasnt out "Đã tạo khóa mới"

# attack NAME PYTHON: a copy of the store, changed by the attacker (triggers dropped), then verified.
attack() {
  local name=$1 code=$2
  cp "$DB" "$WORK/$name.db"
  $PY - "$WORK/$name.db" <<EOF
import sqlite3, hashlib, sys
db = sqlite3.connect(sys.argv[1])
db.execute("DROP TRIGGER audit_log_no_update"); db.execute("DROP TRIGGER audit_log_no_delete")
def rechain():
    prev = "0" * 64
    for seq, at, actor, role, action, entity, eid, detail in db.execute(
            "SELECT seq,at,actor,role,action,entity,entity_id,detail FROM audit_log ORDER BY seq").fetchall():
        s = prev + "".join("\x1f" + f for f in (at, actor, role, action, entity, eid, detail)) + "\x1f" + str(seq)
        h = hashlib.sha256(s.encode()).hexdigest()
        db.execute("UPDATE audit_log SET prev_hash=?, hash=? WHERE seq=?", (prev, h, seq)); prev = h
$code
db.commit()
EOF
}
V() { run "$1" --db "$WORK/$2.db" --now 2025-03-01 audit verify "${@:3}"; }

attack cut 'db.execute("DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 3 FROM audit_log)")'
V 0 cut
has out "chuỗi băm liền mạch"
has out "kiểm tra thêm với --against"
V 6 cut --against "$WORK/moc-2.json" --key "$WORK/khoa/tdkt.key"
has err "các dòng cuối của nhật ký đã bị xóa"
V 6 cut --against "$WORK/ho-so-1.zip"
has err "bộ hồ sơ ghi nhật ký đến dòng số"

attack rewritten 'db.execute("UPDATE audit_log SET detail = detail || \" (sửa)\" WHERE seq = 5"); rechain()'
V 0 rewritten
V 6 rewritten --against "$WORK/moc-1.json" --key "$WORK/khoa/tdkt.key" --against "$PDF"
has err "nhật ký đã bị viết lại"
has out "khớp 0/2 mốc"

attack empty 'db.execute("DELETE FROM audit_log")'
V 0 empty
V 6 empty --against "$PDF"
has err "kho chỉ còn 0 dòng"

# ── tdkt check: every stored document against its hash ──
T 0 check
has out "phiên bản khớp mã băm"
cp "$PDF" "$WORK/goc.pdf"
printf '%%%% sửa tay\n' >> "$PDF"
T 6 check
has err "đã bị sửa sau khi lập"
cp "$WORK/goc.pdf" "$PDF"
BLOB=$(find "$WORK" -path '*sha256*' -name '*.docx' | head -1)
check "a kept version is on disk ($BLOB)" test -f "$BLOB"
chmod u+w "$BLOB"; cp "$BLOB" "$WORK/blob.bak"; printf 'x' >> "$BLOB"
T 6 check
has err "bản lưu đã bị thay đổi"
cp "$WORK/blob.bak" "$BLOB"
T 0 check

# A run killed after its commit and before its copies were written: the copy is the previous version.
# Neither packet nor check calls that an edit; check writes the newest version back.
TT="$WORK/van-ban/ho-so-1-bien-ban-hop-xet.docx"
cp "$TT" "$WORK/tt-old.docx"
T 0 dossier generate 1
check "generate wrote a new version" test "$(sha256sum < "$TT")" != "$(sha256sum < "$WORK/tt-old.docx")"
cp "$WORK/tt-old.docx" "$TT"
T 0 check
has err "phiên bản cũ"
check "check put the newest copy back" test "$(sha256sum < "$TT")" != "$(sha256sum < "$WORK/tt-old.docx")"

# Temporary files of runs killed before their rename are removed by the next command; a live writer's stay.
TEP="$WORK/kho.tep/tmp"
check "the kept files are written through their own tmp folder" test -d "$TEP"
head -c 100000 /dev/zero > "$WORK/van-ban/ho-so-1-to-trinh-1.pdf.tmp-3999999"
head -c 100000 /dev/zero > "$TEP/abc.pdf.tmp-3999998"
printf x > "$WORK/van-ban/dang-ghi.pdf.tmp-$$"
T 0 dossier list
check "a dead run's temporary file in the documents folder is gone" test ! -e "$WORK/van-ban/ho-so-1-to-trinh-1.pdf.tmp-3999999"
check "a dead run's temporary file in the kept-files folder is gone" test ! -e "$TEP/abc.pdf.tmp-3999998"
check "a live process's temporary file stays" test -e "$WORK/van-ban/dang-ghi.pdf.tmp-$$"
finish
