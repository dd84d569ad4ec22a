#!/bin/sh
# Writes src/charts/fonts/Inter-{Regular,Bold}-latin.ttf: Inter cut down to the Latin scripts,
# keeping the layout features a text engine applies by default (kerning, contextual forms
# such as the raised colon between capitals, ligatures). resvg reads a font file again for every run of text it lays out, so
# a 59 KB font instead of the 340 KB full one makes a chart with fifty labels rasterise in
# about two thirds of the CPU time, with identical pixels (tests/charts/png-fonts.test.ts).
# The full Inter stays behind them as the fallback for any other character.
# Needs fontTools (Debian: apt-get install python3-fonttools). Only run it to change the cut;
# the build uses the committed files. Inter is under the SIL Open Font License 1.1, which
# allows subsetting; see src/charts/fonts/README.md.
set -eu
cd "$(dirname "$0")/.."
ranges='U+0000-017F,U+0218-021B,U+0300-036F,U+1E80-1E85,U+1EF2-1EF3,U+2000-206F,U+20A0-20CF,U+2100-2122,U+2190-2193,U+2212,U+2248,U+2260-2265,U+25A0-25CF'
for weight in Regular:400Regular Bold:700Bold; do
  name=${weight%%:*}; dir=${weight##*:}
  /usr/bin/python3 -m fontTools.subset "node_modules/@expo-google-fonts/inter/$dir/Inter_$dir.ttf" \
    --unicodes="$ranges" --output-file="src/charts/fonts/Inter-$name-latin.ttf"
done
