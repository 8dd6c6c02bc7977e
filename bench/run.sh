#!/usr/bin/env bash
# Benchmark: PartnerDocs vs Hugo on the same synthetic docset (../shared/bench/gen_corpus.py), in one run.
# usage: bench/run.sh [N=10000]   prints wall time and peak memory of build and check, and Hugo's build.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
OUT=bench/out/n$N
SHARED=../shared

[ -d "$OUT/partnerdocs/content" ] || python3 "$SHARED/bench/gen_corpus.py" "$OUT" "$N"
command -v hugo >/dev/null || { echo "bench: install Hugo first: apt-get install hugo" >&2; exit 2; }

dotnet publish src/PartnerDocs.Cli -c Release -o bench/out/bin --nologo -v q >/dev/null
CLI=bench/out/bin/PartnerDocs.Cli

measure() { # label, command...: prints "label  wall_s  peak_MB"
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o /tmp/partnerdocs-bench.time "$@" >/tmp/partnerdocs-bench.log 2>&1 || true
  read -r wall kb </tmp/partnerdocs-bench.time
  printf '%-28s %8.2f s %8.0f MB\n' "$label" "$wall" "$((kb / 1024))"
}

echo "corpus: N=$N topics x 3 locales ($OUT)"
rm -rf "$OUT/site-partnerdocs" "$OUT/site-nosearch" "$OUT/site-hugo"
measure "partnerdocs build" "$CLI" build "$OUT/partnerdocs/content" -o "$OUT/site-partnerdocs"
tail -n 1 /tmp/partnerdocs-bench.log
measure "partnerdocs build --no-search" "$CLI" build "$OUT/partnerdocs/content" -o "$OUT/site-nosearch" --no-search
measure "partnerdocs check" "$CLI" check "$OUT/partnerdocs/content" --format json --output /tmp/partnerdocs-bench-check.json
(cd "$OUT/hugo" && measure "hugo" hugo --quiet -d "$PWD/../site-hugo")
echo "pages: partnerdocs $(find "$OUT/site-partnerdocs" -name '*.html' | wc -l), hugo $(find "$OUT/site-hugo" -name '*.html' | wc -l)"
for locale in en-us es-es fr-fr; do
  index="$OUT/site-partnerdocs/$locale/search"
  if [ -d "$index" ]; then
    printf 'search index %s: %s files, %s bytes raw (a query loads a few; see bench/search.sh)\n' "$locale" "$(ls "$index" | wc -l)" "$(du -sb "$index" | cut -f1)"
  fi
done
