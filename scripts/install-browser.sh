#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing (needs root or sudo).
# Playwright drives this system Chromium; it never downloads a browser of its own.
set -euo pipefail
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi "noto"; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "chromium not found and not root: browser tests will be skipped (apt-get install chromium)" >&2
    exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive
# Arabic-capable fonts so pages (and the screenshots the tests save) render Arabic properly.
# A failure here is not fatal: the browser tests then skip and say why.
if ! { $SUDO apt-get update -qq >/dev/null && \
       $SUDO apt-get install -y -qq chromium fonts-noto-ui-core fonts-hosny-amiri >/dev/null; }; then
  echo "warning: could not install chromium with apt-get; browser tests will be skipped" >&2
fi
