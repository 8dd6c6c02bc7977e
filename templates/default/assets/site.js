// Inserts the per-locale navigation (nav.js) and marks the current page with its branch open.
(function () {
  var nav = document.getElementById("site-nav");
  if (!nav || typeof window.partnerDocsNav !== "string") return;
  var root = nav.getAttribute("data-root") || "";
  var current = nav.getAttribute("data-current");
  nav.insertAdjacentHTML("beforeend", window.partnerDocsNav);
  nav.querySelectorAll("a[href]").forEach(function (a) {
    var href = a.getAttribute("href");
    if (/^[a-z]+:|^\/\//i.test(href)) return;
    if (href.split("#")[0] === current && !nav.querySelector("[aria-current]")) {
      a.setAttribute("aria-current", "page");
      for (var el = a.parentElement; el && el !== nav; el = el.parentElement) {
        if (el.tagName === "DETAILS") el.open = true;
      }
    }
    a.setAttribute("href", root + href);
  });
})();
