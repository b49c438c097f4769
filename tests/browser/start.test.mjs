// Before the app starts: the home page is in the HTML the server sends (written at build
// time by the engine's home writer, the code the app uses), the app replaces it without
// anything moving (CLS 0), a deep link shows a loading line instead of the home page, and
// when the app cannot start (wasm 404, Japanese texts 404, glue aborted, no WebAssembly) or is slow, the page
// says so in plain words and links to the handbook page of the event the link named.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPhonePage, screenshot, localized, useLanguage, languages, PHONE } from './helpers.mjs';
import { content, ui, queryOf, loadScenariosOnce } from './journey.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const isWasm = (url) => /\.wasm(\?|$)/.test(url);
const isGlue = (url) => /\/iga-guide[^/]*\.js(\?|$)/.test(url);
const scenario = loadScenariosOnce('tennyu')[0];
const resultsLink = `#/tennyu/results?${queryOf(scenario.answers)}`;
const notice = (page) => page.locator('#start-failed');

/** Holds the wasm until `release()`: the page stays as the build wrote it until then. */
async function holdWasm(page) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(isWasm, async (route) => { await held; await route.continue(); });
  return () => release();
}

test('the HTML the server sends holds the home page: title, the eight events, the languages, the footer', async () => {
  const html = await (await fetch(env.at(''))).text();
  for (const text of [ui('app_title'), ui('home_heading'), ui('staff_link'), ui('language_label')]) {
    assert.ok(html.includes(text), `index.html should contain 「${text}」`);
  }
  for (const e of content.events) {
    assert.ok(html.includes(localized(e.title)) && html.includes(localized(e.summary)), `index.html should list ${localized(e.title)} with its summary`);
  }
  for (const l of languages()) assert.ok(html.includes(`>${l.name}</option>`), `the language menu should offer ${l.name}`);

  // Without JavaScript at all, a phone shows it too (and the way to the handbook).
  const context = await env.browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.at(''));
  assert.ok(await page.getByRole('heading', { level: 1, name: ui('home_heading') }).isVisible());
  assert.equal(await page.locator('ul.events > li').count(), content.events.length);
  await screenshot(page, 'start-no-js');
  await context.close();
});

test('the app replaces the build\'s home page with the same markup: nothing moves (CLS 0)', async () => {
  const page = await newPhonePage(env.browser, {
    initScript: () => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    },
  });
  const release = await holdWasm(page);
  await page.goto(env.at('#/'));
  const heading = page.getByRole('heading', { level: 1, name: ui('home_heading') });
  await heading.waitFor();
  assert.equal(await page.locator('#loading').isVisible(), false, 'the home page, not the loading line');
  // The build's copy, painted, before the wasm has arrived.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const markup = () => page.evaluate(() => {
    const parts = [...document.querySelectorAll('body > .skip-link, body > .site-header, body > main')];
    // Compared as markup: without the build's marker, Leptos' empty comment markers (they
    // draw nothing) and the order attributes were set in.
    return parts.map((el) => {
      const copy = el.cloneNode(true);
      copy.removeAttribute('data-prerendered');
      const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
      const comments = [];
      while (walker.nextNode()) comments.push(walker.currentNode);
      comments.forEach((c) => c.remove());
      for (const e of [copy, ...copy.querySelectorAll('*')]) {
        const attrs = [...e.attributes].map((a) => [a.name, a.value]).sort();
        attrs.forEach(([n]) => e.removeAttribute(n));
        attrs.forEach(([n, v]) => e.setAttribute(n, v));
      }
      return copy.outerHTML;
    });
  });
  const built = await markup();
  assert.equal(built.length, 3, 'skip link, header and main in the build\'s HTML');
  release();
  await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
  const app = await markup();
  assert.deepEqual(app, built, 'the app\'s home page is the markup the build wrote');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const cls = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
  assert.equal(cls, 0, 'cumulative layout shift while the app takes over');
  // And it is the app now: the language menu works.
  useLanguage('en');
  try {
    await page.getByRole('combobox').selectOption(String(languages().findIndex((l) => l.id === 'en')));
    await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
  } finally {
    useLanguage('ja');
  }
  page.assertHealthy();
});

test('a shared results link shows a loading line, never the home page, until its results are there', async () => {
  const page = await newPhonePage(env.browser);
  const release = await holdWasm(page);
  await page.goto(env.at(resultsLink));
  await page.locator('#loading').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#loading').textContent(), ui('loading'));
  assert.equal(await page.getByRole('heading', { name: ui('home_heading') }).isVisible(), false, 'no flash of the home page');
  await screenshot(page, 'start-deep-link-loading');
  release();
  await page.getByRole('heading', { level: 1, name: ui('results_heading') }).waitFor();
  assert.equal(await page.locator('[data-prerendered]').count(), 0, 'nothing of the build\'s page is left');
  page.assertHealthy();
});

