#!/usr/bin/env bash
# The browser tests drive Debian's Chromium headless shell (tests/e2e/chromium.ts;
# Playwright's own download cannot be fetched here). Install it when missing and
# we may; otherwise say how. The bench (npm run bench) uses the full `chromium`.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium-headless-shell}"
[ -x "$browser" ] && exit 0
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable Chromium." >&2
  exit 1
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium-headless-shell for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell >/dev/null
  exit 0
fi
echo "No Chromium at $browser. Install it (sudo apt-get install -y chromium-headless-shell) or set CHROMIUM_PATH." >&2
exit 1
