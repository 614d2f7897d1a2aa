#!/usr/bin/env bash
# Command-line usage: help in Vietnamese for every command, version, and the documented exit codes.
source "$(dirname "$0")/lib/common.bash" "$@"
run 0 --version
has out "tdkt 0."
run 0 help
has out "Mã thoát: 0 thành công"
for c in movement data unit person legal audit check init text config forms render dossier nomination export import packet; do
  run 0 help "$c"
  check "help for $c is not empty" test -n "$OUT"
  run 0 "$c" --help
done
# Every "Xem: tdkt help CHỦ_ĐỀ" that a usage error points to must exist.
topics=$(grep -o 'usage([^;]*, "[a-z]*")' src/cli/cli.cpp | sed 's/.*, "\([a-z]*\)")$/\1/' | sort -u | grep .)
check "usage errors name help topics" test -n "$topics"
for c in $topics; do run 0 help "$c"; done
run 2
has out "Cách dùng: tdkt"
run 2 lenh-la
has err "lệnh không có: «lenh-la»"
run 2 movement
has err "thiếu lệnh con của «movement»"
run 2 movement validate
has err "cần ít nhất một tệp"
run 2 --khong-co movement list
has err "tùy chọn không có: --khong-co"
run 2 --now hom-nay movement list
has err "--now «hom-nay» không hợp lệ"
run 2 --as khongcohaicham movement list
finish
