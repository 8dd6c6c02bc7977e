#!/usr/bin/env bash
# Start-up benchmark: the packaged tool (Native AOT, installed with `dotnet tool install`) against Hugo on a small docset,
# runs interleaved, median wall time of each and the ratio. A JIT-only publish of the same code is measured too.
# usage: bench/startup.sh [N=10] [RUNS=15]   (N topics x 3 locales: N=10 is 33 pages)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10}
RUNS=${2:-15}
OUT=bench/out/startup
CORPUS=$OUT/n$N
command -v hugo >/dev/null || { echo "bench: install Hugo first: apt-get install hugo" >&2; exit 2; }

[ -d "$CORPUS/partnerdocs/content" ] || python3 ../shared/bench/gen_corpus.py "$CORPUS" "$N" >/dev/null
rm -rf "$OUT/nupkg" "$OUT/tool" "$OUT/jit"
dotnet pack src/PartnerDocs.Cli -c Release -o "$OUT/nupkg" --nologo -v q >/dev/null
dotnet tool install --tool-path "$OUT/tool" --add-source "$OUT/nupkg" PartnerDocs.Tool >/dev/null
dotnet publish src/PartnerDocs.Cli -c Release -o "$OUT/jit" --nologo -v q >/dev/null

content=$PWD/$CORPUS/partnerdocs/content
site=$PWD/$OUT/site
declare -A commands=(
  [hugo]="cd $CORPUS/hugo && hugo --quiet -d $site/hugo"
  [partnerdocs]="$OUT/tool/partnerdocs build $content -o $site/aot"
  [partnerdocs-jit]="$OUT/jit/PartnerDocs.Cli build $content -o $site/jit"
)
order=(hugo partnerdocs partnerdocs-jit)
times=$(mktemp)
for run in $(seq 1 "$RUNS"); do
  # Rotate the order each round so no tool always runs right after another.
  for i in 0 1 2; do
    name=${order[$(( (i + run) % 3 ))]}
    start=$(date +%s%N)
    (eval "${commands[$name]}") >/dev/null 2>&1
    echo "$name $(( ($(date +%s%N) - start) / 1000000 ))" >>"$times"
  done
done

echo "startup: N=$N topics x 3 locales ($(find "$site/aot" -name '*.html' -path '*/topic-*' | wc -l) topic pages + index pages), $RUNS interleaved runs, median wall ms"
python3 - "$times" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    name, ms = line.split()
    runs.setdefault(name, []).append(int(ms))
median = {name: statistics.median(ms) for name, ms in runs.items()}
for name in ("hugo", "partnerdocs", "partnerdocs-jit"):
    print(f"{name:18} {median[name]:7.0f} ms   ({min(runs[name])}-{max(runs[name])})   {median[name] / median['hugo']:.2f}x hugo")
PY
rm -f "$times"
