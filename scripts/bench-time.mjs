// How fast the guide opens on a low-end phone on a weak mobile signal, measured in headless
// Chromium: slow 4G (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, DevTools-style
// throttling), the CPU slowed 4×, a 390×844 phone, the files served brotli- or gzip-encoded
// like a real web server, and every run a new browser context (empty cache, no service
// worker), as for a citizen who opens the guide for the first time. Measures:
//
//   home     first contentful paint (FCP), largest contentful paint (LCP), and when the app
//            has taken over the page (its own <main> is in place: the language menu works)
//   results  a shared results link (the event's largest household in tests/scenarios/) until
//            the results heading is on screen
//
// Prints median, min and max of each and writes .bench/time.json (or time-<lang>.json).
//
//   node scripts/bench-time.mjs [--runs 7] [--cpu 4] [--network slow4g|none]
//                               [--only home|results] [--event tennyu] [--lang pt]
//
// With --lang, both pages open in that language: the times include downloading its texts.
// A measurement, not a test: it never fails on a slow number.

import fs from 'node:fs';
import path from 'node:path';
import { REPO, startServer } from '../tests/browser/server.mjs';
import { launchBrowser, PHONE, BASE, localized, useLanguage } from '../tests/browser/helpers.mjs';
import { content, queryOf, loadScenariosOnce } from '../tests/browser/journey.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const runs = Number(opt('--runs', 7));
const cpu = Number(opt('--cpu', 4));
const network = opt('--network', 'slow4g');
const only = opt('--only', 'all');
const eventId = opt('--event', 'tennyu');
const lang = opt('--lang', 'ja');
useLanguage(lang);

/** Lighthouse's mobile "slow 4G" figures, applied per request as DevTools does. */
const NETWORKS = {
  slow4g: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  none: null,
};
if (!(network in NETWORKS)) throw new Error(`--network must be one of ${Object.keys(NETWORKS).join(', ')}`);

// The household with the most procedures: the largest results page of the event.
const scenario = loadScenariosOnce(eventId).reduce((a, b) => ((b.needed || []).length > (a.needed || []).length ? b : a));
const heading = localized(content.ui.results_heading);
const langQuery = lang === 'ja' ? '' : `lang=${lang}`;
const resultsHash = `#/${eventId}/results?${queryOf(scenario.answers)}${langQuery ? `&${langQuery}` : ''}`;
const homeHash = langQuery ? `#/?${langQuery}` : '#/';

/** Runs in the page before anything else: records paints, and when the results heading and
 *  the app's own page are in the DOM (ms from navigation start). */
function observe(resultsHeading) {
  const marks = { fcp: null, lcp: null, results: null, app: null };
  window.__bench = marks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') marks.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    marks.lcp = entries[entries.length - 1].startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new MutationObserver(() => {
    const now = performance.now();
    // The app's page: a <main id="main"> that the build did not write (no data-prerendered),
    // and no "loading" line left.
    if (marks.app === null && document.querySelector('main#main:not([data-prerendered])') && !document.getElementById('loading')) {
      marks.app = now;
    }
    if (marks.results === null && document.querySelector('h1')?.textContent.includes(resultsHeading)) marks.results = now;
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

const server = await startServer({ base: BASE, compress: true });
const browser = await launchBrowser();
const samples = { fcp: [], lcp: [], app: [], results: [] };
const encodings = new Set();

/** One visit with an empty cache; resolves to the page's marks once `done(marks)` holds. */
async function visit(hash, done) {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  await context.addInitScript(observe, heading);
  const page = await context.newPage();
  page.on('response', (r) => encodings.add(r.headers()['content-encoding'] || 'identity'));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (NETWORKS[network]) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORKS[network]);
  }
  await page.goto(server.url + hash, { waitUntil: 'commit' });
  await page.waitForFunction(done, null, { timeout: 90000, polling: 100 });
  // One more frame so the last change is painted, then the paint entries are final.
  const marks = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(window.__bench), 50))));
  await context.close();
  return marks;
}

const ms = (v) => (v === null || v === undefined ? '—' : `${Math.round(v)} ms`);
try {
  for (let i = 0; i < runs; i++) {
    if (only === 'all' || only === 'home') {
      const m = await visit(homeHash, () => window.__bench.app !== null && window.__bench.lcp !== null);
      samples.fcp.push(m.fcp);
      samples.lcp.push(m.lcp);
      samples.app.push(m.app);
      console.log(`run ${i + 1}/${runs} home: FCP ${ms(m.fcp)}, LCP ${ms(m.lcp)}, app ready ${ms(m.app)}`);
    }
    if (only === 'all' || only === 'results') {
      const m = await visit(resultsHash, () => window.__bench.results !== null);
      samples.results.push(m.results);
      console.log(`run ${i + 1}/${runs} results link: results on screen after ${ms(m.results)}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const stats = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return null;
  return { median_ms: Math.round(s[Math.floor(s.length / 2)]), min_ms: Math.round(s[0]), max_ms: Math.round(s[s.length - 1]), runs: s.length };
};
const result = {
  what: 'ms from navigation start; each run a new context (empty cache, service workers blocked)',
  network: network === 'slow4g' ? 'slow 4G: 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency per request' : 'not throttled',
  content_encoding: [...encodings].sort(),
  cpu_throttling: cpu,
  viewport: PHONE.viewport,
  lang,
  home: { fcp: stats(samples.fcp), lcp: stats(samples.lcp), app_ready: stats(samples.app) },
  results_link: { event: eventId, household: scenario.name, results_visible: stats(samples.results) },
};
const name = `.bench/time${lang === 'ja' ? '' : `-${lang}`}.json`;
fs.mkdirSync(path.join(REPO, '.bench'), { recursive: true });
fs.writeFileSync(path.join(REPO, name), JSON.stringify(result, null, 2) + '\n');

const line = (label, s) => s && console.log(`  ${label.padEnd(28)} median ${String(s.median_ms).padStart(5)} ms   (min ${s.min_ms}, max ${s.max_ms}, ${s.runs} runs)`);
console.log(`\n${result.network}, ${cpu}× CPU, ${PHONE.viewport.width}×${PHONE.viewport.height}, encoding ${result.content_encoding.join('/')}:`);
line('home FCP', result.home.fcp);
line('home LCP', result.home.lcp);
line('home app ready', result.home.app_ready);
line('results link → results', result.results_link.results_visible);
console.log(`written to ${name}`);