test('a phone in another language gets the loading line, not the Japanese home page, then its language', async () => {
  const page = await newPhonePage(env.browser, { contextOptions: { locale: 'pt-BR' } });
  const release = await holdWasm(page);
  await page.goto(env.at(''));
  await page.locator('#loading').waitFor({ state: 'visible' });
  assert.equal(await page.getByRole('heading', { name: ui('home_heading') }).isVisible(), false);
  release();
  useLanguage('pt');
  try {
    await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
  } finally {
    useLanguage('ja');
  }
  page.assertHealthy();
});

test('a tap on an event before the app has started opens that event once it has', async () => {
  const page = await newPhonePage(env.browser);
  const release = await holdWasm(page);
  await page.goto(env.at(''));
  await page.locator('a.event[href$="#/tennyu"]').click();
  await page.locator('#loading').waitFor({ state: 'visible' });
  release();
  await page.getByRole('button', { name: ui('next') }).waitFor();
  assert.match(page.url(), /#\/tennyu/);
  page.assertHealthy();
});

/** A UI text in another language. */
function uiIn(lang, key) {
  useLanguage(lang);
  try {
    return ui(key);
  } finally {
    useLanguage('ja');
  }
}

/** The notice says `kind` (start_slow / start_failed) in `lang` and links to `href`. */
async function assertNotice(page, kind, href, lang = 'ja') {
  const box = notice(page);
  await box.waitFor({ state: 'visible', timeout: 20000 });
  assert.equal((await box.locator('p').first().textContent()).trim(), uiIn(lang, `start_${kind}`));
  const link = box.getByRole('link', { name: uiIn(lang, 'start_handbook') });
  assert.equal(await link.getAttribute('href'), href);
}

test('the wasm missing (404): a deep link says so and links to its event\'s handbook page', async () => {
  const page = await newPhonePage(env.browser);
  await page.route(isWasm, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
  await page.goto(env.at('#/tennyu'));
  await assertNotice(page, 'failed', 'handbook/tennyu.html');
  await screenshot(page, 'start-failed-wasm-404');
  await notice(page).getByRole('link').click();
  await page.getByRole('heading', { level: 1 }).filter({ hasText: localized(content.events.find((e) => e.id === 'tennyu').title) }).waitFor();
});

test('the Japanese texts missing (404): the page says so and links to the event\'s handbook page', async () => {
  const page = await newPhonePage(env.browser);
  await page.route('**/texts/texts-ja.bin', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
  await page.goto(env.at('#/tennyu'));
  await assertNotice(page, 'failed', 'handbook/tennyu.html');
  assert.equal(await page.getByRole('button', { name: ui('next') }).count(), 0, 'the app did not start without its texts');
});

test('the glue script aborted (network drop): the home page stays readable, its events open the handbook', async () => {
  const page = await newPhonePage(env.browser);
  await page.route(isGlue, (route) => route.abort('internetdisconnected'));
  await page.goto(env.at(''));
  await assertNotice(page, 'failed', 'handbook/index.html');
  assert.ok(await page.getByRole('heading', { level: 1, name: ui('home_heading') }).isVisible(), 'the home page is still there');
  assert.equal(await page.locator('a.event[href$="#/tennyu"]').count(), 0, 'no event link that needs the app is left');
  assert.equal(await page.locator('a.event[href="handbook/tennyu.html"]').count(), 1);
  assert.equal(await page.getByRole('combobox').isVisible(), false, 'the language menu needs the app: hidden');
  await screenshot(page, 'start-failed-glue');
});

test('a browser without WebAssembly: the link\'s language says so (English) and links to the handbook', async () => {
  const page = await newPhonePage(env.browser, { initScript: () => { delete window.WebAssembly; } });
  await page.goto(env.at(`${resultsLink}&lang=en`));
  await assertNotice(page, 'failed', 'handbook/tennyu.html', 'en');
  assert.equal(await notice(page).getAttribute('lang'), languages().find((l) => l.id === 'en').html);
});

test('a slow start: after a few seconds the page says so and offers the handbook; then the app starts', async () => {
  const page = await newPhonePage(env.browser);
  const release = await holdWasm(page);
  await page.goto(env.at('#/tennyu'));
  await assertNotice(page, 'slow', 'handbook/tennyu.html');
  release();
  await page.getByRole('button', { name: ui('next') }).waitFor();
  assert.equal(await notice(page).count(), 0, 'the notice goes when the app starts');
  page.assertHealthy();
});
