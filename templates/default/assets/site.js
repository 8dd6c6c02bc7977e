// Page behaviour: loads and inserts the per-locale navigation (nav.js), opens the current branch,
// the narrow-screen menu, and a language switcher that keeps the #anchor and remembers the choice.
(function () {
  var nav = document.getElementById("site-nav");

  function insertNav() {
    if (typeof window.partnerDocsNav !== "string") return;
    var root = nav.getAttribute("data-root") || "";
    var current = nav.getAttribute("data-current");
    nav.insertAdjacentHTML("beforeend", window.partnerDocsNav);
    nav.querySelectorAll("a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (/^[a-z]+:|^\/\//i.test(href)) return;
      if (href.split("#")[0] === current && !nav.querySelector("[aria-current]")) {
        a.setAttribute("aria-current", "page");
        if (a.nextElementSibling && a.nextElementSibling.tagName === "DETAILS") a.nextElementSibling.open = true;
        for (var el = a.parentElement; el && el !== nav; el = el.parentElement) {
          if (el.tagName === "DETAILS") el.open = true;
        }
      }
      a.setAttribute("href", root + href);
    });
    // Scroll only the navigation pane, so the page keeps its own position (e.g. a #anchor).
    var marked = nav.querySelector("[aria-current]");
    if (marked) nav.scrollTop += marked.getBoundingClientRect().top - nav.getBoundingClientRect().top - nav.clientHeight / 2;
    nav.setAttribute("data-ready", "");
  }

  // nav.js (the whole TOC, large for big docsets) is fetched after the page has loaded, so it never delays the article;
  // on a narrow screen, where the navigation sits behind the menu button, only when the reader opens the menu.
  var navRequested = false;
  function loadNav() {
    if (navRequested) return;
    navRequested = true;
    var script = document.createElement("script");
    script.src = nav.getAttribute("data-src");
    script.onload = insertNav;
    document.head.appendChild(script);
  }
  var narrow = window.matchMedia("(max-width: 60rem)");
  function loadUnlessNarrow() { if (!narrow.matches) loadNav(); }
  if (nav) {
    if (document.readyState === "complete") loadUnlessNarrow();
    else window.addEventListener("load", loadUnlessNarrow);
    if (narrow.addEventListener) narrow.addEventListener("change", loadUnlessNarrow);
  }

  var toggle = document.querySelector(".nav-toggle");
  if (toggle && nav) {
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      loadNav();
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      nav.classList.toggle("open", open);
    });
  }

  var switcher = document.querySelectorAll(".language-switcher a[data-locale]");
  function anchorFor(link) {
    var hash = location.hash.slice(1);
    try { hash = decodeURIComponent(hash); } catch (e) {}
    if (!hash || !link.hasAttribute("data-same-topic")) return "";
    var theirs = (link.getAttribute("data-anchors") || "").split(" ");
    var headings = [].map.call(document.querySelectorAll("article h2[id], article h3[id], article h4[id], article h5[id], article h6[id]"), function (h) { return h.id; });
    var i = headings.indexOf(hash);
    return "#" + encodeURIComponent(i >= 0 && theirs.length === headings.length && theirs[i] ? theirs[i] : hash);
  }
  function updateSwitcher() {
    switcher.forEach(function (a) {
      var base = a.getAttribute("data-href") || a.getAttribute("href").split("#")[0];
      a.setAttribute("data-href", base);
      a.setAttribute("href", base + anchorFor(a));
    });
  }
  switcher.forEach(function (a) {
    a.addEventListener("click", function () {
      try { localStorage.setItem("partnerdocs.locale", a.getAttribute("data-locale")); } catch (e) {}
    });
  });
  updateSwitcher();
  window.addEventListener("hashchange", updateSwitcher);

  // "In this article": mark the section being read, the last heading above the top quarter of the window.
  function targetId(a) {
    try { return decodeURIComponent(a.getAttribute("href").slice(1)); } catch (e) { return a.getAttribute("href").slice(1); }
  }
  var outlineLinks = [].slice.call(document.querySelectorAll(".outline a[href^='#'], .outline-inline a[href^='#']"));
  var sections = [];
  outlineLinks.forEach(function (a) {
    var heading = document.getElementById(targetId(a));
    if (heading && sections.indexOf(heading) < 0) sections.push(heading);
  });
  var spyQueued = false;
  function markSection() {
    spyQueued = false;
    var current = null;
    for (var i = 0; i < sections.length; i++) {
      if (sections[i].getBoundingClientRect().top <= window.innerHeight / 4) current = sections[i]; else break;
    }
    // At the very bottom the last sections may never reach the top quarter: the last one is being read.
    if (window.scrollY > 0 && window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) current = sections[sections.length - 1];
    outlineLinks.forEach(function (a) {
      if (current && targetId(a) === current.id) a.setAttribute("aria-current", "location");
      else a.removeAttribute("aria-current");
    });
  }
  if (sections.length) {
    window.addEventListener("scroll", function () {
      if (!spyQueued) { spyQueued = true; window.requestAnimationFrame(markSection); }
    }, { passive: true });
    markSection();
  }
})();
