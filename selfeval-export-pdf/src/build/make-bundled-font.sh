#!/bin/sh
# Rebuilds the bundled font src/main/resources/io/github/selfeval/export/pdf/internal/fonts/wqy-microhei-gbk.ttf.
#
# Source: Debian package fonts-wqy-microhei 0.2.0-beta-3.1 (WenQuanYi Micro Hei, Apache-2.0),
# /usr/share/fonts/truetype/wqy/wqy-microhei.ttc. Needs python3-fonttools (4.38).
#
# What it keeps and why:
#  - face 0 only ("WenQuanYi Micro Hei"; face 1 is the monospaced variant, not needed);
#  - every character of the GBK code page (21,886 code points, 20,902 CJK ideographs: all of GB2312,
#    the 通用规范汉字表 characters within the BMP basic block, traditional forms), plus ASCII,
#    Latin-1, Greek, Cyrillic, general punctuation, letterlike symbols, number forms, arrows, maths
#    operators (≥ ≤), enclosed numerals ①, box drawing, geometric shapes, CJK symbols and
#    punctuation, kana, bopomofo, enclosed CJK, CJK compatibility forms, and half/full-width forms
#    (％ ； ， etc.);
#  - no hinting, no OpenType layout tables (PDF viewers do not use them for this text), no vertical
#    metrics: 4.6 MB (face 0) -> 3.1 MB (1.6 MB compressed in the jar).
# Characters outside this set are reported as FONT_MISSING_GLYPH, never drawn as boxes.
set -eu
SRC=${1:-/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}
OUT=${2:-$(dirname "$0")/../main/resources/io/github/selfeval/export/pdf/internal/fonts/wqy-microhei-gbk.ttf}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 - "$SRC" "$TMP" <<'PY'
import sys
from fontTools.ttLib import TTCollection
src, tmp = sys.argv[1], sys.argv[2]
TTCollection(src).fonts[0].save(tmp + "/face0.ttf")
cps = []
for cp in range(0x20, 0x10000):
    if 0xD800 <= cp < 0xE000:
        continue
    try:
        chr(cp).encode("gbk")
        cps.append("U+%04X" % cp)
    except UnicodeEncodeError:
        pass
open(tmp + "/gbk.txt", "w").write(" ".join(cps))
PY
EXTRA="U+0020-007E,U+00A0-00FF,U+02C7,U+02C9-02CB,U+0391-03C9,U+0401-0451,U+2000-206F,U+2100-214F,U+2150-218F,U+2190-21FF,U+2200-22FF,U+2312,U+2460-24FF,U+2500-257F,U+25A0-25FF,U+2600-26FF,U+3000-303F,U+3040-30FF,U+3100-312F,U+3200-33FF,U+FE30-FE4F,U+FE50-FE6F,U+FF00-FFEF"
python3 -m fontTools.subset "$TMP/face0.ttf" --unicodes-file="$TMP/gbk.txt" --unicodes="$EXTRA" \
  --no-hinting --layout-features='' --drop-tables+=GSUB,GPOS,GDEF,FFTM,vhea,vmtx,gasp \
  --name-IDs='*' --name-languages='*' --notdef-outline --output-file="$OUT"
ls -l "$OUT"
