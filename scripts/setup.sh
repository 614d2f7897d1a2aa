#!/usr/bin/env bash
# Installs every Debian package tdkt needs to build, test and check its outputs (idempotent).
set -euo pipefail
pkgs=(build-essential cmake ninja-build pkg-config git
      libsqlite3-dev sqlite3 libicu-dev libpugixml-dev libzip-dev libdeflate-dev libpodofo-dev libxlsxwriter-dev
      libqpdf-dev libssl-dev libgtest-dev googletest
      qpdf poppler-utils python3-docx python3-openpyxl fonts-croscore)
# The test command also proves the clang 14 build (with ASan/UBSan and libFuzzer: libclang-rt-14-dev) and uses the sqlite3 shell to tamper with a workspace.
# LibreOffice is the independent reader that proves the DOCX files open and convert (check-docx --libreoffice)
# and that the XLSX workbooks open in Calc (converted to CSV in a test).
# podofosign (libpodofo-utils) and openssl fill an empty signature field of our PDF in a test; unzip reads packets
# back in the CLI scenarios. clang-format-14 and clang-tidy-14 check formatting and function sizes (tests/rules/).
if [ "${1:-}" = "--test" ]; then pkgs+=(clang-14 libclang-rt-14-dev libreoffice-writer-nogui libreoffice-calc-nogui libpodofo-utils openssl unzip clang-format-14 clang-tidy-14); fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "tdkt: cài đặt gói còn thiếu: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "tdkt: đủ gói phụ thuộc"
