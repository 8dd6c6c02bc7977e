#!/usr/bin/env bash
# Benchmark: PartnerDocs vs DocFX 2.81 on one locale of the real Partner Center docset (../shared/corpus/partner-center-full),
# interleaved (DocFX, PartnerDocs, DocFX, ...) so both see the same machine load; prints the median wall time and peak
# memory of each and the ratios PartnerDocs / DocFX.
# usage: bench/docfx.sh [LOCALE=es-es] [RUNS=5]   DocFX is installed with `dotnet tool install` into bench/out/docfx-tool.
set -euo pipefail
cd "$(dirname "$0")/.."
LOCALE=${1:-es-es}
RUNS=${2:-5}
CORPUS=../shared/corpus/partner-center-full/$LOCALE
OUT=$PWD/bench/out/docfx-$LOCALE
TOOL=bench/out/docfx-tool

[ -d "$CORPUS" ] || { echo "bench: $CORPUS not found" >&2; exit 2; }
[ -x "$TOOL/docfx" ] || dotnet tool install docfx --version 2.81.0 --tool-path "$TOOL" >/dev/null
dotnet publish src/PartnerDocs.Cli -c Release -o bench/out/bin --nologo -v q >/dev/null
CLI=$PWD/bench/out/bin/PartnerDocs.Cli
DOCFX=$PWD/$TOOL/docfx

# DocFX builds the locale folder as it is (its own docfx.json); PartnerDocs builds a docset holding that one locale.
rm -rf "$OUT" && mkdir -p "$OUT/docfx" "$OUT/partnerdocs"
cp -r "$CORPUS" "$OUT/docfx/$LOCALE"
cp -r "$CORPUS" "$OUT/partnerdocs/$LOCALE"
cat >"$OUT/partnerdocs/partnerdocs.yml" <<YML
sourceLocale: $LOCALE
basePath: /partner-center/
externalPaths: [/partner-center/develop/]
imageFallback: ../partner-center-pr.en-us/partner-center
YML

measure() { # label, command...: appends "wall_s peak_kB" to $OUT/<label>.times
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$OUT/time.tmp" "$@" >"$OUT/$label.log" 2>&1 || true
  tail -n 1 "$OUT/time.tmp" >>"$OUT/$label.times"  # GNU time puts "Command exited with non-zero status" first
}

for run in $(seq "$RUNS"); do
  rm -rf "$OUT/docfx/$LOCALE/partner-center" "$OUT/docfx/$LOCALE/obj" "$OUT/site"  # partner-center: the dest of its docfx.json
  (cd "$OUT/docfx/$LOCALE" && measure docfx "$DOCFX" build docfx.json)
  measure partnerdocs "$CLI" build "$OUT/partnerdocs" -o "$OUT/site"
  echo "run $run/$RUNS done"
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
docfx_wall=$(cut -d' ' -f1 "$OUT/docfx.times" | median); docfx_kb=$(cut -d' ' -f2 "$OUT/docfx.times" | median)
pd_wall=$(cut -d' ' -f1 "$OUT/partnerdocs.times" | median); pd_kb=$(cut -d' ' -f2 "$OUT/partnerdocs.times" | median)
echo "corpus: partner-center-full/$LOCALE, $RUNS interleaved runs, medians"
printf '%-22s %8.2f s %8.0f MB   %s pages\n' "DocFX 2.81 build" "$docfx_wall" "$((${docfx_kb%.*} / 1024))" "$(find "$OUT/docfx/$LOCALE/partner-center" -name '*.html' | wc -l)"
printf '%-22s %8.2f s %8.0f MB   %s pages\n' "PartnerDocs build" "$pd_wall" "$((${pd_kb%.*} / 1024))" "$(find "$OUT/site/$LOCALE" -name '*.html' | wc -l)"
awk -v a="$pd_wall" -v b="$docfx_wall" -v c="$pd_kb" -v d="$docfx_kb" 'BEGIN { printf "ratio PartnerDocs/DocFX: wall %.2f, peak memory %.2f\n", a / b, c / d }'
