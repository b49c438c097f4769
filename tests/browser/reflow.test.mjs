// Reflow (WCAG 2.2 1.4.10, JIS X 8341-3): at 320 CSS px wide — a small phone, or 200 % zoom
// on a 640 px screen — no page of the guide scrolls sideways, in any of the eight languages.
// Every page type: home, a question, the review, results (the longest 転入 and 死亡 households),
// the offices, the staff catalogue and a citizen's results at the counter, and the handbook.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPhonePage, screenshot, languages, useLanguage } from './helpers.mjs';
import { queryOf, loadScenariosOnce } from './journey.mjs';

const WIDTH = 320;
const longest = (event) => loadScenariosOnce(event)
  .reduce((a, b) => ((b.needed || []).length + (b.maybe || []).length > (a.needed || []).length + (a.maybe || []).length ? b : a));
const family = longest('tennyu');
const shibou = longest('shibou');
const PAGES = {
  home: '#/',
  question: '#/tennyu',
  review: `#/tennyu/review?${queryOf(family.answers)}`,
  results: `#/tennyu/results?${queryOf(family.answers)}`,
  'results-shibou': `#/shibou/results?${queryOf(shibou.answers)}`,
  offices: '#/offices',
  staff: '#/staff',
  'staff-results': `#/staff/tennyu?${queryOf(family.answers)}`,
};

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); useLanguage('ja'); });

/** How wide the page is, and the innermost elements that stick out past the screen. */
const measure = (page) => page.evaluate(() => {
  const root = document.documentElement;
  const width = Math.max(root.scrollWidth, document.body.scrollWidth);
  const over = [...document.body.querySelectorAll('*')]
    .filter((e) => e.getClientRects().length && e.getBoundingClientRect().right > root.clientWidth + 0.5)
    .filter((e, _, all) => !all.some((o) => o !== e && e.contains(o)))
    .slice(0, 5)
    .map((e) => `<${e.tagName.toLowerCase()} class="${e.className}"> ${Math.round(e.getBoundingClientRect().right)}px: ${(e.textContent || '').trim().slice(0, 60)}`);
  return { width, client: root.clientWidth, over };
});

async function open(page, url, lang) {
  await page.goto('about:blank');
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // The language's texts are in: the page says its language.
  const html = languages().find((l) => l.id === lang).html;
  await page.waitForFunction((h) => document.documentElement.lang === h, html);
  // Fonts and late layout (the QR code, ruby) settle before measuring.
  await page.evaluate(() => document.fonts.ready);
}

for (const { id: lang } of languages()) {
  test(`reflow at ${WIDTH}px in ${lang}: no page scrolls sideways`, async () => {
    useLanguage(lang);
    const page = await newPhonePage(env.browser);
    await page.setViewportSize({ width: WIDTH, height: 640 });
    const wide = [];
    for (const [name, hash] of Object.entries(PAGES)) {
      const sep = hash.includes('?') ? '&' : '?';
      await open(page, env.at(`${hash}${sep}lang=${lang}`), lang);
      const m = await measure(page);
      console.log(`reflow ${lang} ${name}: ${m.width}px`);
      if (m.width > m.client) {
        wide.push(`${name}: ${m.width}px wide\n    ${m.over.join('\n    ')}`);
        await screenshot(page, `reflow-${lang}-${name}`);
      }
    }
    assert.deepEqual(wide, [], `pages wider than ${WIDTH}px in ${lang}`);
    page.assertHealthy();
  });
}

test(`reflow at ${WIDTH}px: the handbook (no JavaScript) does not scroll sideways`, async () => {
  const page = await newPhonePage(env.browser);
  await page.setViewportSize({ width: WIDTH, height: 640 });
  const wide = [];
  for (const file of ['index', 'tennyu', 'shibou']) {
    await page.goto(env.at('').replace(/#.*$/, '') + `handbook/${file}.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const m = await measure(page);
    console.log(`reflow handbook ${file}: ${m.width}px`);
    if (m.width > m.client) wide.push(`${file}: ${m.width}px wide\n    ${m.over.join('\n    ')}`);
  }
  assert.deepEqual(wide, [], `handbook pages wider than ${WIDTH}px`);
  page.assertHealthy();
});
