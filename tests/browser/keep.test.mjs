// What a resident keeps from the results (issue 16): 「今週中に」 gathers what is due within a
// week or overdue at the top, each with its countdown; near the top, a phone can copy the link,
// send it through its own share sheet, and print; the link says the language it was made in,
// so the counter opens and prints it in that language, then returns to Japanese.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPhonePage, axeCheck, screenshot, useLanguage, localized } from './helpers.mjs';
import { ui, content, procedureTitle, onResults, queryOf, loadScenariosOnce } from './journey.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); useLanguage('ja'); });

/** The day `offset` days from today in Japan (the phone's time zone in these tests), as YYYY-MM-DD. */
const day = (offset) => new Date(Date.now() + offset * 86400000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
const family = loadScenariosOnce('tennyu')[0];
const urgentRegion = (page) => page.getByRole('region', { name: ui('urgent_heading'), exact: true });
const resultsOf = (answers, extra = '') => `#/tennyu/results?${queryOf(answers)}${extra}`;

test('「今週中に」 lists what is due within 7 days and overdue, each with its countdown, and nothing when there is time', async () => {
  useLanguage('ja');
  const page = await newPhonePage(env.browser);
  // Moved 10 days ago: the 14-day procedures are due in 4 days.
  await page.goto(env.at(resultsOf({ ...family.answers, moving_date: day(-10) })));
  assert.ok(await onResults(page));
  const urgent = urgentRegion(page);
  await urgent.waitFor();
  const text = await urgent.textContent();
  for (const id of ['tennyu-todoke', 'kokuho-kanyu']) {
    assert.ok(text.includes(procedureTitle(id)), `「${procedureTitle(id)}」 is in 今週中に: ${text}`);
  }
  assert.ok(text.includes(ui('countdown').replace('{days}', '4')), `the countdown says 4 days: ${text}`);
  // It comes before the plan and the cards.
  const [urgentTop, planTop] = await Promise.all([urgent.boundingBox(), page.locator('.plan').boundingBox()]);
  assert.ok(urgentTop.y < planTop.y, 'the urgent block is above the plan');
  // A step takes the reader to its card.
  await urgent.getByRole('link', { name: procedureTitle('tennyu-todoke') }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'proc-tennyu-todoke');
  await axeCheck(page, 'results with 今週中に');
  await screenshot(page, 'results-urgent');

  // Moved 20 days ago: 転入届 is overdue, and said so in words.
  await page.goto('about:blank');
  await page.goto(env.at(resultsOf({ ...family.answers, moving_date: day(-20) })));
  assert.ok(await onResults(page));
  const overdue = await urgentRegion(page).textContent();
  assert.ok(overdue.includes(ui('countdown_overdue')) && overdue.includes(procedureTitle('tennyu-todoke')), overdue);

  // Moving in three weeks: nothing is urgent, no block.
  await page.goto('about:blank');
  await page.goto(env.at(resultsOf({ ...family.answers, moving_date: day(21) })));
  assert.ok(await onResults(page));
  assert.equal(await urgentRegion(page).count(), 0, 'no 今週中に when nothing is due this week');
  page.assertHealthy();
});

test('the countdown and the summary count right in Português (1 dia, 1 procedimento)', async () => {
  useLanguage('pt');
  const page = await newPhonePage(env.browser);
  await page.goto(env.at(resultsOf({ ...family.answers, moving_date: day(-13) }, '&lang=pt')));
  assert.ok(await onResults(page));
  const text = await urgentRegion(page).textContent();
  assert.ok(text.includes(ui('countdown_one')), `one day left, in the singular: ${text}`);
  const lead = await page.locator('.screen .lead').textContent();
  const needed = family.needed.length;
  assert.ok(lead.includes(ui('results_needed').replace('{needed}', needed)), lead);
  // 「そのうち」 follows the needed procedures: the online sentence names them and comes right after.
  const online = lead.indexOf(ui('results_online').split('{online}')[0]);
  assert.ok(online > 0, `the online sentence names the needed procedures: ${lead}`);
  // Several options chosen: joined with the language's own separator and a space.
  const household = family.answers.household.map((o) => localized(content.questions.get('household').options.find((x) => x.id === o).text));
  const answers = await page.getByRole('region', { name: ui('answers_heading') }).textContent();
  assert.ok(answers.includes(household.join(', ')), `「${household.join(', ')}」 in: ${answers.slice(0, 300)}`);
  useLanguage('ja');
  page.assertHealthy();
});

test('near the top: copy the link (labelled field), send it where the phone can, print', async () => {
  useLanguage('ja');
  // A phone with the Web Share API: the share sheet gets the link (recorded, not sent anywhere).
  const page = await newPhonePage(env.browser, {
    initScript: () => {
      window.__shared = [];
      navigator.share = (data) => { window.__shared.push(data); return Promise.resolve(); };
    },
  });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(env.at(resultsOf(family.answers)));
  assert.ok(await onResults(page));
  const keep = page.locator('.keep');
  const box = await keep.boundingBox();
  assert.ok(box.y < 844 * 2.5, `the keep bar is near the top (${Math.round(box.y)}px)`);
  const link = await page.getByRole('textbox', { name: ui('share_link_label') }).inputValue();
  assert.match(link, /#\/tennyu\/results\?.*lang=ja/, 'the link carries the language it was made in');

  await keep.getByRole('button', { name: ui('copy_link') }).click();
  await page.getByRole('status').filter({ hasText: ui('link_copied') }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link, 'the clipboard holds the link');

  await keep.getByRole('button', { name: ui('share_link') }).click();
  const shared = await page.evaluate(() => window.__shared);
  assert.equal(shared.length, 1);
  assert.equal(shared[0].url, link, 'the share sheet gets the same link');

  const printed = await page.evaluate(() => new Promise((resolve) => {
    window.print = () => resolve(true);
    document.querySelector('.keep .print-top').click();
  }));
  assert.ok(printed);
  await axeCheck(page, 'results keep bar');
  page.assertHealthy();

  // Without the Web Share API there is no send button; copying is the way.
  const plain = await newPhonePage(env.browser, { initScript: () => { delete Navigator.prototype.share; } });
  await plain.goto(env.at(resultsOf(family.answers)));
  assert.ok(await onResults(plain));
  assert.equal(await plain.locator('.keep').getByRole('button', { name: ui('share_link') }).count(), 0);
  assert.equal(await plain.locator('.keep').getByRole('button', { name: ui('copy_link') }).count(), 1);
  plain.assertHealthy();
});

test('the 持ち物 list keeps each card\'s note and says which procedure each item is for', async () => {
  useLanguage('ja');
  const page = await newPhonePage(env.browser);
  await page.goto(env.at(resultsOf(family.answers)));
  assert.ok(await onResults(page));
  const items = page.getByRole('region', { name: ui('bring_all') }).locator('li');
  const texts = await items.allTextContents();
  const prefix = ui('bring_for').split('{procedures}')[0];
  assert.ok(texts.length > 0 && texts.every((t) => t.includes(prefix)), 'every item says what it is for');
  const id = texts.find((t) => t.includes(procedureTitle('tennyu-todoke')));
  assert.ok(id, 'an item is for 転入届');
  page.assertHealthy();
});

test('the counter opens a Portuguese link in Português, prints it to the citizen, then returns to Japanese', async () => {
  const DESK = { viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };
  useLanguage('ja');
  const page = await newPhonePage(env.browser, { contextOptions: DESK });
  await page.goto(env.at('#/staff'));
  await page.getByRole('heading', { level: 1, name: ui('staff_heading') }).waitFor();
  // The link a Portuguese-speaking citizen shows (made in Português).
  await page.getByLabel(ui('staff_open_link')).fill(env.at(resultsOf(family.answers, '&lang=pt')));
  await page.getByRole('button', { name: ui('staff_open') }).click();
  useLanguage('pt');
  await page.getByRole('heading', { level: 1, name: ui('results_heading') }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'pt-BR', 'shown in Português without touching the menu');
  // Print at the top; the citizen's answers before the procedures.
  const [printTop, answersTop, planTop] = await Promise.all([
    page.getByRole('button', { name: ui('print') }).first().boundingBox(),
    page.getByRole('region', { name: ui('answers_heading') }).boundingBox(),
    page.locator('.plan').boundingBox(),
  ]);
  assert.ok(printTop.y < answersTop.y && answersTop.y < planTop.y, 'print button, then answers, then the plan');
  await page.emulateMedia({ media: 'print' });
  const sheet = await page.locator('.sheet').innerText();
  assert.ok(sheet.includes(ui('results_heading')), `the printed sheet speaks to the citizen in Português: ${sheet.slice(0, 200)}`);
  assert.ok(sheet.includes(procedureTitle('tennyu-todoke')));
  await page.emulateMedia({ media: 'screen' });
  await axeCheck(page, 'counter results in Português');

  await page.getByRole('link', { name: ui('back_to_list') }).click();
  useLanguage('ja');
  await page.getByRole('heading', { level: 1, name: ui('staff_heading') }).waitFor();
  await page.waitForFunction(() => document.documentElement.lang === 'ja');
  assert.equal(new URL(page.url()).hash, '#/staff');
  assert.equal(await page.evaluate(() => localStorage.getItem('iga-guide/lang')), null, 'nothing remembered on the counter PC');

  // An old link without a language still opens, in the counter's Japanese.
  await page.getByLabel(ui('staff_open_link')).fill(env.at(resultsOf(family.answers)));
  await page.getByRole('button', { name: ui('staff_open') }).click();
  await page.getByRole('heading', { level: 1, name: ui('staff_results_heading') }).waitFor();
  page.assertHealthy();
});
