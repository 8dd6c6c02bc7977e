#!/usr/bin/env bash
# Issue 16 benchmark: PartnerDocs vs Hugo on ../shared/bench/gen_corpus.py docsets, interleaved in one run (the machine is
# shared and noisy: compare the ratios). usage: bench/speed.sh [SIZES="1000 10000"] [REPS=2]
# Prints per size: build with search, build --no-search, check, Hugo (median wall, peak memory, CPU), the ratios, and at
# the largest size serve start-up and edit latency (bench/serve_latency.py polls the served page after each edit);
# SKIP_SERVE=1 leaves the serve part out. It measures the shipped form, Native AOT (a few minutes to compile); JIT=1
# measures a plain JIT publish instead, for quick iterations.
# Every run writes a fresh output folder; they stay in bench/out until the next bench run deletes them at its start and
# then waits 400 s before measuring: ext4 without a journal (as here) skips inodes freed in the last 60 s when it
# allocates new ones, 360 s while their inode table block is dirty, and every file created next to them dirties it
# again, so a tool run within ~6 minutes of a large deletion pays in every file it creates, whichever tool it is (here
# 3,000 files took 2.5 s right after a delete, 0.16 s once it had aged; a 10,000 x 3 build took 8.2-9.2 s from 75 to
# 225 s after deleting 190,000 files, with a `sync` before each, 6.5 s at 300 s and 5.0 s at 375 s).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${1:-"1000 10000"}
REPS=${2:-2}
command -v hugo >/dev/null || { echo "bench: install Hugo first: apt-get install hugo" >&2; exit 2; }
if [ -n "${JIT:-}" ]; then
  dotnet publish src/PartnerDocs.Cli -c Release -o bench/out/bin --nologo -v q >/dev/null
else
  dotnet publish src/PartnerDocs.Cli -c Release -r "$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')" -p:PublishAot=true -o bench/out/bin --nologo -v q >/dev/null
fi
CLI=$PWD/bench/out/bin/PartnerDocs.Cli
TIMES=$(mktemp)

clean_sites() { # removes earlier runs' output folders, then waits until ext4 reuses their inodes freely
  if compgen -G "bench/out/n*/sites-*" >/dev/null; then
    rm -rf bench/out/n*/sites-*
    sync
    sleep 400
  fi
}

run() { # size label command...: appends "size label wall_s peak_MB cpu_s" to $TIMES
  local size=$1 label=$2; shift 2
  sync # the previous run's output is written back before this one starts, not while it runs (two cores: it would take one)
  /usr/bin/time -f "%e %M %U %S" -o /tmp/partnerdocs-speed.time "$@" >/tmp/partnerdocs-speed.log 2>&1 || true
  read -r wall kb user sys </tmp/partnerdocs-speed.time
  echo "$size $label $wall $((kb / 1024)) $(echo "$user + $sys" | bc)" >>"$TIMES"
}

clean_sites
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg); $(hugo version | cut -d' ' -f1-2)"
for n in $SIZES; do
  out=bench/out/n$n
  [ -d "$out/partnerdocs/content" ] || python3 ../shared/bench/gen_corpus.py "$out" "$n" >/dev/null
  for rep in $(seq "$REPS"); do
    run "$n" build "$CLI" build "$out/partnerdocs/content" -o "$out/sites-$rep/pd"
    (cd "$out/hugo" && run "$n" hugo hugo --quiet -d "$PWD/../sites-$rep/hugo")
    run "$n" check "$CLI" check "$out/partnerdocs/content" --format json --output /tmp/partnerdocs-speed-check.json
    run "$n" build-no-search "$CLI" build "$out/partnerdocs/content" -o "$out/sites-$rep/nosearch" --no-search
  done
done

python3 - "$TIMES" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
sizes = sorted({int(r[0]) for r in rows})
def walls(n, label):
    return [float(r[2]) for r in rows if int(r[0]) == n and r[1] == label]
def med(n, label, i):
    return statistics.median(float(r[i]) for r in rows if int(r[0]) == n and r[1] == label)
print(f"{'work':<34}{'PartnerDocs':>14}{'Hugo':>10}{'ratio':>8}{'PD peak':>10}{'Hugo peak':>11}{'PD CPU':>9}{'Hugo CPU':>10}")
for n in sizes:
    h = med(n, "hugo", 2)
    for label in ["build", "build-no-search"]:
        w = med(n, label, 2)
        print(f"{f'{label} {n:,} x 3':<34}{w:>12.2f} s{h:>8.2f} s{w / h:>8.2f}{med(n, label, 3):>7.0f} MB{med(n, 'hugo', 3):>8.0f} MB{med(n, label, 4):>7.1f} s{med(n, 'hugo', 4):>8.1f} s")
    c, b = med(n, "check", 2), med(n, "build", 2)
    print(f"{f'check {n:,} x 3':<34}{c:>12.2f} s{'':>10}{'':>8}{med(n, 'check', 3):>7.0f} MB{'':>11}{med(n, 'check', 4):>7.1f} s   check/build {c / b:.2f}")
    # The machine's speed drifts between rounds; tools run back to back within a round, so each round's own ratios show the spread.
    build, hugo, check = (walls(n, label) for label in ["build", "hugo", "check"])
    print(f"{'  each round:':<34}build/Hugo {' '.join(f'{x / y:.2f}' for x, y in zip(build, hugo))};"
          f" check/build {' '.join(f'{x / y:.2f}' for x, y in zip(check, build))}")
PY
rm -f "$TIMES"
[ -n "${SKIP_SERVE:-}" ] && exit 0
largest=$(echo "$SIZES" | tr ' ' '\n' | sort -n | tail -1)
echo "serve at $largest x 3:"
python3 bench/serve_latency.py "$CLI" "bench/out/n$largest/partnerdocs/content"
