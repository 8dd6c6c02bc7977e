#!/usr/bin/env bash
# Search benchmark: index build time and size (raw, gzipped) for the real corpus and the 10,000-topic docset,
# browser load-to-first-result, and Pagefind on the same built sites (installed outside the repo).
# usage: bench/search.sh [N=10000]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
SHARED=$(cd .. && pwd)/shared
WORK=${TMPDIR:-/tmp}/partnerdocs-search-bench
PAGEFIND=${PAGEFIND_DIR:-/tmp/pagefind}
mkdir -p "$WORK"

dotnet publish src/PartnerDocs.Cli -c Release -o bench/out/bin --nologo -v q >/dev/null
CLI=$PWD/bench/out/bin/PartnerDocs.Cli

# Corpora: the real one copied out of ../shared with Spanish as the source; the generated one reused or made outside the repo.
rm -rf "$WORK/real" && cp -r "$SHARED/corpus/partner-center-21vianet" "$WORK/real"
printf 'title: Partner Center\nsourceLocale: es-es\n' >"$WORK/real/partnerdocs.yml"
GEN=../main/bench/out/n$N/partnerdocs/content
[ -d "$GEN" ] || { [ -d "$WORK/gen$N/partnerdocs/content" ] || python3 "$SHARED/bench/gen_corpus.py" "$WORK/gen$N" "$N"; GEN=$WORK/gen$N/partnerdocs/content; }

measure() { # label, command...: prints the command's last lines, wall time and peak memory
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >"$WORK/log" 2>&1
  read -r wall kb <"$WORK/time"
  printf '%-36s %7.2f s %6d MB   %s\n' "$label" "$wall" "$((kb / 1024))" "$(grep '^search:' "$WORK/log" || true)"
}

sizes() { # site: index and docs sizes per locale, and what one query loads with lunr
  for index in "$1"/*/search-index.json; do
    local locale=$(basename "$(dirname "$index")") docs=$(dirname "$index")/search-docs.json
    printf '  %s index %9d B raw %8d B gz | docs %8d B raw %7d B gz\n' "$locale" \
      "$(stat -c %s "$index")" "$(gzip -9c "$index" | wc -c)" "$(stat -c %s "$docs")" "$(gzip -9c "$docs" | wc -c)"
  done
  local d=$1/es-es; [ -d "$d" ] || d=$(dirname "$(ls "$1"/*/search-index.js | head -1)")
  local lang=$(basename "$d" | cut -d- -f1)
  local files=("$1/assets/lunr/lunr.min.js" "$1/assets/lunr/lunr.stemmer.support.js" "$d/search-index.js" "$d/search-docs.js")
  [ -f "$1/assets/lunr/lunr.$lang.js" ] && files+=("$1/assets/lunr/lunr.$lang.js")
  printf '  lunr, one query on %s: %d B raw, %d B gz\n' "$(basename "$d")" "$(cat "${files[@]}" | wc -c)" \
    "$(for f in "${files[@]}"; do gzip -9c "$f"; done | wc -c)"
}

[ -x "$PAGEFIND/node_modules/.bin/pagefind" ] || (mkdir -p "$PAGEFIND" && cd "$PAGEFIND" && npm init -y >/dev/null && npm install --no-audit --no-fund pagefind >/dev/null)

for corpus in real:"$WORK/real" gen$N:"$GEN"; do
  name=${corpus%%:*}; src=${corpus#*:}; site=$WORK/site-$name
  echo "== $name ($src)"
  measure "partnerdocs build --no-search" "$CLI" build "$src" -o "$site" --no-search
  measure "partnerdocs build" "$CLI" build "$src" -o "$site"
  sizes "$site"
  rm -rf "$site/pagefind"
  measure "pagefind --site" "$PAGEFIND/node_modules/.bin/pagefind" --site "$site"
  printf '  pagefind folder: %d B in %d files\n' "$(du -sb "$site/pagefind" | cut -f1)" "$(find "$site/pagefind" -type f | wc -l)"
  PARTNERDOCS_SEARCH_BENCH_SITE=$site dotnet test tests/PartnerDocs.Tests --filter "FullyQualifiedName~SearchBenchmark" \
    --logger "console;verbosity=detailed" --nologo 2>&1 | grep '^bench:' || true
done
