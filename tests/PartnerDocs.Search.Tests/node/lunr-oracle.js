// Reference behaviour for the C# Search tests, from the pinned lunr 2.3.9 + lunr-languages 1.22.0.
// Usage: node lunr-oracle.js <command> <input file> <output file>
//   build      {language, fields:[{name, boost}], storePositions, docs:[{ref, boost, fields}]} -> index JSON text
//   search     {indexes:[path...], queries:[string...]} -> per index, per query: [{ref, score}] or {error}
//   split      {folder, queries:[string...], aliases} -> per query: [{ref, score}] or {error}, from the split index in
//              folder searched by templates/default/assets/search-engine.js
//   stem       one word per line -> one lunr.stemmer result per line
//   lower      JSON array of strings -> JSON array of their toLowerCase()
//   stopwords  (no input) -> {en, es, fr} word lists as the npm files define them
//   log        JSON array of numbers -> JSON array of the bits of Math.log of each, as hex strings
//   categories (no input) -> JSON array: node's Unicode general category ("Lu", ...) of each BMP code point
'use strict';
const fs = require('fs');
const path = require('path');

const repoRoot = path.resolve(__dirname, '../../..');
const load = name => require(path.join(repoRoot, 'node_modules', name));
const lunr = load('lunr');
load('lunr-languages/lunr.stemmer.support')(lunr);
load('lunr-languages/lunr.es')(lunr);
load('lunr-languages/lunr.fr')(lunr);
load('lunr-languages/lunr.de')(lunr);
const engineApi = require(path.join(repoRoot, 'templates', 'default', 'assets', 'search-engine.js'))(lunr);

// Languages without a lunr-languages plugin: the pipelines search-engine.js registers.
function other() {
  const fn = label => lunr.Pipeline.registeredFunctions[label];
  this.pipeline.reset();
  this.pipeline.add(fn('partnerdocs-cjk-index'), fn('partnerdocs-trimmer'));
  this.searchPipeline.reset();
  this.searchPipeline.add(fn('partnerdocs-cjk'), fn('partnerdocs-trimmer'));
}

const plugins = { en: null, es: lunr.es, fr: lunr.fr, de: lunr.de };
const [command, input, output] = process.argv.slice(2);
const readJson = file => JSON.parse(fs.readFileSync(file, 'utf8'));

function build({ language, fields, storePositions, docs }) {
  const refKey = '\u0000ref';
  return JSON.stringify(lunr(function () {
    const plugin = language in plugins ? plugins[language] : other;
    if (plugin) this.use(plugin);
    this.ref(refKey);
    for (const field of fields) this.field(field.name, { boost: field.boost });
    if (storePositions) this.metadataWhitelist = ['position'];
    for (const doc of docs) this.add({ ...doc.fields, [refKey]: doc.ref }, { boost: doc.boost });
  }));
}

function search({ indexes, queries }) {
  return indexes.map(file => {
    const index = lunr.Index.load(readJson(file));
    return queries.map(query => {
      try {
        return index.search(query).map(r => ({ ref: r.ref, score: r.score }));
      } catch (e) {
        return { error: String(e.message || e) };
      }
    });
  });
}

// Each file of a split index is `partnerDocsSearch.receive(name, data);`: run it with a receiver that keeps the data.
function readSplitFile(folder, name) {
  let received;
  const vm = require('vm');
  vm.runInNewContext(fs.readFileSync(path.join(folder, name + '.js'), 'utf8'),
    { partnerDocsSearch: { receive: (n, data) => { received = data; } } });
  return received;
}

async function split({ folder, queries, aliases }) {
  const manifest = readSplitFile(folder, 'manifest');
  const engine = new engineApi.Engine(manifest, name => Promise.resolve(readSplitFile(folder, name)));
  const results = [];
  for (const query of queries) {
    try {
      results.push((await engine.search(query, { aliases })).map(r => ({ ref: r.ref, score: r.score })));
    } catch (e) {
      results.push({ error: String(e.message || e) });
    }
  }
  return results;
}

// Stop word lists are closures in lunr; read them from the shipped sources instead.
function stopwords() {
  const source = file => fs.readFileSync(path.join(repoRoot, 'node_modules', file), 'utf8');
  const en = source('lunr/lunr.js').match(/lunr\.stopWordFilter = lunr\.generateStopWordFilter\(\[([^\]]*)\]/)[1];
  const list = file => source(file).match(/generateStopWordFilter\('([^']*)'/)[1].split(' ');
  return {
    en: en.match(/'[^']*'/g).map(w => w.slice(1, -1)),
    es: list('lunr-languages/lunr.es.js'),
    fr: list('lunr-languages/lunr.fr.js'),
    de: list('lunr-languages/lunr.de.js'),
  };
}

// Node's Unicode version may differ from .NET's; the tests skip characters whose category differs.
function categories() {
  const names = ['Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po',
    'Sm', 'Sc', 'Sk', 'So', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Cs', 'Co', 'Cn'].map(name => [name, new RegExp(`^\\p{${name}}$`, 'u')]);
  const result = [];
  for (let codePoint = 0; codePoint <= 0xFFFF; codePoint++) {
    const text = String.fromCharCode(codePoint);
    result.push(names.find(([, pattern]) => pattern.test(text))[0]);
  }
  return result;
}

function logBits(x) {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.log(x));
  return view.getBigUint64(0).toString(16);
}

const stemmers = { en: lunr.stemmer, es: lunr.es.stemmer, fr: lunr.fr.stemmer, de: lunr.de.stemmer };
const stem = (word, language = 'en') => stemmers[language](new lunr.Token(word)).toString();

const commands = {
  build: () => build(readJson(input)),
  search: () => JSON.stringify(search(readJson(input))),
  stem: () => fs.readFileSync(input, 'utf8').split('\n').map(w => stem(w)).join('\n'),
  'stem-de': () => fs.readFileSync(input, 'utf8').split('\n').map(w => stem(w, 'de')).join('\n'),
  split: async () => JSON.stringify(await split(readJson(input))),
  lower: () => JSON.stringify(readJson(input).map(s => s.toLowerCase())),
  stopwords: () => JSON.stringify(stopwords()),
  categories: () => JSON.stringify(categories()),
  log: () => JSON.stringify(readJson(input).map(logBits)),
};

Promise.resolve(commands[command]()).then(text => fs.writeFileSync(output ?? input, text));
