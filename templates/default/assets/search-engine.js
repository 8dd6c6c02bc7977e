// PartnerDocs split lunr index: loads only the term shards a query needs and answers it with lunr.js itself, so results
// and scores are lunr 2.3.9's. Format: README "Search index format". Works in the browser (window.PartnerDocsSearchEngine)
// (window.PartnerDocsSearchEngine) and in node (module.exports), both a function (lunr) -> engine API; in node the tests compare it with a full lunr index.
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory;
  else root.PartnerDocsSearchEngine = factory;
})(this, function (lunr) {
  "use strict";

  // CJK: Han, kana, Hangul (also astral CJK via its high surrogates D840-D8BF); the same ranges as CjkBigrams.cs.
  var cjk = /^(?:[\u1100-\u11FF\u3005-\u3007\u3040-\u30FF\u3130-\u318F\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF66-\uFF9F]|[\uD840-\uD8BF][\uDC00-\uDFFF])$/;
  var anyCjk = /[\u1100-\u11FF\u3005-\u3007\u3040-\u30FF\u3130-\u318F\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF66-\uFF9F]|[\uD840-\uD8BF][\uDC00-\uDFFF]/;
  // The Unicode trimmer of UnicodeTrimmer.cs: punctuation, math and modifier symbols, controls, format characters.
  var trimmed = /^[\p{P}\p{Sm}\p{Sk}\p{Cc}\p{Cf}]+|[\p{P}\p{Sm}\p{Sk}\p{Cc}\p{Cf}]+$/gu;

  // Splits a token into its non-CJK runs and CJK bigrams (plus single characters when indexing, or for a one-character run).
  function cjkPieces(text, forIndex) {
    var pieces = [], chars = Array.from(text), run = [], plain = "";
    function flushRun() {
      for (var i = 0; i < run.length; i++) {
        if (forIndex || run.length === 1) pieces.push(run[i]);
        if (i + 1 < run.length) pieces.push(run[i] + run[i + 1]);
      }
      run = [];
    }
    chars.forEach(function (c) {
      if (cjk.test(c)) {
        if (plain) { pieces.push(plain); plain = ""; }
        run.push(c);
      } else {
        if (run.length) flushRun();
        plain += c;
      }
    });
    if (run.length) flushRun();
    if (plain) pieces.push(plain);
    return pieces;
  }

  function cjkSplitter(forIndex) {
    return function (token) {
      var text = token.toString();
      if (!anyCjk.test(text)) return token;
      return cjkPieces(text, forIndex).map(function (piece) { return token.clone(function () { return piece; }); });
    };
  }

  function unicodeTrimmer(token) {
    var text = token.toString().replace(trimmed, "");
    return text ? token.update(function () { return text; }) : null;
  }

  function register(fn, label) {
    if (!lunr.Pipeline.registeredFunctions[label]) lunr.Pipeline.registerFunction(fn, label);
  }
  register(cjkSplitter(false), "partnerdocs-cjk");
  register(cjkSplitter(true), "partnerdocs-cjk-index");
  register(unicodeTrimmer, "partnerdocs-trimmer");

  // manifest: the parsed manifest; load(name): a promise of the data of file `name` ("t3", "d0").
  function Engine(manifest, load) {
    this.manifest = manifest;
    this.load = load;
    this.pipeline = lunr.Pipeline.load(manifest.pipeline);
    this.shards = {};
    this.chunks = {};
    this.refNumbers = null;
  }

  Engine.prototype.refOf = function (number) {
    return this.manifest.refs ? this.manifest.refs[number] : number.toString(36);
  };

  Engine.prototype.numberOf = function (ref) {
    if (!this.manifest.refs) return parseInt(ref, 36);
    if (!this.refNumbers) {
      this.refNumbers = Object.create(null);
      for (var i = 0; i < this.manifest.refs.length; i++) this.refNumbers[this.manifest.refs[i]] = i;
    }
    return this.refNumbers[ref];
  };

  // The shard whose term range holds `term`: the number of shard bounds at or below it (code-unit order, like the index).
  Engine.prototype.shardOf = function (term) {
    var bounds = this.manifest.bounds, low = 0, high = bounds.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (bounds[middle] <= term) low = middle + 1; else high = middle;
    }
    return low;
  };

  // The shards a term of a clause can expand to: one for a plain term, the prefix range for `pre*`, all for *x or ~n.
  Engine.prototype.shardsOf = function (term, clause) {
    var star = term.indexOf("*");
    if (star === 0 || clause.editDistance) return this.range(0, this.manifest.bounds.length);
    if (star < 0) return [this.shardOf(term)];
    var prefix = term.slice(0, star);
    return this.range(this.shardOf(prefix), this.shardOf(prefix + "\uffff"));
  };

  Engine.prototype.range = function (first, last) {
    var all = [];
    for (var i = first; i <= last; i++) all.push(i);
    return all;
  };

  Engine.prototype.shard = function (i) {
    if (!this.shards[i]) {
      var self = this;
      this.shards[i] = this.load("t" + i).then(function (data) { self.shards[i].data = data; return data; });
    }
    return this.shards[i];
  };

  // The clauses of a query string as lunr parses them (with the wildcard normalizers lunr-languages installs).
  Engine.prototype.parse = function (queryString) {
    var clauses = [];
    this.emptyIndex().query(function (query) {
      new lunr.QueryParser(queryString, query).parse();
      clauses = query.clauses.map(function (clause) { return Object.assign({}, clause); });
    });
    return clauses;
  };

  Engine.prototype.emptyIndex = function () {
    return new lunr.Index({ invertedIndex: Object.create(null), fieldVectors: {}, tokenSet: new lunr.TokenSet(),
      fields: this.manifest.fields, pipeline: this.pipeline });
  };

  // The terms lunr looks up for a clause: the search pipeline's output, or the term itself.
  Engine.prototype.termsOf = function (clause) {
    return clause.usePipeline ? this.pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
  };

  // Runs `queryString` (lunr query syntax) like lunr.Index.search over the whole index.
  // options.extra: function (clauses) -> more clause objects (for query.clause) added after the parsed ones.
  // options.aliases: also search the accented terms an accent-free query word stands for.
  Engine.prototype.search = function (queryString, options) {
    options = options || {};
    var self = this;
    var clauses = this.parse(queryString);
    var extra = options.extra ? options.extra(clauses) : [];
    var needed = {};
    function need(list) {
      list.forEach(function (clause) {
        self.termsOf(clause).forEach(function (term) {
          self.shardsOf(term, clause).forEach(function (i) { needed[i] = true; });
        });
      });
    }
    need(clauses.concat(extra));
    return this.loadShards(needed).then(function () {
      if (!options.aliases) return [];
      var aliasClauses = self.aliasClauses(clauses);
      need(aliasClauses);
      return self.loadShards(needed).then(function () { return aliasClauses; });
    }).then(function (aliasClauses) {
      var index = self.indexOf(Object.keys(needed).map(Number));
      return index.query(function (query) {
        new lunr.QueryParser(queryString, query).parse();
        extra.concat(aliasClauses).forEach(function (clause) { query.clause(Object.assign({}, clause)); });
      });
    });
  };

  Engine.prototype.loadShards = function (needed) {
    var self = this;
    return Promise.all(Object.keys(needed).map(function (i) { return self.shard(Number(i)); }));
  };

  // For optional pipeline clauses: the index terms each accent-free query term stands for (facturacion -> factur).
  Engine.prototype.aliasClauses = function (clauses) {
    var self = this, added = [];
    clauses.forEach(function (clause) {
      if (!clause.usePipeline || clause.presence !== lunr.Query.presence.OPTIONAL) return;
      self.termsOf(clause).forEach(function (term) {
        var aliases = self.shards[self.shardOf(term)].data.aliases;
        if (!Object.prototype.hasOwnProperty.call(aliases, term)) return;
        aliases[term].forEach(function (target) {
          added.push({ term: target, fields: clause.fields, boost: clause.boost, usePipeline: false });
        });
      });
    });
    return added;
  };

  // A lunr.Index over the loaded shards: their terms, postings, and the field-vector entries of those terms.
  Engine.prototype.indexOf = function (shardNumbers) {
    var fields = this.manifest.fields, self = this;
    var invertedIndex = Object.create(null), entries = {}, builder = new lunr.TokenSet.Builder();
    shardNumbers.sort(function (a, b) { return a - b; }).forEach(function (i) {
      self.shards[i].data.terms.forEach(function (entry) {
        var term = entry[0], termIndex = entry[1], posting = { _index: termIndex };
        builder.insert(term);
        for (var f = 0; f < fields.length; f++) {
          var list = entry[2 + f], documents = {}, number = 0;
          for (var k = 0; k < list.length; k += 2) {
            number += list[k];
            var ref = self.refOf(number), key = fields[f] + "/" + ref;
            documents[ref] = {};
            (entries[key] || (entries[key] = [])).push([termIndex, list[k + 1] / 1000]);
          }
          posting[fields[f]] = documents;
        }
        invertedIndex[term] = posting;
      });
    });
    builder.finish();
    var fieldVectors = {};
    Object.keys(entries).forEach(function (key) {
      var flat = [];
      entries[key].sort(function (a, b) { return a[0] - b[0]; }).forEach(function (pair) { flat.push(pair[0], pair[1]); });
      fieldVectors[key] = new lunr.Vector(flat);
    });
    return new lunr.Index({ invertedIndex: invertedIndex, fieldVectors: fieldVectors, tokenSet: builder.root,
      fields: fields, pipeline: this.pipeline });
  };

  // Result data for refs: {title, url, summary, section} each, loading only the chunks they are in.
  Engine.prototype.documents = function (refs) {
    var self = this, size = this.manifest.docsPerChunk;
    return Promise.all(refs.map(function (ref) {
      var number = self.numberOf(ref), chunk = Math.floor(number / size);
      if (!self.chunks[chunk]) self.chunks[chunk] = self.load("d" + chunk);
      return self.chunks[chunk].then(function (docs) {
        var doc = docs[number % size];
        return { title: doc[0], url: doc[1], summary: doc[2], section: doc[3] };
      });
    }));
  };

  return { Engine: Engine, cjkPieces: cjkPieces, isCjk: function (text) { return anyCjk.test(text); } };
});
