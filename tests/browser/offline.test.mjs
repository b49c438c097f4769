// Offline and installable: a phone that opened the guide once can use it with no network
// (the service worker dist/sw.js precaches the build), and a new build replaces the old one
// on the next visit, never mixed with it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setup, newPhonePage, screenshot, localized, useLanguage, languages, literal, BASE } from './helpers.mjs';
import { DIST, startServer } from './server.mjs';
import { ui, event, startsWith, completeJourney, assertResults, loadScenariosOnce } from './journey.mjs';
import { writeServiceWorker, writeRetiringWorker } from '../../scripts/offline.mjs';

const EVENT = 'tennyu';
const SW = { contextOptions: { serviceWorkers: 'allow' } };
let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** Polls `check` (sync or async) until it is true; after `ms`, fails saying `what` (a text,
 * or an async function that describes the state then). */
async function until(check, what, ms = 30000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`timed out waiting until ${typeof what === 'function' ? await what() : what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Every file of a build folder but sw.js, as paths relative to it. */
function filesOf(dir, rel = '') {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.name.startsWith('.')) return [];
    return e.isDirectory() ? filesOf(dir, p) : p === 'sw.js' ? [] : [p];
  }).sort();
}

/** Waits until a service worker controls the page; returns its scope and script. */
async function controlled(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return { scope: registration.scope, script: navigator.serviceWorker.controller.scriptURL };
  });
}

/** The page's caches: { name: [url, …] }. */
const cachesOf = (page) => page.evaluate(async () => {
  const out = {};
  for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => r.url).sort();
  return out;
});

const buildOf = (dir) => fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/const BUILD = "([0-9a-f]+)"/)[1];

test('the build is installable: a manifest from content, with icons, relative to the sub-path', async () => {
  const page = await newPhonePage(env.browser);
  await page.goto(env.at('#/'));
  const href = await page.locator('link[rel="manifest"]').evaluate((l) => l.href);
  assert.equal(href, env.server.url + 'manifest.webmanifest');
  const response = await page.request.get(href);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /^application\/manifest\+json/);
  const manifest = await response.json();
  assert.equal(manifest.name, ui('app_title'));
  assert.equal(manifest.short_name, ui('app_short_name'));
  assert.equal(new URL(manifest.start_url, href).href, env.server.url, 'start_url is the guide itself');
  assert.equal(new URL(manifest.scope, href).href, env.server.url);
  for (const icon of manifest.icons) {
    const r = await page.request.get(new URL(icon.src, href).href);
    assert.equal(r.status(), 200, icon.src);
    const png = await r.body();
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', `${icon.src} is a PNG`);
    const [w, h] = icon.sizes.split('x').map(Number);
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [w, h], `${icon.src} is ${icon.sizes}`);
  }
  for (const size of [192, 512]) assert.ok(manifest.icons.some((i) => i.sizes === `${size}x${size}`), `a ${size}px icon`);
  page.assertHealthy();
});

test('opened once, the guide works offline: reload, answer every question, see the results', async () => {
  // Its own server, stopped once the phone is offline: Chromium's offline emulation covers
  // the page and the worker but not the browser's own check for a new sw.js, which a phone
  // with no network cannot make either.
  const server = await startServer({ base: BASE });
  try {
    const page = await newPhonePage(env.browser, SW);
    await page.goto(server.url + '#/');
    await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
    const sw = await controlled(page);
    assert.equal(sw.scope, server.url, 'the worker covers the sub-path the guide is served from');
    assert.equal(sw.script, server.url + 'sw.js');

    // One cache, holding every file of the build.
    const cached = await cachesOf(page);
    const names = Object.keys(cached);
    assert.equal(names.length, 1, `one cache: ${names.join(', ')}`);
    assert.ok(names[0].endsWith(buildOf(DIST)), 'named after this build');
    assert.deepEqual(cached[names[0]], filesOf(DIST).map((f) => server.url + f), 'every file of dist/ is cached');

    await page.context().setOffline(true);
    await server.close();
    const served = server.requests.length;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
    const s = loadScenariosOnce(EVENT)[0];
    await page.getByRole('link', { name: startsWith(localized(event(EVENT).title)) }).click();
    await completeJourney(page, EVENT, s.answers);
    await assertResults(page, s);

    // Another language's texts come from the cache too.
    const english = languages().find((l) => l.id === 'en');
    await page.getByRole('combobox', { name: ui('language_label') }).selectOption({ label: english.name });
    useLanguage('en');
    try {
      await page.getByRole('heading', { level: 1, name: literal(ui('results_heading')) }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    } finally {
      useLanguage('ja');
    }
    await screenshot(page, 'offline-results');
    assert.equal(server.requests.length, served, 'nothing reached the server');
    page.assertHealthy();
  } finally {
    await server.close();
  }
});

test('a new build replaces the old one on the next visit, with no mix of the two', async () => {
  // A copy of dist/ that the test turns into "the next build" while the phone has the first.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-offline-'));
  const site = path.join(tmp, 'site');
  fs.cpSync(DIST, site, { recursive: true });
  const server = await startServer({ root: site, base: BASE });
  try {
    const page = await newPhonePage(env.browser, SW);
    await page.goto(server.url + '#/');
    await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
    await controlled(page);
    const first = buildOf(site);

    // The next build: another style sheet name (as a changed hash would give), a marked
    // index.html, the old file gone from the server, and its own sw.js.
    const css = fs.readdirSync(site).find((f) => f.endsWith('.css'));
    const newCss = css.replace(/\.css$/, '-next.css');
    fs.renameSync(path.join(site, css), path.join(site, newCss));
    const index = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
    assert.ok(index.includes(css));
    fs.writeFileSync(
      path.join(site, 'index.html'),
      index.replaceAll(css, newCss).replace('<head>', '<head>\n    <meta name="test-build" content="next" />'),
    );
    const { build: next } = writeServiceWorker(site);
    assert.notEqual(next, first, 'a new build is a new service worker');
    const asked = server.requests.length;

    // This visit still shows the first build, whole, from the cache; meanwhile the browser
    // finds the new sw.js, which caches the new build and takes over.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
    assert.equal(await page.locator('meta[name="test-build"]').count(), 0, 'the old index.html');
    assert.ok(await page.evaluate((c) => [...document.styleSheets].some((s) => s.href.endsWith(c) && s.cssRules.length > 0), css), 'with its own style sheet');
    await until(async () => {
      const names = Object.keys(await cachesOf(page));
      return names.length === 1 && names[0].endsWith(next);
    }, async () => {
      const names = Object.keys(await cachesOf(page));
      const workers = await page.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        return ['installing', 'waiting', 'active'].map((k) => `${k}: ${r?.[k]?.state ?? '-'}`).join(', ');
      });
      return `the new build replaces the old cache: ${names.join(', ')} (${workers})`;
    });

    // The next visit: the new build, whole.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
    assert.equal(await page.locator('meta[name="test-build"]').getAttribute('content'), 'next', 'the new index.html');
    assert.ok(await page.evaluate((c) => [...document.styleSheets].some((s) => s.href.endsWith(c) && s.cssRules.length > 0), newCss), 'with the new style sheet');
    const since = server.requests.slice(asked);
    assert.deepEqual(since.filter((r) => r.status !== 200), [], 'nothing asked for a file the server no longer has');
    assert.ok(!since.some((r) => r.path.endsWith(css)), 'the old style sheet was never asked for again');

    // And offline, still the new build.
    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
    assert.equal(await page.locator('meta[name="test-build"]').getAttribute('content'), 'next');
    await page.getByRole('link', { name: startsWith(localized(event(EVENT).title)) }).click();
    await page.getByRole('button', { name: ui('next') }).waitFor();
    page.assertHealthy();
  } finally {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('where the service worker cannot be installed (sw.js missing), the guide works as before', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-no-sw-'));
  fs.cpSync(DIST, tmp, { recursive: true });
  fs.rmSync(path.join(tmp, 'sw.js'));
  const server = await startServer({ root: tmp, base: BASE });
  try {
    const page = await newPhonePage(env.browser, SW);
    await page.goto(server.url + '#/');
    await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
    // The registration is tried (and fails) after the page has loaded: wait for its request.
    await until(() => server.requests.some((r) => r.path === BASE + 'sw.js' && r.status === 404), 'the registration was tried');
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
    const s = loadScenariosOnce(EVENT)[0];
    await page.getByRole('link', { name: startsWith(localized(event(EVENT).title)) }).click();
    await completeJourney(page, EVENT, s.answers);
    await assertResults(page, s);
    assert.deepEqual(page.problems.pageErrors, [], 'no uncaught error: the failed registration is caught');
    assert.deepEqual(page.problems.external, []);
  } finally {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

/** The page's registration as 'none' or the state of its active worker. */
const registrationOf = (page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none');
/** Asks the browser to look for a new sw.js now (as it does on a visit). */
const checkForUpdate = (page) => page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())?.update().catch(() => {}); });
/** The count of failed installs the worker recorded (assets/sw.js, FAILED), or 0. */
const failuresOf = (page) => page.evaluate(async () => {
  const name = (await caches.keys()).find((k) => k.startsWith('iga-guide-failed '));
  if (!name) return 0;
  const r = await (await caches.open(name)).match(new URL('index.html', location.href).href);
  return r ? (await r.json()).count : 0;
});
async function waitUntil(what, check, state = async () => '') {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out: ${what} ${await state()}`);
}

