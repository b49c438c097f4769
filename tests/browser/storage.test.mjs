// Browsers (and iframes on another site) may block storage: the guide must still work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPhonePage, screenshot, ja } from './helpers.mjs';
import { ui, event, startsWith, currentQuestion, answerAndNext, loadScenariosOnce } from './journey.mjs';

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
  await page.getByRole('link', { name: startsWith(ja(event(EVENT).title)) }).click();
  await page.getByRole('button', { name: ui('next') }).waitFor();
  const answers = loadScenariosOnce(EVENT)[0].answers;
  const q1 = await answerAndNext(page, EVENT, answers);
  const q2 = await currentQuestion(page, EVENT);
  assert.ok(q2 && q2 !== q1, 'the next question is shown');
  await screenshot(page, 'storage-blocked');
  assert.deepEqual(page.problems.pageErrors, [], 'no uncaught errors');
  page.assertHealthy();
});
