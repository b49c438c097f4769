// The city's web team copies examples/embed.html: this test serves that very file from
// another origin, with the guide under a sub-path, and checks that the iframe takes the
// guide's height page after page (no scrollbar inside), that the host page's address and
// back button stay its own, and that a link into an event opens it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setup, newPhonePage, screenshot, localized, BASE } from './helpers.mjs';
import { REPO, startHostPage } from './server.mjs';
import {
  ui, event, startsWith, currentQuestion, answerAndNext, onReview, onResults, assertResults, waitForNewHeading,
  loadScenariosOnce, queryOf,
} from './journey.mjs';

const EVENT = 'tennyu';
const EXAMPLE = fs.readFileSync(path.join(REPO, 'examples/embed.html'), 'utf8');
/** The address in the example that the web team replaces with the guide's. */
const PLACEHOLDER = 'https://www.city.iga.lg.jp/guide/#/';

let env, host;
before(async () => {
  env = await setup();
  assert.ok(EXAMPLE.includes(`src="${PLACEHOLDER}"`), `examples/embed.html embeds ${PLACEHOLDER}`);
  const example = (hash) => EXAMPLE.replace(`src="${PLACEHOLDER}"`, `src="${env.server.url}${hash}"`);
  host = await startHostPage((p) => {
    if (p === '/') return example('#/');
    if (p === '/tennyu') return example(`#/${EVENT}`);
    if (p === '/results') return example(`#/${EVENT}/results?${queryOf(loadScenariosOnce(EVENT)[0].answers)}`);
    return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>前のページ</title></head>
<body><main><h1>伊賀市ホームページ</h1><p><a href="/">手続きガイド</a> <a href="/tennyu">転入の手続き</a></p></main></body></html>`;
  });
  assert.notEqual(host.origin, env.server.origin, 'host page and guide are on different origins');
});
after(async () => { await host?.close(); await env?.close(); });

/** Records every message the host page receives (installed before the page's own scripts). */
function recordMessages() {
  window.__messages = [];
  addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
}

/** Opens `/before` on the host, then follows its link to `linkName`; returns the guide's frame. */
async function openFromHostSite(page, linkName) {
  await page.goto(host.url + 'before');
  await page.getByRole('link', { name: linkName }).click();
  await page.waitForURL((u) => !u.pathname.endsWith('/before'));
  const frame = await (await page.locator('iframe#iga-guide').elementHandle()).contentFrame();
  assert.ok(frame.url().startsWith(env.server.url), `the frame shows ${env.server.url}`);
  return frame;
}

/**
 * Waits until the iframe is exactly as high as the guide's page: no scrollbar inside
 * (clientHeight ≥ the frame's scrollHeight) and no empty space below. Returns the height.
 */
async function assertFits(page, frame, label) {
  let last;
  for (let i = 0; i < 60; i++) {
    const inner = await frame.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      content: document.documentElement.getBoundingClientRect().height,
    }));
    const outer = await page.locator('iframe#iga-guide').evaluate((f) => f.clientHeight);
    last = { outer, ...inner };
    if (outer >= inner.scroll && Math.abs(outer - inner.content) <= 1) return outer;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`${label}: the iframe is ${last.outer}px high, the guide's page ${last.content}px (scrollHeight ${last.scroll})`);
}

/** Presses the browser's back button (the host page's history) and waits for a change. */
async function back(page, frame) {
  const url = page.url();
  const heading = frame && !frame.isDetached() ? await frame.locator('h1').textContent().catch(() => null) : null;
  await page.evaluate(() => history.back());
  for (let i = 0; i < 100; i++) {
    if (page.url() !== url) return;
    const now = frame && !frame.isDetached() ? await frame.locator('h1').textContent({ timeout: 200 }).catch(() => null) : null;
    if (now !== null && now !== heading) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail('back changed nothing');
}

test('the example host page sizes the iframe to the guide on every page; the host keeps its address and back button', async () => {
  const page = await newPhonePage(env.browser, { initScript: recordMessages });
  const frame = await openFromHostSite(page, '手続きガイド');
  const hostUrl = page.url();
  assert.equal(hostUrl, host.url);
  await frame.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
  const heights = [await assertFits(page, frame, 'home')];
  let pages = 1;

  // A whole journey inside the frame; after every page the iframe follows the content.
  const s = loadScenariosOnce(EVENT)[0];
  await frame.getByRole('link', { name: startsWith(localized(event(EVENT).title)) }).click();
  await frame.getByRole('button', { name: ui('next') }).waitFor();
  heights.push(await assertFits(page, frame, 'first question'));
  pages++;
  while (!(await onReview(frame))) {
    const q = await answerAndNext(frame, EVENT, s.answers);
    heights.push(await assertFits(page, frame, `after ${q}`));
    pages++;
    assert.equal(page.url(), hostUrl, 'the host page did not navigate');
  }
  const before = await frame.getByRole('heading', { level: 1 }).textContent();
  await frame.getByRole('link', { name: ui('show_results'), exact: true }).click();
  await waitForNewHeading(frame, before);
  assert.ok(await onResults(frame));
  await assertResults(frame, s);
  heights.push(await assertFits(page, frame, 'results'));
  pages++;
  assert.ok(new Set(heights).size > 2, `the iframe changed height with the pages: ${heights.join(', ')}`);
  assert.ok(heights.at(-1) > heights[1], 'the results are taller than a question');

  // A narrower screen (a phone turned back, a smaller window): taller content, taller iframe.
  const tall = heights.at(-1);
  await page.setViewportSize({ width: 320, height: 700 });
  const narrow = await assertFits(page, frame, 'results, narrower');
  assert.ok(narrow > tall, `narrower means taller: ${narrow} > ${tall}`);
  await screenshot(page, 'embed-results');

  // The host page's address never changed; its messages carried only the height.
  assert.equal(page.url(), hostUrl);
  const messages = await page.evaluate(() => window.__messages);
  assert.ok(messages.length >= pages, `a message per page at least (${messages.length} for ${pages} pages)`);
  for (const m of messages) {
    assert.equal(m.origin, env.server.origin);
    assert.deepEqual(Object.keys(m.data).sort(), ['height', 'type']);
    assert.equal(m.data.type, 'iga-guide:height');
    assert.ok(Number.isInteger(m.data.height) && m.data.height > 0);
  }

  // Back goes through the guide's pages, then to the host site's previous page: the guide
  // adds one history entry per page the citizen opened, and none of its own.
  for (let i = 1; i < pages; i++) {
    await back(page, frame);
    assert.equal(page.url(), hostUrl, `back ${i} of ${pages - 1} stays on the host page, inside the guide`);
  }
  await frame.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
  await back(page, frame);
  assert.equal(page.url(), host.url + 'before', 'one more back leaves for the page before');

  // Every file of the guide came from its sub-path.
  for (const r of env.server.requests) {
    assert.ok(r.path.startsWith(BASE), `${r.path} requested outside ${BASE}`);
    assert.equal(r.status, 200, `${r.path} answered ${r.status}`);
  }
  page.assertHealthy();
});

test('a link into an event from the host page (#/tennyu) opens it, and adds nothing to the history', async () => {
  const page = await newPhonePage(env.browser);
  const frame = await openFromHostSite(page, '転入の手続き');
  assert.equal(page.url(), host.url + 'tennyu');
  await frame.getByRole('button', { name: ui('next') }).waitFor();
  const q = await currentQuestion(frame, EVENT);
  assert.ok(q, 'a question of 転入 is shown');
  assert.match(frame.url(), new RegExp(`#/${EVENT}(/${q})?$`));
  await assertFits(page, frame, 'first question of 転入');
  // Opening the guide added no history entry: one back is the page before.
  await back(page, frame);
  assert.equal(page.url(), host.url + 'before');
  page.assertHealthy();
});

test('from the bottom of a long page, the next page starts in view on the host page', async () => {
  const page = await newPhonePage(env.browser);
  await page.goto(host.url + 'results');
  const frame = await (await page.locator('iframe#iga-guide').elementHandle()).contentFrame();
  await frame.getByRole('heading', { level: 1, name: ui('results_heading') }).waitFor();
  await assertFits(page, frame, 'results');
  const startOver = frame.getByRole('link', { name: ui('start_over'), exact: true });
  await startOver.scrollIntoViewIfNeeded();
  assert.ok((await page.evaluate(() => scrollY)) > 2000, 'the host page is scrolled far down');
  await startOver.click();
  await frame.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
  await assertFits(page, frame, 'home after the results');
  // The guide moves focus to the new page's heading, which brings it into the host's view.
  const box = await frame.getByRole('heading', { level: 1 }).boundingBox();
  const viewport = page.viewportSize();
  assert.ok(box.y >= 0 && box.y + box.height <= viewport.height, `the heading is on screen (y = ${box.y})`);
  page.assertHealthy();
});
