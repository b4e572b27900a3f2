#!/usr/bin/env bash
# Renders every icon file in assets/icons/ from assets/icons/casustafel.svg. Not part of the build: run it
# by hand after changing the SVG and commit the results (the build and the installers use the files as they are).
# Needs Debian's librsvg2-bin (rsvg-convert), icnsutils (png2icns) and icoutils (icotool):
#   sudo apt-get install -y librsvg2-bin icnsutils icoutils
set -euo pipefail
cd "$(dirname "$0")/../../assets/icons"
svg=casustafel.svg
for tool in rsvg-convert png2icns icotool; do
  command -v "$tool" >/dev/null || { echo "missing $tool (see the comment at the top of $0)" >&2; exit 1; }
done
# PNG: window icons (16-256, copied into the jar by the pom), the Linux installer icon (512), and the sources
# of the .ico and .icns files.
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" "$svg" --output "casustafel-$size.png"
done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
rsvg-convert --width 1024 --height 1024 "$svg" --output "$tmp/casustafel-1024.png"
# Windows: one .ico with the sizes Explorer and the Start menu ask for (256 stored as PNG).
icotool --create --output casustafel.ico \
  casustafel-16.png casustafel-24.png casustafel-32.png casustafel-48.png casustafel-64.png casustafel-128.png \
  --raw=casustafel-256.png
# macOS: .icns with the sizes png2icns knows (16, 32, 48, 128, 256, 512, 1024).
png2icns casustafel.icns casustafel-16.png casustafel-32.png casustafel-48.png casustafel-128.png \
  casustafel-256.png casustafel-512.png "$tmp/casustafel-1024.png" >/dev/null
ls -l casustafel*
