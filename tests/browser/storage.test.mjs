// Browsers (and iframes on another site) may block storage: the guide must still work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPhonePage, screenshot, localized } from './helpers.mjs';
import { ui, event, startsWith, currentQuestion, answerAndNext, loadScenariosOnce, onResults, queryOf } from './journey.mjs';

const EVENT = 'tennyu';
let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const blockStorage = () => {
  for (const name of ['localStorage', 'sessionStorage']) {
    Object.defineProperty(window, name, {
      configurable: true,
      get() { throw new DOMException(`${name} is blocked (test)`, 'SecurityError'); },
    });
  }
};

test('with localStorage and sessionStorage blocked the guide renders and a question can be answered', async () => {
  const page = await newPhonePage(env.browser, { initScript: blockStorage });
  await page.goto(env.at('#/'));
  assert.equal(await page.evaluate(() => { try { window.localStorage; return 'open'; } catch { return 'blocked'; } }), 'blocked');
  await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
  await page.getByRole('link', { name: startsWith(localized(event(EVENT).title)) }).click();
  await page.getByRole('button', { name: ui('next') }).waitFor();
  const answers = loadScenariosOnce(EVENT)[0].answers;
  const q1 = await answerAndNext(page, EVENT, answers);
  const q2 = await currentQuestion(page, EVENT);
  assert.ok(q2 && q2 !== q1, 'the next question is shown');
  await screenshot(page, 'storage-blocked');
  assert.deepEqual(page.problems.pageErrors, [], 'no uncaught errors');
  page.assertHealthy();
});

// Ticks on the results: kept across reloads where storage works; harmless where it does not.
const resultsUrl = () => env.at(`#/${EVENT}/results?${queryOf(loadScenariosOnce(EVENT)[0].answers)}`);
const firstDocument = (page) => page.getByRole('region', { name: ui('bring_all') }).getByRole('checkbox').first();
const firstDone = (page) => page.getByRole('checkbox', { name: ui('procedure_done') }).first();

test('ticked procedures and documents survive a reload', async () => {
  const page = await newPhonePage(env.browser);
  await page.goto(resultsUrl());
  assert.ok(await onResults(page));
  await firstDocument(page).check();
  await firstDone(page).check();
  await page.reload();
  assert.ok(await onResults(page));
  assert.ok(await firstDocument(page).isChecked(), 'the document tick is kept');
  assert.ok(await firstDone(page).isChecked(), 'the procedure tick is kept');
  await firstDone(page).uncheck();
  await page.reload();
  assert.ok(await onResults(page));
  assert.equal(await firstDone(page).isChecked(), false, 'an untick is kept too');
  page.assertHealthy();
});

test('with storage blocked, ticking still works on the page', async () => {
  const page = await newPhonePage(env.browser, { initScript: blockStorage });
  await page.goto(resultsUrl());
  assert.ok(await onResults(page));
  await firstDocument(page).check();
  assert.ok(await firstDocument(page).isChecked());
  assert.deepEqual(page.problems.pageErrors, [], 'no uncaught errors');
  page.assertHealthy();
});

test('unreadable stored ticks are ignored', async () => {
  const corrupt = () => {
    for (let i = 0; i < localStorage.length; i++) localStorage.setItem(localStorage.key(i), '\u0000<script>%%%');
    localStorage.setItem('iga-guide/checks/garbage', '\uFFFF'.repeat(1000));
  };
  const page = await newPhonePage(env.browser);
  await page.goto(resultsUrl());
  await firstDocument(page).check();
  await page.evaluate(corrupt);
  await page.reload();
  assert.ok(await onResults(page), 'the results still render');
  assert.equal(await firstDocument(page).isChecked(), false, 'nothing unreadable is shown as ticked');
  page.assertHealthy();
});
