// Search box and results page: loads this locale's lunr index on first use (as <script>s, so file:// works too).
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
  var loading = null;
  var engine = null;
  var active = -1;
  var shown = null;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("cannot load " + src)); };
      document.head.appendChild(script);
    });
  }

  // lunr first, then the data; the index's pipeline labels ("stemmer-es") name the lunr-languages plugin it needs.
  function load() {
    if (!loading) {
      loading = loadScript(lunrRoot + "lunr.min.js")
        .then(function () { return Promise.all([loadScript(localeRoot + "search-index.js"), loadScript(localeRoot + "search-docs.js")]); })
        .then(function () {
          var data = window.partnerDocsSearch;
          var language = languageOf(data.index.pipeline);
          if (!language) return data;
          return loadScript(lunrRoot + "lunr.stemmer.support.js")
            .then(function () { return loadScript(lunrRoot + "lunr." + language + ".js"); })
            .then(function () { return data; });
        })
        .then(function (data) {
          engine = { index: lunr.Index.load(data.index), docs: data.docs };
          engine.prefixPipeline = prefixPipeline(engine.index.pipeline);
          return engine;
        });
    }
    return loading;
  }

  function languageOf(pipeline) {
    for (var i = 0; i < pipeline.length; i++) {
      var match = /^stemmer-(\w+)$/.exec(pipeline[i]);
      if (match) return match[1];
    }
    return null;
  }

  // The search pipeline without its stemmer, for the word being typed: "factur" must reach "facturación" as a prefix.
  function prefixPipeline(pipeline) {
    var prefix = new lunr.Pipeline();
    pipeline._stack.forEach(function (fn) { if (!/^stemmer/.test(fn.label)) prefix.add(fn); });
    return prefix;
  }

  function search(text, limit) {
    var tokens = lunr.tokenizer(text).map(String).filter(function (t) { return t.length > 0; });
    if (tokens.length === 0) return [];
    var last = engine.prefixPipeline.runString(tokens[tokens.length - 1])[0];
    var results = engine.index.query(function (q) {
      tokens.forEach(function (token) { q.term(token, { usePipeline: true }); });
      if (last && last.length > 1) q.term(last, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 0.5 });
    });
    return results.slice(0, limit).map(function (result) {
      return { doc: engine.docs[result.ref], terms: Object.keys(result.matchData.metadata) };
    });
  }

  // A word is marked when the search pipeline turns it into one of the matched index terms.
  function snippet(text, terms) {
    var fragment = document.createDocumentFragment();
    text.split(/([\s\-]+)/).forEach(function (part) {
      var word = part.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
      var term = word && engine.index.pipeline.runString(word)[0];
      if (term && terms.indexOf(term) >= 0) {
        var mark = document.createElement("mark");
        mark.textContent = part;
        fragment.appendChild(mark);
      } else {
        fragment.appendChild(document.createTextNode(part));
      }
    });
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

  // Several keystrokes can wait for the first load; render each text once so a chosen result stays chosen.
  function showSuggestions() {
    var text = input.value.trim();
    if (text === shown) return;
    shown = text;
    list.replaceChildren();
    active = -1;
    input.removeAttribute("aria-activedescendant");
    if (!text) return close();
    search(text, 8).forEach(function (result, i) { list.appendChild(resultItem(result, "search-option-" + i)); });
    if (!list.children.length) list.appendChild(emptyItem());
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function close() {
    shown = null;
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

  function showPageResults(text) {
    var status = document.getElementById("search-status");
    pageResults.replaceChildren();
    var results = text ? search(text, 50) : [];
    results.forEach(function (result) { pageResults.appendChild(resultItem(result, null)); });
    status.textContent = text && !results.length ? noResults : "";
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
    var query = new URLSearchParams(window.location.search).get("q") || "";
    input.value = query;
    load().then(function () { showPageResults(query.trim()); });
  }
})();
