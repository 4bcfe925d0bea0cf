#!/usr/bin/env bash
# The phone screenshots in docs/reader-site.md: the English home, the Arabic home and an English
# story on a 390 × 844 screen, taken by Debian's headless Chromium from a running site.
#   ops/reader-screenshots.sh [BASE_URL] [OUTPUT_DIR]     (defaults: http://localhost:8080, docs/images)
# One CSS pixel per image pixel keeps each PNG small enough for the repository.
set -euo pipefail
base=${1:-http://localhost:8080}
out=${2:-"$(dirname "$0")/../docs/images"}
mkdir -p "$out"
story=$(curl -fsS "$base/api/v1/articles?edition=en&kind=news&size=1" \
  | grep -o "\"url\":\"[^\"]*/en/[^\"]*\"" | head -1 | sed 's/^"url":"//; s/"$//')
[ -n "$story" ] || { echo "no English news story at $base" >&2; exit 1; }
shoot() {
  chromium --headless=new --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars \
    --force-device-scale-factor=1 --window-size=390,844 --screenshot="$out/$1" "$2" >/dev/null 2>&1
  echo "$out/$1 ← $2"
}
shoot reader-phone-home-en.png "$base/en/"
shoot reader-phone-home-ar.png "$base/ar/"
shoot reader-phone-story-en.png "$story"
