#!/usr/bin/env bash
# Screenshots of the HTML error page, for review: `error-catalog docs --format html` of a
# catalog (Aerosync's unless CATALOG, relative to the repository, says otherwise), taken
# with headless Chromium at a phone's width (390 px) and a desktop's (1280 px), and
# printed to PDF.
#
#   bash docs/screenshot.sh [OUT_DIR]        # default: target/docs-screenshots
#
# Without Chromium (chromium, chromium-browser or google-chrome on PATH) it says so and
# exits 0: nothing in CI depends on it. PHONE_HEIGHT and DESKTOP_HEIGHT set how much of
# the page each screenshot shows (in CSS pixels).
set -euo pipefail
# OUT_DIR is relative to where the script is run; the default, to the repository.
out="${1:-}"
if [ -n "$out" ] && [ "${out#/}" = "$out" ]; then
    out="$PWD/$out"
fi
cd "$(dirname "$0")/.."
out="${out:-$PWD/target/docs-screenshots}"
catalog="${CATALOG:-catalogs/aerosync.toml}"

browser=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null; then
        browser="$candidate"
        break
    fi
done
if [ -z "$browser" ]; then
    echo "screenshot.sh: no chromium, chromium-browser or google-chrome on PATH; no screenshots taken" >&2
    exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
page="$work/$(basename "$catalog" .toml).html"
cargo run --quiet -p error-catalog-cli -- docs --format html "$catalog" >"$page"

mkdir -p "$out"
flags=(--headless --disable-gpu --hide-scrollbars --no-first-run --no-default-browser-check
    --user-data-dir="$work/profile" --force-device-scale-factor=1)
# Chromium's sandbox refuses to run as root (in containers, CI).
if [ "$(id -u)" = 0 ]; then
    flags+=(--no-sandbox)
fi

shoot() {
    local name="$1" width="$2" height="$3"
    "$browser" "${flags[@]}" --window-size="$width,$height" \
        --screenshot="$out/$name.png" "file://$page" >/dev/null 2>&1
    echo "$out/$name.png"
}
shoot phone-390 390 "${PHONE_HEIGHT:-2400}"
shoot desktop-1280 1280 "${DESKTOP_HEIGHT:-1800}"
"$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/print.pdf" \
    "file://$page" >/dev/null 2>&1
echo "$out/print.pdf"
