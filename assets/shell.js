// Inlined into index.html by Trunk (README: "Offline and installable", "Embedding…").
(function () {
  // sw.js, by a relative URL (any sub-path); a failure must not break the page.
  addEventListener("load", function () {
    try {
      navigator.serviceWorker.register("sw.js").catch(function () {});
    } catch (e) {}
  });
  // In a frame: our height to the parent on load, page changes and resizes, so it can size
  // the iframe (examples/embed.html). The height only: never the address or the answers.
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
