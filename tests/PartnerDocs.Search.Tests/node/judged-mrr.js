// Mean reciprocal rank of judged queries over a built site's split indexes, searched as the results page does
// (search-engine.js, accent-free aliases on). Usage: node judged-mrr.js SITE JUDGMENTS.json [OUT.json]
// Prints one line per locale and each query whose wanted page is not first; writes {locale: mrr} to OUT when given.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const repoRoot = path.resolve(__dirname, '../../..');
const load = name => require(path.join(repoRoot, 'node_modules', name));
const lunr = load('lunr');
load('lunr-languages/lunr.stemmer.support')(lunr);
for (const language of ['es', 'fr', 'de']) load(`lunr-languages/lunr.${language}`)(lunr);
const api = require(path.join(repoRoot, 'templates', 'default', 'assets', 'search-engine.js'))(lunr);

const [site, judgments, output] = process.argv.slice(2);

function readData(folder, name) {
  let data;
  vm.runInNewContext(fs.readFileSync(path.join(folder, name + '.js'), 'utf8'), { partnerDocsSearch: { receive: (n, d) => { data = d; } } });
  return data;
}

async function main() {
  const result = {};
  for (const [locale, queries] of Object.entries(JSON.parse(fs.readFileSync(judgments, 'utf8')))) {
    const folder = path.join(site, locale, 'search');
    const engine = new api.Engine(readData(folder, 'manifest'), name => Promise.resolve(readData(folder, name)));
    let sum = 0;
    const misses = [];
    for (const [query, wanted] of queries) {
      const results = await engine.search(query, { aliases: true });
      const docs = await engine.documents(results.map(r => r.ref));
      const rank = docs.findIndex(d => d.url === wanted) + 1;
      sum += rank ? 1 / rank : 0;
      if (rank !== 1) misses.push(`  '${query}': ${wanted} at rank ${rank || 'none'} (first: ${docs[0] ? docs[0].url : 'nothing'})`);
    }
    result[locale] = sum / queries.length;
    console.log(`${locale}: MRR ${result[locale].toFixed(3)} over ${queries.length} judged queries`);
    misses.forEach(line => console.log(line));
  }
  if (output) fs.writeFileSync(output, JSON.stringify(result));
}

main().catch(e => { console.error(e); process.exit(1); });
