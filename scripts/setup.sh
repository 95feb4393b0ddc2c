#!/usr/bin/env bash
# 新机器一次性准备：系统软件包（Debian/统信UOS/麒麟：Chromium、中文字体、PDF 工具、LibreOffice Calc 与 Carlito 字体）+ npm 依赖
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
{ command -v fc-list >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; } || need+=(fonts-noto-cjk)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v libreoffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
# Calibri 的等宽替身：LibreOffice 按 Excel 的字宽排台账（没有它时按更宽的字体排，打印字号偏小）
{ command -v fc-list >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'Carlito'; } || need+=(fonts-crosextra-carlito)
if [ ${#need[@]} -gt 0 ]; then
  echo "安装系统软件包：${need[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

npm ci --no-audit --no-fund
