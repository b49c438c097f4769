// Inlined into index.html by Trunk (README: "Size and speed", "Offline and installable",
// "Embedding…"). Runs in <head>, before the first paint.
(function () {
  var root = document.documentElement;

  // ---- Before the app starts ---------------------------------------------------------------
  // The build wrote the home page in Japanese into the HTML (data-prerendered="home"), so a
  // phone shows it at once. Any other page (a deep link, a shared results link) or language
  // shows a loading line instead until the app has started, so the wrong page never flashes.
  // The language is chosen as src/language.rs `choose` does: link, saved, browser, Japanese.
  var data = {};
  try {
    data = JSON.parse(document.getElementById("start-texts").textContent);
  } catch (e) {}
  var offered = data.languages || ["ja"];
  function offer(id) {
    return id && offered.indexOf(id) >= 0 ? id : null;
  }
  function fromLink() {
    var query = location.search.slice(1) + "&" + (location.hash.split("?")[1] || "");
    var m = /(?:^|&)lang=([^&]*)/.exec(query);
    try {
      return m ? offer(decodeURIComponent(m[1])) : null;
    } catch (e) {
      return null;
    }
  }
  function saved() {
    try {
      return offer(localStorage.getItem("iga-guide/lang"));
    } catch (e) {
      return null;
    }
  }
  function fromBrowser() {
    var tags = navigator.languages || [navigator.language || ""];
    for (var i = 0; i < tags.length; i++) {
      var primary = String(tags[i]).split(/[-_]/)[0].toLowerCase();
      var id = offer(primary === "fil" ? "tl" : primary);
      if (id) return id;
    }
    return null;
  }
  var lang = fromLink() || saved() || fromBrowser() || "ja";
  function route() {
    return location.hash.replace(/^#/, "").split("?")[0].split("/").filter(Boolean);
  }
  function started() {
    // The app removes everything data-prerendered (and so the loading line) when it mounts.
    return document.readyState !== "loading" && !document.getElementById("loading");
  }
  function elsewhere() {
    if (!started()) root.classList.add("before-app-elsewhere");
  }
  if (route().length || lang !== "ja") elsewhere();
  // A tap on the build's home page before the app has started: the app opens that page.
  addEventListener("hashchange", function () {
    if (route().length) elsewhere();
  });
  // A language chosen on the build's home page: saved (as the app saves it), so the app
  // starts in it; where storage is blocked, named in the link instead.
  document.addEventListener("change", function (ev) {
    var t = ev.target;
    if (started() || !t || t.id !== "language") return;
    var id = offered[Number(t.value)];
    if (!id) return;
    lang = id;
    try {
      localStorage.setItem("iga-guide/lang", id);
    } catch (e) {}
    if (saved() !== id) location.replace("#/?lang=" + encodeURIComponent(id));
    elsewhere();
  });

  // When the app cannot start (the wasm or its glue missing or blocked, no WebAssembly, a
  // network drop) or is slow to: a notice in plain words, in the language of the link if
  // offered, linking to the handbook page (no JavaScript) of the event the link named.
  var SLOW_MS = 8000;
  var failed = false;
  function show(kind) {
    if (started() || failed || document.readyState === "loading") return;
    var box = document.getElementById("start-failed");
    var t = data.texts && (data.texts[lang] || data.texts.ja);
    if (!box || !t) return;
    var parts = route();
    var event = parts[0] === "staff" ? parts[1] : parts[0];
    var link = box.getElementsByTagName("a")[0];
    link.textContent = t.handbook;
    link.setAttribute("href", (data.handbook || []).indexOf(event) >= 0 ? "handbook/" + event + ".html" : "handbook/index.html");
    box.getElementsByTagName("p")[0].textContent = t[kind];
    box.setAttribute("lang", t.html);
    box.hidden = false;
    if (kind !== "failed") return;
    failed = true;
    // The build's home page stays, as a plain page: its events open their handbook pages,
    // the language menu (which needs the app) goes.
    root.classList.remove("before-app-elsewhere");
    var anchors = document.querySelectorAll('[data-prerendered="home"] a[href^="#/"]');
    for (var i = 0; i < anchors.length; i++) {
      var id = anchors[i].getAttribute("href").slice(2);
      var page = (data.handbook || []).indexOf(id) >= 0 ? id + ".html" : "index.html";
      if (id !== "") anchors[i].setAttribute("href", "handbook/" + page);
    }
    var menu = document.querySelector('[data-prerendered="home"] .language');
    if (menu) menu.parentNode.removeChild(menu);
  }
  function fail() {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", fail);
    } else {
      show("failed");
    }
  }
  if (typeof WebAssembly !== "object") fail();
  // A script, module or preload that cannot be fetched (404, offline, blocked by a policy),
  // and errors before the app has started (a wasm that does not compile, a failed import).
  addEventListener(
    "error",
    function (ev) {
      var t = ev.target;
      var resource = t && (t.tagName === "SCRIPT" || (t.tagName === "LINK" && /preload/.test(t.rel)));
      if (resource || t === window) fail();
    },
    true,
  );
  addEventListener("unhandledrejection", fail);
  setTimeout(function () {
    show("slow");
  }, SLOW_MS);

  // ---- Offline and installable -------------------------------------------------------------
  // sw.js, by a relative URL (any sub-path); a failure must not break the page.
  addEventListener("load", function () {
    try {
      navigator.serviceWorker.register("sw.js").catch(function () {});
    } catch (e) {}
  });

  // ---- Inside a frame ----------------------------------------------------------------------
  // Our height to the parent on load, page changes and resizes, so it can size the iframe
  // (examples/embed.html). The height only: never the address or the answers.
  if (parent === self) return;
  function send() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    parent.postMessage({ type: "iga-guide:height", height: height }, "*");
  }
  addEventListener("hashchange", function () {
    setTimeout(send);
  });
  try {
    new ResizeObserver(send).observe(document.documentElement);
  } catch (e) {
    addEventListener("load", send);
  }
})();
