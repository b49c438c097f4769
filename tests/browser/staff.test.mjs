// Counter staff mode (#/staff) on a desk screen: the catalogue of every procedure, found by
// name or by a document's name and narrowed by filters; a citizen's pasted results link
// opened densely, with print at the top and back to the list; and the printed handbook (dist/handbook/)
// read with JavaScript switched off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPhonePage, axeCheck, screenshot, readYaml, localized } from './helpers.mjs';
import { ui, event, procedureTitle, assertResults, queryOf, loadScenariosOnce } from './journey.mjs';

const DESK = { viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };
let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const shownTitles = (page) => page.locator('ul.catalogue > li:not([hidden]) h2').allTextContents();
const documentName = (id) => {
  for (const f of ['common', 'tennyu']) {
    const d = readYaml(`content/documents/${f}.yaml`).documents.find((x) => x.id === id);
    if (d) return localized(d.name);
  }
  throw new Error(`no document ${id}`);
};

async function openCatalogue() {
  const page = await newPhonePage(env.browser, { contextOptions: DESK });
  await page.goto(env.at('#/staff'));
  await page.getByRole('heading', { level: 1, name: ui('staff_heading') }).waitFor();
  return page;
}

test('the home page links to staff mode; the catalogue lists every procedure once', async () => {
  const page = await newPhonePage(env.browser, { contextOptions: DESK });
  await page.goto(env.at(''));
  await page.getByRole('link', { name: ui('staff_link') }).click();
  await page.getByRole('heading', { level: 1, name: ui('staff_heading') }).waitFor();
  const all = await shownTitles(page);
  assert.equal(new Set(all).size, all.length, 'each procedure once, however many events use it');
  for (const ep of event('tennyu').procedures) {
    assert.ok(all.includes(procedureTitle(ep.procedure)), `${ep.procedure} is in the catalogue`);
  }
  // 国民健康保険の加入 is used by several events: each with who needs it, in words.
  const kokuho = page.locator('ul.catalogue > li').filter({ has: page.getByRole('heading', { name: procedureTitle('kokuho-kanyu'), exact: true }) });
  const uses = await kokuho.locator('dl.uses > dt').allTextContents();
  assert.ok(uses.length >= 3, `国保 names the events that use it: ${uses.join(' / ')}`);
  assert.ok(uses.includes(localized(event('tennyu').title)));
  assert.match(await kokuho.locator('dl.uses > dd').first().textContent(), /「.+」/, 'a condition in words');
  assert.ok((await kokuho.textContent()).includes(ui('checked_on').replace('{date}', '').trim()), 'sources with the date checked');
  await screenshot(page, 'staff-catalogue');
  await axeCheck(page, 'staff catalogue');
  page.assertHealthy();
});

test('search finds a procedure by its name, its reading and a document it asks for', async () => {
  const page = await openCatalogue();
  const total = (await shownTitles(page)).length;
  const search = page.getByLabel(ui('staff_search'));
  await search.fill(procedureTitle('kokuho-kanyu'));
  assert.deepEqual(await shownTitles(page), [procedureTitle('kokuho-kanyu')]);
  await assert.doesNotReject(page.getByRole('status').filter({ hasText: String(total) }).waitFor());

  const certificate = documentName('tenshutsu-shomeisho');
  await search.fill(certificate);
  const found = await shownTitles(page);
  assert.ok(found.includes(procedureTitle('tennyu-todoke')), `「${certificate}」 finds 転入届: ${found.join(' / ')}`);
  assert.ok(found.length < total);

  // By reading, in hiragana or katakana (from the furigana of やさしい日本語).
  await search.fill('てんにゅうとどけ');
  assert.ok((await shownTitles(page)).includes(procedureTitle('tennyu-todoke')), 'てんにゅうとどけ finds 転入届');
  await search.fill('コクミンケンコウホケン');
  assert.ok((await shownTitles(page)).includes(procedureTitle('kokuho-kanyu')), 'コクミンケンコウホケン finds 国民健康保険の加入');

  await search.fill('該当しない言葉ｘｙｚ');
  assert.deepEqual(await shownTitles(page), []);
  await search.fill('');
  assert.equal((await shownTitles(page)).length, total);
  page.assertHealthy();
});

