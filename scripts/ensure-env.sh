#!/usr/bin/env bash
# Set up what the app and its tests need, installing only what is missing:
#   system packages (checked with dpkg -s; apt-get as root or through sudo), then .venv
#   (created on first use; pip runs again only when pyproject.toml changed).
# Usage: scripts/ensure-env.sh run|test
set -euo pipefail
cd "$(dirname "$0")/.."
purpose="${1:-test}"

# fonts-wqy-microhei: Chinese glyphs. poppler-utils: pdftotext/pdftoppm for print checks.
# libxcb-icccm4/libxcb-keysyms1: Qt's xcb plugin on a real display. binutils: PyInstaller strip.
pkgs=(fonts-wqy-microhei poppler-utils binutils)
if [ "$purpose" = run ]; then pkgs+=(libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0); fi

if command -v dpkg >/dev/null 2>&1; then
  missing=()
  for p in "${pkgs[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "installing system packages: ${missing[*]}"
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  echo "note: not a Debian system; install a CJK font (e.g. WenQuanYi Micro Hei) and poppler yourself" >&2
fi

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "creating .venv"
  "$PY" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  echo "installing Python packages into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[dev,hub]'
  rm -f .venv/.installed-*
  touch "$stamp"
fi
