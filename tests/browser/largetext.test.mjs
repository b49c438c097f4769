// Large text on a small screen (issue 16 point 6): the browser's text size at 150 % (Chromium's
// own font-size setting, as a 78-year-old's phone has it) and 320 CSS px wide. Every page type —
// home, a question, the review, results, the offices, the staff catalogue and a citizen's
// results at the counter, privacy — must not scroll sideways, keep the header on one row
// (「言語（Language）」 never broken), and make every link, button and menu a 44 × 44 px target.
// The home page shows events on the first screen; a new question opens at its top.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPhonePage, screenshot, axeCheck, useLanguage } from './helpers.mjs';
import { ui, queryOf, loadScenariosOnce, onReview } from './journey.mjs';

const WIDTH = 320;
const HEIGHT = 640;
const family = loadScenariosOnce('tennyu')[0];
const PAGES = {
  home: '#/',
  question: '#/tennyu',
  review: `#/tennyu/review?${queryOf(family.answers)}`,
  results: `#/tennyu/results?${queryOf(family.answers)}`,
  offices: '#/offices',
  staff: '#/staff',
  'staff-results': `#/staff/tennyu?${queryOf(family.answers)}`,
  privacy: '#/privacy',
};

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); useLanguage('ja'); });

/** A 320 px phone with the browser's text size at 150 % (16 → 24 px). */
async function largeTextPage() {
  const page = await newPhonePage(env.browser);
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24, fixed: 20 } });
  return page;
}

async function open(page, hash) {
  await page.goto('about:blank');
  await page.goto(env.at(hash));
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(() => document.fonts.ready);
}

/** Sideways scroll, the header's rows, and every target smaller than 44 × 44 px. */
const measure = (page) => page.evaluate(() => {
  const root = document.documentElement;
  const visible = (e) => {
    const s = getComputedStyle(e);
    if (s.visibility === 'hidden' || e.closest('[hidden], .sheet, .visually-hidden, .skip-link')) return false;
    const r = e.getBoundingClientRect();
    return r.width > 1 && r.height > 1;
  };
  const header = document.querySelector('.site-header');
  const parts = [...header.children].filter(visible).map((e) => e.getBoundingClientRect());
  // One row: every part starts before every other part ends (they sit side by side).
  const oneRow = parts.every((a) => parts.every((b) => a.top < b.bottom && b.top < a.bottom));
  const label = document.querySelector('.language label');
  const small = [...document.querySelectorAll('a, button, select, summary')]
    .filter(visible)
    .map((e) => ({ e, r: e.getBoundingClientRect() }))
    .filter(({ r }) => r.height < 43.5 || r.width < 43.5)
    .slice(0, 8)
    .map(({ e, r }) => `<${e.tagName.toLowerCase()} class="${e.className}"> ${Math.round(r.width)}×${Math.round(r.height)}: ${(e.textContent || '').trim().slice(0, 30)}`);
  return {
    fontSize: parseFloat(getComputedStyle(document.body).fontSize),
    width: Math.max(root.scrollWidth, document.body.scrollWidth),
    client: root.clientWidth,
    oneRow,
    labelWraps: label ? getComputedStyle(label).whiteSpace !== 'nowrap' : false,
    small,
  };
});

test(`150 % text at ${WIDTH}px: no sideways scroll, a one-row header, 44 px targets on every page type`, async () => {
  useLanguage('ja');
  const page = await largeTextPage();
  const failures = [];
  for (const [name, hash] of Object.entries(PAGES)) {
    await open(page, hash);
    const m = await measure(page);
    assert.equal(m.fontSize, 24, 'the browser text size is 150 %');
    console.log(`large text ${name}: ${m.width}px wide, header one row: ${m.oneRow}, small targets: ${m.small.length}`);
    if (m.width > m.client) failures.push(`${name}: ${m.width}px wide`);
    if (!m.oneRow) failures.push(`${name}: the header takes more than one row`);
    if (m.labelWraps) failures.push(`${name}: 「${ui('language_label')}」 may break`);
    if (m.small.length) failures.push(`${name}: targets under 44px:\n    ${m.small.join('\n    ')}`);
    if (failures.length) await screenshot(page, `largetext-${name}`);
  }
  assert.deepEqual(failures, []);
  page.assertHealthy();
});

test('150 % text: the home page shows events on its first screen', async () => {
  const page = await largeTextPage();
  await open(page, '#/');
  const first = await page.locator('.events a.event').first().boundingBox();
  assert.ok(first && first.y + 44 <= HEIGHT, `the first event starts at ${Math.round(first?.y)}px, within the ${HEIGHT}px screen`);
  await screenshot(page, 'largetext-home');
  await axeCheck(page, 'home at 150 % text');
  page.assertHealthy();
});

test('150 % text: a question opened from the bottom of a long page starts at its top', async () => {
  const page = await largeTextPage();
  await open(page, PAGES.review);
  assert.ok(await onReview(page));
  // The last 変更 link, at the bottom of the long review.
  const change = page.getByRole('link', { name: new RegExp(ui('change')) }).last();
  await change.scrollIntoViewIfNeeded();
  assert.ok(await page.evaluate(() => window.scrollY) > 0);
  await change.click();
  await page.waitForFunction(() => /\/review\/[^/?]+/.test(location.hash));
  await page.getByRole('heading', { level: 1 }).waitFor();
  const top = await page.getByRole('heading', { level: 1 }).evaluate((h) => h.getBoundingClientRect().top);
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page is at its top');
  assert.ok(top >= 0 && top < HEIGHT / 2, `the question's title is whole on the first screen (${Math.round(top)}px), not cut`);
  page.assertHealthy();
});