test('answers from the cache keep the headers the server sent', async () => {
  const headers = { 'Content-Security-Policy': "frame-ancestors 'self'", 'Referrer-Policy': 'no-referrer', 'Permissions-Policy': 'camera=()' };
  const server = await startServer({ base: BASE, headers });
  try {
    const page = await newPhonePage(env.browser, SW);
    await page.goto(server.url + '#/');
    await controlled(page);
    const response = await page.reload();
    assert.ok(response.fromServiceWorker(), 'the second visit is answered by the worker');
    for (const [name, value] of Object.entries(headers)) assert.equal(response.headers()[name.toLowerCase()], value, name);
    assert.equal(response.headers()['x-content-type-options'], 'nosniff');
    await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
    page.assertHealthy();
  } finally {
    await server.close();
  }
});

test('a new build that cannot be cached whole: after 3 tries the old one goes, the newest comes from the network, and the page says so', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-broken-'));
  const site = path.join(tmp, 'site');
  fs.cpSync(DIST, site, { recursive: true });
  const server = await startServer({ root: site, base: BASE });
  try {
    const page = await newPhonePage(env.browser, SW);
    await page.goto(server.url + '#/');
    await controlled(page);
    assert.equal(await page.getByText(ui('offline_unavailable')).count(), 0, 'no notice while the guide is kept');

    // The next build, as a host that rewrites a file on the fly would serve it: one file
    // differs from the hash its sw.js lists.
    const index = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
    fs.writeFileSync(path.join(site, 'index.html'), index.replace('<head>', '<head>\n    <meta name="test-build" content="next" />'));
    writeServiceWorker(site);
    const changed = 'handbook/index.html';
    fs.appendFileSync(path.join(site, changed), '<!-- changed by the host -->\n');

    for (let n = 1; n <= 2; n++) {
      await checkForUpdate(page);
      await waitUntil(`failed install ${n} is counted`, async () => (await failuresOf(page)) === n);
      // Still the old build, from the cache: a failure may be a passing one (a deploy half-done).
      const r = await page.reload();
      assert.ok(r.fromServiceWorker());
      assert.equal(await page.locator('meta[name="test-build"]').count(), 0);
      await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
    }
    await checkForUpdate(page);
    const state = async () => `${await registrationOf(page)} ${JSON.stringify(await page.evaluate(() => caches.keys()))} failures ${await failuresOf(page)}`;
    // The worker unregisters (it is gone once this page no longer needs it) and deletes the cached build.
    await waitUntil('the worker gives up: no cached build, the network-only mark', async () => {
      const keys = await page.evaluate(() => caches.keys());
      return !keys.some((k) => k.startsWith('iga-guide http')) && keys.some((k) => k.startsWith('iga-guide-network-only '));
    }, state);

    await page.reload();
    assert.equal(await page.locator('meta[name="test-build"]').getAttribute('content'), 'next', 'the newest build');
    await page.getByText(ui('offline_unavailable')).waitFor();
    await screenshot(page, 'offline-unavailable');
    // The newest build's worker keeps failing (the file is still changed): the guide keeps working online.
    const s = loadScenariosOnce(EVENT)[0];
    await page.getByRole('link', { name: startsWith(localized(event(EVENT).title)) }).click();
    await completeJourney(page, EVENT, s.answers);
    await assertResults(page, s);

    // Once the host serves the build as built, the next build installs and the notice goes.
    fs.writeFileSync(path.join(site, changed), fs.readFileSync(path.join(DIST, changed)));
    await page.goto(server.url + '#/');
    await page.reload();
    await checkForUpdate(page);
    await waitUntil('the build is cached whole again, the mark is gone', async () => {
      const keys = await page.evaluate(() => caches.keys());
      return keys.some((k) => k.startsWith('iga-guide http')) && !keys.some((k) => k.startsWith('iga-guide-network-only '));
    }, state);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
    assert.equal(await page.getByText(ui('offline_unavailable')).count(), 0, 'kept for offline use again, no notice');
    assert.deepEqual(page.problems.pageErrors, []);
  } finally {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('the kill-switch (offline.mjs --retire): the worker unregisters and deletes its caches, the guide works online', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-retire-'));
  const site = path.join(tmp, 'site');
  fs.cpSync(DIST, site, { recursive: true });
  const server = await startServer({ root: site, base: BASE });
  try {
    const page = await newPhonePage(env.browser, SW);
    await page.goto(server.url + '#/');
    await controlled(page);
    writeRetiringWorker(site);
    await checkForUpdate(page);
    await waitUntil('the worker is gone with its caches', async () =>
      (await registrationOf(page)) === 'none' && (await page.evaluate(async () => (await caches.keys()).length)) === 0);
    const r = await page.reload();
    assert.ok(!r.fromServiceWorker(), 'from the network');
    await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
    const s = loadScenariosOnce(EVENT)[0];
    await page.getByRole('link', { name: startsWith(localized(event(EVENT).title)) }).click();
    await completeJourney(page, EVENT, s.answers);
    await assertResults(page, s);
    assert.equal(await page.evaluate(async () => (await caches.keys()).length), 0, 'nothing is cached again');
    page.assertHealthy();
  } finally {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('at a site\'s root the worker answers only for the guide\'s own files, never another page of the site', async () => {
  const server = await startServer({ base: '/' });
  try {
    const page = await newPhonePage(env.browser, SW);
    await page.goto(server.url + '#/');
    const sw = await controlled(page);
    assert.equal(sw.scope, server.url, 'the worker covers the whole site');
    assert.ok((await page.reload()).fromServiceWorker(), 'the guide itself comes from the cache');
    assert.ok((await page.goto(server.url + '?lang=en#/')).fromServiceWorker(), 'also with the guide\'s ?lang=');
    for (const other of ['?page_id=3', 'news/', 'handbook/']) {
      const r = await page.goto(server.url + other);
      assert.ok(!r.fromServiceWorker(), `${other} is not answered by the worker`);
    }
  } finally {
    await server.close();
  }
});
