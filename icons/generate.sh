#!/usr/bin/env bash
# Regenerates every icon in this folder from phreplay.svg (see README.md).
# Tools (Debian 12 packages): rsvg-convert (librsvg2-bin) rasterises the SVG,
# icotool (icoutils) writes the multi-size .ico, png2icns (icnsutils) writes the .icns.
set -euo pipefail
cd "$(dirname "$0")"

readonly PNG_SIZES=(16 24 32 48 64 128 256 512 1024)
readonly ICO_SIZES=(16 24 32 48 64 128)    # stored as bitmaps; 256 is added as an embedded PNG
readonly ICNS_SIZES=(16 32 48 128 256 512 1024)

require() {
    command -v "$1" >/dev/null || { echo "generate.sh: $1 is missing; install it: apt-get install $2" >&2; exit 2; }
}

render_pngs() {                      # $1 = icon id in phreplay.svg
    mkdir -p "png/$1"
    for size in "${PNG_SIZES[@]}"; do
        rsvg-convert --export-id="$1" --width="$size" --height="$size" phreplay.svg -o "png/$1/$1-$size.png"
    done
}

write_ico() {                        # $1 = icon id; output: phreplay-<id>.ico
    local bitmaps=()
    for size in "${ICO_SIZES[@]}"; do bitmaps+=("png/$1/$1-$size.png"); done
    icotool --create --output="phreplay-$1.ico" "${bitmaps[@]}" --raw="png/$1/$1-256.png"
}

write_icns() {                       # $1 = icon id; output: phreplay-<id>.icns
    local images=()
    for size in "${ICNS_SIZES[@]}"; do images+=("png/$1/$1-$size.png"); done
    png2icns "phreplay-$1.icns" "${images[@]}" >/dev/null
}

require rsvg-convert librsvg2-bin
require icotool icoutils
require png2icns icnsutils
for icon in app document; do
    render_pngs "$icon"
    write_ico "$icon"
    write_icns "$icon"
done
echo "icons regenerated: $(ls png/app | wc -l) PNG sizes each for app and document, .ico and .icns"
