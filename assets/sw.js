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
// - Cached responses keep every header the server sent (the city's Content-Security-Policy
//   with frame-ancestors, nosniff, …), only those of the transfer (encoding, length) go.
// - A build that cannot be cached whole (a file changed by the host, a failing file) must not
//   keep phones on the old build: each failed install is counted (cache FAILED); after
//   MAX_FAILURES of the same build the worker gives up, deletes every cache of this scope and
//   unregisters, so the next visit loads the newest build from the network, and the page says
//   it cannot be used offline (cache NETWORK_ONLY, read by src/offline.rs). A build that
//   installs deletes both.
// - Only what is in the guide's folder and in the build is answered: even at a site's root
//   (where the scope is the whole site) another page, `/?page_id=3` or `/news/`, goes to the
//   network untouched. The page's address may carry the guide's own `?lang=` only.
// - To retire the worker for good, serve scripts/offline.mjs --retire's sw.js (README).

const BUILD = "__BUILD__";
const FILES = __FILES__;

const SCOPE = self.registration.scope;
const PREFIX = "iga-guide " + SCOPE + " ";
const CACHE = PREFIX + BUILD;
// Outside PREFIX, so that activate keeps them until a build has installed.
const FAILED = "iga-guide-failed " + SCOPE;
const NETWORK_ONLY = "iga-guide-network-only " + SCOPE;
const MAX_FAILURES = 3;
const url = (path) => new URL(path, self.location).href;
const INDEX = url("index.html");
const PRECACHED = new Set(FILES.map(([path]) => url(path)));

self.addEventListener("install", (event) => {
  event.waitUntil(
    precache().then(
      () => self.skipWaiting(),
      (error) => failed().then(() => Promise.reject(error)),
    ),
  );
});

/** Counts a failed install; the MAX_FAILURES-th of one build retires the worker. */
async function failed() {
  await caches.delete(CACHE);
  const state = await caches.open(FAILED);
  const last = await state
    .match(INDEX)
    .then((r) => (r ? r.json() : null))
    .catch(() => null);
  const count = last && last.build === BUILD ? last.count + 1 : 1;
  await state.put(INDEX, new Response(JSON.stringify({ build: BUILD, count })));
  if (count < MAX_FAILURES) return;
  await caches.open(NETWORK_ONLY);
  const keys = await caches.keys();
  await Promise.all(keys.filter((k) => k.startsWith(PREFIX)).map((k) => caches.delete(k)));
  // Not awaited: the unregister job waits in the same queue as this install, which would
  // otherwise hang until the browser gives up on it (minutes).
  self.registration.unregister();
}

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
  // Every header but those of the transfer: the body is already decoded. A new response is
  // never `redirected`, which a navigation may not be answered with.
  const headers = new Headers(response.headers);
  for (const name of ["Content-Encoding", "Content-Length", "Transfer-Encoding"]) headers.delete(name);
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => (k.startsWith(PREFIX) && k !== CACHE) || k === FAILED || k === NETWORK_ONLY)
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const target = new URL(request.url);
  // `?lang=pt` on the page's address and the #fragment do not name another file; any other
  // query is not the guide's (a CMS page at the site's root, say) and goes to the network.
  if ([...target.searchParams.keys()].some((k) => k !== "lang")) return;
  target.search = "";
  target.hash = "";
  const key = target.href === SCOPE ? INDEX : target.href;
  if (!PRECACHED.has(key)) return;
  // caches.match with cacheName, not caches.open: a cache deleted on giving up stays deleted.
  event.respondWith(caches.match(key, { cacheName: CACHE }).then((cached) => cached || fetch(request)));
});
