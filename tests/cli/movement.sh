#!/usr/bin/env bash
# Movement definitions through the CLI: validate, import (all or nothing), list, show, errors and exit codes.
source "$(dirname "$0")/lib/common.bash" "$@"
DB="$WORK/w.db"

run 0 movement validate examples/movements/000-hon-quan-cchc-2024.json examples/movements/001-trung-luong-cuoc-thi-sang-kien-2024.json \
  examples/movements/002-hung-yen-dan-van-chinh-quyen-2024.json examples/movements/003-quang-ngai-cchc-2021-2025.json \
  examples/movements/004-phu-my-cchc-2021-2025.json
has out "ĐẠT  examples/movements/002-hung-yen-dan-van-chinh-quyen-2024.json: HY-DVCQ-2024 — Số: 169/KH-UBND"
has out "văn bản áp dụng theo ngày ban hành: Nghị định số 91/2017/NĐ-CP"
has out "văn bản áp dụng theo ngày ban hành: Nghị định số 98/2023/NĐ-CP"

# A broken copy: wrong type, a misspelt field, an unknown award reference.
sed -e 's/"number": 169/"number": "169"/' -e 's/"recipients"/"recipient"/' -e 's/"awards": \["bk-hang-nam"/"awards": ["bk-nam"/' \
  examples/movements/002-hung-yen-dan-van-chinh-quyen-2024.json > "$WORK/hong.json"
run 1 movement validate "$WORK/hong.json"
has out "LỖI  $WORK/hong.json"
has err "hong.json:10:15: lỗi: trường «document.number»: phải là số nguyên, nhưng là chuỗi"
has err $'    "number": "169",\n                  ^'  # the line itself, with a caret under the value
has err "trường «recipient»: trường không được hỗ trợ (gợi ý: có phải ý bạn là «recipients»?)"
has err "hình thức «bk-nam» chưa khai báo trong «awards»"
has err "trường «recipients»: thiếu trường bắt buộc"

# Nothing is imported when one file of the batch is bad.
run 1 --db "$DB" movement import examples/movements/004-phu-my-cchc-2021-2025.json "$WORK/hong.json"
has out "Không nhập tệp nào vì có lỗi."
run 0 --db "$DB" movement list
has out "Chưa có phong trào nào"

run 0 --db "$DB" --as "can_bo_tdkt:Nguyễn Thị Hoa" movement import examples/movements/*.json
has out "Đã nhập 5 phong trào"
run 0 --db "$DB" movement list
has out "PM-CCHC-2021-2025"
has out "TL-SK-CCHC-2024"
run 0 --db "$DB" movement show HY-DVCQ-2024
has out "Số: 169/KH-UBND"
has out "Hưng Yên, ngày 05 tháng 11 năm 2024"
has out "tổng không quá 10"
has out "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH: Trần Quốc Văn"
run 0 --db "$DB" movement show HQ-CCHC-2024
NB7=$(printf '\xc2\xa0%.0s' 1 2 3 4 5 6 7)  # the blanks are no-break spaces, kept by every template
has out "Hớn Quản, ngày${NB7}tháng${NB7}năm 2024"
has out "05 tập thể"
# The plan as issued: its number and date are written once, in the plan's year, audited.
run 1 --db "$DB" movement issued HQ-CCHC-2024 --number 0 --date 2024-01-22
has err "số «0» không hợp lệ"
run 1 --db "$DB" movement issued HQ-CCHC-2024 --number 15 --date 2023-12-29
has err "không thuộc năm 2024"
run 0 --db "$DB" movement issued HQ-CCHC-2024 --number 15 --date 2024-01-22
has out "số 15/KH-UBND ngày 22/01/2024"
run 0 --db "$DB" movement show HQ-CCHC-2024
has out "Hớn Quản, ngày 22 tháng 01 năm 2024"
run 4 --db "$DB" movement issued HQ-CCHC-2024 --number 16 --date 2024-01-22
has err "đã có số 15/KH-UBND ngày 22/01/2024"
run 0 --db "$DB" audit verify
check "the issue is in the audit log" /usr/bin/python3 -c '
import sqlite3,sys; c=sqlite3.connect(sys.argv[1])
assert c.execute("SELECT count(*) FROM audit_log WHERE action=? AND entity_id=?", ("movement_issued", "HQ-CCHC-2024")).fetchone()[0] == 1' "$DB"
run 3 --db "$DB" movement show KHONG-CO
has err "không có phong trào mã «KHONG-CO»"

# JSON output is valid JSON with the same facts.
run 0 --db "$DB" --json movement show PM-CCHC-2021-2025
check "JSON output parses and carries the movement" /usr/bin/python3 -c '
import json,sys; d=json.loads(sys.argv[1]); assert d["movement"]["document"]["number"]==69 and d["exit"]==0' "$OUT"

# Syntax error and non-UTF-8 input.
printf '{\n  "schema": "tdkt.movement/1",\n  "code": "X"\n  "kind": "phong_trao"\n}\n' > "$WORK/cu-phap.json"
run 1 movement validate "$WORK/cu-phap.json"
has err "cu-phap.json:4:3: lỗi: JSON không hợp lệ: thiếu dấu «,» hoặc «}» sau giá trị của trường «code»"
printf '{"name": "Ph\xfa M\xfd"}' > "$WORK/latin1.json"
run 1 movement validate "$WORK/latin1.json"
has err "latin1.json:1:13: lỗi: văn bản không phải UTF-8 hợp lệ"
run 1 movement validate "$WORK/khong-co-tep.json"
has err "không tìm thấy tệp"
finish
