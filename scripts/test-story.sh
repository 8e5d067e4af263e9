#!/usr/bin/env bash
# The browser suite's generic specs (playwright.config.ts, GENERIC) on another story folder:
# builds the site and the offline copy from that folder alone, beside the default story's,
# checks that they carry nothing of the default story, and runs the specs against them.
# Usage: bash scripts/test-story.sh tests/fixtures/visayas
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:?usage: scripts/test-story.sh <story folder>}"
name="$(basename "$dir")"
export STORY="$dir"
OUT_DIR="dist-$name" npx tsx scripts/build.ts
OFFLINE_OUT_DIR="dist-$name-offline" npx tsx scripts/build-offline.ts
if [ "$(realpath "$dir")" != "$(realpath data)" ]; then
  npx tsx scripts/lib/foreign-names.ts "dist-$name" data
  npx tsx scripts/lib/foreign-names.ts "dist-$name-offline" data
fi
E2E_DIST="dist-$name" E2E_OFFLINE_FILE="dist-$name-offline/index.html" E2E_PORT="${E2E_PORT:-4174}" npx playwright test
