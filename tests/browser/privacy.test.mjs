// Privacy on a shared phone or a counter PC: what the guide stores never spells the event or
// the answers, staff mode stores nothing and leaves no citizen's results in the history, and
// one button on every results page removes everything the guide keeps on the device.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPhonePage, axeCheck, screenshot } from './helpers.mjs';
import { ui, onResults, queryOf, loadScenariosOnce } from './journey.mjs';

const EVENT = 'rikon';
let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const s = () => loadScenariosOnce(EVENT)[0];
const resultsUrl = () => env.at(`#/${EVENT}/results?${queryOf(s().answers)}`);
const stored = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
const firstDone = (page) => page.getByRole('checkbox', { name: ui('procedure_done') }).first();

test('ticks are stored under keyed hashes; an old readable key is removed; one button removes everything', async () => {
  const page = await newPhonePage(env.browser, { contextOptions: { serviceWorkers: 'allow' } });
  // What an earlier version left: the whole results link as the key.
  await page.goto(env.at('#/'));
  await page.evaluate((k) => localStorage.setItem(k, 'proc:rikon-todoke'), `iga-guide/checks/#/${EVENT}/results?${queryOf(s().answers)}`);
  await page.goto(resultsUrl());
  assert.ok(await onResults(page));
  await firstDone(page).check();
  const kept = await stored(page);
  const text = JSON.stringify(kept);
  assert.ok(!text.includes(EVENT) && !text.includes('proc:') && !Object.keys(s().answers).some((q) => text.includes(q)), `nothing spells the event or the answers: ${text}`);
  assert.deepEqual(Object.keys(kept).filter((k) => k.startsWith('iga-guide/checks/')).map((k) => /^iga-guide\/checks\/[0-9a-f]{32}$/.test(k)), [true], 'one hashed key');
  await page.reload();
  assert.ok(await firstDone(page).isChecked(), 'the tick is found again');

  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.getByRole('button', { name: ui('forget_button') }).first().click();
  await page.getByText(ui('forget_done')).first().waitFor();
  assert.deepEqual(await stored(page), {}, 'localStorage holds nothing of the guide');
  assert.deepEqual(await page.evaluate(() => caches.keys()), [], 'no cache');
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0, 'no service worker');
  assert.equal(await firstDone(page).isChecked(), false, 'the ticks on screen are gone too');
  page.assertHealthy();
});

test('the privacy page says what is kept, where, that nothing is sent, and removes it', async () => {
  const page = await newPhonePage(env.browser);
  await page.goto(resultsUrl());
  assert.ok(await onResults(page));
  await page.getByRole('link', { name: ui('privacy_link') }).click();
  await page.getByRole('heading', { level: 1, name: ui('privacy_heading') }).waitFor();
  for (const key of ['privacy_sent', 'privacy_stored', 'privacy_history']) await page.getByText(ui(key)).waitFor();
  await page.evaluate(() => localStorage.setItem('iga-guide/lang', 'pt'));
  await page.getByRole('button', { name: ui('forget_button') }).click();
  await page.getByText(ui('forget_done')).waitFor();
  assert.deepEqual(await stored(page), {});
  await screenshot(page, 'privacy');
  await axeCheck(page, 'privacy page');
  // Styled like the rest, and readable on the narrowest phone: no sideways scrolling, the
  // facts set apart, the button a full-width target.
  await page.setViewportSize({ width: 320, height: 700 });
  const look = await page.evaluate(() => {
    const p = document.querySelector('.privacy-facts p');
    const b = document.querySelector('.forget button').getBoundingClientRect();
    return {
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      border: getComputedStyle(p).borderLeftStyle,
      padding: parseFloat(getComputedStyle(p).paddingLeft),
      button: { height: b.height, left: b.left, right: b.right },
    };
  });
  assert.equal(look.overflow, 0, 'nothing wider than 320 px');
  assert.equal(look.border, 'solid', 'each fact is set apart');
  assert.ok(look.padding >= 12, 'with room inside');
  assert.ok(look.button.height >= 44 && look.button.right <= 320 && look.button.left >= 0, `the button fits and is easy to tap: ${JSON.stringify(look.button)}`);
  await screenshot(page, 'privacy-320');
  await axeCheck(page, 'privacy page at 320 px');
  page.assertHealthy();
});

test('at the counter: a citizen\'s link stores nothing and leaves no entry in the history', async () => {
  const page = await newPhonePage(env.browser);
  await page.goto(env.at('#/staff'));
  await page.getByRole('heading', { level: 1, name: ui('staff_heading') }).waitFor();
  const length = await page.evaluate(() => history.length);
  await page.getByLabel(ui('staff_open_link')).fill(resultsUrl());
  await page.getByRole('button', { name: ui('staff_open') }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(ui('staff_results_heading')) }).waitFor();
  await firstDone(page).check();
  assert.equal(await page.evaluate(() => history.length), length, 'the citizen\'s results replaced the catalogue in the history');
  await page.getByRole('link', { name: ui('back_to_list') }).click();
  await page.getByRole('heading', { level: 1, name: ui('staff_heading') }).waitFor();
  assert.equal(await page.evaluate(() => history.length), length, 'and back to the catalogue in place');
  assert.deepEqual(await stored(page), {}, 'staff mode wrote nothing');
  page.assertHealthy();
});
