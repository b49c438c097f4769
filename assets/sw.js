// The guide's service worker: once a phone has opened the guide, it works without a network.
// This is a template: after every build scripts/offline.mjs writes it to dist/sw.js with
// BUILD (a hash of every file of the build) and FILES (each file's path relative to this
// script and the start of its SHA-256) filled in. Registered by assets/shell.js.
//
// Decisions:
// - One cache per build, named after BUILD and this copy's scope. install caches every file
//   of the build and checks each against its hash (a file from a half-finished deploy or a
//   stale HTTP cache fails the install, which the browser retries on a later visit), so a
//   cache never mixes two builds. activate deletes this copy's other caches.
// - fetch: the build's files come from the cache first (no network needed, no wait on a
//   slow one); anything else goes to the network as if there were no service worker.
// - skipWaiting() and clients.claim(): a new build takes over as soon as it is cached, so the
//   next visit or reload shows it (without them, a single tab that is only ever reloaded
//   would keep the old build for good). It cannot mix builds in a page that is already open:
//   such a page has loaded index.html, the .js, the .wasm and the .css at its start, and the
//   only file it may ask for later, a language's texts, is checked against the build stamp by
//   the app (it stays in its language and says so), the same as after a deploy without any
//   service worker. claim() also makes the very first visit work offline without a reload.
// - Only this scope's caches are touched: two copies of the guide on one site stay apart.

const BUILD = "__BUILD__";
const FILES = __FILES__;

const PREFIX = "iga-guide " + self.registration.scope + " ";
const CACHE = PREFIX + BUILD;
const url = (path) => new URL(path, self.location).href;
const INDEX = url("index.html");
const PRECACHED = new Set(FILES.map(([path]) => url(path)));

self.addEventListener("install", (event) => {
  event.waitUntil(
    precache().then(
      () => self.skipWaiting(),
      (error) => caches.delete(CACHE).then(() => Promise.reject(error)),
    ),
  );
});

async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    FILES.map(async ([path, hash]) => {
      // The HTTP cache first (a hashed file name never changes), then the server itself.
      const response = (await checked(path, hash, "default")) || (await checked(path, hash, "reload"));
      if (!response) throw new Error(`${path} is not the file of build ${BUILD}`);
      await cache.put(url(path), response);
    }),
  );
}

/** The file as a fresh response if it is the build's own (its hash matches), else null. */
async function checked(path, hash, mode) {
  const response = await fetch(url(path), { cache: mode });
  if (!response.ok) return null;
  const body = await response.arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", body));
  const hex = Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
  if (!hex.startsWith(hash)) return null;
  // Only the type is kept: the body is already decoded (no Content-Encoding/Length), and a
  // new response is never `redirected`, which a navigation may not be answered with.
  const type = response.headers.get("Content-Type");
  return new Response(body, { headers: type ? { "Content-Type": type } : {} });
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const target = new URL(request.url);
  // `?lang=pt` on the page's address and the #fragment do not name another file.
  target.search = "";
  target.hash = "";
  const key = target.href === self.registration.scope ? INDEX : target.href;
  if (!PRECACHED.has(key)) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((cached) => cached || fetch(request)),
  );
});