test('filters by event, section and office narrow the list', async () => {
  const page = await openCatalogue();
  const total = (await shownTitles(page)).length;
  await page.getByLabel(ui('staff_event')).selectOption({ label: localized(event('tennyu').title) });
  const tennyu = await shownTitles(page);
  const expected = [...new Set(event('tennyu').procedures.map((p) => procedureTitle(p.procedure)))];
  assert.deepEqual([...tennyu].sort(), [...expected].sort(), 'exactly the procedures of 転入');
  assert.ok(tennyu.length < total);

  const sections = readYaml('content/sections.yaml').sections;
  const kokuhoSection = sections.find((s) => s.id === readYaml('content/procedures/kokuho-kanyu.yaml').section);
  await page.getByLabel(ui('staff_section')).selectOption({ label: localized(kokuhoSection.name) });
  const narrowed = await shownTitles(page);
  assert.ok(narrowed.includes(procedureTitle('kokuho-kanyu')) && narrowed.length < tennyu.length, narrowed.join(' / '));

  await page.getByLabel(ui('staff_event')).selectOption({ index: 0 });
  await page.getByLabel(ui('staff_section')).selectOption({ index: 0 });
  const offices = readYaml('content/offices.yaml').offices;
  await page.getByLabel(ui('staff_office')).selectOption({ label: localized(offices[offices.length - 1].name) });
  assert.ok((await shownTitles(page)).length < total, 'an office filter narrows the list');
  page.assertHealthy();
});

test('a pasted results link shows that citizen\'s results; back to the list clears it', async () => {
  const s = loadScenariosOnce('tennyu')[0];
  const page = await openCatalogue();
  const input = page.getByLabel(ui('staff_open_link'));
  await input.fill('これはリンクではありません');
  await page.getByRole('button', { name: ui('staff_open') }).click();
  await page.getByText(ui('staff_bad_link')).waitFor();

  // What a QR scanner or the citizen's share field gives: the full results address.
  await input.fill(`  ${env.at(`#/tennyu/results?${queryOf(s.answers)}`)}\n`);
  await page.getByRole('button', { name: ui('staff_open') }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(ui('staff_results_heading')) }).waitFor();
  assert.match(new URL(page.url()).hash, /^#\/staff\/tennyu\?/, 'still in staff mode');
  await assertResults(page, s);
  await page.getByRole('region', { name: ui('answers_heading') }).waitFor();
  assert.ok(await page.getByRole('button', { name: ui('print') }).isVisible(), 'a print button at the counter');
  assert.equal(await page.getByRole('region', { name: ui('share_heading') }).isVisible(), false, 'no share box at the desk');
  await screenshot(page, 'staff-results');
  await axeCheck(page, 'staff results');

  const printed = await page.evaluate(() => new Promise((resolve) => {
    window.print = () => resolve(true);
    document.querySelector('button.print-top').click();
  }));
  assert.ok(printed, 'print opens the browser\'s print dialog');

  await page.getByRole('link', { name: ui('back_to_list') }).click();
  await page.getByRole('heading', { level: 1, name: ui('staff_heading') }).waitFor();
  assert.equal(new URL(page.url()).hash, '#/staff');
  assert.equal(await page.getByLabel(ui('staff_open_link')).inputValue(), '', 'nothing of the citizen is left');
  page.assertHealthy();
});

test('the handbook works without JavaScript and lists every 転入 procedure', async () => {
  const page = await newPhonePage(env.browser, { contextOptions: { javaScriptEnabled: false } });
  // The page shell's <noscript> links to the handbook.
  await page.goto(env.at(''));
  await page.locator('a[href="handbook/index.html"]').click();
  await page.getByRole('heading', { level: 1, name: ui('handbook_link') }).waitFor();
  await page.getByRole('link', { name: localized(event('tennyu').title), exact: true }).click();
  await page.getByRole('heading', { level: 1 }).filter({ hasText: localized(event('tennyu').title) }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'ja');
  const titles = await page.getByRole('heading', { level: 2 }).allTextContents();
  for (const ep of event('tennyu').procedures) {
    assert.ok(titles.includes(procedureTitle(ep.procedure)), `the 転入 handbook lists ${ep.procedure}`);
  }
  assert.ok((await page.textContent('main')).includes(ui('applies_when')), 'who needs each procedure');
  await screenshot(page, 'handbook-tennyu');
  await page.context().close();

  // axe needs a script in the page: check the same page with JavaScript on.
  const checked = await newPhonePage(env.browser);
  await checked.goto(env.at('handbook/tennyu.html'));
  await axeCheck(checked, 'handbook 転入');
  await checked.goto(env.at('handbook/index.html'));
  await axeCheck(checked, 'handbook index');
  checked.assertHealthy();
});
