#!/usr/bin/env bash
# Search benchmark, PartnerDocs vs Pagefind 1.6.0 side by side on the same built site (10,000 topics x 3 locales):
# index build time (wall and CPU) and peak memory, in interleaved rounds; bytes for a first and a second query;
# and the ranking quality (MRR) of the judged queries for content/.
# usage: bench/search.sh [N=10000] [ROUNDS=2]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
ROUNDS=${2:-2}
SHARED=$(cd .. && pwd)/shared
WORK=${TMPDIR:-/tmp}/partnerdocs-search-bench
PAGEFIND=${PAGEFIND_DIR:-$WORK/pagefind}
mkdir -p "$WORK"

dotnet publish src/PartnerDocs.Cli -c Release -o "$WORK/bin" --nologo -v q >/dev/null
ln -sfn "$PWD/node_modules" "$WORK/bin/node_modules"
CLI=$WORK/bin/PartnerDocs.Cli
[ -x "$PAGEFIND/node_modules/.bin/pagefind" ] || (mkdir -p "$PAGEFIND" && cd "$PAGEFIND" && npm init -y >/dev/null && npm install --no-audit --no-fund pagefind@1.6.0 >/dev/null)
GEN=$WORK/gen$N/partnerdocs/content
[ -d "$GEN" ] || python3 "$SHARED/bench/gen_corpus.py" "$WORK/gen$N" "$N" >/dev/null
SITE=$WORK/site

# Prints: label, wall s, CPU s (user+sys), peak MB; keeps the command's output in $WORK/log.
measure() {
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" >"$WORK/log" 2>&1
  read -r wall user sys kb <"$WORK/time"
  printf '%-30s wall %7.2f s  cpu %7.2f s  peak %5d MB  %s\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$((kb / 1024))" \
    "$(grep '^search: indexed' "$WORK/log" || true)"
}

echo "== $N topics x 3 locales: $ROUNDS interleaved rounds (the machine is shared: compare within a round)"
for round in $(seq "$ROUNDS"); do
  echo "-- round $round"
  measure "partnerdocs build --no-search" "$CLI" build "$GEN" -o "$SITE-nosearch" --no-search
  measure "partnerdocs build" "$CLI" build "$GEN" -o "$SITE"
  rm -rf "$SITE/pagefind"
  measure "pagefind 1.6.0 --site" "$PAGEFIND/node_modules/.bin/pagefind" --site "$SITE"
done
printf 'partnerdocs index: %d files, %d B; pagefind: %d files, %d B\n' \
  "$(find "$SITE"/*/search -type f | wc -l)" "$(du -cb "$SITE"/*/search | tail -1 | cut -f1)" \
  "$(find "$SITE/pagefind" -type f | wc -l)" "$(du -sb "$SITE/pagefind" | cut -f1)"

for locale_queries in "es-es:factura,suscripción" "en-us:invoice,subscription"; do
  PARTNERDOCS_SEARCH_BENCH_SITE=$SITE PARTNERDOCS_SEARCH_BENCH_LOCALE=${locale_queries%%:*} \
  PARTNERDOCS_SEARCH_BENCH_QUERIES=${locale_queries#*:} \
    dotnet test tests/PartnerDocs.Site.Tests --filter "FullyQualifiedName~SearchBenchmark" \
    --logger "console;verbosity=detailed" --nologo 2>&1 | grep '^bench:' | sort -u || true
done

echo "== ranking: judged queries for content/"
rm -rf "$WORK/content-site" && "$CLI" build content -o "$WORK/content-site" >/dev/null
node tests/PartnerDocs.Search.Tests/node/judged-mrr.js "$WORK/content-site" tests/PartnerDocs.Search.Tests/judged-queries.json
