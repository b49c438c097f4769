// The kill-switch: a service worker that retires the guide's worker on every phone that has
// it. Serve it as sw.js in place of the real one (`node scripts/offline.mjs --retire dist/`,
// or build with GUIDE_SW=retire; README: "Retiring the service worker"). A phone that checks
// for a new sw.js (every visit) installs it; it then deletes every cache this guide's worker
// kept for this scope and unregisters itself. Pages that are open keep running; from then on
// every file comes from the network, as if there had never been a worker. It has no fetch
// handler, so it never answers anything.
//
// Deleting sw.js does NOT retire a worker: a failed update check leaves the old one in charge
// with its old build. Keep this file at that address as long as any phone may still have
// the old worker (a year is safe).

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  const scope = self.registration.scope;
  event.waitUntil(
    caches
      .keys()
      // "iga-guide <scope> <build>", "iga-guide-failed <scope>", "iga-guide-network-only <scope>"
      .then((keys) => keys.filter((k) => k.startsWith("iga-guide") && k.split(" ")[1] === scope))
      .then((ours) => Promise.all(ours.map((k) => caches.delete(k))))
      .then(() => self.registration.unregister()),
  );
});
