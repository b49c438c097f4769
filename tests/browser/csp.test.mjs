// The guide under a strict Content-Security-Policy, as the city's server will serve it: the
// <meta> policy the build writes (scripts/csp.mjs) and the response headers of README's
// nginx snippet. Everything a citizen and the counter do works with no policy violation, and
// a page on a site that is not listed in frame-ancestors cannot show the guide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, newPhonePage, screenshot, useLanguage, languages, literal, localized, BASE } from './helpers.mjs';
import { DIST, REPO, startServer, startHostPage } from './server.mjs';
import { ui, event, startsWith, completeJourney, assertResults, queryOf, loadScenariosOnce } from './journey.mjs';
import { policyFor } from '../../scripts/csp.mjs';

const EVENT = 'tennyu';
const CITY = 'https://www.city.iga.lg.jp';

/** README's snippets as { nginx: { header: value }, apache: { header: value } }. */
function readmeHeaders() {
  const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const block = (lang) => {
    const m = readme.match(new RegExp('```' + lang + '\\n([\\s\\S]*?)```'));
    assert.ok(m, `README.md has a \`\`\`${lang} block`);
    return m[1];
  };
  const nginx = Object.fromEntries([...block('nginx').matchAll(/add_header\s+(\S+)\s+"([^"]*)"\s+always;/g)].map((m) => [m[1], m[2]]));
  const apache = Object.fromEntries([...block('apache').matchAll(/Header always set (\S+) "([^"]*)"/g)].map((m) => [m[1], m[2]]));
  return { nginx, apache };
}

/** Collects every violation the page reports (each document of the page, from its start). */
const WATCH = () => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.effectiveDirective}: ${e.blockedURI} ${e.sample} (${e.sourceFile}:${e.lineNumber})`);
  });
};
const violations = (target) => target.evaluate(() => window.__violations);

let guide, embedder, stranger, browser, headers;
before(async () => {
  browser = await launchBrowser();
  // The embedding site is listed in frame-ancestors, `stranger` is not.
  const frameOf = (src) => `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>host</title></head>
<body><h1>host</h1><iframe src="${src}" title="guide" width="390" height="700"></iframe></body></html>`;
  embedder = await startHostPage(() => frameOf(guide.url + '#/'));
  stranger = await startHostPage(() => frameOf(guide.url + '#/'));
  headers = Object.fromEntries(Object.entries(readmeHeaders().nginx).map(([k, v]) => [k, v.replaceAll(CITY, embedder.origin)]));
  guide = await startServer({ base: BASE, headers });
});
after(async () => {
  await browser?.close();
  await Promise.all([guide?.close(), embedder?.close(), stranger?.close()]);
});

test('README: the nginx and Apache snippets set the same four headers, frame-ancestors listing the city', () => {
  const { nginx, apache } = readmeHeaders();
  assert.deepEqual(Object.keys(nginx).sort(), ['Content-Security-Policy', 'Permissions-Policy', 'Referrer-Policy', 'X-Content-Type-Options']);
  assert.deepEqual(apache, nginx, 'both servers get the same headers');
  assert.match(nginx['Content-Security-Policy'], new RegExp(`^frame-ancestors 'self' ${literal(CITY).source}$`));
});

test('every page of the build carries the policy of its own inline scripts and styles, nothing unsafe', () => {
  const pages = ['index.html', ...fs.readdirSync(path.join(DIST, 'handbook')).map((f) => `handbook/${f}`)];
  for (const file of pages) {
    const html = fs.readFileSync(path.join(DIST, file), 'utf8');
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)];
    assert.equal(metas.length, 1, `${file}: one policy`);
    const policy = metas[0][1];
    assert.equal(policy, policyFor(html, file), `${file}: the policy is that of its final bytes`);
    assert.ok(!/unsafe-inline|unsafe-eval'|\*/.test(policy.replace("'wasm-unsafe-eval'", '')), `${file}: nothing unsafe: ${policy}`);
    assert.ok(html.indexOf('Content-Security-Policy') < html.search(/<(script|style|link)\b/), `${file}: the policy comes before what it governs`);
  }
  const app = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const policy = policyFor(app);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+' 'sha256-[^']+'(;|$)/, 'the module that starts the wasm and shell.js, by hash');
  // What the policy relies on: the wasm-bindgen glue and everything else run without eval.
  for (const js of fs.readdirSync(DIST).filter((f) => f.endsWith('.js'))) {
    const code = fs.readFileSync(path.join(DIST, js), 'utf8');
    assert.ok(!/\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/.test(code), `${js} uses no eval or new Function`);
  }
});

test('journey, language, calendar, print, staff and handbook: no policy violation, under the server headers', async () => {
  const s = loadScenariosOnce(EVENT)[0];
  const page = await newPhonePage(browser, { contextOptions: { serviceWorkers: 'allow' }, initScript: WATCH });
  const response = await page.goto(guide.url + '#/');
  for (const [name, value] of Object.entries(headers)) assert.equal(response.headers()[name.toLowerCase()], value, name);

  await page.getByRole('link', { name: startsWith(localized(event(EVENT).title)) }).click();
  await completeJourney(page, EVENT, s.answers);
  await assertResults(page, s);

  // The calendar file downloads.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: ui('calendar_download') }).click()]);
  const ics = fs.readFileSync(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);

  // Print (the print style sheet and a PDF, as the print dialog would).
  await page.emulateMedia({ media: 'print' });
  assert.ok((await page.pdf({ format: 'A4' })).length > 10000, 'a printed page');
  await page.emulateMedia({ media: 'screen' });

  // Another language (its texts are downloaded).
  const english = languages().find((l) => l.id === 'en');
  await page.getByRole('combobox', { name: ui('language_label') }).selectOption({ label: english.name });
  useLanguage('en');
  try {
    await page.getByRole('heading', { level: 1, name: literal(ui('results_heading')) }).waitFor();
    await page.getByRole('combobox', { name: ui('language_label') }).selectOption({ label: languages().find((l) => l.id === 'ja').name });
  } finally {
    useLanguage('ja');
  }
  await page.getByRole('heading', { level: 1, name: literal(ui('results_heading')) }).waitFor();
  assert.deepEqual(await violations(page), [], 'no violation in the citizen\'s journey');

  // The counter: the catalogue, a citizen's link opened in it.
  await page.goto(guide.url + '#/staff');
  await page.getByRole('heading', { level: 1, name: ui('staff_heading') }).waitFor();
  await page.getByLabel(ui('staff_search')).fill(localized(event(EVENT).title).slice(0, 2));
  await page.getByLabel(ui('staff_open_link')).fill(guide.url + `#/${EVENT}/results?${queryOf(s.answers)}`);
  await page.getByRole('button', { name: ui('staff_open') }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(ui('staff_results_heading')) }).waitFor();
  assert.deepEqual(await violations(page), [], 'no violation at the counter');

  // The handbook: a plain page with its own policy (an inline style, by hash).
  for (const file of ['handbook/index.html', `handbook/${EVENT}.html`]) {
    const r = await page.goto(guide.url + file);
    assert.equal(r.headers()['content-security-policy'], headers['Content-Security-Policy']);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await page.locator('h2').first().evaluate((h) => getComputedStyle(h).borderBottomStyle), 'solid', `${file}: its style applies`);
    assert.deepEqual(await violations(page), [], `no violation on ${file}`);
  }
  await screenshot(page, 'csp-handbook');
  page.assertHealthy();
});

