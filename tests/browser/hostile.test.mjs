// Content written to break the page, shown by the app: every English text (the texts file a
// phone downloads, rewritten on the way) carries markup, a script, a `javascript:` address,
// template braces, right-to-left overrides or a 400-letter word. The home page, a results
// page and the counter's catalogue show each as text: no element or handler is injected,
// nothing runs, no policy is violated, and nothing is wider than a 390 or 320 px phone.
// (The same payloads through the handbook and the catalogue's HTML writer, natively:
// crates/content/tests/hostile_text.rs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setup, newPhonePage, OUTPUT } from './helpers.mjs';
import { DIST } from './server.mjs';
import { queryOf, loadScenariosOnce } from './journey.mjs';

const PAYLOADS = [
  '"\'><img src=x onerror="window.__ran=1">&',
  '<script>window.__ran=2</script>',
  'javascript:window.__ran=3',
  "{{constructor.constructor('window.__ran=4')()}} {date} {",
  '\u202eevil\u202d\u2066',
  '</p></li></ul></main><a href="javascript:window.__ran=5">x</a>',
  'W'.repeat(400),
];

// postcard: unsigned LEB128 lengths and counts.
function readVarint(buf, at) {
  let value = 0, shift = 0, b;
  do { b = buf[at++]; value += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
  return [value, at];
}
function writeVarint(n) {
  const out = [];
  do { let b = n % 128; n = Math.floor(n / 128); if (n) b |= 0x80; out.push(b); } while (n);
  return Buffer.from(out);
}

/** texts-en.bin with every text followed by a payload: { lang, strings, …rest as is }. */
function hostileTexts() {
  const buf = fs.readFileSync(path.join(DIST, 'texts/texts-en.bin'));
  let [len, at] = readVarint(buf, 0);
  const lang = buf.subarray(at, at + len);
  at += len;
  let count;
  [count, at] = readVarint(buf, at);
  const strings = [];
  for (let i = 0; i < count; i++) {
    [len, at] = readVarint(buf, at);
    strings.push(buf.subarray(at, at + len).toString('utf8') + PAYLOADS[i % PAYLOADS.length]);
    at += len;
  }
  const parts = [writeVarint(lang.length), lang, writeVarint(count)];
  for (const s of strings) { const b = Buffer.from(s, 'utf8'); parts.push(writeVarint(b.length), b); }
  parts.push(buf.subarray(at));
  return Buffer.concat(parts);
}

const WATCH = () => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.effectiveDirective}: ${e.sample}`));
};

let env, body;
before(async () => { env = await setup(); body = hostileTexts(); });
after(async () => { await env?.close(); });

/** Everything that would show an injection, and the page's widest element against the screen. */
const inspect = (page) => page.evaluate(() => {
  const all = [...document.querySelectorAll('*')];
  return {
    ran: window.__ran,
    violations: window.__violations,
    imgs: document.querySelectorAll('img').length,
    handlers: all.flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
    scriptLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))
      // The calendar file is the guide's own data: link (its texts checked by ics.rs's tests).
      .filter((h) => /^\s*(javascript|vbscript):|^\s*data:(?!text\/calendar;)/i.test(h)),
    bodyScripts: [...document.querySelectorAll('body script')].filter((s) => !s.src && s.type !== 'application/json').length,
    shown: document.body.innerText,
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
    widest: all.filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && getComputedStyle(el).position !== 'absolute')
      .slice(0, 3).map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`),
  };
});

async function assertHarmless(page, label, shot) {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 844 });
    const r = await inspect(page);
    assert.equal(r.ran, undefined, `${label}: nothing injected ran`);
    assert.deepEqual(r.violations, [], `${label}: no policy violation (nothing even tried to run)`);
    assert.equal(r.imgs, 0, `${label}: no <img> injected`);
    assert.deepEqual(r.handlers, [], `${label}: no event handler attribute`);
    assert.deepEqual(r.scriptLinks, [], `${label}: no script link`);
    assert.equal(r.bodyScripts, 0, `${label}: no <script> in the page's body`);
    assert.ok(r.shown.includes('<img src=x onerror='), `${label}: the markup is shown as text`);
    assert.ok(r.shown.includes('{{constructor'), `${label}: template braces are shown as text`);
    assert.ok(r.scrollWidth <= r.width, `${label} at ${width}px: ${r.scrollWidth}px wide (${r.widest.join(', ')})`);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  // The screen only: a whole catalogue is too tall for one capture.
  fs.mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: path.join(OUTPUT, `${shot}.png`) });
  assert.deepEqual(dialogs, [], `${label}: no dialog opened`);
  page.assertHealthy();
}

async function hostilePage() {
  const page = await newPhonePage(env.browser, { initScript: WATCH });
  await page.route('**/texts/texts-en.bin', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body }));
  return page;
}

/** The page has its heading and shows the hostile texts (some text of it carries each payload). */
const shown = (page) => page.waitForFunction(() => document.querySelector('h1') && document.querySelector('main')?.innerText.includes('onerror'));

test('home page: hostile texts are shown as text', async () => {
  const page = await hostilePage();
  await page.goto(env.at('#/?lang=en'));
  await shown(page);
  await assertHarmless(page, 'home', 'hostile-home');
});

test('results page: hostile texts are shown as text', async () => {
  const s = loadScenariosOnce('tennyu')[0];
  const page = await hostilePage();
  await page.goto(env.at(`#/tennyu/results?${queryOf(s.answers)}&lang=en`));
  await shown(page);
  await page.locator('.procedure').first().waitFor();
  await assertHarmless(page, 'results', 'hostile-results');
});

test('counter catalogue and a citizen\'s results there: hostile texts are shown as text', async () => {
  const s = loadScenariosOnce('tennyu')[0];
  const page = await hostilePage();
  await page.goto(env.at('#/staff?lang=en'));
  await shown(page);
  await page.locator('#staff-list .entry').first().waitFor();
  await assertHarmless(page, 'catalogue', 'hostile-staff');
  await page.goto(env.at(`#/staff/tennyu?${queryOf(s.answers)}&lang=en`));
  await page.locator('.procedure').first().waitFor();
  await assertHarmless(page, 'staff results', 'hostile-staff-results');
});
