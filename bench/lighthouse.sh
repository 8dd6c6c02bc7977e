#!/usr/bin/env bash
# Lighthouse scores of built pages: builds DOCSET, serves it on 127.0.0.1 only, audits each PAGE with Debian's chromium.
# usage: bench/lighthouse.sh [DOCSET] [PAGE...]   (default: content, en-us/billing.html es-es/billing.html fr-fr/billing.html)
#        PRESET=desktop bench/lighthouse.sh ...   (Lighthouse's default is a throttled phone)
set -euo pipefail
cd "$(dirname "$0")/.."
docset=${1:-content}
shift || true
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(en-us/billing.html es-es/billing.html fr-fr/billing.html)
out=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$out"' EXIT

# Lighthouse is a measuring tool, not a project dependency: it is installed once into a scratch folder.
lighthouse_dir=${LIGHTHOUSE_DIR:-/tmp/partnerdocs-lighthouse}
[ -x "$lighthouse_dir/node_modules/.bin/lighthouse" ] || npm install --prefix "$lighthouse_dir" --no-audit --no-fund --silent lighthouse@12.8.2

dotnet run --project src/PartnerDocs.Cli -- build "$docset" -o "$out/site" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$out/site" >/dev/null 2>&1 &
server=$!
sleep 1

for page in "${pages[@]}"; do
  CHROME_PATH=/usr/bin/chromium "$lighthouse_dir/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$page" --quiet ${PRESET:+--preset=$PRESET} \
    --chrome-flags="--headless --no-sandbox" --only-categories=performance,accessibility,best-practices,seo \
    --output=json --output-path="$out/report.json" 2>/dev/null
  python3 - "$page" "$out/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[2]))
scores = " ".join(f"{k}={round(v['score'] * 100)}" for k, v in report["categories"].items())
print(f"{sys.argv[1]}: {scores}")
for category in report["categories"].values():
    for ref in category["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1:
            print(f"  {ref['id']}: {audit['score']} {audit.get('displayValue', '')}")
PY
done
