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
# Every topic the overview lists has its help (the unit test CliCommands checks each command's topic is listed).
run 0 help
topics=$(printf '%s\n' "$OUT" | sed -n 's/^Chủ đề trợ giúp (tdkt help CHỦ_ĐỀ): \(.*\)\.$/\1/p' | tr ',' ' ')
check "the overview lists help topics" test -n "$topics"
for c in $topics; do
  run 0 help "$c"
  has out "tdkt $c"
done
run 0 help reference
has out "| \`dossier create --movement MÃ"
# An option the command does not declare is a usage error, not silently ignored.
run 2 --db "$WORK/x.db" unit list --round 2024
has err "tùy chọn --round không dùng với lệnh «tdkt unit list»"
run 2 dossier show
has err "cách dùng: tdkt dossier show SỐ"
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
