// Every resident understands it: a link in their language, a menu on every page, whole
// journeys in Português and Tiếng Việt, やさしい日本語 with furigana, axe in every language,
// the print view in another language, and what happens when a language cannot be loaded.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { setup, newPhonePage, screenshot, axeCheck, useLanguage, languages, localized, literal, OUTPUT } from './helpers.mjs';
import {
  ui, event, startsWith, completeJourney, assertResults, assertDue, onResults, queryOf, loadScenariosOnce, procedureTitle,
  neededSection,
} from './journey.mjs';

const EVENT = 'tennyu';
const offered = languages();
const html = (id) => offered.find((l) => l.id === id).html;
let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });
afterEach(() => useLanguage('ja'));

const textsRequested = () => env.server.requests.map((r) => r.path).filter((p) => /texts-[a-z-]+\.bin$/.test(p));

test('content/languages.yaml offers the eight languages, Japanese first', () => {
  assert.deepEqual(offered.map((l) => l.id), ['ja', 'ja-easy', 'en', 'pt', 'vi', 'es', 'zh', 'tl']);
});

test('a Portuguese link opens in Portuguese and downloads the Japanese (always needed) and the Portuguese texts, each once', async () => {
  const page = await newPhonePage(env.browser);
  const before = textsRequested().length;
  useLanguage('pt');
  await page.goto(env.at('#/?lang=pt'));
  await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), html('pt'));
  const fetched = textsRequested().slice(before);
  assert.deepEqual(fetched.map((p) => path.basename(p)).sort(), ['texts-ja.bin', 'texts-pt.bin'], 'the Japanese (preloaded, not fetched twice) and the chosen language; no other');
  assert.equal(await page.getByRole('combobox', { name: ui('language_label') }).inputValue(), String(offered.findIndex((l) => l.id === 'pt')));
  page.assertHealthy();
});

for (const lang of ['pt', 'vi']) {
  test(`a whole journey in ${lang}: questions, review and results in ${lang}, Japanese names beside`, async () => {
    const s = loadScenariosOnce(EVENT).find((x) => (x.needed || []).includes('kokuho-kanyu') && x.due);
    const page = await newPhonePage(env.browser);
    await page.goto(env.at(`#/?lang=${lang}`));
    useLanguage(lang);
    await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
    await page.getByRole('link', { name: startsWith(localized(event(EVENT).title)) }).click();
    await page.getByRole('button', { name: ui('next') }).waitFor();
    await completeJourney(page, EVENT, s.answers);
    await assertResults(page, s);
    await assertDue(page, s);
    // The counter still recognises the procedure: its Japanese name is beside the translation.
    useLanguage('ja');
    const jaTitle = procedureTitle('tennyu-todoke');
    useLanguage(lang);
    const card = neededSection(page).locator('li.procedure > h4').filter({ hasText: procedureTitle('tennyu-todoke') });
    assert.match(await card.textContent(), literal(`（${jaTitle}）`));
    assert.equal(await card.locator('[lang="ja"]').count(), 1, 'the Japanese name is marked lang="ja"');
    await screenshot(page, `results-${lang}`);
    page.assertHealthy();
  });
}

test('the menu switches language on any page, and the choice is remembered', async () => {
  const s = loadScenariosOnce(EVENT)[0];
  const page = await newPhonePage(env.browser);
  await page.goto(env.at(`#/${EVENT}/results?${queryOf(s.answers)}`));
  assert.ok(await onResults(page));
  await page.getByRole('combobox', { name: ui('language_label') }).selectOption({ label: 'Tiếng Việt' });
  useLanguage('vi');
  await page.getByRole('heading', { level: 1, name: literal(ui('results_heading')) }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), html('vi'));
  await page.reload();
  await page.getByRole('heading', { level: 1, name: literal(ui('results_heading')) }).waitFor();
  assert.match(page.url(), /#\/tennyu\/results\?/, 'the answers stayed in the link');
  page.assertHealthy();
});

test('やさしい日本語 shows furigana as <ruby>', async () => {
  const page = await newPhonePage(env.browser);
  await page.goto(env.at('#/?lang=ja-easy'));
  await page.locator('h1 ruby rt').first().waitFor();
  assert.ok((await page.locator('ruby').count()) > 10, 'kanji carry readings');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');
  await screenshot(page, 'home-ja-easy');
  page.assertHealthy();
});

test('axe-core: no violations on home, a question, the review and the results in every language', async () => {
  const s = loadScenariosOnce(EVENT)[0];
  for (const l of offered) {
    const page = await newPhonePage(env.browser);
    for (const hash of ['#/', `#/${EVENT}/moved_from?moving_date=2026-11-20`, `#/${EVENT}/review?${queryOf(s.answers)}`, `#/${EVENT}/results?${queryOf(s.answers)}`]) {
      await page.goto(env.at(`${hash}${hash.includes('?') ? '&' : '?'}lang=${l.id}`));
      await page.locator('h1').first().waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), l.html);
      await axeCheck(page, `${l.id} ${hash.split('?')[0]}`);
    }
    page.assertHealthy();
    await page.context().close();
  }
});

test('the print view in Português: the checklist with Japanese names, no navigation', async () => {
  const s = loadScenariosOnce(EVENT).find((x) => x.due) || loadScenariosOnce(EVENT)[0];
  const page = await newPhonePage(env.browser);
  await page.goto(env.at(`#/${EVENT}/results?${queryOf(s.answers)}&lang=pt`));
  useLanguage('pt');
  await page.getByRole('heading', { level: 1, name: literal(ui('results_heading')) }).waitFor();
  await page.emulateMedia({ media: 'print' });
  const shown = (locator) => locator.evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
  assert.equal(await shown(page.locator('.site-header, .actions, .button, .language')), 0, 'no navigation on paper');
  assert.ok(await page.locator('.sheet-step .ja-name').first().isVisible(), 'Japanese names are printed for the counter');
  await page.screenshot({ path: path.join(OUTPUT, 'print-pt-sheet.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  assert.ok(pdf.length > 10_000);
  page.assertHealthy();
});

test('a language that cannot be downloaded: the page opens in Japanese and says so', async () => {
  const page = await newPhonePage(env.browser);
  await page.route('**/texts-vi.bin', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto(env.at('#/?lang=vi'));
  await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
  assert.ok(await page.getByText(ui('language_failed')).isVisible(), 'the notice says the language could not be loaded');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');
  // The browser logs the failed download; nothing else may go wrong.
  assert.deepEqual(page.problems.pageErrors, []);
  assert.deepEqual(page.problems.external, []);
});
