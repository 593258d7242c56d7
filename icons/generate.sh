#!/usr/bin/env bash
# Renders icons/partita.svg into the PNG set, partita.ico (Windows) and partita.icns (macOS), and copies the sizes
# the window uses into the app's resources. Needs ImageMagick 6 (Debian: apt-get install imagemagick) and python3.
# Run after editing the SVG and commit the results: the build does not render icons.
set -euo pipefail
cd "$(dirname "$0")"
# Debian's ImageMagick by full path: another 'convert' may come first on PATH.
CONVERT=${CONVERT:-/usr/bin/convert}
SIZES="16 24 32 48 64 128 256 512 1024"
mkdir -p png
for s in $SIZES; do
    # A high density renders the vector at (at least) the target size before scaling, so small sizes stay sharp.
    "$CONVERT" -background none -density 384 partita.svg -resize "${s}x${s}" -strip "png/partita-${s}.png"
done
"$CONVERT" png/partita-16.png png/partita-24.png png/partita-32.png png/partita-48.png png/partita-64.png \
    png/partita-128.png png/partita-256.png partita.ico
python3 icns.py partita.icns png
res=../src/main/resources/io/partita/ui
for s in 16 32 48 64 128 256; do
    cp "png/partita-${s}.png" "$res/partita-${s}.png"
done
cp partita.svg "$res/partita-icon.svg"
ls -l partita.ico partita.icns png
