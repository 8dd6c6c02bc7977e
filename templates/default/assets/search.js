// Search box and results page. On first use it loads lunr, this locale's split-index manifest, the lunr-languages files
// the manifest names and search-engine.js; each query then loads only the term shards and result chunks it needs.
// Every file is a <script> calling partnerDocsSearch.receive(name, data), so file:// works too.
(function () {
  "use strict";
  var form = document.querySelector("form.search-box");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var list = form.querySelector(".search-suggestions");
  var localeRoot = form.getAttribute("data-locale-root") || "";
  var lunrRoot = form.getAttribute("data-lunr") || "";
  var noResults = form.getAttribute("data-no-results") || "";
  var pageResults = document.getElementById("search-page-results");
  var receiver = window.partnerDocsSearch = window.partnerDocsSearch || {};
  var waiting = {};
  var loading = null;
  var engine = null;
  var active = -1;
  var shown = null;
  var latest = 0;
  var PAGE = 20;

  receiver.receive = function (name, data) {
    if (waiting[name]) waiting[name].resolve(data);
  };

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("cannot load " + src)); };
      document.head.appendChild(script);
    });
  }

  // One data file of this locale's index ("manifest", "t3", "d0"): resolves with what it passes to receive().
  function loadData(name) {
    if (!waiting[name]) {
      var entry = waiting[name] = {};
      entry.promise = new Promise(function (resolve, reject) { entry.resolve = resolve; entry.reject = reject; });
      loadScript(localeRoot + "search/" + name + ".js").catch(entry.reject);
    }
    return waiting[name].promise;
  }

  function load() {
    if (!loading) {
      loading = Promise.all([loadScript(lunrRoot + "lunr.min.js"), loadData("manifest")])
        .then(function (loaded) {
          var manifest = loaded[1];
          return manifest.scripts.reduce(function (chain, file) {
            return chain.then(function () { return loadScript(lunrRoot + file); });
          }, Promise.resolve())
            .then(function () { return loadScript(lunrRoot + "../search-engine.js"); })
            .then(function () {
              var api = window.PartnerDocsSearchEngine(window.lunr);
              engine = new api.Engine(manifest, loadData);
              engine.api = api;
              engine.prefixPipeline = prefixPipeline(engine.pipeline);
              return engine;
            });
        });
    }
    return loading;
  }

  // The search pipeline without its stemmer, for the word being typed: "factur" must reach "facturación" as a prefix.
  function prefixPipeline(pipeline) {
    var prefix = new lunr.Pipeline();
    pipeline._stack.forEach(function (fn) { if (!/^stemmer/.test(fn.label)) prefix.add(fn); });
    return prefix;
  }

  // While typing, the last word also matches as a prefix, when that needs at most two more shards.
  function prefixClause(text) {
    if (/\s$/.test(text) || /[:*~^+]/.test(text)) return [];
    var words = text.split(/\s+/);
    var last = engine.prefixPipeline.runString(words[words.length - 1].toLowerCase())[0];
    if (!last || last.length < 3 || engine.api.isCjk(last)) return [];
    var term = last + "*";
    if (engine.shardsOf(term, {}).length > 2) return [];
    return [{ term: term, usePipeline: false, boost: 0.5 }];
  }

  // Ranked refs for `text` (lunr query syntax; plain words when it does not parse).
  function query(text, typing) {
    var options = { aliases: true, extra: typing ? function () { return prefixClause(text); } : null };
    try {
      return engine.search(text, options);
    } catch (e) {
      if (!(e instanceof lunr.QueryParseError)) throw e;
      var plain = text.replace(/[:*+~^\-]/g, " ").trim();
      return plain ? engine.search(plain, { aliases: true }) : Promise.resolve([]);
    }
  }

  function withDocs(results) {
    return engine.documents(results.map(function (r) { return r.ref; })).then(function (docs) {
      return results.map(function (r, i) { return { doc: docs[i], terms: Object.keys(r.matchData.metadata) }; });
    });
  }

  // Marks the words the search pipeline turns into a matched term (the word only, not its punctuation), and in CJK
  // text the matched bigrams and characters.
  function snippet(text, terms) {
    var fragment = document.createDocumentFragment();
    var cjkTerms = terms.filter(function (t) { return engine.api.isCjk(t); });
    text.split(/([\s\-]+)/).forEach(function (part) {
      var match = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(part);
      var word = match[2];
      var term = word && engine.pipeline.runString(word.toLowerCase())[0];
      if (term && !engine.api.isCjk(word) && terms.indexOf(String(term)) >= 0) {
        fragment.appendChild(document.createTextNode(match[1]));
        var mark = document.createElement("mark");
        mark.textContent = word;
        fragment.appendChild(mark);
        fragment.appendChild(document.createTextNode(match[3]));
      } else if (cjkTerms.length && engine.api.isCjk(part)) {
        fragment.appendChild(markCjk(part, cjkTerms));
      } else {
        fragment.appendChild(document.createTextNode(part));
      }
    });
    return fragment;
  }

  function markCjk(part, terms) {
    var marked = new Array(part.length).fill(false);
    var lower = part.toLowerCase();
    terms.forEach(function (term) {
      for (var at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
        for (var i = 0; i < term.length; i++) marked[at + i] = true;
      }
    });
    var fragment = document.createDocumentFragment();
    var start = 0;
    for (var i = 1; i <= part.length; i++) {
      if (i === part.length || marked[i] !== marked[start]) {
        var piece = part.slice(start, i);
        if (marked[start]) {
          var mark = document.createElement("mark");
          mark.textContent = piece;
          fragment.appendChild(mark);
        } else fragment.appendChild(document.createTextNode(piece));
        start = i;
      }
    }
    return fragment;
  }

  function resultItem(result, id) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.href = localeRoot + result.doc.url;
    var title = document.createElement("span");
    title.className = "search-title";
    title.textContent = result.doc.title;
    link.appendChild(title);
    if (result.doc.section) {
      var section = document.createElement("span");
      section.className = "search-section";
      section.textContent = result.doc.section;
      link.appendChild(section);
    }
    var text = document.createElement("span");
    text.className = "search-snippet";
    text.appendChild(snippet(result.doc.summary, result.terms));
    link.appendChild(text);
    item.appendChild(link);
    if (id) {
      item.id = id;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      link.tabIndex = -1;
    }
    return item;
  }

  function emptyItem() {
    var item = document.createElement("li");
    item.className = "search-empty";
    item.textContent = noResults;
    return item;
  }

  // Several keystrokes can wait for loads; only the latest text renders, once, so a chosen result stays chosen.
  function showSuggestions() {
    var text = input.value.trim();
    if (text === shown) return;
    shown = text;
    var ticket = ++latest;
    if (!text) {
      list.replaceChildren();
      return close();
    }
    query(text, true)
      .then(function (results) { return withDocs(results.slice(0, 8)); })
      .then(function (results) {
        if (ticket !== latest) return;
        list.replaceChildren();
        active = -1;
        input.removeAttribute("aria-activedescendant");
        results.forEach(function (result, i) { list.appendChild(resultItem(result, "search-option-" + i)); });
        if (!list.children.length) list.appendChild(emptyItem());
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      });
  }

  function close() {
    shown = null;
    latest++;
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  }

  function options() { return list.querySelectorAll("[role=option]"); }

  function move(step) {
    var all = options();
    if (!all.length) return;
    active = Math.max(-1, Math.min(all.length - 1, active + step));
    all.forEach(function (option, i) { option.setAttribute("aria-selected", i === active ? "true" : "false"); });
    if (active < 0) return input.removeAttribute("aria-activedescendant");
    input.setAttribute("aria-activedescendant", all[active].id);
    all[active].scrollIntoView({ block: "nearest" });
  }

  // "N results for “q”" from the page's localized strings (data-count-one / data-count-other on #search-status).
  function countText(status, count, text) {
    var template = status.getAttribute(count === 1 ? "data-count-one" : "data-count-other")
      || (count === 1 ? "{count} result for “{query}”" : "{count} results for “{query}”");
    return template.replace("{count}", count.toLocaleString(document.documentElement.lang || undefined)).replace("{query}", text);
  }

  // Results render PAGE at a time; the next page loads its result data when the end of the list scrolls into view.
  function showPageResults(text) {
    var status = document.getElementById("search-status");
    pageResults.replaceChildren();
    if (!text) {
      status.textContent = "";
      return;
    }
    query(text, false).then(function (results) {
      status.textContent = results.length ? countText(status, results.length, text) : noResults;
      var next = 0, size = PAGE;
      var sentinel = document.createElement("li");
      sentinel.className = "search-more";
      sentinel.setAttribute("aria-hidden", "true");
      function more() {
        var page = results.slice(next, next + size);
        next += page.length;
        return withDocs(page).then(function (items) {
          items.forEach(function (item) { pageResults.insertBefore(resultItem(item, null), sentinel.parentNode ? sentinel : null); });
          if (next >= results.length && sentinel.parentNode) sentinel.remove();
        });
      }
      if (results.length > size && "IntersectionObserver" in window) {
        pageResults.appendChild(sentinel);
        var busy = false;
        new IntersectionObserver(function (entries) {
          if (busy || !entries.some(function (e) { return e.isIntersecting; }) || next >= results.length) return;
          busy = true;
          more().then(function () { busy = false; });
        }).observe(sentinel);
      } else size = results.length;
      return more();
    });
  }

  // The language switcher of the results page keeps the query.
  function carryQuery(text) {
    document.querySelectorAll(".language-switcher a[href]").forEach(function (link) {
      var href = link.getAttribute("href").replace(/[?#].*$/, "");
      link.setAttribute("href", href + "?q=" + encodeURIComponent(text));
    });
  }

  input.addEventListener("focus", function () { load(); });
  input.addEventListener("input", function () { load().then(showSuggestions); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.href = options()[active].querySelector("a").href;
    } else if (event.key === "Escape") {
      close();
    }
  });
  document.addEventListener("click", function (event) { if (!form.contains(event.target)) close(); });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });

  if (pageResults) {
    var text = new URLSearchParams(window.location.search).get("q") || "";
    input.value = text;
    if (text.trim()) carryQuery(text.trim());
    load().then(function () { showPageResults(text.trim()); });
  }
})();
