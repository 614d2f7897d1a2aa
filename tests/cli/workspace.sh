#!/usr/bin/env bash
# Workspace data through the CLI: dataset import (atomic), people sorted by tên/đệm/họ, audit verification
# that catches a hand-edited database, integrity check, legal data and text utilities.
source "$(dirname "$0")/lib/common.bash" "$@"
DB="$WORK/w.db"

run 0 --db "$DB" init
has out "Đã tạo kho dữ liệu"
run 0 --db "$DB" data import examples/datasets/phu-my-2021-2025.json
has out "32 đơn vị, 51 cá nhân"
run 0 --db "$DB" person list --unit MY-DUC
check "people of Mỹ Đức are sorted by given name" test "$(printf '%s\n' "$OUT" | cut -f2 | tr '\n' '|')" = "Dương Tấn Bình|Phan Đức Định|Nguyễn Thị Mai|Trần Thị Bích Vy|"
run 3 --db "$DB" person list --unit KHONG-CO

# A dataset with a dangling reference imports nothing at all.
/usr/bin/python3 - "$WORK/xau.json" <<'PY'
import json, sys
d = {"schema": "tdkt.dataset/1",
     "agencies": [{"code": "X1", "name": "Xã Một", "level": "xa"}],
     "people": [{"code": "N1", "full_name": "Nguyễn Văn Một", "agency": "X1"},
                {"code": "N2", "full_name": "Trần Thị Hai", "agency": "KHONG-CO"}]}
json.dump(d, open(sys.argv[1], "w"), ensure_ascii=False)
PY
run 1 --db "$DB" data import "$WORK/xau.json"
has err "Trần Thị Hai"
has err "«KHONG-CO»"
run 3 --db "$DB" person list --unit X1

# Field errors in a dataset carry line:col.
printf '{"schema": "tdkt.dataset/1",\n "people": [{"code": "A", "full_name": "Lê Văn A", "agency": "PNV", "birth_date": "1980-02-30"}]}\n' > "$WORK/ngay.json"
run 1 --db "$DB" data import "$WORK/ngay.json"
has err "ngay.json:2:83: lỗi: trường «people[1].birth_date»: ngày «1980-02-30» không hợp lệ"

run 0 --db "$DB" check
has out "integrity_check = ok"
run 0 --db "$DB" audit verify
has out "chuỗi băm liền mạch"

# Hand-edit the database behind tdkt's back: the chain breaks and verification fails with exit 6.
sqlite3 "$DB" "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor='ai đó' WHERE seq=2;"
run 6 --db "$DB" audit verify
has err "dòng nhật ký số 2: nội dung đã bị sửa sau khi ghi"
run 6 --db "$DB" check

# A file that is not a workspace.
echo "không phải SQLite" > "$WORK/gia.db"
run 10 --db "$WORK/gia.db" movement list

# Legal data by date and money with round-up.
run 0 legal money lao_dong_tien_tien --date 2025-12-20
has out "0,3 × 2.340.000 = 702.000 → làm tròn lên 710.000 đồng"
has out "Bằng chữ: Bảy trăm mười nghìn đồng."
run 0 legal money giay_khen_chu_tich_huyen --subject tap_the --date 2023-02-20
has out "0,6 × 1.490.000 = 894.000 → làm tròn lên 900.000 đồng"
run 4 legal money giay_khen_chu_tich_huyen --date 2025-08-01
has err "chỉ áp dụng đến ngày 30/06/2025"
run 0 legal show --date 2026-11-21
has out "Nghị định số 152/2025/NĐ-CP"
has out "chưa được xác nhận nên chưa áp dụng"
run 2 legal show --date 21/11/2026

# Tone order is a workspace setting: hỏi before sắc by default (Thủy < Thúy), configurable, overridable.
printf '{"schema": "tdkt.dataset/1", "agencies": [{"code": "X2", "name": "Xã Hai", "level": "xa"}],\n "people": [
 {"code": "T1", "full_name": "Nguyễn Thị Thúy", "agency": "X2"}, {"code": "T2", "full_name": "Trần Thị Thủy", "agency": "X2"}]}' > "$WORK/thuy.json"
DB2="$WORK/w2.db"
run 0 --db "$DB2" data import "$WORK/thuy.json"
run 0 --db "$DB2" person list --unit X2
check "default order: Thủy before Thúy" test "$(printf '%s\n' "$OUT" | cut -f2 | tr '\n' '|')" = "Trần Thị Thủy|Nguyễn Thị Thúy|"
run 0 --db "$DB2" --as "can_bo_tdkt:Lê Thị Hạnh" config set tone_order ngang,huyen,sac,hoi,nga,nang
run 0 --db "$DB2" person list --unit X2
check "configured order: Thúy before Thủy" test "$(printf '%s\n' "$OUT" | cut -f2 | tr '\n' '|')" = "Nguyễn Thị Thúy|Trần Thị Thủy|"
run 0 --db "$DB2" --tones ngang,huyen,hoi,nga,sac,nang person list --unit X2
check "--tones overrides the setting" test "$(printf '%s\n' "$OUT" | cut -f2 | tr '\n' '|')" = "Trần Thị Thủy|Nguyễn Thị Thúy|"
run 0 --db "$DB2" config list
has out "tone_order = ngang,huyen,sac,hoi,nga,nang"
run 1 --db "$DB2" config set tone_order ngang,sac
has err "cần đủ 6 tên"
run 1 --db "$DB2" config set mau_giay A4
has err "không có thiết lập này"
check "the setting change is in the audit log" test "$(sqlite3 "$DB2" "SELECT actor||'|'||action||'|'||entity_id FROM audit_log WHERE action='setting'")" = "Lê Thị Hạnh|setting|tone_order"
check "the legal catalogue is pinned in the workspace" test "$(sqlite3 "$DB2" "SELECT count(*) FROM award_catalog")" -ge 15

# Text utilities.
run 0 text money 2340000
has out "Hai triệu ba trăm bốn mươi nghìn đồng"
run 0 text date 2025-01-05 --place "Hà Nội"
has out "Hà Nội, ngày 05 tháng 01 năm 2025"
run 0 text docno 5 TTr-UBND
has out "Số: 05/TTr-UBND"
OUT="$(printf 'Trần Thị Ánh\nLê Văn Đức\nNguyễn Anh\nPhạm Văn Dũng\n' | "$TDKT" text sort)"
check "text sort orders by tên" test "$OUT" = "$(printf 'Nguyễn Anh\nTrần Thị Ánh\nPhạm Văn Dũng\nLê Văn Đức')"
finish
