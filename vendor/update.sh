#!/usr/bin/env bash
# Copies the browser files of the pinned lunr and lunr-languages npm packages into vendor/ (see vendor/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
rm -rf vendor/lunr vendor/lunr-languages
mkdir -p vendor/lunr vendor/lunr-languages
cp node_modules/lunr/{lunr.min.js,LICENSE,package.json} vendor/lunr/
cp node_modules/lunr-languages/lunr.*.js node_modules/lunr-languages/{LICENSE,package.json} vendor/lunr-languages/
echo "vendor: lunr $(node -p 'require("./vendor/lunr/package.json").version'), lunr-languages $(node -p 'require("./vendor/lunr-languages/package.json").version')"