test('an injected inline script or handler does not run', async () => {
  const page = await newPhonePage(browser, { initScript: WATCH });
  await page.goto(guide.url + '#/');
  await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
  // What an escaping mistake would put into the page.
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.innerHTML = '<img src="data:," onerror="window.__ran = 1"><b style="color:red">x</b>';
    document.body.append(div);
    const s = document.createElement('script');
    s.textContent = 'window.__ran = 2';
    document.body.append(s);
  });
  await page.waitForFunction(() => window.__violations.length >= 3);
  assert.equal(await page.evaluate(() => window.__ran), undefined, 'nothing injected ran');
  const seen = (await violations(page)).join('\n');
  assert.match(seen, /script-src-attr/);
  assert.match(seen, /script-src-elem/);
  assert.match(seen, /style-src-attr/);
});

test('frame-ancestors: the listed site shows the guide in a frame, another site gets a refused frame', async () => {
  const ok = await newPhonePage(browser);
  await ok.goto(embedder.url);
  const okFrame = await (await ok.locator('iframe').elementHandle()).contentFrame();
  await okFrame.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
  ok.assertHealthy();

  const page = await newPhonePage(browser);
  const refused = new Promise((resolve) => page.on('console', (m) => { if (/frame-ancestors/.test(m.text())) resolve(m.text()); }));
  await page.goto(stranger.url);
  assert.match(await refused, /(Refused to frame|violates).*frame-ancestors/s, 'the browser refuses the frame, naming frame-ancestors');
  const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
  assert.equal(await frame.getByRole('heading', { level: 1, name: ui('home_heading') }).count(), 0, 'nothing of the guide is shown');
  assert.ok(!frame.url().startsWith(guide.origin), `the frame holds no page of the guide (${frame.url()})`);
});
