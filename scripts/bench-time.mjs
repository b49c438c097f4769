// Time from opening a shared results link to the results being on screen, in headless
// Chromium on a phone (390×844) with the CPU slowed 4× (Chrome DevTools' "low-end mobile"
// setting). Each run is a new browser context: empty cache, as for a citizen who opens the
// link for the first time. Prints min / median / max and writes .bench/time.json.
//
//   node scripts/bench-time.mjs [--runs 9] [--cpu 4] [--event tennyu] [--lang pt]
//
// With --lang, the link opens in that language: the time includes downloading its texts.
//
// A measurement, not a test: it never fails on a slow number.

import fs from 'node:fs';
import path from 'node:path';
import { REPO, startServer } from '../tests/browser/server.mjs';
import { launchBrowser, PHONE, BASE, ja, useLanguage } from '../tests/browser/helpers.mjs';
import { content, queryOf, loadScenariosOnce } from '../tests/browser/journey.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const runs = Number(opt('--runs', 9));
const cpu = Number(opt('--cpu', 4));
const eventId = opt('--event', 'tennyu');
const lang = opt('--lang', 'ja');
useLanguage(lang);

// The household with the most procedures: the largest results page of the event.
const scenario = loadScenariosOnce(eventId).reduce((a, b) => ((b.needed || []).length > (a.needed || []).length ? b : a));
const heading = ja(content.ui.results_heading);
const hash = `#/${eventId}/results?${queryOf(scenario.answers)}${lang === 'ja' ? '' : `&lang=${lang}`}`;

const server = await startServer({ base: BASE });
const browser = await launchBrowser();
const times = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(PHONE);
    // Records the moment the results heading is in the DOM, from navigation start.
    await context.addInitScript((text) => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('h1')?.textContent.includes(text)) {
          window.__resultsAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    }, heading);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.goto(server.url + hash);
    await page.waitForFunction(() => window.__resultsAt !== undefined, null, { timeout: 60000 });
    // One more frame, so the time includes the first paint of the results.
    const ms = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(Math.max(window.__resultsAt, 0)))));
    const items = await page.locator('li.procedure').count();
    times.push(ms);
    console.log(`run ${i + 1}/${runs}: results visible after ${ms.toFixed(0)} ms (${items} procedures)`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const result = {
  what: 'shared results link → results heading in the DOM (ms from navigation start)',
  event: eventId,
  lang,
  household: scenario.name,
  cpu_throttling: cpu,
  viewport: PHONE.viewport,
  runs,
  min_ms: Math.round(sorted[0]),
  median_ms: Math.round(median),
  max_ms: Math.round(sorted[sorted.length - 1]),
  note: 'served from localhost without compression; network time is not included',
};
fs.mkdirSync(path.join(REPO, '.bench'), { recursive: true });
fs.writeFileSync(path.join(REPO, `.bench/time${lang === 'ja' ? '' : `-${lang}`}.json`), JSON.stringify(result, null, 2) + '\n');
console.log(`\ntime to results, ${cpu}× CPU throttling, ${runs} runs: median ${result.median_ms} ms (min ${result.min_ms}, max ${result.max_ms})`);
console.log(`written to .bench/time${lang === 'ja' ? '' : `-${lang}`}.json`);
